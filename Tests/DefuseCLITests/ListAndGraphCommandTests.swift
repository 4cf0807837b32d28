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

    @Test func listFiltersByTag() throws {
        let result = try DefuseProcess.run(["list", "--json", "--tag", "no-such-tag", "--scenarios", valid])
        #expect(result.status == 0)
        #expect(
            result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]"
                || result.stdout.contains("[]"))
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
