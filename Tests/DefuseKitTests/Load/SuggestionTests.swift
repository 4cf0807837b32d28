import Testing

@testable import DefuseKit

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("sumary", "summary"), ("tittle", "title"), ("persnoa", "persona"), ("ownrship", "ownership"),
        ("gotto", "goto"),
    ])
    func typoGetsTheIntendedName(typed: String, intended: String) {
        let known = ["title", "summary", "persona", "ownership", "goto", "tags", "start"]
        #expect(Suggestion.closest(to: typed, among: known) == intended)
    }

    @Test func unrelatedWordGetsNoSuggestion() {
        #expect(Suggestion.closest(to: "banana", among: ["title", "summary"]) == nil)
        #expect(Suggestion.closest(to: "x", among: ["title"]) == nil)
    }

    @Test func transpositionCountsAsOneEdit() {
        #expect(Suggestion.editDistance("ab", "ba") == 1)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
    }
}
