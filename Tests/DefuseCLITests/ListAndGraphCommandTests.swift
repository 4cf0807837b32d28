import Foundation
import Testing

@Suite struct ListAndGraphCommandTests {
    let valid = DefuseProcess.fixtures.appending(path: "valid").path

    @Test func listJsonHasContractFields() throws {
        let result = try DefuseProcess.run(["list", "--json", "--scenarios", valid])
        #expect(result.status == 0)
        let array = try #require(
            JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let minimal = try #require(array.first { $0["id"] as? String == "minimal" })
        #expect(minimal["title"] as? String == "A late delivery")
        #expect(minimal["persona"] as? String == "Sam Okafor")
        #expect(minimal["difficulty"] as? Int == 1)
        #expect(minimal["trains"] as? [String] == [])
        #expect(minimal["tags"] as? [String] == [])
    }

    /// A rep reads what a scenario trains by the cards' names (`fromle` is jargon); `--json`
    /// keeps the ids.
    @Test func listShowsTechniqueNamesAndJSONKeepsTheIDs() throws {
        let folder = try DefuseProcess.emptyFolder()
        let json = try DefuseProcess.run(["list", "--json"], in: folder)
        let array = try #require(
            JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let entry = try #require(array.first { ($0["trains"] as? [String])?.contains("fromle") == true })
        let id = try #require(entry["id"] as? String)
        let trains = try #require(entry["trains"] as? [String])
        let names = try trains.map(DefuseProcess.cardName)
        #expect(entry["trainsNames"] as? [String] == names)
        let table = try DefuseProcess.run(["list"], in: folder)
        #expect(table.status == 0)
        let lines = table.lines
        let row = try #require(lines.firstIndex { $0.hasPrefix(id + " ") })
        let trainsLine = lines[row + 1]
        #expect(trainsLine.hasSuffix("trains " + names.joined(separator: " · ")), "\(trainsLine)")
        #expect(!trainsLine.contains("fromle"))
    }

    @Test func listFiltersByTag() throws {
        let result = try DefuseProcess.run(["list", "--json", "--tag", "no-such-tag", "--scenarios", valid])
        #expect(result.status == 0)
        #expect(
            result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]"
                || result.stdout.contains("[]"))
    }

    @Test func listRemembersAnUnchangedLibraryAndNoticesAChange() throws {
        let cache = FileManager.default.temporaryDirectory.appending(path: "defuse-list-\(UUID().uuidString)")
        let library = try DefuseProcess.emptyFolder()
        let file = library.appending(path: "minimal.yaml")
        try FileManager.default.copyItem(atPath: valid + "/minimal.yaml", toPath: file.path)
        let environment = ["DEFUSE_NO_CACHE": "", "DEFUSE_CACHE_DIR": cache.path]
        let arguments = ["list", "--json", "--scenarios", library.path]
        let first = try DefuseProcess.run(arguments, environment: environment)
        #expect(first.status == 0)
        #expect(FileManager.default.fileExists(atPath: cache.appending(path: "list.json").path))
        let second = try DefuseProcess.run(arguments, environment: environment)
        #expect(second.stdout == first.stdout)
        // Edit the file: the title shown must be the new one.
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "A late delivery", with: "An early delivery")
            .write(to: file, atomically: true, encoding: .utf8)
        let third = try DefuseProcess.run(arguments, environment: environment)
        #expect(third.stdout.contains("An early delivery"))
        #expect(!third.stdout.contains("A late delivery"))
        // Break it: errors are reported on every run, never served from the cache.
        try "id: [unclosed\n".write(to: file, atomically: true, encoding: .utf8)
        for _ in 0..<2 {
            let broken = try DefuseProcess.run(arguments, environment: environment)
            #expect(broken.stderr.contains("minimal.yaml"))
            #expect(!broken.stdout.contains("delivery"))
        }
    }

    @Test func missingScenariosFolderExits66() throws {
        let result = try DefuseProcess.run(["list", "--scenarios", "/no/such/folder"])
        #expect(result.status == 66)
    }

    @Test func graphOfAFileInBothFormats() throws {
        let file = valid + "/minimal.yaml"
        let dot = try DefuseProcess.run(["graph", file])
        #expect(dot.status == 0)
        #expect(dot.stdout.hasPrefix("digraph \"minimal\""))
        let mermaid = try DefuseProcess.run(["graph", file, "--format", "mermaid"])
        #expect(mermaid.stdout.contains("flowchart TD"))
    }

    @Test func graphOfAnUnknownIdIsAUsageErrorWithSuggestion() throws {
        let result = try DefuseProcess.run(["graph", "minimall", "--scenarios", valid])
        #expect(result.status == 64)
        #expect(result.stderr.contains("did you mean 'minimal'"))
    }

    @Test(arguments: ["validate", "list", "graph"])
    func everySubcommandHasHelp(subcommand: String) throws {
        let result = try DefuseProcess.run([subcommand, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: defuse \(subcommand)"))
    }

    @Test func completionScriptIsGenerated() throws {
        let result = try DefuseProcess.run(["--generate-completion-script", "bash"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("_defuse"))
    }
}
