import Foundation
internal import GRDB

/// What ``ResultStore/importResults(from:)`` did.
public struct ImportCount: Sendable, Hashable {
    /// Attempts copied in.
    public var imported = 0
    /// Attempts the store already held (same id), left as they were.
    public var present = 0
    /// Of those, the attempts whose reviews the file holds in a later version: a trainer reviewed
    /// (or re-marked) them on that laptop after they were first imported, so the store's reviews
    /// of them were replaced by the file's.
    public var reviewsUpdated = 0

    public init(imported: Int = 0, present: Int = 0, reviewsUpdated: Int = 0) {
        self.imported = imported
        self.present = present
        self.reviewsUpdated = reviewsUpdated
    }
}

extension ResultStore {
    /// How many source files are attached at once: SQLite allows ten databases in all.
    static let importsAtOnce = 8

    /// Copies the attempts of other laptops' results files into this store (`defuse import`):
    /// each attempt with its turns, the trainers' reviews of them, and the drill run it belongs
    /// to, as they are (ids, dates and scores unchanged). An attempt whose id the store already
    /// holds is left alone, so importing a file twice adds nothing, except for its reviews: when
    /// the file's latest review of the attempt is later than the store's, the store takes the
    /// file's reviews of it (verdicts, notes and the re-mark they make), so a trainer's re-mark
    /// made after a first import reaches the team store with the next one.
    ///
    /// Every file is checked before anything is written: a file that is not a Defuse results
    /// database (an empty one included) is ``StoreError/notResultsDatabase(path:)``, one from a
    /// newer Defuse ``StoreError/newerSchema(path:)``, and nothing is copied. A file from an
    /// older Defuse is first upgraded in place, as any `defuse` command on that laptop would do:
    /// that gives its attempts their stable ids once and for all. The rows are copied by SQL
    /// straight from the attached files, in one transaction for every eight files.
    ///
    /// - Throws: ``StoreError/missing(path:)`` for a file that does not exist.
    public func importResults(from paths: [String]) throws -> ImportCount {
        try Self.checkImportSources(paths)
        guard let database else { return try importIntoServer(from: paths) }
        var count = ImportCount()
        var start = 0
        while start < paths.count {
            let group = Array(paths[start..<min(paths.count, start + Self.importsAtOnce)])
            do {
                try database.writeWithoutTransaction { db in
                    for (index, path) in group.enumerated() {
                        try db.execute(sql: "ATTACH DATABASE ? AS import\(index)", arguments: [path])
                    }
                    defer {
                        for index in group.indices { try? db.execute(sql: "DETACH DATABASE import\(index)") }
                    }
                    try db.inTransaction {
                        for index in group.indices {
                            let copied = try Self.copy(from: "import\(index)", db)
                            count.imported += copied.imported
                            count.present += copied.present
                        }
                        return .commit
                    }
                }
            } catch {
                throw failure(error)
            }
            start += Self.importsAtOnce
        }
        for path in paths {
            let source = try ResultStore.reading(at: path)
            try source.read { theirs in
                try write { ours in count.reviewsUpdated += try Self.updateReviews(from: theirs, into: ours) }
            }
        }
        return count
    }

    /// Brings the reviews of the attempts both stores hold up to date: where `source`'s latest
    /// review of an attempt is later than `target`'s (or `target` has none), `target`'s reviews of
    /// it are replaced by `source`'s, with the ``TurnReview/reroute`` each carries. Returns how
    /// many attempts changed. A review cleared on the laptop leaves nothing to compare, so it
    /// stays in the store.
    private static func updateReviews(from source: any StoreDatabase, into target: any StoreDatabase) throws
        -> Int
    {
        let theirs = try ReviewReader.read(source, attempts: ("", []))
        guard !theirs.isEmpty else { return 0 }
        let ours = try ReviewReader.read(target, attempts: ("", []))
        var updated = 0
        for (uuid, reviews) in theirs.sorted(by: { $0.key.uuidString < $1.key.uuidString }) {
            guard let latest = reviews.values.map(\.reviewed).max(),
                ours[uuid]?.values.map(\.reviewed).max().map({ latest > $0 }) ?? true,
                let key = try target.one(
                    "SELECT id FROM attempt WHERE uuid = ?", [AttemptID.text(uuid)], { $0.int64(0) })
            else { continue }
            try target.execute("DELETE FROM \(ReviewSchema.verdictReview) WHERE attemptId = ?", [key])
            try target.execute("DELETE FROM \(ReviewSchema.turnReview) WHERE attemptId = ?", [key])
            for (index, review) in reviews.sorted(by: { $0.key < $1.key }) {
                try insert(review, turn: index, attempt: key, target)
            }
            updated += 1
        }
        return updated
    }

    /// ``importResults(from:)`` into a PostgreSQL server: every file is read (drill runs,
    /// attempts one at a time with their turns and reviews) and written in one transaction.
    private func importIntoServer(from paths: [String]) throws -> ImportCount {
        let sources = try paths.map { try ResultStore.reading(at: $0) }
        return try write { target in
            var count = ImportCount()
            for source in sources {
                try source.read { db in
                    let copied = try Self.copy(from: db, into: target)
                    count.imported += copied.imported
                    count.present += copied.present
                    count.reviewsUpdated += try Self.updateReviews(from: db, into: target)
                }
            }
            return count
        }
    }

    /// Copies the drill runs and the attempts of `source` that `target` lacks, as they are.
    private static func copy(from source: any StoreDatabase, into target: any StoreDatabase) throws
        -> ImportCount
    {
        try source.each(
            "SELECT uuid, rep, cohort, drillSet, started, total, passMark, failOn FROM drillRun ORDER BY id",
            []
        ) { row in
            try target.execute(
                """
                INSERT INTO drillRun (uuid, rep, cohort, drillSet, started, total, passMark, failOn)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO NOTHING
                """,
                [
                    row.text(0) ?? "", row.text(1) ?? "", row.text(2), row.text(3) ?? "",
                    row.date(4) ?? Date(timeIntervalSince1970: 0), row.int(5), row.int(6), row.text(7) ?? "",
                ])
        }
        let reviews = try ReviewReader.read(source, attempts: ("", []))
        let runs = Dictionary(
            try source.all("SELECT uuid, drillRun FROM attempt WHERE drillRun IS NOT NULL") {
                ($0.text(0) ?? "", $0.text(1) ?? "")
            }, uniquingKeysWith: { first, _ in first })
        var count = ImportCount()
        var reader = ReportReader(filter: ReportFilter(), detail: .full)
        reader.appliesReviews = false
        try reader.stream(source) { attempt in
            let uuid = AttemptID.text(attempt.id)
            if try target.count("SELECT count(*) FROM attempt WHERE uuid = ?", [uuid]) > 0 {
                count.present += 1
                return
            }
            guard
                let key = try target.one(
                    """
                    INSERT INTO attempt (uuid, rep, cohort, scenario, contentHash, mode, drill, started, ended,
                        outcome, score, drillRun, breach, clearedAtCheck, scoreCap, scoreCapEnding)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                    """,
                    [
                        uuid, attempt.rep, attempt.cohort, attempt.scenario, attempt.contentHash,
                        attempt.mode.rawValue, attempt.drill, attempt.started, attempt.ended,
                        attempt.ending?.rawValue, attempt.finalScore, runs[uuid],
                        attempt.ending == nil ? nil : (attempt.endedInBreach ? 1 : 0) as Int?,
                        attempt.clearedAtCheck, attempt.scoreCap?.cap, attempt.scoreCap?.ending,
                    ], { $0.int64(0) })
            else { throw StoreError.unknownAttempt(attempt.id) }
            try insert(attempt.turns, attempt: key, target)
            for (index, review) in reviews[attempt.id] ?? [:] {
                try insert(review, turn: index, attempt: key, target)
            }
            count.imported += 1
        }
        return count
    }

    /// Checks every file as ``importResults(from:)`` does before it writes anything, so that a
    /// command can refuse bad files before it opens (and perhaps creates) its own store.
    public static func checkImportSources(_ paths: [String]) throws {
        for path in paths { try prepareImportSource(path) }
    }

    /// Checks that `path` is a Defuse results database this version can read, and upgrades one
    /// from an older Defuse in place.
    static func prepareImportSource(_ path: String) throws {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        guard let size else { throw StoreError.missing(path: path) }
        guard size > 0 else { throw StoreError.notResultsDatabase(path: path) }
        do {
            _ = try reading(at: path)
        } catch StoreError.missing {
            throw StoreError.notResultsDatabase(path: path)
        }
        var configuration = Configuration()
        configuration.readonly = true
        let state: SchemaCheck.State
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            state = try SchemaCheck.verify(queue, path: path)
            try queue.close()
        } catch {
            throw openingError(error, path: path)
        }
        if state == .older { _ = try ResultStore(path: path) }
    }

    /// Copies the attempts of the attached database `source` that this store lacks.
    private static func copy(from source: String, _ db: Database) throws -> ImportCount {
        try db.execute(
            sql: """
                INSERT INTO main.drillRun (uuid, rep, cohort, drillSet, started, total, passMark, failOn)
                SELECT uuid, rep, cohort, drillSet, started, total, passMark, failOn FROM \(source).drillRun s
                WHERE NOT EXISTS (SELECT 1 FROM main.drillRun d WHERE d.uuid = s.uuid)
                ORDER BY s.id
                """)
        var count = ImportCount()
        let attempts = try Row.fetchAll(db, sql: "SELECT id, uuid FROM \(source).attempt ORDER BY id")
        for attempt in attempts {
            let sourceKey: Int64 = attempt["id"]
            let uuid: String = attempt["uuid"]
            if try Int64.fetchOne(db, sql: "SELECT id FROM main.attempt WHERE uuid = ?", arguments: [uuid])
                != nil
            {
                count.present += 1
                continue
            }
            try db.execute(
                sql: """
                    INSERT INTO main.attempt (uuid, rep, cohort, scenario, contentHash, mode, drill, started, ended,
                        outcome, score, drillRun, breach, clearedAtCheck, scoreCap, scoreCapEnding)
                    SELECT uuid, rep, cohort, scenario, contentHash, mode, drill, started, ended, outcome, score,
                        drillRun, breach, clearedAtCheck, scoreCap, scoreCapEnding
                    FROM \(source).attempt WHERE id = ?
                    """, arguments: [sourceKey])
            let key = db.lastInsertedRowID
            try db.execute(
                sql: """
                    INSERT INTO main.turn (attemptId, "index", node, reply, choice, detected, evidence, met, missed,
                        violations, score, moodBefore, moodAfter, branch, recorded, avoided, evidenceSpans)
                    SELECT ?, "index", node, reply, choice, detected, evidence, met, missed, violations, score,
                        moodBefore, moodAfter, branch, recorded, avoided, evidenceSpans
                    FROM \(source).turn WHERE attemptId = ?
                    """, arguments: [key, sourceKey])
            try db.execute(
                sql: """
                    INSERT INTO main.turnReview (attemptId, turnIndex, reviewer, reviewed, note, avoid, reroute)
                    SELECT ?, turnIndex, reviewer, reviewed, note, avoid, reroute
                    FROM \(source).turnReview WHERE attemptId = ?
                    """, arguments: [key, sourceKey])
            try db.execute(
                sql: """
                    INSERT INTO main.verdictReview (attemptId, turnIndex, technique, present, reviewer, reviewed)
                    SELECT ?, turnIndex, technique, present, reviewer, reviewed
                    FROM \(source).verdictReview WHERE attemptId = ?
                    """, arguments: [key, sourceKey])
            count.imported += 1
        }
        return count
    }
}
