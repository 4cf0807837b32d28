import DefuseKit
import Foundation

/// Times REPL turns one by one, the way `defuse play` takes them: `Session.respond` (grade and
/// branch) then `ResultStore.record` (one committed transaction), on a generated 40-node
/// scenario, with the workspace's real assessor and a results database on disk.
public enum TurnLatency {
    /// Milliseconds per turn, in the order taken.
    public static func measure(turns: Int, databasePath: String, workingDirectory: String) throws -> [Double] {
        let workspace = Workspace.load(LibraryLocator(workingDirectory: workingDirectory))
        let scenario = ScenarioLibrary(files: ScenarioCorpus.sourceFiles(count: 1), catalog: .rubric).scenarios[0]
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: databasePath + suffix) }
        let store = try ResultStore(path: databasePath)
        var session = Session(scenario: scenario, grader: workspace.assessor, catalog: workspace.catalog)
        var attempt = UUID()
        var times: [Double] = []
        times.reserveCapacity(turns)
        for index in 0..<turns {
            if session.isOver || index == 0 {
                session = Session(scenario: scenario, grader: workspace.assessor, catalog: workspace.catalog)
                _ = session.start()
                attempt = try store.begin(
                    AttemptStart(rep: "Bench", scenario: scenario.id, contentHash: "bench", mode: .practice))
            }
            let reply = ReplyCorpus.reply(index).text
            let start = ContinuousClock.now
            _ = session.respond(reply)
            if let turn = session.turns.last {
                try store.record(turn, index: session.turns.count - 1, attempt: attempt)
            }
            let elapsed = ContinuousClock.now - start
            times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
        }
        return times
    }

    /// The `p`-th percentile (0…100) of `values`.
    public static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p / 100 * Double(sorted.count - 1)).rounded(.up))
        return sorted[min(sorted.count - 1, rank)]
    }
}
