import Testing

@testable import DefuseKit

/// The one FNV-1a of the library against the published 64-bit test vectors, through the content
/// hash recorded with each attempt (which must never change for a file that did not).
@Suite struct FNV1aTests {
    @Test(arguments: [
        ("", "cbf29ce484222325"),
        ("a", "af63dc4c8601ec8c"),
        ("foobar", "85944171f73967e8"),
    ])
    func publishedVectors(_ text: String, _ hex: String) {
        #expect(ContentHash.of(text) == hex)
        #expect(FNV1a.hash(Array(text.utf8)) == UInt64(hex, radix: 16))
    }
}
