import Foundation
import Testing

@testable import DefuseKit

/// `after_silence` on a choice node: a run of typed replies the grader read as nothing is not
/// carried to a good ending by picking the right line, while one misread reply still is.
@Suite struct SilenceRouteTests {
    let nodes = """
          opening:
            say: Will you swap me for Doug?
            expect: [boundary-setting]
            avoid: [capitulates]
            next:
              - goto: again
          again:
            say: So, Doug or not?
            expect: [boundary-setting]
            avoid: [capitulates]
            next:
              - goto: check
          check:
            say: Yes or no?
            after_silence: { at_least: 2, goto: too-late }
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
            debrief: The right line came after two replies that said nothing to the question.
        """

    @Test func twoSilentRepliesSendEvenTheRightLineToTheRoute() throws {
        let session = try play(scenarioText(nodes: nodes), ["hmm", "well", "1"])
        #expect(session.path == ["opening", "again", "check", "too-late"])
        #expect(session.result.outcome == "lost")
    }

    @Test func aLineThatCreditsAViolationKeepsItsOwnGoto() throws {
        let session = try play(scenarioText(nodes: nodes), ["hmm", "well", "2"])
        #expect(session.path.last == "swapped")
    }

    @Test func oneMisreadReplyIsNotEnough() throws {
        let session = try play(scenarioText(nodes: nodes), ["hmm", "no [boundary-setting]", "1"])
        #expect(session.path.last == "kept")
        #expect(session.result.outcome == "resolved")
    }

    @Test func aReplyWithOnlyAViolationIsNotSilence() throws {
        let session = try play(scenarioText(nodes: nodes), ["hmm", "sure [capitulates]", "1"])
        #expect(session.path.last == "kept")
    }

    @Test func aPickedLineIsNotSilence() throws {
        let picked = nodes.replacingOccurrences(of: "at_least: 2", with: "at_least: 1")
            .replacingOccurrences(
                of: "    next:\n      - goto: again\n",
                with: "    next:\n      - goto: pick\n  pick:\n    say: Well?\n    choices:\n"
                    + "      - text: Let me think.\n        goto: again\n")
        #expect(picked != nodes)
        let session = try play(
            scenarioText(nodes: picked), ["no [boundary-setting]", "1", "no [boundary-setting]", "1"])
        #expect(session.path.last == "kept")
    }

    @Test func silenceRule() {
        let catalog = TechniqueCatalog.rubric
        let quiet = Turn(
            node: "a", reply: "hmm", choice: nil, detected: [], met: [], missed: ["boundary-setting"],
            violations: [], evidence: [:], score: 0, moodBefore: 5, moodAfter: 5, branch: 0)
        #expect(Session.isSilent(quiet, catalog: catalog))
        var struck = quiet
        struck.detected = ["capitulates"]
        #expect(!Session.isSilent(struck, catalog: catalog))
        var met = quiet
        met.met = ["boundary-setting"]
        #expect(!Session.isSilent(met, catalog: catalog))
        var picked = quiet
        picked.choice = 1
        #expect(!Session.isSilent(picked, catalog: catalog))
    }

    @Test func theRouteIsAnEdgeForValidationTheGraphAndTheWalk() throws {
        let document = loadScenario(scenarioText(nodes: nodes))
        #expect(!document.hasErrors)
        let scenario = try #require(document.scenario)
        #expect(scenario.nodes["check"]?.successors.contains("too-late") == true)
        let dot = GraphRenderer.render(scenario, as: .dot)
        #expect(dot.contains("\"check\" -> \"too-late\" [label=\"after 2+ silent replies\"]"))
    }

    @Test func aRouteToNoNodeIsAnErrorAtItsGoto() throws {
        let text = scenarioText(
            nodes: nodes.replacingOccurrences(of: "goto: too-late }", with: "goto: too-lat }"))
        let document = loadScenario(text)
        let error = try #require(document.diagnostics.first { $0.code == .unknownNode })
        #expect(error.suggestion == "too-late")
        let line = text.split(separator: "\n", omittingEmptySubsequences: false)[error.location.line - 1]
        #expect(line.contains("after_silence"))
    }

    @Test func aRouteOnAFreeTextNodeOrWithoutAtLeastIsAnError() throws {
        let misplaced = nodes.replacingOccurrences(
            of: "say: So, Doug or not?\n",
            with: "say: So, Doug or not?\n    after_silence: { at_least: 2, goto: too-late }\n")
        #expect(misplaced != nodes)
        let document = loadScenario(scenarioText(nodes: misplaced))
        let error = try #require(
            document.diagnostics.first { $0.code == .mixedNodeKind && $0.message.contains("'after_silence'") }
        )
        let text = scenarioText(nodes: misplaced)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false)[error.location.line - 1]
        #expect(line.contains("after_silence"))
        let missing = loadScenario(
            scenarioText(
                nodes: nodes.replacingOccurrences(
                    of: "{ at_least: 2, goto: too-late }", with: "{ goto: too-late }")))
        #expect(missing.diagnostics.contains { $0.code == .missingKey && $0.message.contains("at_least") })
        let zero = loadScenario(
            scenarioText(nodes: nodes.replacingOccurrences(of: "at_least: 2", with: "at_least: 0")))
        #expect(zero.diagnostics.contains { $0.code == .outOfRange && $0.message.contains("at_least") })
        let endNode = loadScenario(
            scenarioText(
                nodes: nodes.replacingOccurrences(
                    of: "  kept:\n    end: resolved\n",
                    with: "  kept:\n    end: resolved\n    after_silence: { at_least: 2, goto: too-late }\n"))
        )
        #expect(endNode.diagnostics.contains { $0.message.contains("after_silence") })
    }
}
