import ArgumentParser
import DefuseKit
import Foundation

/// Sends a session's turns to the results database as they are graded: each reply is its own
/// short transaction, so Ctrl-C, a closed terminal or a killed process loses nothing, and an
/// attempt that never ends reads back as `abandoned`.
///
/// When the database fails after the session started (a lock held too long, a full disk, a
/// column gone), a practice run warns once and carries on unrecorded; a drill, whose results
/// must be kept, prints the error and stops with exit 74 (65 when the file is damaged).
struct StoreRecorder: AttemptRecording {
    let store: ResultStore
    /// Whether a database error ends the run (a drill) or only its recording (practice).
    let required: Bool
    private var start: AttemptStart
    private(set) var attempt: UUID
    /// How many of the session's turns are in the database.
    private var recorded = 0
    /// Set after a failure in a practice run: nothing more is sent to the database.
    private var failed = false

    init(store: ResultStore, start: AttemptStart, required: Bool) throws {
        self.store = store
        var start = start
        // Recorded under the first spelling the database holds (a failed lookup keeps the name).
        start.rep = (try? store.firstSpelling(of: start.rep, as: .rep)) ?? start.rep
        start.cohort = start.cohort.map { (try? store.firstSpelling(of: $0, as: .cohort)) ?? $0 }
        self.start = start
        self.required = required
        do {
            attempt = try store.begin(start)
        } catch let error as StoreError where required {
            throw Self.stop(error)
        }
    }

    mutating func record(_ events: [SessionEvent], session: Session) throws {
        guard session.turns.count > recorded else { return }
        try keep { recorder in
            for index in recorder.recorded..<session.turns.count {
                try recorder.store.record(session.turns[index], index: index, attempt: recorder.attempt)
            }
            recorder.recorded = session.turns.count
        }
    }

    mutating func retract(turnIndex: Int) throws {
        try keep { recorder in
            try recorder.store.removeTurn(index: turnIndex, attempt: recorder.attempt)
            recorder.recorded = min(recorder.recorded, turnIndex)
        }
    }

    mutating func finish(_ session: Session) throws {
        guard case .ended(let ending) = session.state else { return }
        try keep { recorder in
            try recorder.store.finish(
                attempt: recorder.attempt, outcome: ending, score: session.result.score, ended: Date(),
                breach: session.result.breach, clearedAtCheck: session.result.clearedAtCheck,
                scoreCap: session.result.scoreCap)
        }
    }

    mutating func reopen() throws {
        try keep { recorder in try recorder.store.reopen(attempt: recorder.attempt) }
    }

    mutating func restart() throws {
        start.started = Date()
        try keep { recorder in
            recorder.attempt = try recorder.store.begin(recorder.start)
            recorder.recorded = 0
        }
    }

    /// Runs one database step; a failure stops a drill, or warns once and ends the recording of
    /// a practice run.
    private mutating func keep(_ step: (inout StoreRecorder) throws -> Void) throws {
        guard !failed else { return }
        do {
            try step(&self)
        } catch let error as StoreError {
            guard required else {
                failed = true
                Terminal.warning("\(error.message); this practice run carries on unrecorded")
                return
            }
            throw Self.stop(error)
        }
    }

    /// Prints `error` and returns the exit that stops a drill.
    private static func stop(_ error: StoreError) -> ExitCode {
        Terminal.error("\(error.message); the drill stops here")
        return error.exitCode
    }
}

/// Opens the results database for a play or drill, or explains why it cannot.
enum Recording {
    /// The rep's name: `--name`, else the one the menu remembered, else the login name;
    /// trimmed, inner spaces made one.
    static func rep(_ name: String?) -> String {
        if let name = name.map(RepName.tidy), !name.isEmpty { return name }
        if let remembered = RepName.remembered() { return remembered }
        let environment = ProcessInfo.processInfo.environment
        return environment["USER"] ?? environment["LOGNAME"] ?? "anonymous"
    }

    /// Runs one store call of a drill, mapping a database failure to its exit code (65 for a
    /// file that is not a results database, else 74) after saying what went wrong.
    static func storing<T>(_ store: ResultStore, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            Terminal.error(error.message)
            throw error.exitCode
        }
    }

    /// A recorder for one attempt; nil (after a warning) when the database cannot be opened and
    /// `required` is false, an exit 74 when it is required (drills).
    static func recorder(
        db: String?, start: AttemptStart, required: Bool
    ) throws -> StoreRecorder? {
        let path = ResultStore.defaultPath(override: db, environment: ProcessInfo.processInfo.environment)
        do {
            return try StoreRecorder(store: ResultStore(path: path), start: start, required: required)
        } catch let error as StoreError {
            guard required else {
                Terminal.warning("\(error.message); this practice run will not be recorded")
                return nil
            }
            Terminal.error(error.message)
            throw error.exitCode
        }
    }
}
