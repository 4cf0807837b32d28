import DefuseKit
import Foundation

/// Where output goes and how it looks: colour only on a terminal and never with `NO_COLOR`.
enum Terminal {
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Whether colour may be used on standard output (`fd` 1) or standard error (`fd` 2).
    static func colour(on descriptor: Int32 = STDOUT_FILENO) -> Bool {
        isatty(descriptor) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    enum Style: String {
        case bold = "1"
        case dim = "2"
        case red = "31"
        case green = "32"
        case yellow = "33"
        case blue = "34"
        case magenta = "35"
        case cyan = "36"
    }

    static func paint(_ text: String, _ style: Style, enabled: Bool) -> String {
        enabled ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// Writes a line to standard error.
    static func error(_ message: String) {
        let prefix = paint("error:", .red, enabled: colour(on: STDERR_FILENO))
        writeError("defuse: \(prefix) \(message)\n")
    }

    static func warning(_ message: String) {
        writeError("defuse: warning: \(message)\n")
    }

    /// Writes text to standard output, unchanged. When the reader has gone (a closed pipe, a
    /// closed terminal) there is nobody left to tell, so the program ends quietly with 74.
    static func write(_ text: String) {
        do {
            try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
        } catch {
            exit(Sysexits.ioError)
        }
    }

    /// The terminal's width in columns, read afresh each time (so text written after the
    /// window is resized fits the new width); nil when standard output is not a terminal.
    static var columns: Int? {
        guard stdoutIsTerminal else { return nil }
        var size = winsize()
        let status = withUnsafeMutablePointer(to: &size) { ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), $0) }
        if status == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 80
    }

    /// The widest a line of prose is printed on a terminal, however wide the window: longer
    /// lines are hard to read back to their start (review9 finding 14).
    static let readingWidth = 96

    /// The width prose is wrapped to on a terminal: its width, at most ``readingWidth``; nil
    /// when standard output is not a terminal.
    static var textWidth: Int? { columns.map { min($0, readingWidth) } }

    /// Writes `text` and a newline to standard output. On a terminal, each paragraph is
    /// reflowed (an author's hand breaks joined; blank lines, list items and indented lines
    /// kept) and wrapped at words to ``textWidth`` (at least ``WordWrapper/minimumWidth``).
    /// Elsewhere (a pipe, a file) the text is written as authored, one line per line of the
    /// scenario file, so scripts and diffs of a transcript see the file's own lines.
    static func say(_ text: String) {
        guard let width = textWidth else { return write(text + "\n") }
        write(WordWrapper(width: width).wrap(text).joined(separator: "\n") + "\n")
    }

    /// Writes bytes to standard output; like ``write(_:)``, a reader that has gone ends the
    /// program quietly with 74.
    static func write(bytes: [UInt8]) {
        do {
            try FileHandle.standardOutput.write(contentsOf: bytes)
        } catch {
            exit(Sysexits.ioError)
        }
    }

    /// Writes text to standard error; a closed standard error is ignored.
    static func writeError(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }

    /// A renderer for diagnostics printed on `descriptor`: source line and caret only on a
    /// terminal, severity coloured only where colour is allowed.
    static func diagnosticRenderer(for descriptor: Int32) -> DiagnosticRenderer {
        let colour = colour(on: descriptor)
        return DiagnosticRenderer(showsSource: isatty(descriptor) == 1) { severity, word in
            let style: Style =
                switch severity {
                case .error: .red
                case .warning: .yellow
                case .note: .cyan
                }
            return paint(word, style, enabled: colour)
        }
    }

    /// Prints diagnostics to standard error, with source lines on a terminal.
    static func reportDiagnostics(_ diagnostics: [Diagnostic], workspace: Workspace) {
        reportDiagnostics(diagnostics, texts: workspace.texts)
    }

    /// Prints diagnostics to standard error, with the source lines in `texts` on a terminal.
    static func reportDiagnostics(_ diagnostics: [Diagnostic], texts: [String: String]) {
        let renderer = diagnosticRenderer(for: STDERR_FILENO)
        for diagnostic in diagnostics {
            writeError(renderer.render(diagnostic, source: texts[diagnostic.location.file]) + "\n")
        }
    }

    /// Prints the notes among `diagnostics` (a trainer's file that replaces an installed one,
    /// DF207) to standard error, so a trainer's command says which file it used, as validate does.
    static func reportNotes(_ diagnostics: [Diagnostic], texts: [String: String]) {
        reportDiagnostics(diagnostics.filter { $0.severity == .note }, texts: texts)
    }

    /// Prints a library's problems to standard error, so commands that only read the library
    /// (list, play) still tell the trainer a file was skipped.
    static func reportLoadProblems(_ workspace: Workspace) {
        let errors = workspace.diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return }
        reportDiagnostics(errors, workspace: workspace)
        let files = Set(errors.map(\.location.file)).count
        warning("\(files) file\(files == 1 ? "" : "s") skipped; run 'defuse validate' for details")
    }
}
