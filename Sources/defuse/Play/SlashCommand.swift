import Foundation

/// The commands a rep can type instead of a reply.
enum SlashCommand: String, CaseIterable {
    /// A line starting with '/' that names no command.
    struct Unknown: Error {
        var message: String
    }

    case help, hint, why, model, retry, techniques, mood, transcript, restart, quit

    var summary: String {
        switch self {
        case .help: "this list"
        case .hint: "a hint for the current turn (practice only)"
        case .why: "the full explanation of the last grade (practice only)"
        case .model: "a reply that works at this turn (practice only)"
        case .retry: "take the last turn again, even the one that ended it (practice only)"
        case .techniques: "the techniques this turn is graded on"
        case .mood: "the client's mood"
        case .transcript: "the conversation so far"
        case .restart: "start the scenario over"
        case .quit: "leave (Ctrl-D works too)"
        }
    }

    /// Every command as typed, for Tab completion.
    static var words: [String] { allCases.map { "/" + $0.rawValue } }

    /// Parses `/name`; a line that does not start with '/' is a reply.
    static func parse(_ line: String) -> Result<SlashCommand, Unknown>? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("/") else { return nil }
        let name = String(trimmed.dropFirst()).lowercased()
        if let command = SlashCommand(rawValue: name) { return .success(command) }
        let near = allCases.map(\.rawValue).first { $0.hasPrefix(name) && !name.isEmpty }
        return .failure(
            Unknown(
                message: "unknown command '/\(name)'" + (near.map { "; did you mean /\($0)?" } ?? "")
                    + " (/help lists them)"))
    }
}
