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
    /// Bit ``bloomKey(of:)`` of each of the words in ``others``, 4,096 bits: a word whose bit
    /// is not set is not one of them, and is not looked up (most words a rule tests are not its
    /// words; a lookup by spelling, with the word's `String` taken from its token, costs some
    /// 200 instructions, the bit test a few). Empty when there are no others.
    private let othersBloom: [UInt64]

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
        var bloom = [UInt64](repeating: 0, count: others.isEmpty ? 0 : Self.bloomBits / 64)
        for word in others {
            let key = Int(Self.bloomKey(of: word))
            bloom[key >> 6] |= 1 << UInt64(key & 63)
        }
        self.othersBloom = bloom
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
        return mayHold(key: Self.bloomKey(of: word)) && others.index(of: word) != nil
    }

    /// How many bits the bloom of a set's other words has (``othersBloom``).
    static let bloomBits = 4096

    /// One of ``bloomBits`` numbers for `word`: FNV-1a of its UTF-8 bytes, folded. Kept for
    /// each token in ``TokenInfo/bloom`` (found once per lexicon entry, not per reply).
    static func bloomKey(of word: String) -> UInt16 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in word.utf8 { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return UInt16(truncatingIfNeeded: (hash ^ (hash >> 16)) & UInt32(bloomBits - 1))
    }

    /// Whether one of the set's other words may have bloom key `key` (false: none has).
    @inline(__always)
    private func mayHold(key: UInt16) -> Bool {
        othersBloom.withUnsafeBufferPointer { $0[Int(key) >> 6] } & (1 << UInt64(key & 63)) != 0
    }

    /// Whether the word with facts `info` (spelled `word`) is in the set: ``contains(id:word:)``,
    /// but a word outside the first block whose bloom key (``TokenInfo/bloom``) none of the
    /// set's other words has is answered without reading its `String` at all (speed12).
    @inline(__always)
    func contains(_ info: TokenInfo, word: @autoclosure () -> String) -> Bool {
        let id = info.id
        if id >= 0, id < limit {
            return bits.withUnsafeBufferPointer { $0[Int(id) >> 6] } & (1 << UInt64(id & 63)) != 0
        }
        guard hasOthers else { return false }
        if info.bloom != 0, !mayHold(key: info.bloom &- 1) { return false }
        let word = word()
        return mayHold(key: Self.bloomKey(of: word)) && others.index(of: word) != nil
    }

    /// Whether token `index` of `text` is one of the words.
    @inline(__always)
    func contains(_ index: Int, in text: TokenizedText) -> Bool {
        contains(text.infos[index], word: text.tokens[index].word)
    }

    /// Whether some token of `range` in `text` is one of the words. Over the whole reply, the
    /// words the first block numbers are read from the reply's own bits
    /// (``TokenizedText/baseWords``), and only the tokens outside the block
    /// (``TokenizedText/otherWords``, a few a reply) are read, each by its bloom key first; a
    /// set without such words reads none. Over part of a reply, each token.
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
            text.otherWords.contains { index in
                contains(infos[Int(index)], word: text.tokens[Int(index)].word)
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

    /// ``TokenizedText/otherWords`` of a reply whose tokens are `infos`: the tokens the first
    /// block does not number, in order. Reserved at the reply's length: one allocation, where
    /// growing by appends made three or four.
    static func otherWordIndices(of infos: [TokenInfo]) -> [Int32] {
        let limit = Int32(Vocabulary.baseWords.count)
        var indices: [Int32] = []
        indices.reserveCapacity(infos.count)
        for (index, info) in infos.enumerated() where info.id < 0 || info.id >= limit {
            indices.append(Int32(index))
        }
        return indices
    }
}
