import ArgumentParser
import DefuseKit
import Foundation

/// `defuse techniques [ID]`: the technique cards. Without an id, one line per technique; with
/// one, the card a rep reads: what it is, why it matters, what to say instead, examples and the
/// article it comes from; `--verbose` adds its file and phrase lists, for tuners. `--export DIR` writes the installed technique files, so a
/// trainer can read the phrase lists and change them.
struct Techniques: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "techniques",
        abstract: "Show the technique cards, or export the installed technique files.",
        discussion: """
            --export DIR writes the technique files installed with defuse into DIR, one YAML \
            file per technique, and never overwrites a file unless --force is given. defuse reads \
            technique files from a techniques/ folder of ./Scenarios or of a --scenarios folder \
            (export to Scenarios/techniques to use them there): a file with an installed id \
            replaces that technique. To add phrases without copying a file, write a small file \
            with 'extends: ID' and the 'patterns' or 'except' entries to add (see \
            Docs/techniques.md).
            """)

    @Argument(help: "A technique id (default: list them all).")
    var id: String?

    @Option(help: ArgumentHelp("Write the installed technique files into this folder.", valueName: "DIR"))
    var export: String?

    @Flag(help: "With --export, replace files that already exist.")
    var force = false

    @Flag(help: "With an id, add what tuners read: the technique's file and its phrase lists.")
    var verbose = false

    @OptionGroup var library: LibraryOptions

    func run() throws {
        if let export { return try exportFiles(to: export) }
        let loaded = try TechniqueSource.load(library)
        let techniques = loaded.techniques
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
        let notes = loaded.diagnostics.filter { $0.location.file == technique.file }
        Terminal.reportNotes(notes, texts: loaded.texts)
        Terminal.write(card(technique, colour: colour))
    }

    /// Writes every installed technique file into `folder`, refusing to overwrite without
    /// `--force` (nothing is written then), and says what it wrote.
    func exportFiles(to folder: String) throws {
        let files = LibraryLocator.builtInFiles.filter { LibraryFileKind.of($0.path) == .technique }
        let targets = files.map {
            (folder as NSString).appendingPathComponent(($0.path as NSString).lastPathComponent)
        }
        let existing = targets.filter { FileManager.default.fileExists(atPath: $0) }
        if !existing.isEmpty && !force {
            let names = existing.map { ($0 as NSString).lastPathComponent }
            Terminal.error(
                "\(folder) already has \(names.count) of these files (\(names.prefix(3).joined(separator: ", "))"
                    + "\(names.count > 3 ? ", …" : "")); nothing was written. Export to another folder, "
                    + "or pass --force to replace them")
            throw ExitCode(Sysexits.usage)
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (file, target) in zip(files, targets) {
                try Data(file.bytes).write(to: URL(fileURLWithPath: target))
            }
        } catch {
            Terminal.error("cannot write into \(folder): \(error.localizedDescription)")
            throw ExitCode(Sysexits.ioError)
        }
        var note = "wrote \(files.count) technique files to \(folder)"
        note += existing.isEmpty ? "\n" : " (\(existing.count) replaced)\n"
        let components = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
        if components.last != "techniques" {
            note +=
                "defuse reads technique files only from a techniques/ folder (such as Scenarios/techniques); "
            note += "move the ones you change there\n"
        } else {
            note += "each file there replaces the installed technique with its id; "
            note += "delete the ones you do not change\n"
        }
        Terminal.write(note)
    }

    /// The card a rep reads (``TechniqueCard``), and with `--verbose` the lines for tuners.
    func card(_ technique: Technique, colour: Bool) -> String {
        let card = TechniqueCard(technique)
        var out = Terminal.paint(
            "\(Sanitizer.line(card.title)) (\(Sanitizer.line(card.id)))", .bold, enabled: colour)
        out += " · \(card.kind)\n"
        for section in card.sections + (verbose ? card.tuning : []) {
            out += "\n" + Terminal.paint(Sanitizer.line(section.heading) + ":", .bold, enabled: colour) + "\n"
            out += section.lines.map { "  \(Sanitizer.line($0))\n" }.joined()
        }
        if !verbose {
            out +=
                "\n"
                + Terminal.paint(
                    "(--verbose adds the phrase lists and the file, for tuners)", .dim, enabled: colour)
                + "\n"
        }
        return out
    }
}
