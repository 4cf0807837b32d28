import Foundation
import Testing

/// Issue 13: what a rep reads after a turn and at the end of a run, played through `defuse play`
/// on angry-surgeon with the shipped grader.
@Suite struct TurnFeedbackTests {
    static let blame = "The warehouse packed it wrong, not me. I'll sort it."

    /// Item 1: a branch taken because blame was read says so under the verdicts, with the words.
    @Test func practiceSaysWhichViolationMovedTheStory() throws {
        let result = try DefuseProcess.run(
            ["play", "angry-surgeon"], input: Self.blame + "\n", environment: ["NO_COLOR": "1"])
        let line = try #require(
            result.lines.first { $0.contains("why the story went this way:") }, "\(result.stdout)")
        #expect(
            line.contains("“The warehouse packed it wrong, not me” was read as Blame shifting"), "\(line)")
        #expect(line.contains("that is why Dr. Helen Castellanos reacted so"), "\(line)")
        // A reply that passes the opening takes no branch on a violation.
        let good = try DefuseProcess.run(
            ["play", "angry-surgeon"],
            input:
                "I'm so sorry, I understand this puts your noon case at risk, and that's on me. I'll fix it.\n",
            environment: ["NO_COLOR": "1"])
        #expect(!good.stdout.contains("why the story went this way"), "\(good.stdout)")
    }

    /// Item 1, drill mode: no per-turn feedback, and the ending's account says it at the turn.
    @Test func aDrillsEndingSaysWhichViolationMovedTheStory() throws {
        let insult = "Don't take that tone with me. You're right, our company is useless."
        let result = try DefuseProcess.run(
            ["play", "angry-surgeon", "--drill", "--name", "Test Rep"], input: insult + "\n",
            environment: ["NO_COLOR": "1"])
        #expect(!result.stdout.contains("why the story went this way"), "\(result.stdout)")
        let turn = try #require(result.lines.first { $0.contains("Turn 1 (opening)") }, "\(result.stdout)")
        #expect(turn.contains("the story turned on"), "\(turn)")
        #expect(turn.contains("which is why Dr. Helen Castellanos reacted so"), "\(turn)")
    }

    /// Item 3: the-debrief misses apology, ownership and prevention; debrief-check asks again
    /// and the rep picks the line that gives them. Neither the summary nor the ending's account
    /// still calls them missed.
    @Test func whatACheckDrewOutIsNotStillMissed() throws {
        let replies = [
            "I'm so sorry, that's on me. I'll fix it.",
            "I'm driving to Mercy now; it will be on your dock by 11:40 and sterile a little after 2.",
            "I can't ask them to shorten the cycle; it stays at the full cycle. I'll ring anaesthesia now and tell them sterile by 2 pm.",
            "Thank you for your patience today.", "2",
        ]
        let result = try DefuseProcess.run(
            ["play", "angry-surgeon"], input: replies.joined(separator: "\n") + "\n",
            environment: ["NO_COLOR": "1"])
        #expect(
            result.lines.contains { $0.contains("✓ given when asked again: Apology") }, "\(result.stdout)")
        let summary = try #require(
            result.lines.first { $0.hasPrefix("  4. the-debrief") }, "\(result.stdout)")
        #expect(!summary.contains("✗ missed Apology ·"), "\(summary)")
        #expect(
            summary.contains("only when asked again (turn 5): Apology · Ownership · Prevention"), "\(summary)"
        )
        let account = try #require(
            result.lines.first { $0.contains("Turn 4 (the-debrief)") }, "\(result.stdout)")
        #expect(!account.contains("asked for apology,"), "\(account)")
        #expect(
            account.contains("apology, ownership and prevention came only when asked again (turn 5)"),
            "\(account)")
    }
}
