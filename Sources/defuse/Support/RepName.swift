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
    /// A kept name that is a word for leaving ("q", kept by an earlier version that took the
    /// menu's "q leaves" at the name prompt for a name) counts as none, so the rep is asked again.
    static func remembered() -> String? {
        guard let text = try? String(contentsOfFile: path(), encoding: .utf8) else { return nil }
        let name = tidy(text)
        guard case .name = reading(name), !name.isEmpty else { return nil }
        return name
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

    /// What a line typed at `name>` means.
    enum Reading: Equatable {
        /// Enter alone: the login name.
        case login
        /// A name to confirm and keep.
        case name(String)
        /// A word for leaving (`q`, `quit`, `exit`): nothing is kept.
        case leave
        /// A menu choice or a command typed where a name was asked for; says why.
        case notAName(String)
    }

    /// Reads one tidied answer at `name>`. The menu says "q leaves" everywhere, so a rep who
    /// types q here wants out, not to be called "q"; a number or a command word is a menu habit,
    /// not a name.
    static func reading(_ typed: String) -> Reading {
        let word = typed.lowercased()
        if word.isEmpty { return .login }
        if ["q", "quit", "exit", ":q"].contains(word) { return .leave }
        if typed.allSatisfy(\.isNumber) || ["help", "?", "menu", "back", "list"].contains(word)
            || word.hasPrefix("/") || word.hasPrefix("-")
        {
            return .notAName(
                "'\(Sanitizer.line(typed))' looks like a menu choice, not a name. Type your name, or q to leave."
            )
        }
        return .name(typed)
    }

    /// The remembered name, else asks for one (Enter takes the login name), asks the rep to
    /// confirm it, and remembers it. Nil when the rep leaves (q, or Ctrl-D); nothing is kept then.
    static func askOnce(editor: LineEditor) -> String? {
        if let name = remembered() { return name }
        let login = Recording.rep(nil)
        Terminal.say(
            "Your results are recorded under your name. What is it? (Enter for '\(login)', q leaves)")
        while true {
            guard let answer = editor.readLine(prompt: "name> ") else { return nil }
            let name: String
            switch reading(tidy(answer)) {
            case .leave: return nil
            case .notAName(let why):
                Terminal.say(why)
                continue
            case .login: name = login
            case .name(let typed): name = typed
            }
            Terminal.say(
                "Record your results as '\(Sanitizer.line(name))'? (Enter or y: yes; n: type another)")
            guard let confirm = editor.readLine(prompt: "[Y/n]> ") else { return nil }
            switch tidy(confirm).lowercased() {
            case "", "y", "yes":
                remember(name)
                Terminal.say(
                    "Hello, \(Sanitizer.line(name)). (The name is kept in \(path()); "
                        + "`defuse play --name` or `defuse drill --name` records under another.)\n")
                return name
            case "q", "quit", "exit": return nil
            default:
                Terminal.say("Then type your name, or q to leave.")
            }
        }
    }

    /// `text` trimmed, with runs of spaces inside made one.
    static func tidy(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
