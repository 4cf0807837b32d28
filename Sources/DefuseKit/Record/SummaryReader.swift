import Foundation

/// Computes a ``ReportSummary`` straight from the database, for the table report.
///
/// The table shows per-rep and per-scenario counts and scores, and technique tallies; it never
/// shows a turn. So instead of building a million ``TurnRecord``s, the attempts are read
/// without turns, and the turns are streamed once (`choice`, `met`, `missed`, `violations`,
/// `avoided` only), their JSON arrays scanned in place and tallied per rep and per scenario by
/// technique index.
/// The result equals `ReportSummary(try store.attempts(filter))` (see `SummaryReaderTests`).
/// Turns a trainer reviewed (few, written by hand) are decoded whole and read with the
/// trainer's verdicts applied, and their attempts' scores computed again from them.
///
/// No attempt is kept: each is reduced as it streams past to a ``Slot`` (its rep, its scenario,
/// its score), about 30 bytes, where a loaded ``AttemptRecord`` and its row key took over 600
/// (20,000 attempts: 22 MB of heap at the peak before, 9 MB now). Only attempts with a review
/// are kept whole, to score them again and list their reviews.
struct SummaryReader {
    let filter: ReportFilter
    let catalog: TechniqueCatalog

    /// What the table needs of one attempt: its rep's and its scenario's index, and its score
    /// (nil when abandoned).
    private struct Slot {
        var rep: Int32
        var scenario: Int32
        var score: Int?
    }

    func read(_ db: any StoreDatabase) throws -> ReportSummary {
        let reader = ReportReader(filter: filter, detail: .tallies, catalog: catalog)
        let reviews = try ReviewReader.read(db, attempts: reader.condition())
        var reviewed = ReviewedAttempts(reviews: reviews, catalog: catalog)
        var reps = NameIndex()
        var scenarios = NameIndex()
        var cohorts: [String?] = []
        var slots: [Slot] = []
        var slotOf: [Int64: Int] = [:]
        var span: ClosedRange<Date>?
        try reader.forEachAttempt(db) { key, attempt in
            let rep = reps.index(of: attempt.rep)
            if rep == cohorts.count { cohorts.append(nil) }
            cohorts[rep] = attempt.cohort  // the latest attempt's
            slotOf[key] = slots.count
            reviewed.note(attempt, key: key, slot: slots.count)
            slots.append(
                Slot(
                    rep: Int32(rep), scenario: Int32(scenarios.index(of: attempt.scenario)),
                    score: attempt.isAbandoned ? nil : attempt.score))
            span = (span?.lowerBound ?? attempt.started)...attempt.started
        }
        var ids = IDTable()
        var overall = Counts()
        var perRep = Array(repeating: Counts(), count: reps.names.count)
        var perScenario = Array(repeating: Counts(), count: scenarios.names.count)
        if !slots.isEmpty {
            let (whereClause, arguments) = reader.condition()
            let turnFilter =
                whereClause.isEmpty ? "" : "WHERE attemptId IN (SELECT id FROM attempt \(whereClause))"
            var met: [Int] = []
            var missed: [Int] = []
            var shown: [Int] = []
            var avoided: [Int] = []
            try db.stream(
                """
                SELECT attemptId, choice, met, missed, detected, "index", violations, score, avoided
                FROM turn \(turnFilter)
                """, arguments
            ) { row in
                guard let slot = slotOf[row.int64(0)].map({ slots[$0] }) else { return }
                let freeText = row.isNull(1)
                if let turn = try reviewed.turn(row) {
                    ids.indices(of: turn.met, into: &met)
                    ids.indices(of: turn.missed, into: &missed)
                    ids.indices(of: turn.violations, into: &shown)
                    ids.indices(of: turn.avoided, into: &avoided)
                } else {
                    try ids.scan(row, 2, into: &met)
                    try ids.scan(row, 3, into: &missed)
                    if freeText {
                        try ids.scan(row, 6, into: &shown)
                        // A turn recorded before `avoided` was kept: its violations stand in.
                        if row.isNull(8) { avoided = shown } else { try ids.scan(row, 8, into: &avoided) }
                    }
                }
                overall.add(
                    met: met, missed: missed, avoided: avoided, shown: shown, freeText: freeText, ids: ids)
                perRep[Int(slot.rep)].add(
                    met: met, missed: missed, avoided: avoided, shown: shown, freeText: freeText, ids: ids)
                perScenario[Int(slot.scenario)].add(
                    met: met, missed: missed, avoided: avoided, shown: shown, freeText: freeText, ids: ids)
            }
        }
        let entries = reviewed.rescore { slot, score in slots[slot].score = score }
        var repGroups = reps.names.enumerated().map { index, name in
            ReportSummary.Group(
                name: name, cohort: cohorts[index], attempts: 0, abandoned: 0, scores: [],
                mastery: perRep[index].mastery(ids))
        }
        var scenarioGroups = scenarios.names.enumerated().map { index, name in
            ReportSummary.Group(
                name: name, cohort: nil, attempts: 0, abandoned: 0, scores: [],
                mastery: perScenario[index].mastery(ids))
        }
        for slot in slots {
            repGroups[Int(slot.rep)].count(score: slot.score)
            scenarioGroups[Int(slot.scenario)].count(score: slot.score)
        }
        func sorted(_ groups: [ReportSummary.Group]) -> [ReportSummary.Group] {
            groups.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
        }
        return ReportSummary(
            attempts: slots.count, reps: sorted(repGroups), scenarios: sorted(scenarioGroups),
            mastery: overall.mastery(ids), span: span, reviews: entries)
    }

    /// Names (reps, scenarios) numbered in the order they are first met.
    private struct NameIndex {
        var names: [String] = []
        private var byName: [String: Int] = [:]

        mutating func index(of name: String) -> Int {
            if let known = byName[name] { return known }
            byName[name] = names.count
            names.append(name)
            return names.count - 1
        }
    }

    /// Technique and violation ids met so far, by index, found from their JSON bytes.
    private struct IDTable {
        var names: [String] = []
        private var nameBytes: [[UInt8]] = []
        private var byHash: [UInt64: Int] = [:]
        private var byName: [String: Int] = [:]
        private let decoder = JSONDecoder()

        /// The indices of `names`, into `indices`.
        mutating func indices(of names: [String], into indices: inout [Int]) {
            indices.removeAll(keepingCapacity: true)
            for name in names { indices.append(index(of: name)) }
        }

        /// The ids of the JSON array in column `column` of `row`, as indices, into `indices`.
        mutating func scan(_ row: any StoreRow, _ column: Int, into indices: inout [Int]) throws {
            indices.removeAll(keepingCapacity: true)
            try row.withBytes(column) { bytes in
                guard let bytes else { return }
                if JSONTextScanner.forEachString(in: bytes, { indices.append(index(of: $0)) }) { return }
                // Escapes or odd spacing: the full decoder.
                indices.removeAll(keepingCapacity: true)
                for name in try decoder.decode([String].self, from: Data(buffer: bytes)) {
                    indices.append(index(of: name))
                }
            }
        }

        private mutating func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
            let hash = FNV1a.hash(bytes)
            if let known = byHash[hash], Self.same(nameBytes[known], bytes) { return known }
            let index = index(of: String(decoding: bytes, as: UTF8.self))
            if byHash[hash] == nil { byHash[hash] = index }
            return index
        }

        private static func same(_ stored: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard stored.count == bytes.count else { return false }
            guard let other = bytes.baseAddress, !stored.isEmpty else { return true }
            return stored.withUnsafeBufferPointer { mine in
                mine.baseAddress.map { memcmp($0, other, stored.count) == 0 } ?? false
            }
        }

        private mutating func index(of name: String) -> Int {
            if let known = byName[name] { return known }
            byName[name] = names.count
            names.append(name)
            nameBytes.append(Array(name.utf8))
            return names.count - 1
        }
    }

    /// One group's tallies, by id index, counted by the rule ``TechniqueMastery`` uses.
    private struct Counts: MasteryCounter {
        var expected: [Int] = []
        var met: [Int] = []
        var avoided: [Int] = []
        var shown: [Int] = []

        mutating func add(
            met metIDs: [Int], missed: [Int], avoided avoidedIDs: [Int], shown shownIDs: [Int],
            freeText: Bool,
            ids: IDTable
        ) {
            let size = ids.names.count
            if expected.count < size {
                let more = Array(repeating: 0, count: size - expected.count)
                expected += more
                met += more
                avoided += more
                shown += more
            }
            count(met: metIDs, missed: missed, avoided: avoidedIDs, shown: shownIDs, freeText: freeText)
        }

        mutating func expected(_ id: Int, met isMet: Bool) {
            expected[id] += 1
            if isMet { met[id] += 1 }
        }

        mutating func avoided(_ id: Int, shown isShown: Bool) {
            avoided[id] += 1
            if isShown { shown[id] += 1 }
        }

        func mastery(_ ids: IDTable) -> TechniqueMastery {
            var tallies: [String: TechniqueMastery.Tally] = [:]
            var violations: [String: TechniqueMastery.ViolationTally] = [:]
            for (index, name) in ids.names.enumerated() {
                if index < expected.count, expected[index] > 0 {
                    tallies[name] = TechniqueMastery.Tally(expected: expected[index], met: met[index])
                }
                if index < avoided.count, avoided[index] > 0 {
                    violations[name] = TechniqueMastery.ViolationTally(
                        avoided: avoided[index], shown: shown[index])
                }
            }
            return TechniqueMastery(tallies: tallies, violations: violations)
        }
    }
}
