import Testing

@testable import DefuseKit

/// `TimeAnswerRule` splits an ASCII client line by its bytes and any other by `Character`: both
/// must give the words `lowercased().split(whereSeparator:)` gives.
@Suite struct TimeAnswerWordsTests {
    static let lines: [String] =
        [
            "When WILL the right set be in my room?", "ETA?\r\nHow long, exactly", "by\twhen;what \"time\"",
            "  spaces before and after  ", "", "café: when will it be here?", "It’s 11:45. When?",
            "Tell me where, when, and who saw it.",
        ]
        // Every ASCII character between two letters: each is a separator or part of a word.
        + (0..<128).map { "A" + String(UnicodeScalar(UInt8($0))) + "b" }

    @Test(arguments: lines)
    func letterWordsSplitAsCharactersDo(_ line: String) {
        #expect(
            TimeAnswerRule.letterWords(line)
                == line.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
    }

    @Test(arguments: lines)
    func timeWordsSplitAsCharactersDo(_ line: String) {
        let expected = line.lowercased().split(whereSeparator: { $0.isWhitespace || ",.?!;\"".contains($0) })
        #expect(TimeAnswerRule.timeWords(line) == expected.map(String.init))
    }

    @Test func aWhenInCapitalsStillAsks() {
        #expect(TimeAnswerRule.asksForTime(client: "WHEN WILL IT BE HERE?"))
        #expect(TimeAnswerRule.asksForTime(client: "ETA"))
        #expect(!TimeAnswerRule.asksForTime(client: "Tell me where, when, and who saw it."))
        #expect(!TimeAnswerRule.asksForTime(client: nil))
    }
}
