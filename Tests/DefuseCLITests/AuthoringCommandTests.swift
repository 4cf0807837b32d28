import Foundation
import Testing

@Suite struct AuthoringCommandTests {
    let valid = DefuseProcess.fixtures.appending(path: "valid").path

    @Test func testCommandRunsInFileTestsAndEndsWithTheCounts() throws {
        let result = try DefuseProcess.run(["test", valid + "/choice-walk.yaml"])
        #expect(result.status == 0)
        #expect(result.lines.last == "2 passed, 0 failed")
        #expect(result.stdout.contains("PASS choice-walk: blaming shipping boils her over"))
    }

    @Test func aChoiceLineTheGraderDoesNotReadIsAWarningNotAFailure() throws {
        // Review7 finding 2: the credited line, typed, must be read as what it credits.
        let folder = try DefuseProcess.emptyFolder()
        var text = try String(contentsOfFile: valid + "/choice-walk.yaml", encoding: .utf8)
        text = text.replacingOccurrences(
            of: "I'll drive a box over myself; it will be in your lab by two.", with: "A box is on the way.")
        let file = folder.appending(path: "unread-line.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try DefuseProcess.run(["test", file.path])
        #expect(result.status == 0)
        #expect(result.lines.last == "2 passed, 0 failed")
        #expect(result.stdout.contains("unread-line.yaml:10:"))
        #expect(result.stdout.contains("warning: unread-line pick line 1 credits ownership, decisive-action"))
        #expect(
            result.stdout.contains(
                "choice lines: 1 of 1 with good credits are not read as typed (2 of 2 credits)"))
        let quiet = try DefuseProcess.run(["test", "--no-choice-lines", file.path])
        #expect(quiet.status == 0)
        #expect(!quiet.stdout.contains("warning:"))
        #expect(!quiet.stdout.contains("choice lines:"))
    }

    @Test func aChoiceLineTheGraderReadsIsCounted() throws {
        let result = try DefuseProcess.run(["test", valid + "/choice-walk.yaml"])
        #expect(!result.stdout.contains("which the grader does not read"))
        #expect(
            result.stdout.contains(
                "choice lines: 0 of 1 with good credits are not read as typed (0 of 2 credits)"))
    }

    @Test func aRightLineLongerThanEveryWrongLineIsAWarningNotAFailure() throws {
        // Review8 finding 6: choice-walk's one right line (60 characters) is 33 longer than its
        // wrong line (27), so a trainee can pick it by length alone.
        let result = try DefuseProcess.run(["test", valid + "/choice-walk.yaml"])
        #expect(result.status == 0)
        #expect(result.lines.last == "2 passed, 0 failed")
        #expect(result.stdout.contains("choice-walk.yaml:10:"))
        #expect(
            result.stdout.contains(
                "warning: choice-walk pick line 1, the only right line, is the longest by 33 characters (60 against 27)"
            ))
        #expect(
            result.stdout.contains(
                "longest lines: 1 of 1 choice nodes with one right line give it away by length"))
        // A wrong line of the same length and detail clears it.
        let folder = try DefuseProcess.emptyFolder()
        var text = try String(contentsOfFile: valid + "/choice-walk.yaml", encoding: .utf8)
        text = text.replacingOccurrences(
            of: "Shipping messed up, not me.",
            with: "Shipping messed up, not me; they will have a box to you by four.")
        let file = folder.appending(path: "even-lines.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let even = try DefuseProcess.run(["test", file.path])
        #expect(even.status == 0)
        #expect(!even.stdout.contains("the only right line"))
        #expect(
            even.stdout.contains(
                "longest lines: 0 of 1 choice nodes with one right line give it away by length"))
        let quiet = try DefuseProcess.run(["test", "--no-choice-lines", valid + "/choice-walk.yaml"])
        #expect(!quiet.stdout.contains("longest lines:"))
    }

    @Test func failingTestExits1WithTheReason() throws {
        let folder = try DefuseProcess.emptyFolder()
        var text = try String(contentsOfFile: valid + "/choice-walk.yaml", encoding: .utf8)
        text = text.replacingOccurrences(of: "    outcome: escalated", with: "    outcome: resolved")
        let file = folder.appending(path: "broken-test.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try DefuseProcess.run(["test", file.path])
        #expect(result.status == 1)
        #expect(result.lines.last == "1 passed, 1 failed")
        #expect(result.stdout.contains("expected outcome resolved, got escalated"))
    }

    @Test func scoreAtMostAndOutcomeListsFailPathsOutsideThem() throws {
        // The first line is the node's best line: every turn of that path scores 1, so 100.
        let folder = try DefuseProcess.emptyFolder()
        var text = try String(contentsOfFile: valid + "/choice-walk.yaml", encoding: .utf8)
        text = text.replacingOccurrences(
            of: "    score_at_least: 100", with: "    score_at_most: 99")
        text += "  - name: a ceiling it stays under\n    replies: [\"2\"]\n    score_at_most: 45\n"
        text += "  - name: not a good ending\n    replies: [\"2\"]\n    outcome: [resolved, exit]\n"
        let file = folder.appending(path: "ceiling.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try DefuseProcess.run(["test", file.path])
        #expect(result.status == 1)
        #expect(result.lines.last == "2 passed, 2 failed")
        #expect(result.stdout.contains("expected a score of at most 99, got 100"))
        #expect(result.stdout.contains("expected outcome resolved or exit, got escalated"))
        #expect(result.stdout.contains("PASS ceiling: a ceiling it stays under"))
    }

    @Test func knownIssueIsReportedWithoutFailingTheRun() throws {
        let folder = try DefuseProcess.emptyFolder()
        var text = try String(contentsOfFile: valid + "/choice-walk.yaml", encoding: .utf8)
        text += """
              - name: a grader miss on record
                known_issue: the grader does not read this yet
                replies: ["2"]
                outcome: resolved
              - name: an issue that is gone
                known_issue: fixed since
                replies: ["1", "ok"]
                outcome: resolved

            """
        let file = folder.appending(path: "known.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try DefuseProcess.run(["test", file.path])
        #expect(result.status == 0)
        #expect(result.lines.last == "3 passed, 0 failed, 1 known issues")
        #expect(result.stdout.contains("KNOWN known: a grader miss on record"))
        #expect(result.stdout.contains("known issue: the grader does not read this yet"))
        #expect(result.stdout.contains("expected outcome resolved, got escalated"))
        #expect(result.stdout.contains("passes now; remove its known_issue"))
    }

    @Test func walkReportsEndingsWithScoreRanges() throws {
        let result = try DefuseProcess.run(["test", "--walk", valid + "/choice-walk.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("resolved  at thanked: score 100–100"))
        #expect(result.stdout.contains("escalated at stormed-out: score 0–0"))
    }

    @Test func newWritesAStarterThatValidates() throws {
        let folder = try DefuseProcess.emptyFolder()
        let made = try DefuseProcess.run(["new", "late-loaner"], in: folder)
        #expect(made.status == 0)
        let path = folder.appending(path: "Scenarios/late-loaner.yaml").path
        #expect(FileManager.default.fileExists(atPath: path))
        let validated = try DefuseProcess.run(["validate", path], in: folder)
        #expect(validated.status == 0)
        #expect(validated.stdout.isEmpty)
        let again = try DefuseProcess.run(["new", "late-loaner"], in: folder)
        #expect(again.status == 64)
        let bad = try DefuseProcess.run(["new", "Late Loaner"], in: folder)
        #expect(bad.status == 64)
    }

    @Test func drillRunsASetAndPrintsAScorecard() throws {
        let folder = try DefuseProcess.emptyFolder()
        let library = folder.appending(path: "lib")
        try FileManager.default.createDirectory(
            at: library.appending(path: "drills"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: valid + "/choice-walk.yaml", toPath: library.appending(path: "choice-walk.yaml").path)
        try "title: Twice\nscenarios: [choice-walk, choice-walk]\n".write(
            to: library.appending(path: "drills/twice.yaml"), atomically: true, encoding: .utf8)
        let result = try DefuseProcess.run(
            [
                "drill", "twice", "--name", "Ana", "--db", folder.appending(path: "r.sqlite").path,
                "--scenarios", library.path,
            ],
            input: "1\nok\n2\n", in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.contains("scenario 1 of 2"))
        #expect(result.stdout.contains("scenario 2 of 2"))
        // 100 for the model line, 0 for the blaming one: the mean is 50.
        #expect(result.stdout.contains("drill score: 50"))
        #expect(!result.stdout.contains("tip:"))
    }
}
