import ArgumentParser
import DefuseKit
import Foundation

/// `defuse list [--tag T] [--json]`: the scenarios in play, with title, persona, what they train
/// and difficulty; `--drills`: the drill sets instead, with their scenarios and pass mark.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the scenarios you can play, or with --drills the drill sets.",
        discussion: """
            Lists the installed library with ./Scenarios and every --scenarios folder added. \
            --drills lists the drill sets that 'defuse drill SET' runs: id, title, scenarios in \
            the order they are played, and the pass mark.
            """)

    @Flag(help: "List the drill sets (id, title, scenarios, pass mark) instead of the scenarios.")
    var drills = false

    @Option(help: "Only scenarios with this tag.")
    var tag: String?

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    @OptionGroup var library: LibraryOptions

    func run() throws {
        if drills { return try listDrills() }
        let found = library.locator.files()
        if let missing = found.missing.first {
            Terminal.error("no such folder: \(missing) (given with --scenarios)")
            throw ExitCode(Sysexits.noInput)
        }
        let listing = Self.listing(of: found.files, missing: found.missing)
        let scenarios = listing.filter { tag == nil || $0.tags.contains(tag ?? "") }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Terminal.write(String(decoding: try encoder.encode(scenarios), as: UTF8.self) + "\n")
            return
        }
        if scenarios.isEmpty {
            Terminal.write(tag.map { "No scenario is tagged '\($0)'.\n" } ?? "No scenarios found.\n")
            return
        }
        let colour = Terminal.colour()
        let width = scenarios.map(\.id.count).max() ?? 0
        for scenario in scenarios {
            let stars =
                String(repeating: "★", count: scenario.difficulty)
                + String(repeating: "☆", count: 3 - scenario.difficulty)
            let id = scenario.id.padding(toLength: width, withPad: " ", startingAt: 0)
            Terminal.write(
                "\(Terminal.paint(id, .bold, enabled: colour))  \(stars)  \(Sanitizer.line(scenario.title))\n"
            )
            Terminal.write(
                String(repeating: " ", count: width + 7)
                    + Terminal.paint(
                        "\(Sanitizer.line(scenario.persona)), \(Sanitizer.line(scenario.role))"
                            + (scenario.trains.isEmpty
                                ? "" : " · trains " + TechniqueNames.list(scenario.trainsNames)),
                        .dim, enabled: colour) + "\n")
        }
    }

    /// The drill sets in play, as a table or a JSON array.
    private func listDrills() throws {
        let workspace = try library.workspace()
        Terminal.reportLoadProblems(workspace)
        let sets = workspace.drills.sorted { $0.id < $1.id }
        if json {
            let entries = sets.map {
                DrillListing(
                    id: $0.id, title: $0.title, scenarios: $0.scenarios, pass: $0.passMark,
                    failOn: $0.failOn.map(\.rawValue), file: $0.file)
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Terminal.write(String(decoding: try encoder.encode(entries), as: UTF8.self) + "\n")
            return
        }
        guard !sets.isEmpty else {
            Terminal.write("No drill sets found (they are files under drills/ in a scenario folder).\n")
            return
        }
        let colour = Terminal.colour()
        let width = sets.map(\.id.count).max() ?? 0
        for set in sets {
            let id = set.id.padding(toLength: width, withPad: " ", startingAt: 0)
            Terminal.write("\(Terminal.paint(id, .bold, enabled: colour))  \(Sanitizer.line(set.title))\n")
            let count = "\(set.scenarios.count) scenario\(set.scenarios.count == 1 ? "" : "s")"
            Terminal.write(
                String(repeating: " ", count: width + 2)
                    + Terminal.paint(
                        "\(count): \(set.scenarios.joined(separator: ", ")) · pass mark \(set.passMark)"
                            + Self.failsOn(set.failOn),
                        .dim,
                        enabled: colour) + "\n")
        }
    }

    /// ` · fails on a breach (a line crossed)`, ` · fails on a lost ending`, or "" for a set
    /// without `fail_on:`.
    static func failsOn(_ kinds: [FailKind]) -> String {
        guard !kinds.isEmpty else { return "" }
        let words = kinds.map { kind -> String in
            switch kind {
            case .breach: "a breach (a line crossed)"
            case .ending(let ending):
                "\(ending == .exit || ending == .escalated ? "an" : "a") \(ending.rawValue) ending"
            }
        }
        return " · fails on " + words.joined(separator: " or ")
    }

    /// One drill set as `defuse list --drills --json` writes it; `failOn` is the set's
    /// `fail_on:` words (`["breach"]`).
    struct DrillListing: Encodable {
        var id: String
        var title: String
        var scenarios: [String]
        var pass: Int
        var failOn: [String]
        var file: String
    }

    /// The listing of the library: remembered from an earlier run when no file has changed (see
    /// ``ListingCache``), else loaded and checked, with any errors reported as every command
    /// reports them.
    static func listing(of files: [(SourceFile, LibraryFileKind)], missing: [String]) -> [ScenarioListing] {
        let cache = ListingCache(
            environment: ProcessInfo.processInfo.environment, program: ProgramIdentity.current)
        let key = cache.key(for: files.map(\.0))
        if let remembered = cache.lookup(key) { return remembered }
        let workspace = Workspace.load(files: files, missing: missing)
        Terminal.reportLoadProblems(workspace)
        let names = workspace.techniqueNames
        let listing = workspace.library.scenarios.map { ScenarioListing($0, names: names) }
        if !workspace.diagnostics.contains(where: { $0.severity == .error }) {
            cache.store(listing, for: key)
        }
        return listing
    }
}
