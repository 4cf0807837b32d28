import Testing

@testable import DefuseKit

/// Long replies (issue 17): grading must stay linear in a reply's length, so the set operations
/// that replaced pairwise scans must give the same answers the scans gave. Timing itself is
/// measured in `Benchmarks/long-replies.sh`, never here.
@Suite struct LongReplyTests {
    /// A deterministic spread of overlapping, nested and repeated ranges.
    static func matches(_ count: Int, seed: UInt64) -> [PatternSet.Match] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            let start = next(40)
            return PatternSet.Match(
                index: next(5), range: start..<(start + 1 + next(6)), sentence: start / 10)
        }
    }

    /// The pairwise definition of ``Grader/unique(_:besides:)``.
    static func naiveUnique(_ matches: [PatternSet.Match], besides: [PatternSet.Match]) -> [PatternSet.Match]
    {
        func inside(_ inner: Range<Int>, _ outer: Range<Int>) -> Bool {
            outer.lowerBound <= inner.lowerBound && inner.upperBound <= outer.upperBound
        }
        return matches.enumerated().filter { index, match in
            !besides.contains { inside(match.range, $0.range) }
                && !matches.enumerated().contains { other, candidate in
                    other != index && inside(match.range, candidate.range)
                        && (candidate.range != match.range || other < index)
                }
        }.map(\.element)
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func uniqueAgreesWithThePairwiseDefinition(_ seed: Int) {
        let matches = Self.matches(10 + seed * 7, seed: UInt64(seed))
        let besides = Self.matches(seed % 3 * 4, seed: UInt64(seed + 100))
        #expect(Grader.unique(matches, besides: besides) == Self.naiveUnique(matches, besides: besides))
    }

    @Test(arguments: [0, 3, 17, 40])
    func coverageAgreesWithAScan(_ count: Int) {
        let ranges = Self.matches(count, seed: UInt64(count)).map(\.range)
        let coverage = Coverage(ranges, count: 50)
        for start in 0..<48 {
            for length in 1...3 {
                let probe = start..<(start + length)
                #expect(coverage.overlaps(probe) == ranges.contains { $0.overlaps(probe) })
            }
        }
    }

    @Test func aReplyOfRepeatedWordsIsGradedWhole() {
        let reply = String(repeating: "sorry ", count: 20_000)
        let grade = shippedGrader.grade(reply)
        #expect(grade.isPresent("apology"))
        // Every "sorry" is its own piece of evidence: none is lost and none is quoted twice.
        #expect(grade.all.first { $0.id == "apology" }?.evidence.count == 20_000)
    }
}
