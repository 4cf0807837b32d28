/// How often a rep used each technique when it was asked for.
///
/// For every technique id, the turns that counted are the free-text turns whose node *expected*
/// it (it is in the turn's `met` or `missed`); mastery is the share of those turns in which it
/// was met. So 0.52 means "in 52% of the replies where this technique was called for, the rep
/// used it". Choice turns, and techniques used where nobody asked for them, do not count:
/// mastery measures the habit under pressure, not the vocabulary. Violations are not techniques
/// and have no mastery; ``violationRates`` gives the share of free-text turns showing each one.
public struct TechniqueMastery: Sendable, Hashable {
    /// Per technique id: turns where it was expected, and where it was met.
    public var tallies: [String: (expected: Int, met: Int)] {
        counts.mapValues { ($0.expected, $0.met) }
    }
    /// Per violation id: the share of free-text turns in which it was detected.
    public private(set) var violationRates: [String: Double] = [:]
    private var counts: [String: Count] = [:]

    private struct Count: Sendable, Hashable {
        var expected = 0
        var met = 0
    }

    /// Tallies `turns` (from any number of attempts).
    public init(_ turns: [TurnRecord], catalog: TechniqueCatalog = .rubric) {
        var violations: [String: Int] = [:]
        var freeText = 0
        for turn in turns {
            for id in turn.met {
                counts[id, default: Count()].expected += 1; counts[id, default: Count()].met += 1
            }
            for id in turn.missed { counts[id, default: Count()].expected += 1 }
            guard turn.choice == nil else { continue }
            freeText += 1
            for id in Set(turn.detected) where catalog.kind(of: id) == .violation {
                violations[id, default: 0] += 1
            }
        }
        if freeText > 0 { violationRates = violations.mapValues { Double($0) / Double(freeText) } }
    }

    /// Per technique id: met ÷ expected.
    public var shares: [String: Double] {
        counts.compactMapValues { $0.expected == 0 ? nil : Double($0.met) / Double($0.expected) }
    }

    /// The techniques, weakest first (ties by id), for drills that focus on them.
    public var weakestFirst: [String] {
        shares.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }.map(\.key)
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.counts == rhs.counts && lhs.violationRates == rhs.violationRates
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(counts)
    }
}
