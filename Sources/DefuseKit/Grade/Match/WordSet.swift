/// A fixed set of words tested by a token's vocabulary number (``TokenInfo/id``): one bit read
/// instead of hashing the word into a `Set<String>` and comparing its bytes.
///
/// Why the numbers can be known before any grader exists: every ``Vocabulary`` numbers the
/// same words first, in the same order (``Vocabulary/baseWords``: the rules' own words, the
/// role lexicon, negations and numbers, sorted), and only then the words the phrase lists add.
/// So a rule's word list, built once as a `static let`, holds the same numbers in every grader,
/// and the tokenizer has already given each token its number. A word outside that first block
/// (none of the rules' lists has one today) is kept by spelling and looked up the slow way, so
/// the answer is always the same as `Set<String>.contains` on the token's word.
///
/// A list of words outside that block (insults, brands' products) still gains: a token the block
/// numbers is answered by its bit, and only the others are looked up, by their bytes
/// (``ByteTable``: no `Hasher`, few probes), not through a `Set<String>`.
struct WordSet: Sendable {
    /// Bit `id` set for each word of the set numbered in ``Vocabulary/baseWords``.
    private let bits: [UInt64]
    /// The set's words outside the first block, looked up by spelling.
    private let others: ByteTable
    private let hasOthers: Bool
    /// How many words ``bits`` numbers (``Vocabulary/baseWords``).
    private let limit: Int32
    /// Bit ``sketch(of:)`` of each of the words in ``others``: a word whose bit is not set is
    /// not one of them, and is not looked up (most words a rule tests are not its words, and a
    /// lookup by spelling costs some 180 instructions, the bit test a dozen).
    private let othersSketch: UInt64

    init(_ words: Set<String>) {
        var bits = [UInt64](repeating: 0, count: (Vocabulary.baseWords.count + 63) / 64)
        var others: [String] = []
        for word in words {
            if let id = Vocabulary.baseIDs[word] {
                bits[Int(id) >> 6] |= 1 << UInt64(id & 63)
            } else {
                others.append(word)
            }
        }
        self.bits = bits
        self.others = ByteTable(others.sorted())
        self.hasOthers = !others.isEmpty
        self.othersSketch = others.reduce(0) { $0 | Self.sketch(of: $1) }
        self.limit = Int32(Vocabulary.baseWords.count)
    }

    /// Whether the word numbered `id` (spelled `word`) is in the set.
    @inline(__always)
    func contains(id: Int32, word: @autoclosure () -> String) -> Bool {
        if id >= 0, id < limit {
            return bits.withUnsafeBufferPointer { $0[Int(id) >> 6] } & (1 << UInt64(id & 63)) != 0
        }
        guard hasOthers else { return false }
        let word = word()
        return othersSketch & Self.sketch(of: word) != 0 && others.index(of: word) != nil
    }

    /// One of 64 bits for `word`, from its first byte and its length (both read without a
    /// walk of the word; its last byte is not).
    @inline(__always)
    static func sketch(of word: String) -> UInt64 {
        let utf8 = word.utf8
        guard let first = utf8.first else { return 1 }
        return 1 << ((UInt64(first) &* 7 &+ UInt64(utf8.count)) & 63)
    }

    /// The bit ``sketch(of:)`` sets for `word`, plus one (1...64), kept in ``TokenInfo/sketch``.
    static func sketchNumber(of word: String) -> UInt8 {
        UInt8(truncatingIfNeeded: sketch(of: word).trailingZeroBitCount + 1)
    }

    /// Whether the word with facts `info` (spelled `word`) is in the set: ``contains(id:word:)``,
    /// but a word outside the first block whose sketch (``TokenInfo/sketch``) none of the set's
    /// other words shares is answered without reading its `String` (speed12: a rule's early exit
    /// over every word of a reply read each word's first byte and length, ~40 instructions a word).
    @inline(__always)
    func contains(_ info: TokenInfo, word: @autoclosure () -> String) -> Bool {
        let id = info.id
        if id >= 0, id < limit {
            return bits.withUnsafeBufferPointer { $0[Int(id) >> 6] } & (1 << UInt64(id & 63)) != 0
        }
        guard hasOthers else { return false }
        if info.sketch != 0, othersSketch & (1 << UInt64(info.sketch &- 1)) == 0 { return false }
        let word = word()
        return othersSketch & Self.sketch(of: word) != 0 && others.index(of: word) != nil
    }

    /// Whether token `index` of `text` is one of the words.
    @inline(__always)
    func contains(_ index: Int, in text: TokenizedText) -> Bool {
        contains(text.infos[index], word: text.tokens[index].word)
    }

    /// Whether some token of `range` in `text` is one of the words. Over the whole reply, the
    /// words the first block numbers are read from the reply's own bits
    /// (``TokenizedText/baseWords``): only a set with words outside the block walks the tokens,
    /// and looks up only those the block does not number.
    func any(in range: Range<Int>, of text: TokenizedText) -> Bool {
        guard range.lowerBound == 0, range.upperBound == text.infos.count, text.baseWords.count == bits.count
        else {
            return range.contains { contains($0, in: text) }
        }
        let found = bits.withUnsafeBufferPointer { bits in
            text.baseWords.withUnsafeBufferPointer { reply in
                bits.indices.contains { bits[$0] & reply[$0] != 0 }
            }
        }
        if found { return true }
        guard hasOthers else { return false }
        return text.infos.withUnsafeBufferPointer { infos in
            range.contains { index in
                let id = infos[index].id
                return (id < 0 || id >= limit) && contains(infos[index], word: text.tokens[index].word)
            }
        }
    }

    /// ``TokenizedText/baseWords`` of a reply whose tokens are `infos`. Made by
    /// `reserveCapacity` and appended zeros: `Array(repeating:count:)` makes its storage through
    /// a standard library function not specialised for `UInt64`, which asks the runtime for the
    /// storage type on every call (~860 instructions, more than the bits save).
    static func baseWordBits(of infos: [TokenInfo]) -> [UInt64] {
        let limit = Int32(Vocabulary.baseWords.count)
        let words = (Int(limit) + 63) / 64
        var bits: [UInt64] = []
        bits.reserveCapacity(words)
        bits.append(contentsOf: repeatElement(0, count: words))
        bits.withUnsafeMutableBufferPointer { bits in
            for info in infos where info.id >= 0 && info.id < limit {
                bits[Int(info.id) >> 6] |= 1 << UInt64(info.id & 63)
            }
        }
        return bits
    }
}
