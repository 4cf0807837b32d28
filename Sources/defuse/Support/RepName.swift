import Foundation

/// The rep's name: typed once, in the menu on the first run, and remembered in
/// `$XDG_CONFIG_HOME/defuse/name` (`~/.config/defuse/name` when unset), so reps do not type it
/// each time. Names are compared the way reports group them: case and extra spaces aside.
enum RepName {
    /// Where the name is kept.
    static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let config =
            environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.config")
        return config + "/defuse/name"
    }

    /// The remembered name, if any.
    static func remembered() -> String? {
        guard let text = try? String(contentsOfFile: path(), encoding: .utf8) else { return nil }
        let name = tidy(text)
        return name.isEmpty ? nil : name
    }

    /// Keeps `name` for the next runs; a failure to write only costs asking again next time.
    static func remember(_ name: String) {
        let file = path()
        try? FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        if (try? (name + "\n").write(toFile: file, atomically: true, encoding: .utf8)) == nil {
            Terminal.warning("could not keep your name in \(file); you will be asked again")
        }
    }

    /// The remembered name, else asks for one (Enter takes the login name) and remembers it.
    /// Nil when the rep leaves with Ctrl-D.
    static func askOnce(editor: LineEditor) -> String? {
        if let name = remembered() { return name }
        let login = Recording.rep(nil)
        Terminal.say("Your results are recorded under your name. What is it? (Enter for '\(login)')")
        guard let answer = editor.readLine(prompt: "name> ") else { return nil }
        let name = tidy(answer).isEmpty ? login : tidy(answer)
        remember(name)
        Terminal.say("Hello, \(Sanitizer.line(name)). (The name is kept in \(path()).)\n")
        return name
    }

    /// `text` trimmed, with runs of spaces inside made one.
    static func tidy(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
