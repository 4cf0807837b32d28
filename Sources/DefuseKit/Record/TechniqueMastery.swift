/// How often a rep used each technique when it was asked for.
///
/// For every technique id, the turns that count are the free-text turns whose node *expected*
/// it (it is in the turn's `met` or `missed`); mastery is the share of those turns in which it
/// was met. So 0.52 means "in 52% of the replies where this technique was called for, the rep
/// used it". Choice turns, and techniques used where nobody asked for them, do not count:
/// mastery measures the habit under pressure, not the vocabulary. Violations are not techniques
/// and have no mastery; ``violations`` counts the free-text turns showing each one.
public struct TechniqueMastery: Sendable, Hashable {
    /// Turns that called for a technique, and turns that used it.
    public struct Tally: Sendable, Hashable {
        public var expected = 0
        public var met = 0

        /// met ÷ expected, 0…1.
        public var share: Double { expected == 0 ? 0 : Double(met) / Double(expected) }
    }

    /// Per technique id that some turn expected.
    public private(set) var tallies: [String: Tally] = [:]
    /// Per violation id: the free-text turns in which it was detected.
    public private(set) var violations: [String: Int] = [:]
    /// The free-text turns tallied (choice turns excluded).
    public private(set) var freeTextTurns = 0

    /// Mastery from tallies counted elsewhere (the database summary).
    init(tallies: [String: Tally], violations: [String: Int], freeTextTurns: Int) {
        self.tallies = tallies
        self.violations = violations
        self.freeTextTurns = freeTextTurns
    }

    /// Tallies `turns` (from any number of attempts).
    public init(_ turns: [TurnRecord], catalog: TechniqueCatalog = .rubric) {
        for turn in turns { tally(turn, catalog) }
    }

    /// Tallies every turn of `attempts`, without first gathering the turns into one array.
    public init(attempts: some Sequence<AttemptRecord>, catalog: TechniqueCatalog = .rubric) {
        for attempt in attempts {
            for turn in attempt.turns { tally(turn, catalog) }
        }
    }

    /// Counts the turns of `attempt` too (reports add attempts one at a time as they stream).
    mutating func add(_ attempt: AttemptRecord, catalog: TechniqueCatalog) {
        for turn in attempt.turns { tally(turn, catalog) }
    }

    private mutating func tally(_ turn: TurnRecord, _ catalog: TechniqueCatalog) {
        count(
            met: turn.met, missed: turn.missed, detected: turn.choice == nil ? turn.detected : nil,
            isViolation: { catalog.kind(of: $0) == .violation })
    }

    /// Per technique id: met ÷ expected.
    public var shares: [String: Double] { tallies.mapValues(\.share) }

    /// Per violation id: the share of free-text turns showing it.
    public var violationRates: [String: Double] {
        freeTextTurns == 0 ? [:] : violations.mapValues { Double($0) / Double(freeTextTurns) }
    }

    /// The techniques, weakest first (ties by id), for drills that focus on them.
    public var weakestFirst: [String] {
        shares.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }.map(\.key)
    }

    /// The tallied techniques in `catalog` order, then any the catalog does not know, by id.
    public func ordered(by catalog: TechniqueCatalog) -> [(id: String, tally: Tally)] {
        let ids =
            catalog.ids.filter { tallies[$0] != nil } + tallies.keys.filter { !catalog.contains($0) }.sorted()
        return ids.compactMap { id in tallies[id].map { (id, $0) } }
    }
}

extension TechniqueMastery: MasteryCounter {
    mutating func expected(_ id: String, met: Bool) {
        tallies[id, default: Tally()].expected += 1
        if met { tallies[id, default: Tally()].met += 1 }
    }

    mutating func freeTextTurn() { freeTextTurns += 1 }

    mutating func violation(_ id: String) { violations[id, default: 0] += 1 }
}

/// Keeps mastery counts by technique id (an id string, or an index the caller numbered ids
/// with). ``count(met:missed:detected:isViolation:)`` is the one counting rule, so
/// ``TechniqueMastery`` and the table report's summary read straight from the database tally
/// alike by construction.
protocol MasteryCounter {
    associatedtype ID: Equatable
    /// A turn expected `id`; `met` says whether the reply showed it.
    mutating func expected(_ id: ID, met: Bool)
    /// A free-text turn (choice turns show no violations).
    mutating func freeTextTurn()
    /// A free-text turn showed violation `id`.
    mutating func violation(_ id: ID)
}

extension MasteryCounter {
    /// Counts one turn: every met and missed technique was expected, and each violation counts
    /// once per free-text turn (`detected` is nil for a choice turn).
    mutating func count(
        met: some Sequence<ID>, missed: some Sequence<ID>, detected: [ID]?, isViolation: (ID) -> Bool
    ) {
        for id in met { expected(id, met: true) }
        for id in missed { expected(id, met: false) }
        guard let detected else { return }
        freeTextTurn()
        // `detected` is short, so no `Set` is built.
        for (position, id) in detected.enumerated()
        where isViolation(id) && !detected[..<position].contains(id) {
            violation(id)
        }
    }
}
