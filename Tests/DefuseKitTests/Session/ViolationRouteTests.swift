import DefuseKit
import Foundation
import Testing

/// `after_violations` on a choice node: a weak rep who already committed violations is not put
/// back on the good path by picking the right line at last.
@Suite struct ViolationRouteTests {
    let nodes = """
          opening:
            say: Will you swap me for Doug?
            expect: [boundary-setting]
            avoid: [capitulates]
            next:
              - if: { violated: [capitulates] }
                goto: again
              - goto: again
          again:
            say: So, Doug or not?
            expect: [boundary-setting]
            avoid: [capitulates]
            next:
              - goto: check
          check:
            say: Yes or no?
            after_violations: { at_least: 2, goto: too-late }
            choices:
              - text: No; I stay on your account.
                credits: [boundary-setting]
                goto: kept
              - text: Fine, I'll ask Doug.
                credits: [capitulates]
                goto: swapped
          kept:
            end: resolved
          swapped:
            end: lost
          too-late:
            end: lost
            debrief: The right line came after you had already agreed twice.
        """

    @Test func aCleanLineAfterRepeatedViolationsTakesTheRoute() throws {
        let session = try play(scenarioText(nodes: nodes), ["ok [capitulates]", "sure [capitulates]", "1"])
        #expect(session.path == ["opening", "again", "check", "too-late"])
        #expect(session.result.outcome == "lost")
        #expect(session.result.score <= Scoring.lostEndingCap)
    }

    @Test func oneViolationIsNotEnoughForTheRoute() throws {
        let session = try play(
            scenarioText(nodes: nodes), ["ok [capitulates]", "no [boundary-setting]", "1"])
        #expect(session.path.last == "kept")
        #expect(session.result.outcome == "resolved")
    }

    @Test func aLineThatCreditsAViolationKeepsItsOwnGoto() throws {
        let session = try play(scenarioText(nodes: nodes), ["ok [capitulates]", "sure [capitulates]", "2"])
        #expect(session.path.last == "swapped")
    }

    @Test func theRouteIsAnEdgeForValidationAndTheGraph() throws {
        let document = loadScenario(scenarioText(nodes: nodes))
        #expect(!document.hasErrors)
        #expect(!document.diagnostics.contains { $0.message.contains("too-late") })
        let scenario = try #require(document.scenario)
        #expect(scenario.nodes["check"]?.successors.contains("too-late") == true)
    }

    @Test func aRouteToNoNodeIsAnErrorAtItsGoto() throws {
        let text = scenarioText(
            nodes: nodes.replacingOccurrences(of: "goto: too-late }", with: "goto: too-lat }"))
        let document = loadScenario(text)
        let error = try #require(document.diagnostics.first { $0.code == .unknownNode })
        #expect(error.message.contains("too-lat"))
        #expect(error.suggestion == "too-late")
        let line = text.split(separator: "\n", omittingEmptySubsequences: false)[error.location.line - 1]
        #expect(line.contains("after_violations"))
    }

    @Test func aRouteOnAFreeTextNodeOrWithoutAtLeastIsAnError() throws {
        let misplaced = nodes.replacingOccurrences(
            of: "say: So, Doug or not?\n",
            with: "say: So, Doug or not?\n    after_violations: { at_least: 1, goto: too-late }\n")
        #expect(misplaced != nodes)
        let document = loadScenario(scenarioText(nodes: misplaced))
        #expect(
            document.diagnostics.contains {
                $0.code == .mixedNodeKind && $0.message.contains("'after_violations'")
            })
        let missing = loadScenario(
            scenarioText(
                nodes: nodes.replacingOccurrences(
                    of: "{ at_least: 2, goto: too-late }", with: "{ goto: too-late }")))
        #expect(missing.diagnostics.contains { $0.code == .missingKey && $0.message.contains("at_least") })
        let zero = loadScenario(
            scenarioText(nodes: nodes.replacingOccurrences(of: "at_least: 2", with: "at_least: 0")))
        #expect(zero.diagnostics.contains { $0.code == .outOfRange && $0.message.contains("at_least") })
    }
}
