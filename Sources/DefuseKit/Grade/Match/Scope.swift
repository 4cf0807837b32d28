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
            ?? negationAcrossOr(before: start, in: text)
    }

    /// A negation carried over "or" to the verb after it: "I can't swap her stock quietly or
    /// hold back the complaint", "I can't make slides on that use or bring lunch for it" refuse
    /// both (review41 C findings 1 and 2). The "or" stands within three words before `start`, and
    /// the negator within six words before the "or", in its clause or the one it closes (or the
    /// one before that, past a single word between commas: a name); a joining word other than
    /// "or" in between ends the look.
    static func negationAcrossOr(before start: Int, in text: TokenizedText) -> Int? {
        let tokens = text.tokens
        let infos = text.infos
        guard start > 1, start < tokens.count else { return nil }
        let sentence = tokens[start].sentence
        var index = start - 1
        var or: Int?
        while index > 0, start - index <= 3, tokens[index].sentence == sentence {
            if tokens[index].word == "or" || tokens[index].word == "nor" {
                or = index
                break
            }
            index -= 1
        }
        guard let or else { return nil }
        var clauses: Set<Int> = [tokens[or].clause, tokens[or].clause - 1]
        // "I won't be holding it back, Rick, or swapping her boxes": a name said between commas
        // is no clause of its own; the negation before it still reaches past the "or".
        // Clauses are runs of tokens, so the name is the one token before the "or" in its clause.
        if or >= 2, tokens[or - 1].clause == tokens[or].clause - 1,
            tokens[or - 2].clause != tokens[or - 1].clause,
            tokens[or - 1].sentence == sentence
        {
            clauses.insert(tokens[or].clause - 2)
        }
        var back = or - 1
        while back >= 0, or - back <= 6, tokens[back].sentence == sentence,
            clauses.contains(tokens[back].clause)
        {
            let info = infos[back]
            let word = tokens[back].word
            let negates = info.id >= 0 ? info.flags & TokenInfo.negator != 0 : negators.contains(word)
            if negates { return back }
            if info.id >= 0 ? info.flags & TokenInfo.joiner != 0 : joiners.contains(word) { return nil }
            back -= 1
        }
        return nil
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
