import ArgumentParser
import DefuseKit
import Foundation

/// `defuse validate [PATH…]`: loads and lints scenario, technique and drill files, printing
/// every problem as `file:line:col: severity: message [code]`, and exits 65 when any is an error.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scenario files and folders for errors and warnings.",
        discussion: """
            Prints one line per problem, `file:line:col: error: …` or `warning: …`, with the \
            source line and a caret on a terminal, and a `note:` for each of your files that \
            replaces an installed scenario, technique or drill set. Exits 65 when any error is \
            found, 66 when a path does not exist. With no PATH, checks the library in use: the \
            installed one, ./Scenarios and every --scenarios folder.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Scenario files or folders (default: the library in use).")
    var paths: [String] = []

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let workspace =
            paths.isEmpty
            ? Workspace.load(library.locator)
            : Workspace.load(paths: paths + library.folders)
        for missing in workspace.missing {
            Terminal.error("no such file or folder: \(missing)")
        }
        let diagnostics = workspace.diagnostics
        let fileCount = workspace.fileCount
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let notes = diagnostics.filter { $0.severity == .note }.count
        switch format {
        case .json:
            let report = ValidationReport(
                files: fileCount, errors: errors, warnings: warnings, notes: notes,
                diagnostics: diagnostics.map(ValidationReport.Entry.init))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Terminal.write(String(decoding: try encoder.encode(report), as: UTF8.self) + "\n")
        case .text:
            let renderer = Terminal.diagnosticRenderer(for: STDOUT_FILENO)
            for diagnostic in diagnostics {
                Terminal.write(
                    renderer.render(diagnostic, source: workspace.texts[diagnostic.location.file]) + "\n")
            }
            // Nothing was checked when every path given is missing: no count of other files.
            guard paths.isEmpty || workspace.missing.count < Set(paths).count else { break }
            let summary =
                "\(fileCount) file\(fileCount == 1 ? "" : "s") checked: "
                + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
                + (notes == 0 ? "" : ", \(notes) note\(notes == 1 ? "" : "s")")
            Terminal.writeError(summary + "\n")
        }
        if !workspace.missing.isEmpty { throw ExitCode(Sysexits.noInput) }
        if errors > 0 { throw ExitCode(Sysexits.dataError) }
    }
}

/// The `--format json` shape of `defuse validate`.
struct ValidationReport: Encodable {
    struct Entry: Encodable {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var code: String
        var message: String
        var suggestion: String?

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.location.file
            line = diagnostic.location.line
            column = diagnostic.location.column
            severity = diagnostic.severity.rawValue
            code = diagnostic.code.rawValue
            message = diagnostic.message
            suggestion = diagnostic.suggestion
        }
    }

    var files: Int
    var errors: Int
    var warnings: Int
    var notes: Int
    var diagnostics: [Entry]
}
