import ArgumentParser
import DefuseKit
import Foundation

/// Sends a session's turns to the results database as they are graded: each reply is its own
/// short transaction, so Ctrl-C, a closed terminal or a killed process loses nothing, and an
/// attempt that never ends reads back as `abandoned`.
struct StoreRecorder: AttemptRecording {
    let store: ResultStore
    private var start: AttemptStart
    private(set) var attempt: UUID
    /// How many of the session's turns are in the database.
    private var recorded = 0
    private var warned = false

    init(store: ResultStore, start: AttemptStart) throws {
        self.store = store
        self.start = start
        attempt = try store.begin(start)
    }

    mutating func record(_ events: [SessionEvent], session: Session) throws {
        guard session.turns.count > recorded else { return }
        for index in recorded..<session.turns.count {
            try store.record(session.turns[index], index: index, attempt: attempt)
        }
        recorded = session.turns.count
    }

    mutating func retract(turnIndex: Int) throws {
        try store.removeTurn(index: turnIndex, attempt: attempt)
        recorded = min(recorded, turnIndex)
    }

    mutating func finish(_ session: Session) throws {
        guard case .ended(let ending) = session.state else { return }
        try store.finish(attempt: attempt, outcome: ending, score: session.result.score, ended: Date())
    }

    mutating func reopen() throws {
        try store.reopen(attempt: attempt)
    }

    mutating func restart() throws {
        start.started = Date()
        attempt = try store.begin(start)
        recorded = 0
    }
}

/// Opens the results database for a play or drill, or explains why it cannot.
enum Recording {
    /// The rep's name: `--name`, else the login name.
    static func rep(_ name: String?) -> String {
        if let name, !name.trimmingCharacters(in: .whitespaces).isEmpty { return name }
        let environment = ProcessInfo.processInfo.environment
        return environment["USER"] ?? environment["LOGNAME"] ?? "anonymous"
    }

    /// A recorder for one attempt; nil (after a warning) when the database cannot be opened and
    /// `required` is false, an exit 74 when it is required (drills).
    static func recorder(
        db: String?, start: AttemptStart, required: Bool
    ) throws -> StoreRecorder? {
        let path = ResultStore.defaultPath(override: db, environment: ProcessInfo.processInfo.environment)
        do {
            return try StoreRecorder(store: ResultStore(path: path), start: start)
        } catch let error as StoreError {
            guard required else {
                Terminal.warning("\(error.message); this practice run will not be recorded")
                return nil
            }
            Terminal.error(error.message)
            throw ExitCode(error.isBadData ? Sysexits.dataError : Sysexits.ioError)
        }
    }
}
