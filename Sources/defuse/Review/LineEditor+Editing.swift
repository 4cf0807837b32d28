@preconcurrency import CReadline

extension LineEditor {
    /// Reads one line that starts out holding `text`, for the trainer to edit (a note written
    /// before, say); nil on Ctrl-D. readline's start-up hook is a plain C function, so the text
    /// waits in the editor's ``LineEditor/State``.
    func readLine(prompt: String, editing text: String) -> String? {
        Self.state.withLock { $0.pendingText = text }
        rl_startup_hook = {
            let text = LineEditor.state.withLock { editor in
                defer { editor.pendingText = nil }
                return editor.pendingText
            }
            if let text, !text.isEmpty { rl_insert_text(text) }
            return 0
        }
        defer { rl_startup_hook = nil }
        return readLine(prompt: prompt)
    }
}
