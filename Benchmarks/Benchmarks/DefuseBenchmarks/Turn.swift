import Benchmark
import BenchData
import DefuseKit
import Foundation

/// One REPL turn: grade a reply, take the branch, and commit the turn to the results database
/// (`Session.respond` + `ResultStore.record`), the way `defuse play` records every reply.
///
/// The workspace, the database connection and the session live across samples, as they do in
/// a REPL: each sample is one turn on a warm connection (a fresh connection's first statements
/// cost milliseconds that a rep pays once per session, not once per reply).
func turnBenchmarks() {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("defuse-bench-turn-\(getpid())")
    let state = TurnState(folder: folder)
    Benchmark(
        "REPL turn (respond + record)",
        configuration: .init(
            metrics: [.wallClock, .mallocCountTotal], warmupIterations: 10, maxDuration: .seconds(10),
            maxIterations: 5000)
    ) { benchmark in
        for _ in benchmark.scaledIterations { try state.turn(benchmark) }
    }
}

/// The REPL's state between turns.
final class TurnState: @unchecked Sendable {
    private let folder: URL
    private var workspace: Workspace?
    private var scenario: Scenario?
    private var store: ResultStore?
    private var session: Session?
    private var attempt = UUID()
    /// How many attempts were begun (varies the replies from one attempt to the next).
    private var attempts = 0

    init(folder: URL) { self.folder = folder }

    /// Takes one turn; starting a new attempt when the last one ended is not measured.
    func turn(_ benchmark: Benchmark) throws {
        // Stopping the clock records a sample of its own, so it is stopped only to set up.
        let setUp = workspace == nil || (session?.isOver ?? true)
        if setUp { benchmark.stopMeasurement() }
        if workspace == nil {
            workspace = Workspace.load(LibraryLocator())
            scenario = ScenarioLibrary(files: ScenarioCorpus.sourceFiles(count: 1), catalog: .rubric).scenarios[0]
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            store = try ResultStore(path: folder.appendingPathComponent("results.sqlite").path)
        }
        guard let workspace, let scenario, let store else { return }
        if session?.isOver ?? true {
            var fresh = Session(scenario: scenario, grader: workspace.assessor, catalog: workspace.catalog)
            _ = fresh.start()
            session = fresh
            attempts += 1
            attempt = try store.begin(
                AttemptStart(rep: "Bench", scenario: scenario.id, contentHash: "bench", mode: .practice))
        }
        let reply = ReplyCorpus.reply(attempts * 40 + (session?.turns.count ?? 0)).text
        if setUp { benchmark.startMeasurement() }
        let events = session?.respond(reply)
        if let turns = session?.turns, let turn = turns.last {
            try store.record(turn, index: turns.count - 1, attempt: attempt)
        }
        blackHole(events)
    }
}
