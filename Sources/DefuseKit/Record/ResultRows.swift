import Foundation
internal import GRDB

/// The `attempt` table row. Internal: the public face is ``AttemptRecord``.
struct AttemptRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = ResultSchema.attempt

    var id: Int64?
    var uuid: String
    var rep: String
    var cohort: String?
    var scenario: String
    var contentHash: String
    var mode: AttemptMode
    var drill: String?
    var started: Date
    var ended: Date?
    var outcome: Ending?
    var score: Int?

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let uuid = Column(CodingKeys.uuid)
        static let rep = Column(CodingKeys.rep)
        static let cohort = Column(CodingKeys.cohort)
        static let scenario = Column(CodingKeys.scenario)
        static let started = Column(CodingKeys.started)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// The `turn` table row. Array and dictionary properties are stored as JSON text.
struct TurnRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = ResultSchema.turn

    var attemptId: Int64
    var index: Int
    var node: String
    var reply: String
    var choice: Int?
    var detected: [String]
    var evidence: [String: [String]]
    var met: [String]
    var missed: [String]
    var violations: [String]
    var score: Double
    var moodBefore: Int
    var moodAfter: Int
    var branch: Int
    var recorded: Date

    enum Columns {
        static let attemptId = Column(CodingKeys.attemptId)
        static let index = Column(CodingKeys.index)
    }

    init(_ turn: Turn, index: Int, attempt: Int64, recorded: Date) {
        attemptId = attempt
        self.index = index
        node = turn.node
        reply = turn.reply
        choice = turn.choice
        detected = turn.detected
        evidence = turn.evidence
        met = turn.met
        missed = turn.missed
        violations = turn.violations
        score = min(1, max(0, turn.score))
        moodBefore = turn.moodBefore
        moodAfter = turn.moodAfter
        branch = turn.branch
        self.recorded = recorded
    }

}

/// The JSON text of a turn's list columns, as GRDB writes it for ``TurnRow`` (keys sorted), on
/// both stores.
enum JSONColumn {
    static func text(_ value: some Encodable) throws -> String {
        String(decoding: try TurnRow.databaseJSONEncoder(for: "").encode(value), as: UTF8.self)
    }
}
