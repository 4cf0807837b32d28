import Testing

@testable import DefuseKit

/// `defuse test --walk`'s model-quote check (review13 finding 8): a model reply that quotes a
/// client line not every path into its node has heard is reported.
@Suite struct ModelQuoteCheckTests {
    /// The opening remark, then either a second remark ("you people …") or a walk-out, both
    /// into `report`, whose model is `model`.
    func findings(_ model: String, replyOnEveryPath: Bool = false) throws -> [ModelQuoteCheck.Finding] {
        let nodes = """
              opening:
                say: Where are you from, originally? Somebody more local would suit us.
                expect: [boundary-setting]
                next:
                  - if: { met: [graceful-exit] }
                    \(replyOnEveryPath ? "reply: Nobody asked you to stay." : "mood: +1")
                    goto: report
                  - \(replyOnEveryPath ? "reply: Nobody asked you to stay." : "mood: +1")
                    goto: second
              second:
                say: You people are so sensitive these days.
                expect: [boundary-setting]
                next:
                  - goto: report
              report:
                say: What exactly did he say?
                expect: [decisive-action]
                model: "\(model)"
                next:
                  - goto: done
              done:
                end: resolved
            """
        let document = loadScenario(scenarioText(nodes: nodes))
        let scenario = try #require(document.scenario, "\(document.diagnostics)")
        return ModelQuoteCheck(scenario: scenario).findings
    }

    @Test func aRemarkHeardOnlyOnSomePathsIsReported() throws {
        let found = try findings(
            "He asked where I'm from, 'originally'. Then he said 'you people are so sensitive'. I left.")
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.node == "report")
        #expect(finding.quote == "you people are so sensitive")
    }

    @Test func aRemarkEveryPathHeardIsNot() throws {
        // The opening line is on every path; a two-word quote is too short to check.
        #expect(
            try findings("At 9:05 he said 'somebody more local would suit us' and asked 'originally'.")
                .isEmpty)
        // A branch reply given on every edge out of the opening is heard on every path.
        #expect(try findings("He said 'nobody asked you to stay'.", replyOnEveryPath: true).isEmpty)
        // Words no client line holds are the rep's own (or a paraphrase) and are not judged.
        #expect(try findings("I said 'that is not part of our review' and left.").isEmpty)
    }

    @Test func quotesAreReadWithoutApostrophes() {
        #expect(
            ModelQuoteCheck.quotes(in: "I'm sure he said 'you people are so sensitive', and I didn't answer.")
                == ["you people are so sensitive"])
        #expect(ModelQuoteCheck.quotes(in: "He said “not today” and \"maybe\".") == ["not today", "maybe"])
        #expect(ModelQuoteCheck.quotes(in: "The reps' cars and Doug's calls.").isEmpty)
    }

    @Test func theShippedLibraryHasNoUnheardQuote() {
        let files = LibraryLocator.builtInFiles.map { ($0, LibraryFileKind.of($0.path)) }
        let workspace = Workspace.load(files: files, missing: [])
        for scenario in workspace.library.scenarios {
            let found = ModelQuoteCheck(scenario: scenario).findings
            #expect(found.isEmpty, "\(scenario.id): \(found.map { "\($0.node): \($0.quote)" })")
        }
    }
}
