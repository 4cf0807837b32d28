import Foundation
import Testing

/// The docs a trainer holding the program meets: every `--help` stays inside what was installed
/// (no path into the project's private folders), every help that takes a drill set says where
/// the sets are listed, and `defuse list --drills` lists them.
@Suite struct HelpAndDrillListTests {
    static let subcommands = [
        "play", "drill", "grade", "techniques", "validate", "list", "graph", "test", "new", "report",
        "review",
        "import",
    ]

    @Test(arguments: [[String]()] + subcommands.map { [$0] })
    func helpNeverPointsOutsideTheProgram(command: [String]) throws {
        let result = try DefuseProcess.run(command + ["--help"])
        #expect(result.status == 0)
        #expect(!result.stdout.isEmpty)
        for outside in ["../", "shared/", "/work/"] {
            #expect(!result.stdout.contains(outside), "\(command): \(outside)")
        }
    }

    /// Commands that take a drill set (as an argument or with `--drill`) and the overview.
    @Test(arguments: [[], ["drill"], ["report"], ["review"]])
    func helpThatTakesADrillSetSaysWhereTheyAreListed(command: [String]) throws {
        let result = try DefuseProcess.run(command + ["--help"])
        // Help text is wrapped to the width: compare with runs of spaces and newlines folded.
        let folded = result.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(folded.contains("'defuse list --drills'"))
    }

    @Test func listDrillsShowsEveryShippedSetWithItsScenariosAndPassMark() throws {
        let folder = DefuseProcess.packageRoot.appending(path: "Scenarios/drills")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".yaml")
        }
        let result = try DefuseProcess.run(["list", "--drills", "--json"])
        #expect(result.status == 0)
        let array = try #require(
            JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(Set(array.compactMap { $0["id"] as? String }) == Set(files.map { String($0.dropLast(5)) }))
        for file in files {
            let text = try String(contentsOf: folder.appending(path: file), encoding: .utf8)
            let entry = try #require(array.first { $0["id"] as? String == String(file.dropLast(5)) })
            let title = try #require(text.firstMatch(of: /(?m)^title: (.*)$/)?.1)
            #expect(entry["title"] as? String == String(title))
            let pass = text.firstMatch(of: /(?m)^pass: (\d+)/).flatMap { Int($0.1) } ?? 70
            #expect(entry["pass"] as? Int == pass)
            // review11 finding 4: the listing says what fails the set, as the file writes it.
            let failOn = text.firstMatch(of: /(?m)^fail_on: \[(.*)\]$/).map {
                $0.1.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            }
            #expect(entry["failOn"] as? [String] == failOn ?? [])
            if let flow = text.firstMatch(of: /(?m)^scenarios: \[(.*)\]$/)?.1 {
                let ids = flow.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                #expect(entry["scenarios"] as? [String] == ids)
            }
        }
        let table = try DefuseProcess.run(["list", "--drills"])
        #expect(table.lines.contains { $0.hasPrefix("first-week ") && $0.hasSuffix("First onboarding week") })
        #expect(
            table.lines.contains {
                $0.contains("5 scenarios: missed-appointment, angry-surgeon, scrub-nurse-blame,")
                    && $0.hasSuffix("· pass mark 70 · fails on a breach (a line crossed)")
            })
    }
}
