/// Phrases of normalised words (``BreachShapes/phrases(_:)``, "_" for any one word) with the set
/// of words they open with, so that asking whether any of them stands in a stretch of a reply
/// reads one bit per word (``WordSet``) and compares spellings only where a phrase can start.
/// The answer is ``BreachShapes/contains(_:in:_:)``'s on the same phrases.
struct PhraseList: Sendable {
    let phrases: [[String]]
    /// The words the phrases open with.
    private let openers: WordSet
    /// Whether a phrase opens with "_" (it may start anywhere: every start is tried).
    private let opensWithAny: Bool

    init(_ phrases: [[String]]) {
        self.phrases = phrases
        openers = WordSet(Set(phrases.compactMap(\.first)))
        opensWithAny = phrases.contains { $0.first == "_" }
    }

    /// Whether one of the phrases stands inside `range` of `text`.
    func contains(in range: Range<Int>, _ text: TokenizedText) -> Bool {
        if opensWithAny { return BreachShapes.contains(phrases, in: range, text.tokens) }
        let tokens = text.tokens
        for start in range where openers.contains(start, in: text) {
            let word = tokens[start].word
            for phrase in phrases where phrase.first == word && start + phrase.count <= range.upperBound {
                if phrase.indices.allSatisfy({ phrase[$0] == "_" || tokens[start + $0].word == phrase[$0] }) {
                    return true
                }
            }
        }
        return false
    }
}
