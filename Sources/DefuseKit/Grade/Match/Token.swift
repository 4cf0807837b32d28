/// One normalised word of a reply, with where it came from.
///
/// Contractions expand to several tokens that share the same source range ("I'll" gives `i`
/// and `will`), so evidence can always quote the words as they were typed.
struct Token: Sendable, Hashable {
    /// The normalised word: lower case, straight apostrophes removed, contractions expanded,
    /// common typos fixed.
    var word: String
    /// Index of the sentence (split at `.`, `!`, `?`, `;`, new lines and ellipses).
    var sentence: Int
    /// Index of the clause (split further at commas, colons, dashes and brackets).
    var clause: Int
    /// Whether this is the first token of its sentence.
    var startsSentence: Bool
    /// Whether the word stands inside double quotation marks (reported speech: "He said
    /// “you're pathetic”").
    var quoted = false
    /// Whether its sentence ends with a question mark.
    var question = false
    /// UTF-8 offsets of the typed word in the reply.
    var start: Int
    var end: Int
}

/// A reply split into ``Token``s, with its original text for quoting evidence.
struct TokenizedText: Sendable {
    var text: String
    var tokens: [Token]
    /// The same tokens as plain values for the matcher.
    var infos: [TokenInfo]
    /// The reply's UTF-8 bytes, for quoting.
    var utf8: [UInt8]
    /// Bit `id` set for each word of the reply numbered in ``Vocabulary/baseWords`` (the block
    /// every vocabulary numbers first), laid out as ``WordSet`` lays out its own words: whether
    /// the reply holds one of a set's words is then a few ANDs (``WordSet/any(in:of:)`` over the
    /// whole reply, which a dozen rules ask before anything else) instead of a test per token.
    var baseWords: [UInt64]
    /// The tokens whose words ``baseWords`` does not number (outside the first block: a
    /// pattern's own words, names, typos), in order: ``WordSet/any(in:of:)`` over the whole reply
    /// reads only these for a set's words outside the block, not every token (speed12).
    var otherWords: [Int32]
    /// The reply's words from token `range.lowerBound` through `range.upperBound - 1`, as typed.
    func quote(_ range: Range<Int>) -> String {
        guard !range.isEmpty, range.upperBound <= tokens.count else { return "" }
        let start = tokens[range.lowerBound].start
        let end = tokens[range.upperBound - 1].end
        guard start < end, end <= utf8.count else { return "" }
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// The UTF-8 offsets in the reply of the words ``quote(_:)`` gives for `range`; nil when it
    /// gives none.
    func span(_ range: Range<Int>) -> Range<Int>? {
        guard !range.isEmpty, range.upperBound <= tokens.count else { return nil }
        let start = tokens[range.lowerBound].start
        let end = tokens[range.upperBound - 1].end
        guard start < end, end <= utf8.count else { return nil }
        return start..<end
    }

    /// The tokens whose typed words are exactly the UTF-8 offsets `span`: from the first token
    /// that starts there to the last that ends there; nil when no tokens fit it.
    func tokens(at span: Range<Int>) -> Range<Int>? {
        guard let first = tokens.firstIndex(where: { $0.start == span.lowerBound }),
            let last = tokens.lastIndex(where: { $0.end == span.upperBound }), first <= last
        else { return nil }
        return first..<(last + 1)
    }

    /// The normalised words of `range`, joined by spaces.
    func words(_ range: Range<Int>) -> String {
        tokens[range].map(\.word).joined(separator: " ")
    }
}
