@preconcurrency import CReadline

extension LineEditor {
    /// The text readline puts on the next line before the trainer edits it (readline's start-up
    /// hook is a plain C function, so the text waits here).
    nonisolated(unsafe) private static var pendingText: String?

    /// Reads one line that starts out holding `text`, for the trainer to edit (a note written
    /// before, say); nil on Ctrl-D.
    func readLine(prompt: String, editing text: String) -> String? {
        Self.pendingText = text
        rl_startup_hook = {
            if let text = LineEditor.pendingText, !text.isEmpty { rl_insert_text(text) }
            LineEditor.pendingText = nil
            return 0
        }
        defer { rl_startup_hook = nil }
        return readLine(prompt: prompt)
    }
}
