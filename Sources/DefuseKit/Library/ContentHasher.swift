/// A 128-bit hash of a sequence of byte strings (two 64-bit multiply–xor lanes over eight
/// bytes at a time, each string's length mixed in): fast over a few hundred kilobytes, and
/// more than enough to tell library versions apart. Not for adversaries.
struct ContentHasher {
    private var a: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F

    mutating func add(_ bytes: [UInt8]) {
        mix(UInt64(bytes.count))
        // Eight bytes at a time through a span, little-endian as a load would read them: within
        // 4% of an unaligned load through raw pointers (Benchmarks/unsafe-paths.sh), on a path
        // run once per command.
        let span = bytes.span
        var offset = 0
        while offset + 8 <= span.count {
            let eight = span.extracting(offset..<(offset + 8))
            var word =
                UInt64(eight[0]) | UInt64(eight[1]) << 8 | UInt64(eight[2]) << 16 | UInt64(eight[3]) << 24
            word |=
                UInt64(eight[4]) << 32 | UInt64(eight[5]) << 40 | UInt64(eight[6]) << 48 | UInt64(eight[7])
                << 56
            mix(word)
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < span.count {
            tail |= UInt64(span[offset]) << shift
            shift += 8
            offset += 1
        }
        mix(tail)
    }

    private mutating func mix(_ word: UInt64) {
        a = (a ^ word) &* 0x0000_0100_0000_01B3
        a ^= a >> 29
        b = (b &+ word) &* 0xFF51_AFD7_ED55_8CCD
        b ^= b >> 33
    }

    var hex: String {
        func part(_ value: UInt64) -> String {
            let text = String(value, radix: 16)
            return String(repeating: "0", count: 16 - text.count) + text
        }
        return part(a) + part(b)
    }
}
