import Testing

@testable import defuse

/// The word wrapper and display widths the REPL prints with, checked on their own.
struct WordWrapperTests {
    @Test func widthsCountColumnsNotCharacters() {
        #expect(DisplayWidth.of("abc") == 3)
        // Wide characters take two columns; combining marks and colour codes none.
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("\u{1B}[31mred\u{1B}[0m") == 3)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("✓ ✗ ★") == 5)
    }

    @Test func linesBreakBetweenWordsWithinTheWidth() {
        let text = String(repeating: "lateral tibial plateau locking set ", count: 6)
        let lines = WordWrapper(width: 40).wrap(text)
        #expect(lines.count > 1)
        for line in lines { #expect(DisplayWidth.of(line) <= 40) }
        let words = text.split(separator: " ").map(String.init)
        #expect(lines.joined(separator: " ").split(separator: " ").map(String.init) == words)
    }

    @Test func wideCharactersWrapByColumns() {
        let text = Array(repeating: "日本語の文", count: 12).joined(separator: " ")
        let lines = WordWrapper(width: 40).wrap(text)
        for line in lines { #expect(DisplayWidth.of(line) <= 40) }
        // Each word is 10 columns: three and two spaces (32) fit in 40, a fourth (43) does not.
        #expect(lines.count == 4)
    }

    @Test func narrowTerminalsGetTheMinimumWidth() {
        #expect(WordWrapper(width: 12).width == WordWrapper.minimumWidth)
    }

    @Test func listItemsContinueUnderTheirText() {
        let line = "  ✓ ownership  “this is mine and I will drive the set over myself right now”"
        let lines = WordWrapper(width: 40).wrapLine(line)
        #expect(lines.count > 1)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("    ") && !$0.hasPrefix("     ") })
    }

    @Test func authoredLineBreaksReflowButParagraphsAndListsStay() {
        let text = "First line of a\nparagraph.\n\nSecond one.\n- an item\n- another"
        #expect(
            WordWrapper.reflow(text) == [
                "First line of a paragraph.", "", "Second one.", "- an item", "- another",
            ])
    }

    @Test func colourCodesDoNotCountTowardsTheWidth() {
        let red = "\u{1B}[31m"
        let reset = "\u{1B}[0m"
        let line = (0..<8).map { "\(red)word\($0)\(reset)" }.joined(separator: " ")
        let lines = WordWrapper(width: 40).wrapLine(line)
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
    }
}
