/// Negation and conditional scope: whether a match is cancelled by what comes just before it
/// in the same clause ("I'm **not** sorry", "**if** I messed up, sorry").
///
/// The look-back stops at a clause boundary (a comma, a full stop) and at a joining word
/// ("but", "and", "so", "because"), so "not my fault, but I'll fix it" keeps the fix.
enum Scope {
    static let negators: Set<String> = [
        "not", "never", "no", "nothing", "neither", "nor", "without", "hardly", "nobody",
    ]
    static let conditionals: Set<String> = ["if", "unless", "whether"]
    static let joiners: Set<String> = [
        "but", "and", "so", "because", "though", "although", "yet", "while", "or", "then",
    ]

    /// The negating word within three words before `start`, if any.
    static func negation(before start: Int, in text: TokenizedText) -> Int? {
        lookBack(from: start, in: text, limit: 3, flag: TokenInfo.negator, for: negators)
    }

    /// The conditional word ("if") earlier in the same clause, within six words, if any.
    static func conditional(before start: Int, in text: TokenizedText) -> Int? {
        lookBack(from: start, in: text, limit: 6, flag: TokenInfo.conditional, for: conditionals)
    }

    /// The word of `words` within `limit` words before `start` in its clause, stopping at a
    /// joiner. A word the patterns use carries its membership as ``TokenInfo`` flags (`flag`,
    /// ``TokenInfo/joiner``), set by ``Vocabulary`` from these same sets, so only the other
    /// words are looked up by their text.
    private static func lookBack(
        from start: Int, in text: TokenizedText, limit: Int, flag: UInt8, for words: Set<String>
    ) -> Int? {
        let tokens = text.tokens
        let infos = text.infos
        guard start > 0, start < tokens.count else { return nil }
        let clause = tokens[start].clause
        var index = start - 1
        while index >= 0, start - index <= limit, tokens[index].clause == clause {
            let info = infos[index]
            if info.id >= 0 {
                if info.flags & flag != 0 { return index }
                if info.flags & TokenInfo.joiner != 0 { return nil }
            } else {
                let word = tokens[index].word
                if words.contains(word) { return index }
                if joiners.contains(word) { return nil }
            }
            index -= 1
        }
        return nil
    }
}
