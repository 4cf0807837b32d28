import Foundation
import Testing

@Suite struct ValidateCommandTests {
    let invalid = DefuseProcess.fixtures.appending(path: "invalid").path
    let valid = DefuseProcess.fixtures.appending(path: "valid").path

    @Test func brokenFilesExit65WithContractLines() throws {
        let result = try DefuseProcess.run(["validate", invalid])
        #expect(result.status == 65)
        #expect(!result.lines.isEmpty)
        let shape = /^.+\.yaml:\d+:\d+: (error|warning): .+ \[DF\d{3}\]$/
        for line in result.lines {
            #expect(line.wholeMatch(of: shape) != nil, "not a contract line: \(line)")
        }
        #expect(result.stdout.contains("dangling-goto.yaml:4:8: error: start 'openin' names no node"))
    }

    @Test func cleanFilesExit0() throws {
        let result = try DefuseProcess.run(["validate", valid])
        // Every scenario in the folder is counted, however many the command tests add there.
        let files = try FileManager.default.contentsOfDirectory(atPath: valid).filter {
            $0.hasSuffix(".yaml")
        }
        #expect(files.count >= 2)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(files.count) files checked: 0 errors, 0 warnings"))
    }

    @Test func warningsAloneExit0() throws {
        let result = try DefuseProcess.run(["validate", invalid + "/warnings.yaml"])
        #expect(result.status == 0)
        #expect(result.lines.allSatisfy { $0.contains(": warning: ") })
        #expect(result.lines.count == 2)
    }

    @Test func aScenarioThatCanNeverFinishIsAnError() throws {
        let result = try DefuseProcess.run(["validate", invalid + "/never-finishes.yaml"])
        #expect(result.status == 65)
        #expect(result.lines.contains { $0.contains(":4:8: error: no end node can be reached") })
    }

    @Test func missingPathExits66() throws {
        let result = try DefuseProcess.run(["validate", "/no/such/file.yaml"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("/no/such/file.yaml"))
    }

    @Test func jsonFormatIsParseable() throws {
        let result = try DefuseProcess.run(["validate", "--format", "json", invalid + "/dangling-goto.yaml"])
        #expect(result.status == 65)
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["errors"] as? Int == 4)
        let first = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["line"] as? Int == 4)
        #expect(first["code"] as? String == "DF201")
        #expect(first["suggestion"] as? String == "opening")
    }

    @Test func badOptionIsAUsageError() throws {
        let result = try DefuseProcess.run(["validate", "--format", "xml", valid])
        #expect(result.status == 64)
        #expect(result.stderr.lowercased().contains("usage"))
    }
}

@Suite struct DrillSetValidationTests {
    @Test func drillFolderAloneIsCheckedAgainstTheLibraryInUse() throws {
        let folder = try DefuseProcess.emptyFolder()
        let drills = folder.appending(path: "drills")
        try FileManager.default.createDirectory(at: drills, withIntermediateDirectories: true)
        try "title: Week one\nscenarios: [angry-surgeon, angry-surgoen]\n".write(
            to: drills.appending(path: "week.yaml"), atomically: true, encoding: .utf8)
        let result = try DefuseProcess.run(["validate", "drills"], in: folder)
        #expect(result.status == 65)
        #expect(
            result.lines == [
                "drills/week.yaml:2:28: error: the drill set names scenario 'angry-surgoen', which is not in the library; "
                    + "did you mean 'angry-surgeon'? [DF205]"
            ])
    }

    @Test func twoDrillSetsWithOneIDAreDF206NotADuplicateScenario() throws {
        let folder = try DefuseProcess.emptyFolder()
        let drills = folder.appending(path: "drills")
        try FileManager.default.createDirectory(at: drills, withIntermediateDirectories: true)
        for name in ["a.yaml", "b.yaml"] {
            try "id: week\ntitle: Week one\nscenarios: [angry-surgeon]\n".write(
                to: drills.appending(path: name), atomically: true, encoding: .utf8)
        }
        let result = try DefuseProcess.run(["validate", "drills"], in: folder)
        #expect(result.status == 65)
        #expect(
            result.lines == [
                "drills/b.yaml:1:1: error: drill set id 'week' is already used by drills/a.yaml [DF206]"
            ])
    }
}

/// What a new user hits first: a typo in a command, a missing file, a filter that matches nothing.
@Suite struct FirstMistakeTests {
    @Test func aMisspelledSubcommandGetsDidYouMean() throws {
        let result = try DefuseProcess.run(["plya", "angry-surgeon"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown command 'plya'; did you mean 'play'?"))
        // Options before the command and completion scripts are not mistaken for commands.
        #expect(try DefuseProcess.run(["--generate-completion-script", "bash"]).status == 0)
    }

    @Test func aMissingFileIsNotFollowedByACountOfOtherFiles() throws {
        let result = try DefuseProcess.run(["validate", "/missing-\(UUID().uuidString).yaml"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("no such file or folder"))
        #expect(!result.stderr.contains("checked"))
    }

    @Test func aFilterThatMatchesNothingSaysWhich() throws {
        let folder = try DefuseProcess.emptyFolder()
        let db = folder.appending(path: "r.sqlite").path
        let file = DefuseProcess.fixtures.appending(path: "valid/choice-walk.yaml").path
        _ = try DefuseProcess.run(
            ["play", file, "--db", db, "--name", "Priya Shah"], input: "1\nok\n", in: folder)
        let miss = try DefuseProcess.run(["report", "--db", db, "--name", "Noor", "--cohort", "East"])
        #expect(
            miss.stdout.contains(
                "--name 'Noor' and --cohort 'East' each match none of the 1 recorded attempt"))
        #expect(!miss.stdout.contains("No attempts recorded yet"))
        // The same rep, typed another way, is found.
        let hit = try DefuseProcess.run([
            "report", "--db", db, "--name", " priya   SHAH ", "--format", "json",
        ])
        #expect(hit.stdout.contains("\"rep\" : \"Priya Shah\""))
    }
}
