import Testing

@testable import DefuseKit

/// `defuse test --walk`'s model-fact check (review14 finding 8): a model report must not give a
/// time or a figure nobody in the scenario gave.
@Suite struct ModelFactCheckTests {
    func findings(summary: String, model: String, expect: String = "[objective-report]") throws
        -> [ModelFactCheck.Finding]
    {
        let text = """
            title: Rule test
            summary: \(summary)
            persona: { name: Dr. Test, role: Surgeon, mood: 5 }
            start: opening
            nodes:
              opening:
                narrate: In his office.
                say: Five thousand dollars for the golf day, and my two fellows.
                expect: [boundary-setting]
                next:
                  - goto: report
              report:
                say: What exactly did he ask for?
                expect: \(expect)
                model: "\(model)"
                next:
                  - goto: done
              done:
                end: resolved
            """
        let document = loadScenario(text)
        let scenario = try #require(document.scenario, "\(document.diagnostics)")
        return ModelFactCheck(scenario: scenario).findings
    }

    @Test func aTimeNobodyGaveIsReported() throws {
        let found = try findings(
            summary: "A Tuesday morning at Harlow.",
            model: "At 10:15 he asked for a golf hole. I left at 10:25.")
        #expect(found.map(\.figure) == ["10:15", "10:25"])
        #expect(found.first?.node == "report")
    }

    @Test func aTimeOrFigureTheScenarioGaveIsNot() throws {
        // The summary gives the time; the client gave the sum in words.
        #expect(
            try findings(
                summary: "10:15 on a Tuesday at Harlow.",
                model: "At 10:15 he asked for $5,000 for a golf hole."
            ).isEmpty)
    }

    @Test func onlyReportsAreChecked() throws {
        // A plan's time is the rep's own to make.
        #expect(
            try findings(
                summary: "A Tuesday at Harlow.", model: "I'll send the grants link by 17:00 today.",
                expect: "[decisive-action]"
            ).isEmpty)
    }

    /// The shipped library's report models give no time or figure the scenario did not (the
    /// reader's cases: bias-client "I left at 10:25", bias-age "14:40", bias-ethnicity "9:05").
    @Test func theShippedLibraryHasNoInventedFigure() {
        let files = LibraryLocator.builtInFiles.map { ($0, LibraryFileKind.of($0.path)) }
        let library = Workspace.load(files: files, missing: []).library
        #expect(library.scenarios.count >= 20)
        let found = library.scenarios.flatMap { ModelFactCheck(scenario: $0).findings }
        #expect(found.isEmpty, "\(found.map { "\($0.scenario)/\($0.node): \($0.figure)" })")
    }
}
