/// How ``PatternSet`` indexes its patterns: the words a match can start with, and the words a
/// reply must contain for a pattern to be worth trying at all. Both are worked out once, when the
/// grader is built, so that most patterns are never tried on most replies.
enum PatternIndexing {
    /// Words too common to rule a pattern out.
    static let commonWords: Set<String> = [
        "i", "you", "we", "it", "the", "a", "an", "to", "is", "am", "are", "that", "this", "and", "my",
        "your", "will", "not", "do", "be", "have", "of", "for", "on", "in", "at", "so", "me", "our", "can",
        "they", "get", "go", "with", "what", "would", "was", "he", "she", "there", "here", "all", "just",
    ]

    /// Up to two pieces every match must contain, least common first (as word-id lists).
    static func requiredGroups(of pattern: Pattern, _ vocabulary: Vocabulary) -> [[Int32]] {
        var groups: [(score: Int, ids: [Int32])] = []
        for piece in pattern.pieces {
            guard case .choice(let choices, optional: false) = piece else { continue }
            var ids: [Int32] = []
            var score = 0
            for choice in choices {
                // Every word of an alternative must occur, so its least common word stands for it.
                let words = choice.compactMap { atom -> String? in
                    if case .word(let word) = atom { word } else { nil }
                }
                guard let word = words.first(where: { !commonWords.contains($0) }) ?? words.first else {
                    ids = []
                    break
                }
                ids.append(vocabulary.id(of: word))
                score += commonWords.contains(word) ? 100 : 1
            }
            if !ids.isEmpty, !ids.contains(-1) { groups.append((score, ids)) }
        }
        return groups.sorted { $0.score < $1.score }.prefix(2).map(\.ids)
    }

    /// What the first token of a match can be: word ids, prefix bits, class flags, or anything.
    static func firstToken(of pattern: Pattern, _ vocabulary: Vocabulary)
        -> (words: Set<Int32>, prefixes: UInt64, flags: UInt8, any: Bool)
    {
        var words = Set<Int32>()
        var prefixes: UInt64 = 0
        var flags: UInt8 = 0
        for piece in pattern.pieces {
            switch piece {
            case .sentenceStart: continue
            case .gap: return (words, prefixes, flags, true)
            case .choice(let choices, let optional):
                for choice in choices {
                    switch choice.first {
                    case .word(let word): words.insert(vocabulary.id(of: word))
                    case .prefix(let stem): prefixes |= vocabulary.prefixBit(of: stem)
                    case .number: flags |= TokenInfo.number
                    case .clock: flags |= TokenInfo.clock
                    case .hour: flags |= TokenInfo.hour
                    case .any, nil: return (words, prefixes, flags, true)
                    }
                }
                if !optional { return (words, prefixes, flags, false) }
            }
        }
        return (words, prefixes, flags, true)
    }
}
