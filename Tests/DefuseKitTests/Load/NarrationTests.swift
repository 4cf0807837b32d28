import DefuseKit
import Foundation
import Testing

/// The optional `narrate` key: narration or a stage direction that a session tells apart from
/// the client's own line, so a front end can show it without the client's name.
@Suite struct NarrationTests {
    static let text = scenarioText(
        nodes: """
              opening:
                narrate: She puts the phone down.
                say: Where is it?
                next:
                  - goto: done
              done:
                end: resolved
                narrate: The pump arrives at noon.
            """)

    @Test func narrateDecodesOnAnyNodeAndAnEndNeedsNoSay() throws {
        let document = loadScenario(Self.text)
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics.map(\.line))")
        let scenario = try #require(document.scenario)
        #expect(scenario.nodes["opening"]?.narrate == "She puts the phone down.")
        #expect(scenario.nodes["opening"]?.say == "Where is it?")
        #expect(scenario.nodes["done"]?.narrate == "The pump arrives at noon.")
        #expect(scenario.nodes["done"]?.say == nil)
    }

    @Test func blankNarrationIsReported() {
        let blank = Self.text.replacingOccurrences(
            of: "narrate: She puts the phone down.", with: "narrate: \" \"")
        let lines = loadScenario(blank).diagnostics.map(\.line)
        #expect(lines.contains { $0.contains("'narrate' in node 'opening' is blank") })
    }

    @Test func speakerDecodesAndABlankOneIsReported() throws {
        let text = Self.text.replacingOccurrences(
            of: "say: Where is it?", with: "speaker: Rick Delaney\n    say: Where is it?")
        let scenario = try #require(loadScenario(text).scenario)
        #expect(scenario.nodes["opening"]?.speaker == "Rick Delaney")
        #expect(scenario.nodes["done"]?.speaker == nil)
        let blank = Self.text.replacingOccurrences(
            of: "say: Where is it?", with: "speaker: \"\"\n    say: Where is it?")
        let lines = loadScenario(blank).diagnostics.map(\.line)
        #expect(lines.contains { $0.contains("'speaker' in node 'opening' is blank") })
    }

    @Test func aBranchReplyNamesTheNodeItAnswers() throws {
        let text = Self.text.replacingOccurrences(
            of: "- goto: done", with: "- reply: Fine.\n        goto: done")
        var session = Session(scenario: try #require(loadScenario(text).scenario), grader: shippedGrader)
        _ = session.start()
        #expect(session.respond("ok").contains(.clientReply(node: "opening", text: "Fine.")))
    }

    @Test func aSessionTellsNarrationBeforeTheClientLineAndAtTheEnd() throws {
        let scenario = try #require(loadScenario(Self.text).scenario)
        var session = Session(scenario: scenario, grader: shippedGrader)
        let opening = session.start().filter {
            switch $0 {
            case .narration, .clientLine: true
            default: false
            }
        }
        #expect(
            opening == [
                .narration(node: "opening", text: "She puts the phone down."),
                .clientLine(node: "opening", text: "Where is it?"),
            ])
        let closing = session.respond("I'm sorry, it's on its way.")
        #expect(closing.contains(.narration(node: "done", text: "The pump arrives at noon.")))
        #expect(!closing.contains { if case .clientLine = $0 { true } else { false } })
    }
}
