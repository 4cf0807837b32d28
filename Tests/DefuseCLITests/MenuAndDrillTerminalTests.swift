import Foundation
import Testing

/// The menu as home and drills left early, played in tmux as a rep meets them.
@Suite(.serialized) struct MenuAndDrillTerminalTests {
    @Test(arguments: [40, 80, 120]) func theMenuAsksTheNameOnceAndComesBack(columns: Int) throws {
        let tmux = Tmux()
        defer { tmux.kill() }
        let folder = try DefuseProcess.emptyFolder()
        let binary = "'\(DefuseProcess.binary.path)'"
        try tmux.start(
            Tmux.isolated(in: folder)
                + "\(binary); clear; echo second run; \(binary); echo finished", columns: columns,
            rows: 100)
        try tmux.screen(containing: "name>")
        try tmux.send("  priya   shah ", "Enter")
        let confirm = try tmux.screen(containing: "[Y/n]>")
        #expect(confirm.contains("'priya shah'?"), "\(confirm)")
        try tmux.send("Enter")
        let menu = try tmux.screen(containing: "scenario>")
        #expect(
            TerminalWidthTests.terminalWrapped(try tmux.capture(joined: true), columns: columns).isEmpty,
            "\(menu)")
        let kept = try String(contentsOf: folder.appending(path: "config/defuse/name"), encoding: .utf8)
        #expect(kept == "priya shah\n")
        // Every word of a long title is on the screen whole.
        for word in ["wrong", "tray", "hour", "before", "tibial", "plateau"] {
            #expect(TerminalWidthTests.words(in: menu).contains(word), "\(word) at \(columns):\n\(menu)")
        }
        try tmux.send("angry-surgeon", "Enter")
        try tmux.screen(containing: "you>")
        try tmux.send("C-d")
        // Leaving the scenario comes back to the menu, with how it went. Wait for the prompt
        // under it: the menu is drawn after the line that says how it went.
        let back = try tmux.screen(where: {
            $0.contains("abandoned, score 0")
                && $0.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("scenario>")
        })
        #expect(back.contains("Last: The wrong tray"), "\(back)")
        #expect(back.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("scenario>"), "\(back)")
        try tmux.send("q", "Enter")
        // The second run does not ask again.
        let second = try tmux.screen(where: { $0.contains("second run") && $0.contains("scenario>") })
        #expect(second.contains("second run"))
        #expect(!second.contains("name>"))
        try tmux.send("q", "Enter")
        try tmux.screen(containing: "finished")
        let report = try DefuseProcess.run(
            [
                "report", "--db", folder.appending(path: "results.sqlite").path, "--format", "json", "--name",
                "PRIYA SHAH",
            ])
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let attempts = try #require(object["attempts"] as? [[String: Any]])
        #expect(attempts.count == 1)
        #expect(attempts.first?["rep"] as? String == "priya shah")
    }

    /// review14 finding 5: the menu says "q leaves", so q at the name prompt leaves and keeps
    /// nothing; a menu number is refused; "n" at the confirmation asks again; a "q" kept by an
    /// earlier version counts as no name.
    @Test func qAtTheNamePromptLeavesAndKeepsNothing() throws {
        let tmux = Tmux()
        defer { tmux.kill() }
        let folder = try DefuseProcess.emptyFolder()
        let binary = "'\(DefuseProcess.binary.path)'"
        let kept = folder.appending(path: "config/defuse/name")
        try tmux.start(
            Tmux.isolated(in: folder) + "\(binary); echo left with $?; \(binary); echo finished",
            columns: 80, rows: 60)
        try tmux.screen(containing: "name>")
        try tmux.send("q", "Enter")
        let left = try tmux.screen(containing: "left with")
        #expect(left.contains("left with 0"), "\(left)")
        #expect(!left.contains("[Y/n]"), "\(left)")
        #expect(!FileManager.default.fileExists(atPath: kept.path))
        // The second run asks again; a number is a menu habit, not a name.
        let again = try tmux.screen(where: { $0.components(separatedBy: "name>").count == 3 })
        #expect(again.components(separatedBy: "name>").count == 3, "\(again)")
        try tmux.send("3", "Enter")
        let refused = try tmux.screen(containing: "looks like a menu choice")
        #expect(refused.contains("'3' looks like a menu choice, not a name"), "\(refused)")
        let askedAgain = try tmux.screen(where: { $0.components(separatedBy: "name>").count == 4 })
        #expect(askedAgain.components(separatedBy: "name>").count == 4, "\(askedAgain)")
        try tmux.send("Rosa Diaz", "Enter")
        try tmux.screen(containing: "'Rosa Diaz'?")
        try tmux.send("n", "Enter")
        try tmux.screen(containing: "Then type your name")
        #expect(!FileManager.default.fileExists(atPath: kept.path))
        try tmux.send("Rosa Díaz", "Enter")
        try tmux.screen(containing: "'Rosa Díaz'?")
        try tmux.send("y", "Enter")
        try tmux.screen(containing: "scenario>")
        #expect(try String(contentsOf: kept, encoding: .utf8) == "Rosa Díaz\n")
        try tmux.send("q", "Enter")
        try tmux.screen(containing: "finished")
    }

    @Test func aKeptQIsNoNameAndIsAskedAgain() throws {
        let tmux = Tmux()
        defer { tmux.kill() }
        let folder = try DefuseProcess.emptyFolder()
        try FileManager.default.createDirectory(
            at: folder.appending(path: "config/defuse"), withIntermediateDirectories: true)
        try "q\n".write(to: folder.appending(path: "config/defuse/name"), atomically: true, encoding: .utf8)
        try tmux.start(Tmux.isolated(in: folder) + "'\(DefuseProcess.binary.path)'", columns: 80, rows: 40)
        let asked = try tmux.screen(containing: "name>")
        #expect(asked.contains("What is it?"), "\(asked)")
        try tmux.send("C-d")
    }

    @Test func aScenarioPlayedToItsEndComesBackToTheMenu() throws {
        let tmux = Tmux()
        defer { tmux.kill() }
        let folder = try DefuseProcess.emptyFolder()
        try FileManager.default.copyItem(
            at: DefuseProcess.fixtures.appending(path: "valid"), to: folder.appending(path: "Scenarios"))
        try FileManager.default.createDirectory(
            at: folder.appending(path: "config/defuse"), withIntermediateDirectories: true)
        try "Ana\n".write(to: folder.appending(path: "config/defuse/name"), atomically: true, encoding: .utf8)
        try tmux.start(
            Tmux.isolated(in: folder) + "'\(DefuseProcess.binary.path)'", columns: 80,
            rows: 60)
        // The remembered name is used without asking.
        let menu = try tmux.screen(containing: "scenario>")
        #expect(!menu.contains("name>"))
        try tmux.send("choice-walk", "Enter")
        try tmux.screen(containing: "pick 1-2>")
        try tmux.send("1", "Enter")
        try tmux.screen(containing: "you>")
        try tmux.send("nothing else", "Enter")
        let done = try tmux.screen(containing: "done>")
        #expect(done.contains("back to the menu"))
        try tmux.send("Enter")
        let back = try tmux.screen(containing: "Last: A choice and a boil: resolved, score 100")
        #expect(back.contains("scenario>"))
        try tmux.send("q", "Enter")
        #expect(try tmux.exitStatus() == 0)
    }

    /// The fields of one CSV row (RFC 4180: a quoted field may hold commas and doubled quotes).
    static func csvFields(_ row: String) -> [String] {
        var fields = [""]
        var quoted = false
        var previous: Character?
        for character in row {
            switch character {
            case "\"" where quoted: quoted = false
            case "\"":
                if previous == "\"" { fields[fields.count - 1].append("\"") }
                quoted = true
            case "," where !quoted: fields.append("")
            default: fields[fields.count - 1].append(character)
            }
            previous = character
        }
        return fields
    }

    @Test func aDrillLeftEarlyIsStoredAndReportedIncomplete() throws {
        let tmux = Tmux()
        defer { tmux.kill() }
        let folder = try DefuseProcess.emptyFolder()
        let scenarios = folder.appending(path: "Scenarios")
        try FileManager.default.copyItem(at: DefuseProcess.fixtures.appending(path: "valid"), to: scenarios)
        try FileManager.default.createDirectory(
            at: scenarios.appending(path: "drills"), withIntermediateDirectories: true)
        try """
        id: two
        title: Two scenarios
        scenarios: [choice-walk, minimal]
        pass: 60
        """.write(to: scenarios.appending(path: "drills/two.yaml"), atomically: true, encoding: .utf8)
        let db = folder.appending(path: "results.sqlite").path
        try tmux.start(
            Tmux.isolated(in: folder) + "'\(DefuseProcess.binary.path)' drill two --name Ana --cohort East",
            columns: 80, rows: 60)
        try tmux.screen(containing: "pick 1-2>")
        try tmux.send("1", "Enter")
        try tmux.screen(containing: "Anything else I should know?")
        try tmux.send("nothing else", "Enter")
        // The debrief waits for Enter; Ctrl-D there stops the drill after one scenario of two.
        try tmux.screen(containing: "Enter for scenario 2 of 2")
        try tmux.send("C-d")
        #expect(try tmux.exitStatus() == 0)
        let card = try tmux.capture()
        #expect(card.contains("minimal    –  not played") || card.contains("not played"))
        #expect(card.contains("drill score: 50 (unplayed scenarios count 0)"))
        #expect(card.contains("incomplete: 1 of 2 played to the end · not passed (pass mark 60)"))

        let json = try DefuseProcess.run(["report", "--db", db, "--format", "json"])
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let drills = try #require(object["drills"] as? [[String: Any]])
        #expect(drills.count == 1)
        let drill = try #require(drills.first)
        #expect(UUID(uuidString: drill["id"] as? String ?? "") != nil)
        #expect(drill["rep"] as? String == "Ana")
        #expect(drill["cohort"] as? String == "East")
        #expect(drill["set"] as? String == "two")
        #expect(drill["score"] as? Int == 50)
        #expect(drill["done"] as? Int == 1)
        #expect(drill["total"] as? Int == 2)
        #expect(drill["complete"] as? Bool == false)
        #expect(drill["passed"] as? Bool == false)
        #expect((drill["started"] as? String)?.hasSuffix("Z") == true)

        let table = try DefuseProcess.run(["report", "--db", db])
        #expect(table.stdout.contains("two  score 50  1/2 done  incomplete (1 of 2)  not passed"))
        let csv = try DefuseProcess.run(["report", "--db", db, "--format", "csv"])
        let rows = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map(Self.csvFields)
        // The column is found by name: loop2 added re-mark columns after it.
        let status = try #require(rows.first?.firstIndex(of: "drill_status"))
        #expect(rows.count == 2)
        #expect(rows.dropFirst().allSatisfy { $0.count > status && $0[status] == "incomplete" })
        let html = try DefuseProcess.run(["report", "--db", db, "--format", "html"])
        #expect(
            html.stdout.contains("<td data-label=\"Status\" class=\"abandoned\">incomplete (1 of 2)</td>"))
        #expect(html.stdout.contains("class=\"status incomplete\""))
        #expect(html.stdout.contains("incomplete · 1 of 2 done"))
        let xapi = try DefuseProcess.run(["report", "--db", db, "--format", "xapi"])
        let statements = try #require(
            JSONSerialization.jsonObject(with: Data(xapi.stdout.utf8)) as? [[String: Any]])
        let drillStatement = try #require(
            statements.first {
                (($0["object"] as? [String: Any])?["id"] as? String)?.contains("/drills/") == true
            })
        #expect((drillStatement["result"] as? [String: Any])?["completion"] as? Bool == false)
        // --drill keeps only that set's attempts and runs.
        let other = try DefuseProcess.run(["report", "--db", db, "--format", "json", "--drill", "first-week"])
        let empty = try #require(
            JSONSerialization.jsonObject(with: Data(other.stdout.utf8)) as? [String: Any])
        #expect((empty["drills"] as? [Any])?.isEmpty == true)
        #expect((empty["attempts"] as? [Any])?.isEmpty == true)
    }
}
