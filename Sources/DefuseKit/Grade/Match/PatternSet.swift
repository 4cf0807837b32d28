/// A list of compiled patterns, indexed by the word each can start with, so a reply is
/// scanned once per token instead of once per pattern.
struct PatternSet: Sendable {
    /// One place a pattern matched: tokens `range` of the reply.
    struct Match: Sendable, Hashable {
        var pattern: Pattern
        var range: Range<Int>
        var sentence: Int
    }

    private(set) var patterns: [Pattern]
    private var byFirstWord: [String: [Int]] = [:]
    private var unindexed: [Int] = []

    init(_ patterns: [Pattern]) {
        self.patterns = patterns
        for (index, pattern) in patterns.enumerated() {
            if let words = pattern.firstWords {
                for word in words { byFirstWord[word, default: []].append(index) }
            } else {
                unindexed.append(index)
            }
        }
    }

    var isEmpty: Bool { patterns.isEmpty }

    /// Every match in `text`, in reply order; at each start, the first pattern that matches
    /// (patterns listed earlier win), and matches of the same pattern never overlap.
    func matches(in text: TokenizedText) -> [Match] {
        guard !patterns.isEmpty else { return [] }
        let tokens = text.tokens
        var found: [Match] = []
        var candidates: [Int] = []
        for start in tokens.indices {
            candidates.removeAll(keepingCapacity: true)
            if let indexed = byFirstWord[tokens[start].word] { candidates += indexed }
            candidates += unindexed
            if candidates.isEmpty { continue }
            if candidates.count > 1 { candidates.sort() }
            for index in candidates {
                let pattern = patterns[index]
                if let end = Self.match(pattern.pieces, 0, tokens, start, sentence: tokens[start].sentence) {
                    if let last = found.last(where: { $0.pattern == pattern }), last.range.upperBound > start {
                        continue
                    }
                    found.append(Match(pattern: pattern, range: start..<end, sentence: tokens[start].sentence))
                }
            }
        }
        return found
    }

    /// Matches `pieces[piece...]` from token `position`; returns the end token index.
    static func match(_ pieces: [Pattern.Piece], _ piece: Int, _ tokens: [Token], _ position: Int, sentence: Int)
        -> Int?
    {
        if piece == pieces.count { return position }
        switch pieces[piece] {
        case .sentenceStart:
            guard position < tokens.count, tokens[position].startsSentence else { return nil }
            return match(pieces, piece + 1, tokens, position, sentence: sentence)
        case .gap(let max):
            var skip = 0
            while skip <= max {
                let next = position + skip
                if next > tokens.count { break }
                if skip > 0, tokens[next - 1].sentence != sentence { break }
                if let end = match(pieces, piece + 1, tokens, next, sentence: sentence) { return end }
                skip += 1
            }
            return nil
        case .choice(let alternatives, let optional):
            for atoms in alternatives {
                if let next = matchAtoms(atoms, tokens, position, sentence: sentence),
                    let end = match(pieces, piece + 1, tokens, next, sentence: sentence)
                {
                    return end
                }
            }
            return optional ? match(pieces, piece + 1, tokens, position, sentence: sentence) : nil
        }
    }

    private static func matchAtoms(_ atoms: [Pattern.Atom], _ tokens: [Token], _ position: Int, sentence: Int) -> Int? {
        var position = position
        for atom in atoms {
            guard position < tokens.count, tokens[position].sentence == sentence else { return nil }
            let word = tokens[position].word
            switch atom {
            case .word(let expected): guard word == expected else { return nil }
            case .prefix(let stem): guard word.hasPrefix(stem) else { return nil }
            case .any: guard !Scope.negators.contains(word) else { return nil }
            case .number: guard WordClass.isNumber(word) else { return nil }
            case .clock: guard WordClass.isClock(word) else { return nil }
            case .hour: guard WordClass.isHour(word) else { return nil }
            }
            position += 1
        }
        return position
    }
}
