import Foundation
import PostgresTestServer
import Testing

/// A trainer's re-mark reads the same wherever a cohort's results are read: the CSV report, the
/// table report's drill runs (where a past drill's scorecard is read again), `review --export`
/// and the team store the laptop's results are imported into, re-marked after the first import.
/// Each shows who re-marked, when, what the replay found, the note and the grader's reading.
@Suite struct RemarkEverywhereTests {
    typealias Desk = DrillRemarkCommandTests.Desk

    /// `trainer Kim: turn 1 goes to plan, not played (was lost; now no ending counted) · turn 1
    /// reviewed <date> · "explains, then owns it"`, checked piece by piece around the date.
    static func isAccount(_ text: String) -> Bool {
        text.hasPrefix(
            "trainer Kim: turn 1 goes to plan, not played (was lost; now no ending counted) · turn 1 reviewed 20"
        )
            && text.hasSuffix("Z · \"explains, then owns it\"")
    }

    /// The CSV report's rows as dictionaries by column (fields without line breaks).
    static func csvRows(_ text: String) throws -> [[String: String]] {
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let header = try #require(lines.first).components(separatedBy: ",")
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, fields($0))) }
    }

    /// RFC 4180 fields of one line: quoted fields may hold commas and doubled quotes.
    static func fields(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(line)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        return fields + [field]
    }

    @Test(arguments: StoreBackend.tested) func aReMarkReadsTheSameWhereverResultsAreRead(
        _ backend: StoreBackend
    ) throws {
        let laptop = try Desk(.sqlite)
        let team = try backend.location(file: laptop.folder.appending(path: "team.sqlite").path)
        let drill = try laptop.run(
            ["drill", "tray", "--name", "Ana"], input: DrillRemarkCommandTests.reply + "\n\n")
        #expect(drill.status == 0, "\(drill.stderr)")
        let first = try DefuseProcess.run(["import", laptop.db, "--db", team], in: laptop.folder)
        #expect(first.stdout == "1 attempts imported, 0 already present\n", "\(first.stderr)")

        // Before any review the CSV says nothing of one, and the run failed.
        let before = try #require(try Self.csvRows(laptop.run(["report", "--format", "csv"]).stdout).first)
        #expect(before["outcome"] == "lost")
        #expect(before["graded_outcome"] == "")
        #expect(before["remark"] == "")
        #expect(before["drill_verdict"] == "failed: 1 lost ending (fail_on: lost)")

        let id = try #require((try laptop.report()["attempts"] as? [[String: Any]])?.first?["id"] as? String)
        let remark = try laptop.run([
            "review", id, "--turn", "1", "--set", "blame-shifting=absent", "--note", "explains, then owns it",
            "--by", "Kim",
        ])
        #expect(remark.status == 0, "\(remark.stderr)")

        // CSV: the played ending, the re-mark in full and the run's verdict on review.
        let csv = try laptop.run(["report", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let row = try #require(try Self.csvRows(csv.stdout).first)
        #expect(row["outcome"] == "lost")
        #expect(row["graded_outcome"] == "lost")
        #expect(Self.isAccount(row["remark"] ?? ""), "\(row["remark"] ?? "")")
        #expect(row["drill_verdict"] == "passed on review (was failed: 1 lost ending, fail_on: lost)")
        #expect(
            row["reviews"]?.contains("blame-shifting ✗ (grader ✓) · Kim: \"explains, then owns it\"") == true)

        // The table report's drill runs: the verdict, then the re-mark under the run.
        let table = try laptop.run(["report", "--drill", "tray", "--name", "Ana"])
        let lines = table.stdout.components(separatedBy: "\n")
        let run = try #require(lines.firstIndex { $0.contains("  Ana  tray  score ") }, "\(table.stdout)")
        #expect(
            lines[run].hasSuffix("passed on review (was failed: 1 lost ending, fail_on: lost) (pass mark 10)")
        )
        #expect(lines[run + 1].hasPrefix("    misread re-marked, "))
        #expect(
            Self.isAccount(String(lines[run + 1].dropFirst("    misread re-marked, ".count))),
            "\(lines[run + 1])")

        // review --export: the trainer's labels, and beside them the grader's and the re-mark.
        let export = try laptop.run(["review", "--export", "-"])
        #expect(export.status == 0, "\(export.stderr)")
        let item = try #require(
            try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        #expect((item["labels"] as? [String])?.contains("blame-shifting") == false)
        let review = try #require(item["review"] as? [String: Any])
        #expect(review["reviewer"] as? String == "Kim")
        #expect(review["note"] as? String == "explains, then owns it")
        #expect((review["grader"] as? [String])?.contains("blame-shifting") == true)
        #expect(Self.isAccount(review["remark"] as? String ?? ""), "\(export.stdout)")
        #expect((review["reviewed"] as? String)?.hasSuffix("Z") == true)

        // The team store had the attempt before the re-mark: the next import brings it.
        let second = try DefuseProcess.run(["import", laptop.db, "--db", team], in: laptop.folder)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(
            second.stdout == "0 attempts imported, 1 already present\n1 attempt with later reviews updated\n")
        let teamCSV = try DefuseProcess.run(
            ["report", "--format", "csv", "--db", team, "--scenarios", laptop.scenarios], in: laptop.folder)
        let teamRow = try #require(try Self.csvRows(teamCSV.stdout).first, "\(teamCSV.stderr)")
        #expect(teamRow["remark"] == row["remark"])
        #expect(teamRow["drill_verdict"] == "passed on review (was failed: 1 lost ending, fail_on: lost)")
        #expect(teamRow["graded_outcome"] == "lost")

        // Nothing newer: a third import changes nothing.
        let third = try DefuseProcess.run(["import", laptop.db, "--db", team], in: laptop.folder)
        #expect(third.stdout == "0 attempts imported, 1 already present\n")
    }
}
