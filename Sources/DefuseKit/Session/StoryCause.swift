/// Why the story took the branch it took after a reply, when a violation read in the reply
/// decided it: the branch tests `violated:` and the reply showed one of those violations. The
/// verdict lines say what was read; this says which of it moved the story, so a rep can tell
/// why the client reacted as they did (issue 13). Not recorded.
public struct StoryCause: Sendable, Hashable {
    /// The violations the branch taken tests that were read in the reply, in the branch's order.
    public var violations: [String]
    /// The words of the reply that showed each violation (its first quote), by id; an id without
    /// words was read from the reply as a whole.
    public var words: [String: String]
    /// Who reacted: the node's speaker, else the client.
    public var client: String

    public init(violations: [String], words: [String: String], client: String) {
        self.violations = violations
        self.words = words
        self.client = client
    }

    /// The cause of `turn` taking `branch`: nil unless the branch tests `violated:` and one of
    /// its violations was detected in the reply. `client` is who answers at the node.
    static func of(_ turn: Turn, branch: Branch, client: String) -> StoryCause? {
        guard turn.choice == nil, let tested = branch.condition?.violated else { return nil }
        let read = tested.filter(turn.detected.contains)
        guard !read.isEmpty else { return nil }
        var words: [String: String] = [:]
        for id in read { words[id] = turn.shownEvidence(id).first }
        return StoryCause(violations: read, words: words, client: client)
    }

    /// The cause in one plain sentence, each violation named by `name` (a card's name) with the
    /// words that showed it, for any front end: `“Fine, I'll get them to flash it” was read as
    /// Capitulating; that is why Dr. Castellanos reacted so.`
    public func sentence(naming name: (String) -> String) -> String {
        let read = violations.enumerated().map { index, id in
            let verb = index == 0 ? "was read as" : "as"
            return words[id].map { "“\(EndingAccount.quote($0))” \(verb) \(name(id))" }
                ?? "your reply \(verb) \(name(id))"
        }
        return EndingAccount.list(read) + "; that is why \(client) reacted so."
    }

    /// The cause as a part of a sentence of the ending's account, the words left out for a
    /// violation in `quoted` (the account quotes those already): `the story turned on
    /// blame-shifting, which is why Dr. Castellanos reacted so`.
    func clause(naming name: (String) -> String, quoted: Set<String>) -> String {
        let read = violations.map { id in
            guard !quoted.contains(id), let words = words[id] else { return name(id) }
            return "\(name(id)) (“\(EndingAccount.quote(words))”)"
        }
        return "the story turned on \(EndingAccount.list(read)), which is why \(client) reacted so"
    }
}
