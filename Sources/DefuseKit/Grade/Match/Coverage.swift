/// Which positions (tokens, clauses or sentences) a set of ranges covers, so that "does any of
/// these matches overlap that one?" costs constant time instead of a scan of the set.
///
/// Grading asks that question for every match of a reply (an `except` over a pattern, a `needs`
/// near it, a violation swallowing a technique's words). With a scan, a reply of a hundred
/// thousand repeated words took minutes; with prefix counts it stays linear in its length.
/// Small sets are still scanned: most replies have a few matches, and a scan allocates nothing.
struct Coverage {
    /// `covered[i]`: how many of positions `0..<i` lie inside some range.
    private var covered: [Int32] = []
    /// The ranges themselves, when there are few enough to scan.
    private var few: [Range<Int>] = []

    /// Sets with at most this many ranges are scanned.
    static let scanLimit = 16

    /// `ranges` over positions `0..<count`.
    init(_ ranges: some Collection<Range<Int>>, count: Int) {
        if ranges.count <= Self.scanLimit {
            few = Array(ranges)
            return
        }
        var starts = [Int32](repeating: 0, count: count + 1)
        for range in ranges where !range.isEmpty {
            starts[max(0, min(range.lowerBound, count))] += 1
            starts[max(0, min(range.upperBound, count))] -= 1
        }
        covered = [Int32](repeating: 0, count: count + 1)
        var depth: Int32 = 0
        for position in 0..<count {
            depth += starts[position]
            covered[position + 1] = covered[position] + (depth > 0 ? 1 : 0)
        }
    }

    /// Whether some range shares a position with `range`.
    func overlaps(_ range: Range<Int>) -> Bool {
        if covered.isEmpty { return few.contains { $0.overlaps(range) } }
        let count = covered.count - 1
        let lower = max(0, min(range.lowerBound, count))
        let upper = max(lower, min(range.upperBound, count))
        return covered[upper] > covered[lower]
    }
}
