import Benchmark
import BenchData
import DefuseKit
import Foundation

/// One REPL turn: grade a reply, take the branch, and commit the turn to the results database
/// (`Session.respond` + `ResultStore.record`), the way `defuse play` records every reply.
func turnBenchmarks() {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("defuse-bench-turn-\(getpid())")
    Benchmark(
        "REPL turn (respond + record)",
        configuration: .init(
            metrics: [.wallClock, .cpuTotal, .mallocCountTotal], maxDuration: .seconds(10), maxIterations: 2000)
    ) { benchmark in
        let workspace = Workspace.load(LibraryLocator())
        let scenario = ScenarioLibrary(files: ScenarioCorpus.sourceFiles(count: 1), catalog: .rubric).scenarios[0]
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try ResultStore(path: folder.appendingPathComponent("results.sqlite").path)
        var session = Session(scenario: scenario, grader: workspace.assessor, catalog: workspace.catalog)
        var attempt = try store.begin(AttemptStart(rep: "Bench", scenario: scenario.id, contentHash: "x", mode: .practice))
        _ = session.start()
        var index = 0
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            if session.isOver {
                benchmark.stopMeasurement()
                session = Session(scenario: scenario, grader: workspace.assessor, catalog: workspace.catalog)
                _ = session.start()
                attempt = try store.begin(
                    AttemptStart(rep: "Bench", scenario: scenario.id, contentHash: "x", mode: .practice))
                index = 0
                benchmark.startMeasurement()
            }
            let events = session.respond(ReplyCorpus.reply(index).text)
            if let turn = session.turns.last, index < session.turns.count {
                try store.record(turn, index: index, attempt: attempt)
                index += 1
            }
            blackHole(events)
        }
    }
}
