@preconcurrency import CReadline
import Foundation

/// GNU readline for the REPL: line editing, a history file kept between sessions, Tab
/// completion from a word list, and Ctrl-C clearing the current line instead of quitting.
final class LineEditor {
    /// Completion words and the flag set by Ctrl-C. readline calls plain C functions, which
    /// cannot capture context, so this state is process-wide; only one editor exists at a time.
    nonisolated(unsafe) static var words: [String] = []
    nonisolated(unsafe) static var completionIndex = 0
    nonisolated(unsafe) static var completionMatches: [String] = []
    /// What the rep is answering (the client's line, the choices), printed again at the new
    /// width when the terminal is resized while readline waits; and the width it was shown at.
    nonisolated(unsafe) static var current: [String] = []
    nonisolated(unsafe) static var shownAt = Terminal.columns

    let historyPath: String?

    init(historyPath: String?, words: [String]) {
        self.historyPath = historyPath
        Self.words = words
        rl_readline_name = UnsafePointer(strdup("defuse"))
        rl_attempted_completion_function = { text, _, _ in
            rl_attempted_completion_over = 1
            return rl_completion_matches(text) { text, state in
                guard let text else { return nil }
                if state == 0 {
                    let prefix = String(cString: text)
                    LineEditor.completionMatches = LineEditor.words.filter { $0.hasPrefix(prefix) }
                    LineEditor.completionIndex = 0
                }
                guard LineEditor.completionIndex < LineEditor.completionMatches.count else { return nil }
                defer { LineEditor.completionIndex += 1 }
                return strdup(LineEditor.completionMatches[LineEditor.completionIndex])
            }
        }
        // A resize while waiting for a reply reflows what the rep is answering at the new width
        // (readline calls this hook about ten times a second while it waits for a key).
        rl_event_hook = {
            guard let columns = Terminal.columns, columns != LineEditor.shownAt else { return 0 }
            LineEditor.shownAt = columns
            guard !LineEditor.current.isEmpty else { return 0 }
            Terminal.write("\n")
            for line in LineEditor.current { Terminal.say(line) }
            rl_on_new_line()
            rl_redisplay()
            return 0
        }
        // Slash commands complete as whole words, including the leading '/'.
        rl_basic_word_break_characters = UnsafePointer(strdup(" \t\n\"\\'`@$><=;|&{("))
        signal(SIGINT) { _ in
            // Clear the line and show a fresh prompt, as shells do.
            _ = write(STDOUT_FILENO, "\n", 1)
            rl_on_new_line()
            rl_replace_line("", 0)
            rl_redisplay()
        }
        if let historyPath {
            try? FileManager.default.createDirectory(
                atPath: (historyPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true
            )
            if !FileManager.default.fileExists(atPath: historyPath) {
                _ = FileManager.default.createFile(
                    atPath: historyPath, contents: nil, attributes: [.posixPermissions: 0o600])
            }
            _ = read_history(historyPath)
        }
    }

    /// Replaces the completion words (the menu completes ids, play completes commands).
    func complete(with words: [String]) { Self.words = words }

    /// Reads one line; nil on Ctrl-D or when the terminal is gone.
    func readLine(prompt: String) -> String? {
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        let line = String(cString: raw)
        if !line.trimmingCharacters(in: .whitespaces).isEmpty {
            add_history(raw)
            if let historyPath {
                _ = append_history(1, historyPath)
                _ = history_truncate_file(historyPath, 1_000)
            }
        }
        return line
    }

    /// `$XDG_STATE_HOME/defuse/history`, or `~/.local/state/defuse/history`.
    static func defaultHistoryPath(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String
    {
        let state =
            environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        return state + "/defuse/history"
    }

    deinit {
        signal(SIGINT, SIG_DFL)
    }
}
