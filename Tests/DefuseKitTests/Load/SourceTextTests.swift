import Testing

@testable import DefuseKit

/// The bulk UTF-8 fast path and the byte-level nesting scan give the same answers as before.
@Suite struct SourceTextTests {
    @Test func validTextDecodesWithAndWithoutBOM() throws {
        let text = "title: Café ☕︎\nsummary: ok\n"
        #expect(try SourceText.decode(Array(text.utf8), file: "a.yaml").get() == text)
        #expect(try SourceText.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8), file: "a.yaml").get() == text)
    }

    @Test func invalidUTF8IsLocated() {
        let bytes = Array("a: 1\nb: x".utf8) + [0xFF] + Array("\n".utf8)
        guard case .failure(let diagnostic) = SourceText.decode(bytes, file: "a.yaml") else {
            Issue.record("accepted invalid UTF-8")
            return
        }
        #expect(diagnostic.location.line == 2)
        #expect(diagnostic.location.column == 5)
    }

    @Test func nulIsLocated() {
        guard case .failure(let diagnostic) = SourceText.decode(Array("ab\ncd\0".utf8), file: "a.yaml") else {
            Issue.record("accepted a NUL byte")
            return
        }
        #expect(diagnostic.location.line == 2)
        #expect(diagnostic.location.column == 3)
    }

    @Test func deepNestingIsLocatedInCharacters() {
        let text = "title: x\nlé: " + String(repeating: "[", count: 300)
        let diagnostic = SourceText.excessiveNesting(in: text, file: "a.yaml")
        #expect(diagnostic?.location.line == 2)
        #expect(diagnostic?.location.column == 4 + SourceText.maximumDepth + 1)
        #expect(SourceText.excessiveNesting(in: "a: [[1]]\n# [[[[[[\n", file: "a.yaml") == nil)
    }
}
