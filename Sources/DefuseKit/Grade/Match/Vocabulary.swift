/// Every word and prefix the compiled patterns use, numbered, so that matching compares small
/// integers instead of strings.
///
/// Each token of a reply is looked up once (``TokenInfo/id``, `-1` for a word no pattern uses)
/// and tested once against every prefix (``TokenInfo/prefixes``, a bit per prefix).
struct Vocabulary: Sendable {
    private(set) var ids: [String: Int32] = [:]
    private(set) var prefixes: [String] = []
    /// ``TokenInfo`` flags by word id (negations, number words, "noon").
    private(set) var flags: [UInt8] = []
    /// ``WordRole`` bits by word id, for reading a reply's clauses.
    private(set) var roles: [UInt32] = []
    /// Whether some prefix starts with each byte, to skip the prefix test for most words.
    private(set) var prefixStarts = [Bool](repeating: false, count: 256)

    /// The words every vocabulary numbers first, in this order: negations, number words, the
    /// role lexicon and the words the structural rules compare, sorted. Their numbers are the
    /// same in every grader, which lets a rule's word list be built once (``WordSet``).
    static let baseWords: [String] = Scope.negators.union(WordClass.numberWords)
        .union(["noon", "midday", "midnight"]).union(WordRole.lexicon.keys).union(WordRole.ruleWords).sorted()
    /// The number of each of ``baseWords``.
    static let baseIDs: [String: Int32] = Dictionary(
        uniqueKeysWithValues: baseWords.enumerated().map { ($1, Int32($0)) })

    init(_ patterns: [Pattern]) {
        for word in Self.baseWords { ids[word] = Int32(ids.count) }
        for pattern in patterns {
            for piece in pattern.pieces {
                guard case .choice(let alternatives, _) = piece else { continue }
                for atom in alternatives.joined() {
                    switch atom {
                    case .word(let word):
                        if ids[word] == nil { ids[word] = Int32(ids.count) }
                    case .prefix(let stem):
                        if !prefixes.contains(stem), prefixes.count < 64 { prefixes.append(stem) }
                    default: break
                    }
                }
            }
        }
        flags = [UInt8](repeating: 0, count: ids.count)
        for (word, id) in ids {
            var value: UInt8 = 0
            if Scope.negators.contains(word) { value |= TokenInfo.negator }
            if Scope.conditionals.contains(word) { value |= TokenInfo.conditional }
            if Scope.joiners.contains(word) { value |= TokenInfo.joiner }
            if WordClass.isNumber(word) { value |= TokenInfo.number }
            if WordClass.isClock(word) { value |= TokenInfo.clock }
            if WordClass.isHour(word) { value |= TokenInfo.hour }
            flags[Int(id)] = value
        }
        roles = [UInt32](repeating: 0, count: ids.count)
        for (word, role) in WordRole.lexicon { if let id = ids[word] { roles[Int(id)] = role.rawValue } }
        for first in prefixes.compactMap(\.utf8.first) { prefixStarts[Int(first)] = true }
    }

    var count: Int { ids.count }
    var words: Set<String> { Set(ids.keys) }

    func id(of word: String) -> Int32 { ids[word] ?? -1 }

    func prefixBit(of stem: String) -> UInt64 {
        guard let index = prefixes.firstIndex(of: stem) else { return 0 }
        return 1 << UInt64(index)
    }

    /// The prefix bits `word` carries.
    func prefixMask(of word: String) -> UInt64 {
        guard let first = word.utf8.first, prefixStarts[Int(first)] else { return 0 }
        var mask: UInt64 = 0
        for (index, stem) in prefixes.enumerated() where word.utf8.starts(with: stem.utf8) {
            mask |= 1 << UInt64(index)
        }
        return mask
    }
}

/// What the matcher needs to know about one token, as plain values.
struct TokenInfo: Sendable, Hashable {
    static let number: UInt8 = 1
    static let clock: UInt8 = 2
    static let hour: UInt8 = 4
    static let negator: UInt8 = 8
    static let startsSentence: UInt8 = 16
    /// A word of ``Scope/conditionals`` ("if", "unless").
    static let conditional: UInt8 = 32
    /// A word of ``Scope/joiners`` ("but", "and"): a negation's or condition's reach stops there.
    static let joiner: UInt8 = 64

    var id: Int32
    var sentence: Int32
    var flags: UInt8
    /// One more than the word's ``WordSet/bloomKey(of:)`` (0: not known), set when the word's
    /// facts are found (``Tokenizer/info(of:id:_:)``, once per lexicon entry). A ``WordSet``
    /// with words outside the first block tests it before it reads the word's `String` at all:
    /// most words are none of a set's words, and their key says so.
    var bloom: UInt16 = 0
    var prefixes: UInt64
    /// The word's ``WordRole`` bits (0 for a word no role lists).
    var roles: UInt32 = 0
}
