import Testing

@testable import DefuseKit

/// How `PatternSet` indexes patterns (by first word, by first pair of words, by required
/// words): indexing must never change what matches, nor the order matches come out in.
@Suite struct PatternIndexingTests {
    let parser = PatternParser(spelling: Spelling())

    func compile(_ sources: [String]) throws -> (PatternSet, Vocabulary, [Pattern]) {
        let patterns = try sources.map { try parser.parse($0).get() }
        let vocabulary = Vocabulary(patterns)
        return (PatternSet(patterns, vocabulary: vocabulary), vocabulary, patterns)
    }

    @Test func pairsAreFoundOnlyForFixedFirstWords() throws {
        let (_, vocabulary, patterns) = try compile([
            "i am sorry", "(i am|we are) sorry", "(i|we) (will|shall) fix", "^ (i|we) will", "i will? fix",
            "sorry ... fix", "apolog* now", "<num> minutes", "(i|we) _ fix", "i (a|b|c|d|e|f|g|h|i|j|k|l) x",
        ])
        let pairs = patterns.map { PatternIndexing.firstPairs(of: $0, vocabulary)?.count }
        #expect(pairs == [1, 2, 4, 2, nil, nil, nil, nil, nil, 12])
        let many = try compile([
            "(a|b|c|d|e|f|g|h|i) (j|k|l|m|n|o|p|q)"
        ])
        #expect(PatternIndexing.firstPairs(of: many.2[0], many.1) == nil)  // 72 pairs: too many
    }

    @Test func matchesComeOutInPatternOrderAtEachStart() throws {
        // Patterns 0 and 2 are indexed by pair, 1 and 3 by first word; all start at "i".
        let (set, vocabulary, _) = try compile(["i am sorry", "i", "i am", "i _"])
        let text = Tokenizer(spelling: Spelling(), vocabulary: vocabulary).tokenize("ok, I am sorry")
        let found = set.matches(in: text)
        #expect(found.map(\.index) == [0, 1, 2, 3])
        #expect(found.allSatisfy { $0.range.lowerBound == 1 })
    }

    @Test func pairIndexingMatchesWhatAPlainWordIndexWouldInTheSameOrder() throws {
        let sources = [
            "i am (so|really)? sorry", "(that is|it is) on me", "i will (fix|sort) it",
            "we (will|can) (fix|sort)",
            "thank you", "thanks for ... patience",
        ]
        let (set, vocabulary, patterns) = try compile(sources)
        let tokenizer = Tokenizer(spelling: Spelling(), vocabulary: vocabulary)
        var compared = 0
        for reply in [
            "I am so sorry, that is on me. I will fix it, thank you.", "its on me, we can sort it",
            "thanks for your patience", "I am. Sorry", "we will we can fix",
            "thank you, we will fix it, thank you",
        ] {
            let text = tokenizer.tokenize(reply)
            // One pattern at a time: each set then indexes its pattern alone.
            var expected: [PatternSet.Match] = []
            for (index, pattern) in patterns.enumerated() {
                let single = PatternSet([pattern], vocabulary: vocabulary).matches(in: text)
                expected += single.map {
                    PatternSet.Match(index: index, range: $0.range, sentence: $0.sentence)
                }
            }
            // A plain word index tries, at each start, every pattern in pattern order: the same
            // matches, by start and then by pattern, in exactly that order.
            let plain = expected.enumerated().sorted {
                ($0.element.range.lowerBound, $0.element.index, $0.offset)
                    < ($1.element.range.lowerBound, $1.element.index, $1.offset)
            }.map(\.element)
            compared += plain.count
            #expect(set.matches(in: text) == plain, "\(reply)")
        }
        #expect(compared >= 8)
    }
}
