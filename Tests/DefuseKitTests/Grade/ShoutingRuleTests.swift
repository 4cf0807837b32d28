import Testing

@testable import DefuseKit

@Suite struct ShoutingFastPathTests {
    @Test(arguments: [
        ("I DID SEND IT", true), ("ÉCOUTEZ-MOI", true), ("ok I will call the OR at 3", false),
        ("Sorry Dr Lee, the IFU is 3.5 mm", true), ("Sorry Dr Lee, it is 3.5 mm", false),
        ("READ THE EMAIL", true),
    ])
    func onlyRepliesThatCouldShoutAreChecked(reply: String, may: Bool) {
        #expect(ShoutingRule.mayShout(Array(reply.utf8)) == may)
    }

    /// The word-at-a-time reading answers as the byte-by-byte one: every length around a word's
    /// eight bytes, capitals at every place and count, the bytes next to "A" and "Z", non-ASCII
    /// bytes anywhere, and random bytes.
    @Test func readingEightBytesAtATimeAnswersAsByteByByte() {
        let edges: [UInt8] = [
            0x40, 0x41, 0x42, 0x59, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7F, 0x80, 0xC3, 0xFF, 0x20, 0x30,
        ]
        var checked = 0
        var generator = SystemRandomNumberGenerator()
        for length in 0...40 {
            for capitals in 0...8 {
                for shift in 0..<3 {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    var placed = 0
                    var index = shift
                    while placed < capitals, index < length {
                        bytes[index] = UInt8(ascii: "Q")
                        placed += 1
                        index += 3
                    }
                    #expect(
                        ShoutingRule.mayShout(bytes) == ShoutingRule.mayShoutByteByByte(bytes), "\(bytes)")
                    checked += 1
                    for edge in edges where length > 0 {
                        var changed = bytes
                        changed[(length - 1 + shift) % length] = edge
                        #expect(
                            ShoutingRule.mayShout(changed) == ShoutingRule.mayShoutByteByByte(changed),
                            "\(changed)")
                        checked += 1
                    }
                }
            }
        }
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...30, using: &generator)).map { _ in
                Bool.random(using: &generator)
                    ? edges.randomElement(using: &generator) ?? 0x41
                    : UInt8.random(in: 0...0x7F, using: &generator)
            }
            #expect(ShoutingRule.mayShout(bytes) == ShoutingRule.mayShoutByteByByte(bytes), "\(bytes)")
            checked += 1
        }
        #expect(checked > 30_000)
        // Both answers occur, so the comparison is not one-sided.
        #expect(ShoutingRule.mayShout(Array("abcdefgh ABCDEF".utf8)))
        #expect(!ShoutingRule.mayShout(Array("abcdefgh ABCDE@[z".utf8)))
    }
}
