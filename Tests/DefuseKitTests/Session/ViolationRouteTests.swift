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

    /// Review15 finding 1: a line whose own ending is a breach keeps it after two violations,
    /// even with `credits: []` (the run must not end on a softer ending that praises a late no),
    /// and DF408 asks for the violation the line is.
    static let breachLine = """
              - text: Let's see how the first Saturday goes.
                credits: []
                goto: breach
          breach:
            end: lost
            breach: true
        """

    var nodesWithBreachLine: String {
        nodes.replacingOccurrences(
            of: "        goto: swapped\n", with: "        goto: swapped\n" + Self.breachLine + "\n")
    }

    @Test func aLineToABreachEndingKeepsItAfterRepeatedViolations() throws {
        #expect(nodesWithBreachLine != nodes)
        let session = try play(
            scenarioText(nodes: nodesWithBreachLine), ["ok [capitulates]", "sure [capitulates]", "3"])
        #expect(session.path == ["opening", "again", "check", "breach"])
        #expect(session.result.outcome == "lost")
    }

    @Test func aBreachLineThatCreditsNoViolationIsDF408AtTheLine() throws {
        let text = scenarioText(nodes: nodesWithBreachLine)
        let document = loadScenario(text)
        let warning = try #require(document.diagnostics.first { $0.code == .uncreditedBreachLine })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("line 3 of 'check'"))
        #expect(warning.message.contains("'breach'"))
        let line = text.split(separator: "\n", omittingEmptySubsequences: false)[warning.location.line - 1]
        #expect(line.contains("first Saturday"))
        let credited = loadScenario(
            scenarioText(
                nodes: nodesWithBreachLine.replacingOccurrences(
                    of: "credits: []", with: "credits: [capitulates]")))
        #expect(!credited.diagnostics.contains { $0.code == .uncreditedBreachLine })
        // A line to an ending that is not a breach may credit nothing.
        let plain = loadScenario(scenarioText(nodes: nodes))
        #expect(!plain.diagnostics.contains { $0.code == .uncreditedBreachLine })
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
