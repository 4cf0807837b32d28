import Foundation
import Testing

/// The README's command list names every option each command's `--help` offers (the options
/// every command shares, `--scenarios`, `--no-builtin` and `--db`, are described once below
/// the list), and `defuse test`'s `--verbose` and the path-test key `low_exit:` are in the
/// scenario guide's command table and key table.
@Suite struct CommandListDocsTests {
    static let commands = [
        "list", "play", "drill", "grade", "techniques", "validate", "test", "graph", "new", "report",
        "review",
        "push", "import",
    ]
    static let shared: Set<String> = ["--help", "--version", "--scenarios", "--no-builtin", "--db"]

    static func text(_ path: String) throws -> String {
        try String(contentsOf: DefuseProcess.packageRoot.appending(path: path), encoding: .utf8)
    }

    /// The options `--help` lists under OPTIONS (`--choice-lines/--no-choice-lines` as its
    /// `--no-` form, the one a user types).
    static func options(of command: String) throws -> Set<String> {
        let help = try DefuseProcess.run([command, "--help"])
        #expect(help.status == 0, "\(help.stderr)")
        let section = help.stdout.components(separatedBy: "OPTIONS:").last ?? ""
        var options: Set<String> = []
        for line in section.split(separator: "\n") {
            // An option's line is indented by two; its wrapped description by many more.
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("-"), line.count - trimmed.count <= 4 else { continue }
            let words = trimmed.split(separator: " ").map(String.init)
            guard let first = words.first(where: { $0.hasPrefix("--") }) else { continue }
            let option = first.split(separator: "/").last.map(String.init) ?? first
            options.insert(option.trimmingCharacters(in: CharacterSet(charactersIn: ",")))
        }
        return options.subtracting(shared)
    }

    @Test(arguments: commands) func theREADMEsCommandListNamesEveryOption(_ command: String) throws {
        let rows = try Self.text("README.md").split(separator: "\n").filter {
            $0.hasPrefix("| `defuse \(command) ") || $0.hasPrefix("| `defuse \(command)`")
        }
        #expect(!rows.isEmpty, "no row for defuse \(command)")
        let options = try Self.options(of: command)
        #expect(!options.isEmpty || command == "import" || command == "validate" || command == "graph")
        for option in options.sorted() {
            #expect(
                rows.contains {
                    $0.contains("`\(option)") || $0.contains(" \(option)") || $0.contains("[\(option)")
                },
                "README's row for defuse \(command) does not name \(option)")
        }
    }

    @Test func theScenarioGuideNamesVerboseAndLowExit() throws {
        let guide = try Self.text("Docs/authoring.md")
        let row = try #require(guide.split(separator: "\n").first { $0.hasPrefix("| `defuse test [PATH…]") })
        #expect(row.contains("[--verbose]"))
        #expect(row.contains("low_exit:"))
        #expect(guide.contains("| `low_exit` | no |"))
        let help = try DefuseProcess.run(["test", "--help"])
        #expect(help.stdout.contains("--verbose"))
        #expect(help.stdout.contains("low_exit"))
    }
}
