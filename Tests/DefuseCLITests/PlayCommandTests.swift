import Foundation
import Testing

/// The play contract without a terminal: replies from standard input, plain text ending in
/// `outcome: … score: …`, or one JSON object with `path` and `turns`.
@Suite struct PlayCommandTests {
    let file = DefuseProcess.fixtures.appending(path: "valid/choice-walk.yaml").path

    func play(_ input: String, _ extra: [String] = []) throws -> DefuseProcess.Result {
        let folder = try DefuseProcess.emptyFolder()
        return try DefuseProcess.run(
            ["play", file, "--db", folder.appending(path: "r.sqlite").path] + extra, input: input, in: folder)
    }

    @Test func plainTextEndsWithTheOutcomeLine() throws {
        let result = try play("1\nnothing else\n")
        #expect(result.status == 0)
        #expect(result.lines.last == "outcome: resolved score: 100")
        #expect(result.stdout.contains("Dr. Pat Kim: Well? What are you going to do"))
        #expect(result.stdout.contains("1. I'll drive a box over myself"))
    }

    @Test func jsonHasPathAndTurns() throws {
        let result = try play("1\nnothing else\n", ["--json"])
        #expect(result.status == 0)
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["scenario"] as? String == "choice-walk")
        #expect(object["outcome"] as? String == "resolved")
        #expect(object["score"] as? Int == 100)
        #expect(object["path"] as? [String] == ["pick", "calmer", "thanked"])
        let turns = try #require(object["turns"] as? [[String: Any]])
        #expect(turns.count == 2)
        #expect(turns[0]["node"] as? String == "pick")
        #expect(turns[0]["detected"] as? [String] == ["ownership", "decisive-action"])
        #expect(turns[0]["mood"] as? Int == 4)
        #expect(result.lines.count == 1)
    }

    @Test func boilingOverGoesToOnBoil() throws {
        let result = try play("2\n", ["--json"])
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["path"] as? [String] == ["pick", "stormed-out"])
        #expect(object["outcome"] as? String == "escalated")
        // The blaming line meets none of the two techniques the best line credits.
        #expect(object["score"] as? Int == 0)
    }

    /// The check-after-miss fixture: a bare yes to the opening, then line `line` at the check.
    func playCheckAfterMiss(picking line: Int) throws -> DefuseProcess.Result {
        let folder = try DefuseProcess.emptyFolder()
        let check = DefuseProcess.fixtures.appending(path: "valid/check-after-miss.yaml").path
        return try DefuseProcess.run(
            ["play", check, "--db", folder.appending(path: "r.sqlite").path],
            input: "sure, no problem\n\(line)\n",
            in: folder)
    }

    /// Review25 B finding 14: a line that credits nothing, picked at a check after a miss, is
    /// named the same way live and in the turn-by-turn summary.
    @Test func aLineThatCreditsNothingIsNamedAlikeLiveAndInTheSummary() throws {
        let result = try playCheckAfterMiss(picking: 2)
        #expect(result.status == 0)
        #expect(result.lines.last == "outcome: lost score: 0")
        let named = result.lines.filter { $0.contains("shows none of what the turn asked for") }
        #expect(named.count >= 2, "live and in the summary")
        #expect(!result.stdout.contains("chose the line offered after a miss"))
    }

    /// Review41 A finding 12: the right line at that check gives what the reply missed ("✓ when
    /// asked again"); the summary does not also call it a line that shows none of what was asked.
    @Test func aLineThatGivesTheMissIsNotCalledEmpty() throws {
        let result = try playCheckAfterMiss(picking: 1)
        #expect(result.status == 0)
        #expect(result.lines.last?.hasPrefix("outcome: resolved") == true)
        #expect(result.stdout.contains("when asked again"))
        #expect(!result.stdout.contains("shows none of what the turn asked for"))
        #expect(result.stdout.contains("chose the line offered after a miss"))
    }

    /// Review43 R10 finding 9: a line that credits something the turn did not ask for scores
    /// (half, after a miss) and is named the same way live and in the summary, never as a line
    /// that shows none of what was asked.
    @Test func aLineThatScoresIsNotCalledEmptyInTheSummary() throws {
        let result = try playCheckAfterMiss(picking: 3)
        #expect(result.status == 0)
        #expect(result.stdout.contains("chose the line offered after a miss: 50%"))
        #expect(!result.stdout.contains("shows none of what the turn asked for"))
        let named = result.lines.filter { $0.contains("chose the line offered after a miss") }
        #expect(named.count >= 2, "live and in the summary")
    }

    @Test func theEndingScreenSaysWhatDecidedItFromTheTurnLog() throws {
        let result = try play("2\n")
        let heading = try #require(result.lines.firstIndex(of: "What decided it:"))
        let turn = result.lines[heading + 1]
        #expect(turn.contains("Turn 1 (pick): you chose line 2, “Shipping messed up, not me.”"))
        #expect(turn.contains("read as blame-shifting"))
        #expect(turn.contains("the client's mood reached 10"))
        #expect(result.stdout.contains("No technique this scenario grades was shown in this run."))
    }

    @Test func aGoodEndingPraisesOnlyTheCreditedTechniques() throws {
        let result = try play("1\nnothing else\n")
        #expect(result.lines.contains("How this run got here:"))
        #expect(result.stdout.contains("Shown in this run: ownership (turn 1); decisive-action (turn 1)."))
        #expect(!result.stdout.contains("What decided it:"))
    }

    @Test func narrationIsPrintedWithoutTheClientsName() throws {
        let result = try play("2\n")
        #expect(result.lines.contains("She points at the door."))
        #expect(!result.stdout.contains("Dr. Pat Kim: She points"))
        #expect(result.stdout.contains("Dr. Pat Kim: Get out of my lab."))
        let narration = try #require(result.lines.firstIndex(of: "She points at the door."))
        let line = try #require(result.lines.firstIndex(of: "Dr. Pat Kim: Get out of my lab."))
        #expect(narration < line)
    }

    @Test func aNodesSpeakerSaysItsLineInsteadOfTheClient() throws {
        let result = try play("1\nnothing else\n")
        #expect(result.stdout.contains("Nurse Lee: Fine. Anything else I should know?"))
        #expect(!result.stdout.contains("Dr. Pat Kim: Fine."))
    }

    /// Review25b B finding 13: after an answer to someone other than the client (a node with a
    /// speaker), the meter reads "the room", and boiling over there is the room's, not the
    /// absent client's.
    @Test func anAnswerToSomeoneElseMovesTheRoom() throws {
        let folder = try DefuseProcess.emptyFolder()
        let file = DefuseProcess.fixtures.appending(path: "valid/speaker-room.yaml").path
        let calm = try DefuseProcess.run(
            ["play", file, "--db", folder.appending(path: "r.sqlite").path], input: "1\n1\n", in: folder)
        let meters = calm.lines.filter { $0.contains("/10") && $0.hasPrefix("  ") }
        #expect(meters.count == 2)
        #expect(meters.first?.contains("Marisol Vega's mood") == true)
        #expect(meters.last?.contains("the room") == true)
        let boiled = try DefuseProcess.run(
            ["play", file, "--db", folder.appending(path: "s.sqlite").path], input: "2\n2\n", in: folder)
        #expect(boiled.stdout.contains("The room has had enough."))
        #expect(!boiled.stdout.contains("Marisol Vega has boiled over"))
        #expect(boiled.lines.last == "outcome: escalated score: 0")
    }

    /// Review24 A finding 14: where someone else speaks at some nodes, the meter says whose mood
    /// it is (always the client's); a scenario with one speaker keeps the plain meter.
    @Test func theMeterNamesTheClientWhenSomeoneElseSpeaks() throws {
        let result = try play("1\nnothing else\n")
        let meter = try #require(result.lines.first { $0.contains("/10") && $0.hasPrefix("  ") })
        #expect(meter.contains("Dr. Pat Kim's mood"))
        #expect(!result.stdout.contains("Nurse Lee's mood"))
        let folder = try DefuseProcess.emptyFolder()
        let plain = try DefuseProcess.run(
            [
                "play", DefuseProcess.fixtures.appending(path: "valid/minimal.yaml").path, "--db",
                folder.appending(path: "r.sqlite").path,
            ], input: "I'm sorry, that's on me and I'll have it on the van by 10.\n", in: folder)
        let plainMeter = try #require(plain.lines.first { $0.contains("/10") && $0.hasPrefix("  ") })
        #expect(plainMeter.hasPrefix("  mood "))
    }

    @Test func endOfInputIsAbandoned() throws {
        let result = try play("")
        #expect(result.status == 0)
        #expect(result.lines.last == "outcome: abandoned score: 0")
    }

    @Test func badChoiceNumbersAreSkippedNotFatal() throws {
        let result = try play("9\nbanana\n1\nok\n")
        #expect(result.stdout.contains("Pick a line by its number, 1 to 2."))
        #expect(result.lines.last == "outcome: resolved score: 100")
    }

    @Test func hostileInputDoesNoHarm() throws {
        let huge = String(repeating: "a", count: 1_000_000)
        var bytes = Data("1\n".utf8)
        bytes.append(contentsOf: [0xFF, 0xFE, 0x1B, 0x5B, 0x32, 0x4A])
        bytes.append(Data("\n\n\(huge)\n".utf8))
        let result = try play(String(decoding: bytes, as: UTF8.self))
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}[2J"))
        #expect(result.lines.last == "outcome: resolved score: 100")
    }

    @Test func unknownScenarioIsAUsageError() throws {
        let result = try DefuseProcess.run(["play", "no-such-scenario"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("no scenario 'no-such-scenario'"))
    }
}

/// Coaching in the plain-text summary: missed techniques and committed violations are told
/// apart, and a turn that scored under half shows a model reply.
@Suite struct CoachingSummaryTests {
    let file = DefuseProcess.fixtures.appending(path: "coaching/coached.yaml").path

    @Test func missedAndDidAreSeparateAndAModelFollowsAPoorTurn() throws {
        let folder = try DefuseProcess.emptyFolder()
        let result = try DefuseProcess.run(
            ["play", file, "--db", folder.appending(path: "r.sqlite").path],
            input: "relax, these things happen\n", in: folder)
        #expect(result.status == 0)
        let line = try #require(result.lines.first { $0.hasPrefix("  1. opening") })
        // The rep reads the cards' names, not the grader's ids.
        let apology = try DefuseProcess.cardName("apology")
        let ownership = try DefuseProcess.cardName("ownership")
        let minimizing = try DefuseProcess.cardName("minimizing")
        #expect(apology != "apology" && minimizing != "minimizing")
        #expect(line.contains("✗ missed \(apology) · \(ownership)"), "\(line)")
        #expect(line.contains("⚠ did \(minimizing)"))
        #expect(!line.contains("minimizing"))
        #expect(result.stdout.contains("model: “I'm so sorry, that one is on me."))
        // The tip says what to do instead of the violation, from the technique card.
        #expect(
            result.stdout.contains("tip: instead of \(minimizing): Let it be as big as it is: to a client"))
    }

    @Test func aModelReplyFallsBackToTheNodesPassingTestReply() throws {
        let folder = try DefuseProcess.emptyFolder()
        let result = try DefuseProcess.run(
            ["play", file, "--db", folder.appending(path: "r.sqlite").path],
            input: "I'm so sorry, that one is on me.\nwe will see\n", in: folder)
        #expect(
            result.stdout.contains("why the mood rose: Sam has just heard that the ward's other pump failed"))
        let line = try #require(result.lines.first { $0.hasPrefix("  2. plan") })
        #expect(line.contains("✗ missed \(try DefuseProcess.cardName("decisive-action"))"))
        #expect(result.stdout.contains("model: “I will drive the spare pump over myself"))
    }
}
