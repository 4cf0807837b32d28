import Testing

@testable import DefuseKit

/// `defuse test --walk`'s model-line check (review12 finding 11): a check whose right line
/// repeats the model answer of a node that leads to it is reported.
@Suite struct ChoiceModelEchoTests {
    func echoes(_ line: String) throws -> [ChoiceModelEcho.Echo] {
        let nodes = """
              opening:
                say: What now?
                expect: [ownership, decisive-action]
                model: "That tray is mine. I'll have the arm at your SPD window by 00:30, and I'll call you from the door."
                next:
                  - if: { met: [ownership] }
                    goto: done
                  - goto: check
              check:
                say: Yours or not?
                choices:
                  - text: "Not my tray."
                    credits: [blame-shifting]
                    goto: done
                  - text: "\(line)"
                    credits: [ownership, decisive-action]
                    goto: done
              done:
                end: resolved
            """
        let document = loadScenario(scenarioText(nodes: nodes))
        let scenario = try #require(document.scenario, "\(document.diagnostics)")
        return ChoiceModelEcho(scenario: scenario, catalog: .rubric).echoes
    }

    @Test func theWholeModelAsTheRightLineIsReported() throws {
        let found = try echoes(
            "That tray is mine. I'll have the arm at your SPD window by 00:30, and I'll call you from the door."
        )
        let echo = try #require(found.first)
        #expect(echo.node == "check")
        #expect(echo.modelNode == "opening")
        #expect(echo.number == 2)
    }

    @Test func aLongModelSentenceRepeatedIsReported() throws {
        let found = try echoes(
            "Mine. I'll have the arm at your SPD window by 00:30, and I'll call you from the door!")
        #expect(
            found.first?.repeated
                == "I'll have the arm at your SPD window by 00:30, and I'll call you from the door.")
    }

    @Test func theDecisionInOtherWordsIsNot() throws {
        #expect(try echoes("Mine; the arm reaches SPD's window by half past midnight.").isEmpty)
        // A short sentence of the model ("That tray is mine.") may recur.
        #expect(try echoes("That tray is mine. It's at SPD by half past twelve.").isEmpty)
    }

    @Test func theShippedLibraryHasNoEcho() {
        let files = LibraryLocator.builtInFiles.map { ($0, LibraryFileKind.of($0.path)) }
        let workspace = Workspace.load(files: files, missing: [])
        for scenario in workspace.library.scenarios {
            let found = ChoiceModelEcho(scenario: scenario, catalog: workspace.catalog).echoes
            #expect(found.isEmpty, "\(scenario.id): \(found.map { "\($0.node) line \($0.number)" })")
        }
    }
}
