/// The words the tokenizer knows, looked up by their typed bytes: every word the patterns use
/// and every spelling form, each with its normalised words and what the matcher needs to know
/// about them (``TokenInfo``), worked out once when the grader is built.
///
/// A typed word without an apostrophe then costs one hash of its bytes and one comparison: no
/// `String` is built and nothing is counted or released (the tokenizer runs on every reply).
struct Lexicon: Sendable {
    /// One known typed form.
    struct Entry: Sendable {
        /// The normalised words ("im" gives "i" and "am").
        var words: [String]
        /// Their ids, flags and prefix bits; `sentence` and ``TokenInfo/startsSentence`` are
        /// filled in per reply.
        var infos: [TokenInfo]
    }

    private(set) var entries: [Entry] = []
    /// Typed forms, back to back; entry `i` is `keys[keyStarts[i]..<keyStarts[i + 1]]`.
    private var keys: [UInt8] = []
    private var keyStarts: [Int32] = [0]
    /// Open addressing: entry index + 1, or 0 for an empty slot.
    private var slots: [Int32] = []
    private var mask = 0

    /// `forms` maps each typed form to its normalised words; `info` describes one normalised word.
    init(_ forms: [String: [String]], info: (String) -> TokenInfo) {
        var capacity = 16
        while capacity < forms.count * 2 { capacity *= 2 }
        slots = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        for (form, words) in forms {
            let bytes = Array(form.utf8)
            guard !bytes.isEmpty else { continue }
            entries.append(Entry(words: words, infos: words.map(info)))
            keys += bytes
            keyStarts.append(Int32(keys.count))
            var slot = bytes.withUnsafeBufferPointer { Self.hash($0) } & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entries.count)
        }
    }

    /// The entry for the typed form `bytes`, if it is known.
    func entry(for bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !slots.isEmpty else { return nil }
        var slot = Self.hash(bytes) & mask
        while true {
            let value = Int(slots[slot])
            if value == 0 { return nil }
            let index = value - 1
            let start = Int(keyStarts[index])
            let end = Int(keyStarts[index + 1])
            if end - start == bytes.count {
                let same = keys.withUnsafeBufferPointer { keys in
                    var offset = 0
                    while offset < bytes.count, keys[start + offset] == bytes[offset] { offset += 1 }
                    return offset == bytes.count
                }
                if same { return index }
            }
            slot = (slot + 1) & mask
        }
    }

    /// FNV-1a: short keys, no seed needed (the table is built from our own word lists).
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: value ^ (value >> 29))
    }
}
