import DefuseKit
import Foundation
import Testing

/// Review14 (content30): what the shipped scenarios print, where an in-file test cannot look.
@Suite struct Review14ContentTests {
    static let library: ScenarioLibrary = {
        let files = LibraryLocator.builtInFiles.map { ($0, LibraryFileKind.of($0.path)) }
        return Workspace.load(files: files, missing: []).library
    }()

    static let grader = Grader(
        techniques: TechniqueLibrary.builtIn.techniques, cues: NodeCues(scenarios: library.scenarios))

    /// Finding 9: a prompt that says nothing typed is scored is printed only where nothing is:
    /// a reframe step that avoids or expects anything says what costs the turn.
    @Test func noPromptSaysAScoredStepIsNotScored() throws {
        var wrong: [String] = []
        for scenario in Self.library.scenarios {
            for node in scenario.orderedNodes {
                guard let prompt = node.prompt?.lowercased().replacingOccurrences(of: "\n", with: " ")
                else { continue }
                let saysUnscored =
                    prompt.range(of: #"(not|never|n't)\b[^.]{0,40}\bscored"#, options: .regularExpression)
                    != nil
                if saysUnscored, !(node.expect.isEmpty && node.avoid.isEmpty) {
                    wrong.append("\(scenario.id)/\(node.id)")
                }
            }
        }
        #expect(wrong.isEmpty, "prompts that call a scored step unscored: \(wrong)")
        let reframe = try #require(Self.library.scenario(id: "toxic-client")?.nodes["reframe-step"])
        let prompt = try #require(reframe.prompt)
        #expect(!reframe.avoid.isEmpty)
        #expect(prompt.contains("counts as a turn"))
        #expect(prompt.contains("costs you"))
    }

    /// Finding 7: the reader's strong run offered the committee data and no in-service; nothing
    /// Dr. Whitaker says, and no narration, may mention one.
    @Test func giftRequestNeverAnswersAnInServiceNotOffered() throws {
        let scenario = try #require(Self.library.scenario(id: "gift-request"))
        var session = Session(scenario: scenario, grader: Self.grader)
        var heard: [String] = []
        func take(_ events: [SessionEvent]) {
            for event in events {
                switch event {
                case .clientLine(_, let text), .clientReply(_, let text), .narration(_, let text):
                    heard.append(text)
                default: break
                }
            }
        }
        take(session.start())
        let replies = [
            "Thank you, I'm really glad the trial went well and I know your team put real work into it. But I can't pay for the dinner at Calder's. With the committee meeting Thursday, anything from us would look like it's tied to the decision, and our code doesn't allow dinners like that at all.",
            "Those aren't mine to give. Sponsorships and support for fellows to attend meetings go through our grants committee, and sales has no say in them. You can apply; I'll email you the link to the grants portal this afternoon. But I'd be honest: with the vote on Thursday, nothing can be linked to it.",
            "I understand that's how it's been, but I can't do that, before Thursday or after it. I'd rather the committee decide on the trial results. Can I ask what would make the decision easier for your team on Thursday: is there anything in the outcome or cost data you'd want in front of the committee?",
            "Yes: I'll send the trial summary and our approved cost comparison to the committee secretary by Tuesday noon, so everyone has it before Thursday.",
            "1",
            "I'd tell my manager today what was asked: at 12:30 in her office Dr. Whitaker asked us to pay for a team dinner at Calder's for twelve with spouses, then a $5,000 golf sponsorship and two fellows' trips to the academy meeting, and said the knee business on Thursday would need the same appreciation as the other company's quarterly outings. I said no to each and pointed her to the grants process.",
        ]
        for reply in replies where !session.isOver { take(session.respond(reply)) }
        #expect(session.result.outcome == "resolved")
        let said = heard.joined(separator: "\n").lowercased()
        #expect(!said.contains("in-service"), "\(said)")
        #expect(!said.contains("send me the dates"))
    }

    /// Finding 15: leaving bias-client's meeting is right, and Thursday's case still happens:
    /// the good endings ask for the set to be confirmed today, and the report's model says
    /// where the case stands.
    @Test func biasClientsGoodExitKeepsThursdaysCaseInView() throws {
        let scenario = try #require(Self.library.scenario(id: "bias-client"))
        for id in ["stepped-out", "left-in-the-end"] {
            let narrate = try #require(scenario.nodes[id]?.narrate)
            #expect(narrate.contains("confirm Thursday's set"), "\(id)")
        }
        let report = try #require(scenario.nodes["report-after-exit"])
        #expect(report.model?.contains("Thursday's 7:30 TLIF") == true)
        #expect(report.hint?.contains("Thursday's case") == true)
    }

    /// Finding 12 (content half): at bias-age's the-joke, which asks nothing, the branch a
    /// reply at the rep's own expense takes raises the mood with a reason of its own.
    @Test func biasAgesJokeBranchSaysWhyTheMoodRose() throws {
        let node = try #require(Self.library.scenario(id: "bias-age")?.nodes["the-joke"])
        // Review45 R28 finding 7: the branch reads the rep's own age agreed with
        // (`agrees-about-age`), so a light "haha good one" no longer moves his mood.
        let branch = try #require(node.next.first { $0.condition?.violated == ["agrees-about-age"] })
        #expect(branch.mood > 0)
        #expect(branch.reason?.contains("invites the next remark") == true)
    }
}
