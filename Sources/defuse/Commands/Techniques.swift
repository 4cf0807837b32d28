import ArgumentParser
import DefuseKit

/// `defuse techniques [ID]`: the technique cards. Without an id, one line per technique; with
/// one, the whole card: what it is, why it works, the article it comes from, examples, and how
/// many phrases the grader looks for.
struct Techniques: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "techniques", abstract: "Show the technique cards.")

    @Argument(help: "A technique id (default: list them all).")
    var id: String?

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let techniques = try TechniqueSource.load(library).techniques
        let colour = Terminal.colour()
        guard let id else {
            let width = techniques.map(\.id.count).max() ?? 0
            for kind in TechniqueKind.allCases {
                Terminal.write(
                    Terminal.paint(kind == .technique ? "Techniques" : "Violations", .bold, enabled: colour)
                        + "\n")
                for technique in techniques where technique.kind == kind {
                    let padded = Sanitizer.line(technique.id).padding(
                        toLength: width, withPad: " ", startingAt: 0)
                    Terminal.write("  \(padded)  \(Sanitizer.line(technique.summary))\n")
                }
            }
            return
        }
        guard let technique = techniques.technique(id: id) else {
            let hint = techniques.suggestion(for: id).map { "; did you mean '\($0)'?" } ?? ""
            Terminal.error("no technique '\(id)'\(hint) ('defuse techniques' lists them)")
            throw ExitCode(Sysexits.usage)
        }
        Terminal.write(card(technique, colour: colour))
    }

    func card(_ technique: Technique, colour: Bool) -> String {
        var out = Terminal.paint(
            "\(Sanitizer.line(technique.name)) (\(Sanitizer.line(technique.id)))", .bold, enabled: colour)
        out += " · \(technique.kind.rawValue)\n\n"
        out += "\(Sanitizer.text(technique.summary))\n"
        if !technique.why.isEmpty { out += "\nWhy: \(Sanitizer.text(technique.why))\n" }
        if !technique.good.isEmpty {
            out += "\nGood:\n" + technique.good.map { "  + \(Sanitizer.line($0))\n" }.joined()
        }
        if !technique.bad.isEmpty {
            out += "\nNot this:\n" + technique.bad.map { "  - \(Sanitizer.line($0))\n" }.joined()
        }
        if !technique.source.isEmpty { out += "\nFrom: \(Sanitizer.line(technique.source))\n" }
        out += "Graded by \(technique.phrases.patterns.count + technique.phrases.soft.count) phrase patterns "
        out += "(\(Sanitizer.line(technique.file)))\n"
        return out
    }
}
