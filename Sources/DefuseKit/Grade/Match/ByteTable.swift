/// A fixed set of strings numbered 0, 1, 2… and found again by their UTF-8 bytes: FNV-1a and
/// open addressing, with no `Hasher` and nothing retained, for lookups on the grading path
/// (typed words in ``Lexicon``, technique ids in the grader's board).
struct ByteTable: Sendable {
    /// The keys, back to back; key `i` is `keys[keyStarts[i]..<keyStarts[i + 1]]`.
    private var keys: [UInt8] = []
    private var keyStarts: [Int32] = [0]
    /// Key index + 1, or 0 for an empty slot.
    private var slots: [Int32] = []
    private var mask = 0

    /// Numbers `strings` in order; a repeated string keeps its first number.
    init(_ strings: [String]) {
        var capacity = 16
        while capacity < strings.count * 2 { capacity *= 2 }
        slots = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        for string in strings {
            let bytes = Array(string.utf8)
            keys += bytes
            keyStarts.append(Int32(keys.count))
            let index = keyStarts.count - 2
            if bytes.withUnsafeBufferPointer({ self.index(of: $0) }) != nil { continue }
            var slot = bytes.withUnsafeBufferPointer { Self.hash($0) } & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    /// How many strings were numbered.
    var count: Int { keyStarts.count - 1 }

    /// The number of the string whose UTF-8 bytes are `bytes`, if it is one of the keys.
    func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !slots.isEmpty else { return nil }
        var slot = Self.hash(bytes) & mask
        return keys.withUnsafeBufferPointer { keys in
            while true {
                let value = Int(slots[slot])
                if value == 0 { return nil }
                let index = value - 1
                let start = Int(keyStarts[index])
                if Int(keyStarts[index + 1]) - start == bytes.count {
                    var offset = 0
                    while offset < bytes.count, keys[start + offset] == bytes[offset] { offset += 1 }
                    if offset == bytes.count { return index }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The number of `string`, if it is one of the keys.
    func index(of string: String) -> Int? {
        if let found = string.utf8.withContiguousStorageIfAvailable({ index(of: $0) }) { return found }
        var copy = string
        return copy.withUTF8 { index(of: $0) }
    }

    /// ``FNV1a``, folded: short keys from our own lists, so no seed is needed.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let value = FNV1a.hash(bytes)
        return Int(truncatingIfNeeded: value ^ (value >> 29))
    }
}
