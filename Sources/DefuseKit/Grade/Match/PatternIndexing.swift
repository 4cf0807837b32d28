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
            case .sentenceStart, .sentenceEnd: continue
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

    /// The pair of word ids a token and the next one form, as one key.
    static func pairKey(_ first: Int32, _ second: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
    }

    /// Every pair of first two words a match can start with, when there are few and they are
    /// fixed words: the first piece is a required choice of words, and each of its one-word
    /// alternatives is followed by a required choice whose alternatives start with words. Nil
    /// otherwise (an optional first piece, a gap, a prefix or a word class up front, or more
    /// than 64 pairs), and the pattern is indexed by its first word instead.
    static func firstPairs(of pattern: Pattern, _ vocabulary: Vocabulary) -> [UInt64]? {
        var pieces = pattern.pieces[...]
        if case .sentenceStart? = pieces.first { pieces = pieces.dropFirst() }
        guard case .choice(let first, optional: false)? = pieces.first else { return nil }
        var pairs = Set<UInt64>()
        func id(_ atom: Pattern.Atom?) -> Int32? {
            guard case .word(let word)? = atom else { return nil }
            let id = vocabulary.id(of: word)
            return id >= 0 ? id : nil
        }
        for alternative in first {
            guard let head = id(alternative.first) else { return nil }
            if alternative.count >= 2 {
                guard let next = id(alternative[1]) else { return nil }
                pairs.insert(pairKey(head, next))
                continue
            }
            guard pieces.count >= 2, case .choice(let following, optional: false) = pieces.dropFirst().first
            else { return nil }
            for option in following {
                guard let next = id(option.first) else { return nil }
                pairs.insert(pairKey(head, next))
            }
        }
        return pairs.count <= 64 ? Array(pairs) : nil
    }
}
