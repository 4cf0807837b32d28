import Foundation
import Testing

/// Review13 finding 13, as a rep reads it: the reader's three replies that crossed a line score 0,
/// what they showed is marked "not counted", and the ending's "Shown in this run" leaves it out.
@Suite struct CrossedLineTranscriptTests {
    @Test func theLaminatedHomeMadeCopyScoresZeroAndShowsNothing() throws {
        let result = try DefuseProcess.run(
            ["play", "wrong-information"],
            input: """
                I'm really sorry about that. The chart was a quick reference, I must have mistyped that one row. Most of it is right though.
                I'll fix that row and print you a new copy tonight, laminated.

                """)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "a line crossed (\(try DefuseProcess.cardName("unapproved-material"))): this turn scores 0"))
        #expect(result.lines.contains { $0.hasPrefix("  2. who-checks  0%") }, "\(result.stdout)")
        let shown = try #require(result.lines.first { $0.contains("Shown in this run:") })
        #expect(shown.trimmingCharacters(in: .whitespaces) == "Shown in this run: apology (turn 1).")
        // Since learned13 "Most of it is right though" is read as minimizing too (it plays the wrong
        // row down), so the opening's apology stands beside two violations and scores 0 (it was 4).
        #expect(result.lines.contains { $0.hasPrefix("  1. opening  0%") }, "\(result.stdout)")
        #expect(result.stdout.contains("outcome: lost score: 0"))
    }

    /// Since review20 C finding 7 "here by noon" names no place (vague-arrival, a quarter of the
    /// turn); the set promised for her room by noon still skips processing and crosses the line.
    @Test func inYourRoomByNoonScoresZero() throws {
        let result = try DefuseProcess.run(
            ["play", "angry-surgeon"],
            input: """
                That's the warehouse, not me, they pick the sets. I just drop them off.
                I'll get the right one in your room by noon, don't worry.

                """)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.contains { $0.hasPrefix("  2. second-chance  0%") }, "\(result.stdout)")
        #expect(result.stdout.contains("No technique this scenario grades was shown in this run."))
        #expect(result.stdout.contains("outcome: escalated score: 0"))
    }

    @Test func aYesToTheSwapIsNotListedAsDecisiveAction() throws {
        let result = try DefuseProcess.run(
            ["play", "bias-client"],
            input: """
                Oh, okay, no problem, I'll text Doug and ask him to give you a ring today.
                2
                It went okay, he's just a bit old-school. I handled it.
                2

                """)
        // Review43 (fix43c): a first report that plays it down is asked about once, and the
        // request told then (line 2) ends the run.
        #expect(result.status == 0, "\(result.stderr)")
        let shown = try #require(result.lines.first { $0.contains("Shown in this run:") })
        #expect(!shown.contains("decisive-action"), "\(shown)")
        #expect(shown.contains("boundary-setting (turn 2)"), "\(shown)")
    }
}

/// Review23 C finding 10: a violation the node does not avoid costs the turn nothing, but the
/// branch taken on it moves the story; the turn-by-turn line says so beside the 100%.
@Suite struct UnscoredCauseTranscriptTests {
    @Test func aHundredPercentTurnThatMovedTheStorySaysWhy() throws {
        let result = try DefuseProcess.run(
            ["play", "bias-age"],
            input: """
                Ha, tell me about it, I'm not as young as I used to be! So, Monday.

                """)
        #expect(result.status == 0, "\(result.stderr)")
        // Review45 R28 finding 7: the-joke branches on the bias-age reading of the rep's own age
        // agreed with, which the turn does not score.
        let agrees = try DefuseProcess.cardName("agrees-about-age")
        let line = try #require(
            result.lines.first { $0.hasPrefix("  1. the-joke  100%") }, "\(result.stdout)")
        #expect(line.contains("⚠ read \(agrees): not scored here, but it moved the story"), "\(line)")
    }

    @Test func aHundredPercentTurnWithNothingReadSaysNothing() throws {
        let result = try DefuseProcess.run(
            ["play", "bias-age"],
            input: """
                Ha, my back's carried these cases for thirty years, it'll manage. So, Monday's ankle?

                """)
        #expect(result.status == 0, "\(result.stderr)")
        let line = try #require(result.lines.first { $0.hasPrefix("  1. the-joke") }, "\(result.stdout)")
        #expect(!line.contains("⚠"), "\(line)")
    }
}
