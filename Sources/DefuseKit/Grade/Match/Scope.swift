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
    static func negation(before start: Int, in tokens: [Token]) -> Int? {
        lookBack(from: start, in: tokens, limit: 3, for: negators)
    }

    /// The conditional word ("if") earlier in the same clause, within six words, if any.
    static func conditional(before start: Int, in tokens: [Token]) -> Int? {
        lookBack(from: start, in: tokens, limit: 6, for: conditionals)
    }

    private static func lookBack(from start: Int, in tokens: [Token], limit: Int, for words: Set<String>)
        -> Int?
    {
        guard start > 0, start < tokens.count else { return nil }
        let clause = tokens[start].clause
        var index = start - 1
        while index >= 0, start - index <= limit, tokens[index].clause == clause {
            let word = tokens[index].word
            if words.contains(word) { return index }
            if joiners.contains(word) { return nil }
            index -= 1
        }
        return nil
    }
}
