import Foundation
import Testing

@testable import DefuseKit

/// The pattern parser's own trimming agrees with `trimmingCharacters(in: .whitespaces)`.
@Suite struct PatternTrimmingTests {
    @Test(arguments: [
        "", " ", "\t", "sorry", "  i'm sorry  ", "\tthanks\u{00A0}", "\u{2003}a b\u{2003}", "a\n", " é ",
    ])
    func trimsLikeFoundation(_ text: String) {
        #expect(PatternParser.trimmingSpaces(text) == text.trimmingCharacters(in: .whitespaces))
    }
}
