/// How often a rep used each technique when it was asked for, and showed each violation where
/// it was to be avoided.
///
/// For every technique id, the turns that count are the free-text turns whose node *expected*
/// it (it is in the turn's `met` or `missed`); mastery is the share of those turns in which it
/// was met. So 0.52 means "in 52% of the replies where this technique was called for, the rep
/// used it". Choice turns, and techniques used where nobody asked for them, do not count:
/// mastery measures the habit under pressure, not the vocabulary. Likewise a violation counts
/// only at the free-text turns whose node *avoided* it (``Turn/avoided``): ``violations`` holds,
/// per violation id, those turns and the ones that showed it. The grader's other detections stay
/// recorded in each turn's `detected` but are not tallied here.
public struct TechniqueMastery: Sendable, Hashable {
    /// Turns that called for a technique, and turns that used it.
    public struct Tally: Sendable, Hashable {
        public var expected = 0
        public var met = 0

        /// met ÷ expected, 0…1.
        public var share: Double { expected == 0 ? 0 : Double(met) / Double(expected) }
    }

    /// Turns whose node avoided a violation, and turns that showed it all the same.
    public struct ViolationTally: Sendable, Hashable {
        public var avoided = 0
        public var shown = 0

        /// shown ÷ avoided, 0…1.
        public var share: Double { avoided == 0 ? 0 : Double(shown) / Double(avoided) }
    }

    /// Per technique id that some turn expected.
    public private(set) var tallies: [String: Tally] = [:]
    /// Per violation id that some free-text turn avoided.
    public private(set) var violations: [String: ViolationTally] = [:]

    /// Mastery from tallies counted elsewhere (the database summary).
    init(tallies: [String: Tally], violations: [String: ViolationTally]) {
        self.tallies = tallies
        self.violations = violations
    }

    /// Tallies `turns` (from any number of attempts).
    public init(_ turns: [TurnRecord], catalog: TechniqueCatalog = .rubric) {
        for turn in turns { tally(turn) }
    }

    /// Tallies every turn of `attempts`, without first gathering the turns into one array.
    public init(attempts: some Sequence<AttemptRecord>, catalog: TechniqueCatalog = .rubric) {
        for attempt in attempts {
            for turn in attempt.turns { tally(turn) }
        }
    }

    /// Counts the turns of `attempt` too (reports add attempts one at a time as they stream).
    mutating func add(_ attempt: AttemptRecord, catalog: TechniqueCatalog) {
        for turn in attempt.turns { tally(turn) }
    }

    private mutating func tally(_ turn: TurnRecord) {
        count(
            met: turn.met, missed: turn.missed, avoided: turn.avoided, shown: turn.violations,
            freeText: turn.choice == nil)
    }

    /// Per technique id: met ÷ expected.
    public var shares: [String: Double] { tallies.mapValues(\.share) }

    /// Per violation id: the share of the turns avoiding it that showed it.
    public var violationRates: [String: Double] { violations.mapValues(\.share) }

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

    /// The tallied violations in `catalog` order, then any the catalog does not know, by id.
    public func orderedViolations(by catalog: TechniqueCatalog) -> [(id: String, tally: ViolationTally)] {
        let ids =
            catalog.ids.filter { violations[$0] != nil }
            + violations.keys.filter { !catalog.contains($0) }.sorted()
        return ids.compactMap { id in violations[id].map { (id, $0) } }
    }
}

extension TechniqueMastery: MasteryCounter {
    mutating func expected(_ id: String, met: Bool) {
        tallies[id, default: Tally()].expected += 1
        if met { tallies[id, default: Tally()].met += 1 }
    }

    mutating func avoided(_ id: String, shown: Bool) {
        violations[id, default: ViolationTally()].avoided += 1
        if shown { violations[id, default: ViolationTally()].shown += 1 }
    }
}

/// Keeps mastery counts by technique id (an id string, or an index the caller numbered ids
/// with). ``count(met:missed:avoided:shown:freeText:)`` is the one counting rule, so
/// ``TechniqueMastery`` and the table report's summary read straight from the database tally
/// alike by construction.
protocol MasteryCounter {
    associatedtype ID: Equatable
    /// A turn expected `id`; `met` says whether the reply showed it.
    mutating func expected(_ id: ID, met: Bool)
    /// A free-text turn avoided violation `id`; `shown` says whether the reply showed it.
    mutating func avoided(_ id: ID, shown: Bool)
}

extension MasteryCounter {
    /// Counts one turn: every met and missed technique was expected; at a free-text turn each
    /// avoided violation counts once, as shown when it is among the turn's `shown` violations.
    /// Ids the grader detected that the node neither expected nor avoided do not count.
    mutating func count(
        met: some Sequence<ID>, missed: some Sequence<ID>, avoided: [ID], shown: [ID], freeText: Bool
    ) {
        for id in met { expected(id, met: true) }
        for id in missed { expected(id, met: false) }
        guard freeText else { return }
        // `avoided` is short, so no `Set` is built.
        for (position, id) in avoided.enumerated() where !avoided[..<position].contains(id) {
            self.avoided(id, shown: shown.contains(id))
        }
    }
}
