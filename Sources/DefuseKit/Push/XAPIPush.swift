import Foundation

/// `defuse push`: the xAPI statements of `defuse report --format xapi` (one per attempt, one per
/// drill run, built by the same ``XAPIReport`` and ``DrillReport``), sent in batches to a
/// learning record store, remembering per LRS what it accepted.
///
/// - Pending: a statement is sent when the LRS has not accepted one for its attempt or drill
///   run, or accepted one with another id (all of them with `all`).
/// - Ids are name-based, so a resend is harmless: the LRS sees a statement it already holds.
///   An id changes exactly when the statement does: an attempt played on or finished since, a
///   drill run with one more scenario done, or a trainer's review (see ``XAPIReport``). The LRS
///   then gets the new statement and, in the same batch, one that voids the statement it
///   accepted before (verb `voided`, object a `StatementRef` to the old id), so it holds one
///   valid statement per attempt.
/// - A batch is marked as accepted only after the LRS answered that it stored it, in one
///   transaction; a batch it refused, or an LRS that cannot be reached, marks nothing. With a
///   partial-success answer, the attempts whose statements were all stored are marked.
public enum XAPIPush {
    /// Statements per request (a voiding statement travels with the one that replaces it).
    public static let batchSize = 500

    /// The statement about one attempt or drill run that the LRS has not accepted yet.
    public struct Item: Sendable, Hashable {
        /// The attempt's or drill run's UUID.
        public var subject: UUID
        public var statement: XAPIStatement
        /// The id of the statement the LRS accepted before for the same subject, voided by this
        /// push; nil when there is none (or it is this very statement, resent with `all`).
        public var replaces: String?

        /// How many statements the item sends: 2 with a voiding one.
        public var count: Int { replaces == nil ? 1 : 2 }
    }

    /// What a push did.
    public struct Outcome: Sendable, Hashable {
        /// Statements the LRS accepted (voiding ones included).
        public var sent = 0
        /// Of those, statements that void one sent before.
        public var voided = 0
        /// Requests made.
        public var batches = 0
    }

    /// A push stopped by ``error`` after `outcome.sent` statements were accepted (and marked).
    public struct Failure: Error, Sendable {
        public var outcome: Outcome
        public var error: LRSError
    }

    /// The statements `lrs` (an ``LRSEndpoint/key``) has not accepted, all of them with `all`:
    /// attempts oldest first, then drill runs oldest first.
    public static func pending(in store: ResultStore, lrs: String, options: ReportOptions, all: Bool) throws
        -> [Item]
    {
        let accepted = try store.acceptedStatements(lrs: lrs)
        let runs = try store.drillRunsByAttempt()
        var items: [Item] = []
        func consider(_ subject: UUID, _ statement: XAPIStatement) {
            let previous = accepted[subject]
            guard all || previous != statement.id else { return }
            items.append(
                Item(
                    subject: subject, statement: statement,
                    replaces: previous == statement.id ? nil : previous))
        }
        try store.forEachAttempt(ReportFilter(), detail: .tallies) { attempt in
            consider(
                attempt.id, XAPIReport.statement(attempt, options: options, registration: runs[attempt.id]))
        }
        let drills = try store.drillRuns()
        for (drill, statement) in zip(drills, DrillReport.statements(drills, options: options)) {
            consider(drill.id, statement)
        }
        return items
    }

    /// Sends `items` to `client` in batches of about `batchSize` statements, marking each batch
    /// in `store` once the LRS stored it. `progress` is called after each batch with the
    /// outcome so far.
    public static func push(
        _ items: [Item], to client: LRSClient, store: ResultStore, batchSize: Int = batchSize,
        progress: (Outcome) -> Void = { _ in }
    ) throws -> Outcome {
        var outcome = Outcome()
        var start = 0
        while start < items.count {
            var end = start
            var statements = 0
            while end < items.count && (statements == 0 || statements + items[end].count <= batchSize) {
                statements += items[end].count
                end += 1
            }
            let batch = Array(items[start..<end])
            try send(batch, to: client, store: store, outcome: &outcome)
            progress(outcome)
            start = end
        }
        return outcome
    }

    /// Posts one batch and marks what the LRS stored.
    private static func send(
        _ batch: [Item], to client: LRSClient, store: ResultStore, outcome: inout Outcome
    )
        throws
    {
        let (body, owners) = try encode(batch)
        outcome.batches += 1
        let answer: LRSClient.Answer
        do {
            answer = try client.post(body)
        } catch {
            throw Failure(outcome: outcome, error: error)
        }
        var stored = batch
        var refusal: LRSError?
        if case .partlyStored(let refused) = answer {
            let refusedItems = Set(refused.keys.compactMap { $0 < owners.count ? owners[$0] : nil })
            stored = batch.enumerated().filter { !refusedItems.contains($0.offset) }.map(\.element)
            refusal = .partlyRefused(
                url: client.endpoint.statements.absoluteString, refused: refused.count,
                reasons: refused.sorted { $0.key < $1.key }.map {
                    "statement \($0.key + 1) of the batch: \($0.value)"
                })
        }
        try store.markAccepted(
            stored.map { AcceptedStatement(subject: $0.subject, statementId: $0.statement.id) },
            lrs: client.endpoint.key)
        outcome.sent += stored.reduce(0) { $0 + $1.count }
        outcome.voided += stored.filter { $0.replaces != nil }.count
        if let refusal { throw Failure(outcome: outcome, error: refusal) }
    }

    /// The JSON array of a batch's statements, and for each statement the index of its item.
    static func encode(_ batch: [Item]) throws -> (Data, [Int]) {
        var statements: [Posted] = []
        var owners: [Int] = []
        for (index, item) in batch.enumerated() {
            statements.append(.statement(item.statement))
            owners.append(index)
            if let old = item.replaces {
                statements.append(.voiding(XAPIVoiding(voiding: old, by: item.statement)))
                owners.append(index)
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try encoder.encode(statements), owners)
    }

    private enum Posted: Encodable {
        case statement(XAPIStatement)
        case voiding(XAPIVoiding)

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .statement(let value): try container.encode(value)
            case .voiding(let value): try container.encode(value)
            }
        }
    }
}

/// An xAPI statement that voids an earlier one (xAPI 1.0.3, "Voided"): the same actor, the verb
/// `voided` and a `StatementRef` to the old id. Its id and timestamp come from the pair (old id,
/// replacing statement), so sending it twice is harmless too.
public struct XAPIVoiding: Encodable, Sendable, Hashable {
    public var id: String
    public var actor: XAPIStatement.Agent
    public var verb: XAPIStatement.Verb
    public var object: Reference
    public var timestamp: String

    public struct Reference: Encodable, Sendable, Hashable {
        public var objectType = "StatementRef"
        public var id: String
    }

    public static let verb = "http://adlnet.gov/expapi/verbs/voided"

    /// Voids the statement `old`, replaced by `replacement`.
    public init(voiding old: String, by replacement: XAPIStatement) {
        id = NameBasedUUID.v5(
            namespace: NameBasedUUID.defuse,
            name: ["voided", old, replacement.id].joined(separator: "\u{1F}")
        ).uuidString.lowercased()
        actor = replacement.actor
        verb = .init(id: Self.verb, display: ["en-US": "voided"])
        object = Reference(id: old)
        timestamp = replacement.timestamp
    }
}
