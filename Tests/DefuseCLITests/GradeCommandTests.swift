import Foundation
import Testing

/// Runs the built `defuse` binary (`.build/debug/defuse`, found from this file's path) and
/// checks `defuse grade` and `defuse techniques` as a user or a script sees them.
@Suite
struct GradeCommandTests {
    @Test func jsonlWritesOneObjectPerLineInOrder() throws {
        let input = """
            {"id": "a", "text": "I'm so sorry, that's on me.", "client": "Wrong tray again."}

            {"id": 2, "text": "calm down", "client": null}

            """
        let run = try DefuseProcess.run(["grade", "--jsonl", "-"], input: input)
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(
            try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["id"] as? String == "a")
        #expect(first["detected"] as? [String] == ["apology", "ownership"])
        let techniques = try #require(first["techniques"] as? [String: [String: Any]])
        #expect(techniques["apology"]?["present"] as? Bool == true)
        #expect(techniques["apology"]?["evidence"] as? [String] == ["sorry"])
        #expect(techniques["thanks"]?["present"] as? Bool == false)
        #expect(!lines[0].contains(" \"") && !lines[0].contains(": "))
        let second = try #require(
            try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(second["id"] as? Int == 2)
        #expect(second["detected"] as? [String] == ["argues-back"])
    }

    @Test func evidenceWithQuotesAndBackslashesIsValidJSON() throws {
        // The typed words between a match's first and last word are quoted as typed, punctuation
        // and all: here a quote, a backslash and a tab sit inside the ownership phrase.
        let input = #"{"id": "q", "text": "So sorry, that's \"on \\ me\t\" really."}"# + "\n"
        let run = try DefuseProcess.run(["grade", "--jsonl", "-"], input: input)
        #expect(run.status == 0)
        let line = try #require(run.stdout.split(separator: "\n").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let techniques = try #require(object["techniques"] as? [String: [String: Any]])
        let words = try #require(techniques["ownership"]?["evidence"] as? [String])
        #expect(words.contains { $0.contains("\"") && $0.contains("\\") })
    }

    @Test func badLineNamesItsNumber() throws {
        let run = try DefuseProcess.run(
            ["grade", "--jsonl", "-"], input: "{\"id\":1,\"text\":\"hi\"}\n{\"id\": 2, text}\n")
        #expect(run.status == 65)
        #expect(run.stderr.contains(":2:"))
        #expect(run.stdout.split(separator: "\n").count == 1)
    }

    @Test func idsComeBackExactlyAsWritten() throws {
        let ids = [#""a\/b""#, "1e2", #""\u00e9""#, "true", "false", "-0.5", #""plain""#]
        let input = ids.map { #"{"id":"# + $0 + #","text":"sorry"}"# }.joined(separator: "\n") + "\n"
        let run = try DefuseProcess.run(["grade", "--jsonl", "-"], input: input)
        #expect(run.status == 0)
        let echoed = run.lines.map { line in
            line.dropFirst(#"{"id":"#.count).prefix { $0 != "," }
        }
        #expect(echoed.map(String.init) == ids)
        for line in run.lines {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "\(line)")
        }
    }

    @Test func invalidNumberIdIsRefused() throws {
        let run = try DefuseProcess.run(
            ["grade", "--jsonl", "-"], input: #"{"id":1-2,"text":"sorry"}"# + "\n")
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(":1:"))
    }

    /// `grade --jsonl -` answers a line before the next one is written: a program can hold a
    /// conversation with it over a pipe.
    @Test func standardInputIsAnsweredLineByLine() throws {
        let process = Process()
        process.executableURL = DefuseProcess.binary
        process.arguments = ["grade", "--jsonl", "-"]
        process.currentDirectoryURL = try DefuseProcess.emptyFolder()
        var environment = ProcessInfo.processInfo.environment
        environment["DEFUSE_NO_CACHE"] = "1"
        process.environment = environment
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        try input.fileHandleForWriting.write(contentsOf: Data(#"{"id":1,"text":"I'm sorry"}"#.utf8 + [0x0A]))
        // Read the answer while standard input is still open.
        var answer = Data()
        let deadline = Date().addingTimeInterval(20)
        while !answer.contains(0x0A), Date() < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            answer += chunk
        }
        #expect(String(decoding: answer, as: UTF8.self).hasPrefix(#"{"id":1,"detected":["apology"]"#))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func missingTextIsBadData() throws {
        let run = try DefuseProcess.run(["grade", "--jsonl", "-"], input: "{\"id\": 1}\n")
        #expect(run.status == 65)
        #expect(run.stderr.contains("text"))
    }

    @Test func missingFileIs66() throws {
        let run = try DefuseProcess.run(["grade", "--jsonl", "/nonexistent/replies.jsonl"])
        #expect(run.status == 66)
    }

    @Test func explainsEachVerdict() throws {
        let run = try DefuseProcess.run(
            ["grade", "--technique", "apology", "--technique", "non-apology", "Sorry you feel that way"],
            environment: ["NO_COLOR": "1"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("✗ apology"))
        #expect(run.stdout.contains("✓ non-apology"))
        #expect(run.stdout.contains("“Sorry you feel”"))
        #expect(!run.stdout.contains("thanks"))
    }

    @Test func fromleUsesTheClientOption() throws {
        let run = try DefuseProcess.run(
            [
                "grade", "--technique", "fromle", "--client", "You reps are all vultures.",
                "From my limited experience, we reps are all vultures.",
            ], environment: ["NO_COLOR": "1"])
        #expect(run.stdout.contains("✓ fromle"))
    }

    @Test func unknownTechniqueSuggests() throws {
        let run = try DefuseProcess.run(["techniques", "apolgy"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("did you mean 'apology'"))
        let grade = try DefuseProcess.run(["grade", "--technique", "thank", "hi"])
        #expect(grade.status == 64)
    }

    @Test func printsACard() throws {
        let run = try DefuseProcess.run(["techniques", "objective-report"], environment: ["NO_COLOR": "1"])
        #expect(run.status == 0)
        // Review10 finding 15: the card names the article a trainer can look up, then its file.
        #expect(
            run.stdout.contains(
                "Source:\n  “How Sales Managers Can Best Handle Client Terminations”, seeds/001_958bb338a34146a7.txt"
            ))
        // Issue 13: how to add phrases is for tuners, behind --verbose.
        #expect(!run.stdout.contains("extends: objective-report"))
        let verbose = try DefuseProcess.run(
            ["techniques", "objective-report", "--verbose"], environment: ["NO_COLOR": "1"])
        #expect(verbose.stdout.contains("Scenarios/techniques with 'extends: objective-report'"))
        #expect(verbose.stdout.contains("--export DIR"))
        let list = try DefuseProcess.run(["techniques"])
        for id in ["apology", "blame-shifting", "fromle", "objective-report"] {
            #expect(list.stdout.contains(id))
        }
    }

    @Test func trainerFileReplacesABuiltIn() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "defuse-cli-\(UUID().uuidString)")
        let techniques = folder.appending(path: "techniques")
        try FileManager.default.createDirectory(at: techniques, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = "id: thanks\nname: Thanks\nkind: technique\npatterns:\n  - \"much obliged\"\n"
        try yaml.write(to: techniques.appending(path: "thanks.yaml"), atomically: true, encoding: .utf8)
        let input = "{\"id\":1,\"text\":\"much obliged\"}\n{\"id\":2,\"text\":\"thank you\"}\n"
        let run = try DefuseProcess.run(["grade", "--scenarios", folder.path, "--jsonl", "-"], input: input)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first?.contains("\"detected\":[\"thanks\"]") == true)
        #expect(lines.last?.contains("\"detected\":[]") == true)
        #expect(!run.stderr.contains("DF207"), "grading output stays quiet: \(run.stderr)")
        let card = try DefuseProcess.run(["techniques", "thanks", "--verbose", "--scenarios", folder.path])
        #expect(card.stdout.contains("much obliged") || card.stdout.contains("thanks.yaml"))
        #expect(
            card.stderr.contains("note: this file replaces the installed technique 'thanks' [DF207]"),
            "\(card.stderr)")
    }
}

/// `--scenarios DIR/techniques` and `defuse validate` see technique files.
@Suite
struct TechniqueFolderTests {
    func folder(_ yaml: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "defuse-tf-\(UUID().uuidString)")
        let techniques = folder.appending(path: "techniques")
        try FileManager.default.createDirectory(at: techniques, withIntermediateDirectories: true)
        try yaml.write(to: techniques.appending(path: "t.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func techniquesFolderGivenDirectly() throws {
        let root = try folder("id: cheer\nname: Cheer\nkind: technique\npatterns:\n  - \"chin up\"\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appending(path: "techniques").path
        let run = try DefuseProcess.run([
            "grade", "--scenarios", path, "--technique", "cheer", "chin up, doc",
        ])
        #expect(run.status == 0)
        #expect(run.stdout.contains("✓ cheer"))
    }

    @Test func validateReportsABadPattern() throws {
        let root = try folder("id: cheer\nname: Cheer\nkind: technique\npatterns:\n  - \"(chin\"\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try DefuseProcess.run(["validate", root.path])
        #expect(run.status == 65)
        #expect(run.stdout.contains("t.yaml:5:5: error:"))
        #expect(run.stdout.contains("[DF501]"))
    }
}
