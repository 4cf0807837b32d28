/// A fixed set of strings numbered 0, 1, 2… and found again by their UTF-8 bytes: a hash of
/// their ends and open addressing, with no `Hasher` and nothing retained, for lookups on the grading path
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
            var slot = bytes.withUnsafeBytes { Self.hash($0) } & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    /// How many strings were numbered.
    var count: Int { keyStarts.count - 1 }

    /// The number of the string whose UTF-8 bytes are `bytes`, if it is one of the keys.
    ///
    /// Keys are hashed by their length and first and last eight bytes, and compared eight bytes
    /// at a time: the tokenizer looks up every typed word, and the rules look technique ids
    /// (twenty bytes and more) up dozens of times per reply.
    func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !slots.isEmpty else { return nil }
        let typed = UnsafeRawBufferPointer(bytes)
        let mask = self.mask
        var slot = Self.hash(typed) & mask
        // Read through buffer pointers: one call per lookup, not a checked read and a retain
        // of each array per probe (this runs ~90 times a reply).
        return slots.withUnsafeBufferPointer { slots in
            keyStarts.withUnsafeBufferPointer { keyStarts in
                keys.withUnsafeBytes { keys in
                    while true {
                        let value = Int(slots[slot])
                        if value == 0 { return nil }
                        let start = Int(keyStarts[value - 1])
                        let end = Int(keyStarts[value])
                        if end - start == typed.count,
                            Self.same(UnsafeRawBufferPointer(rebasing: keys[start..<end]), typed)
                        {
                            return value - 1
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// The number of `string`, if it is one of the keys.
    func index(of string: String) -> Int? {
        if let found = string.utf8.withContiguousStorageIfAvailable({ index(of: $0) }) { return found }
        var copy = string
        return copy.withUTF8 { index(of: $0) }
    }

    @inline(__always)
    private static func load8(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }

    @inline(__always)
    private static func load4(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        UInt64(bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    /// The first and the last eight bytes of `bytes` (four when shorter, overlapping when it
    /// has fewer than sixteen; the bytes themselves below four).
    @inline(__always)
    private static func ends(_ bytes: UnsafeRawBufferPointer) -> (first: UInt64, last: UInt64) {
        let count = bytes.count
        if count >= 8 { return (load8(bytes, 0), load8(bytes, count - 8)) }
        if count >= 4 { return (load4(bytes, 0), load4(bytes, count - 4)) }
        var value: UInt64 = 0
        for index in 0..<count { value = value << 8 | UInt64(bytes[index]) }
        return (value, 0)
    }

    /// Whether `a` and `b`, of the same length, hold the same bytes.
    @inline(__always)
    private static func same(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        let count = a.count
        guard count >= 8 else {
            let (first, last) = ends(a)
            return (first, last) == ends(b)
        }
        var offset = 0
        while offset + 8 < count {
            if load8(a, offset) != load8(b, offset) { return false }
            offset += 8
        }
        return load8(a, count - 8) == load8(b, count - 8)
    }

    /// A hash of the length and ``ends(_:)``: every byte of a key up to sixteen long, and keys
    /// from our own lists, so no seed is needed; stable only within a run (nothing stores it).
    @inline(__always)
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> Int {
        let (first, last) = ends(bytes)
        var value = (first ^ UInt64(bytes.count)) &* 0x9E37_79B9_7F4A_7C15
        value = (value ^ (value >> 29) ^ last) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: value ^ (value >> 32))
    }
}
