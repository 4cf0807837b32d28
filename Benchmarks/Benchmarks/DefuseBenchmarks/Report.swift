import Benchmark
import BenchData
import DefuseKit
import Foundation

/// `defuse report` over a database of one million recorded turns: reading the attempts and
/// rendering the table (the default) and JSON.
func reportBenchmarks() {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("defuse-bench-1m.sqlite").path
    let setup: @Sendable () async throws -> Void = {
        if !FileManager.default.fileExists(atPath: path) { try TurnDatabase.write(path: path, turns: 1_000_000) }
    }
    for format in [ReportFormat.table, .json] {
        Benchmark(
            "report 1M turns (\(format.rawValue))",
            configuration: .init(
                metrics: [.wallClock, .cpuTotal, .peakMemoryResident], maxDuration: .seconds(30), maxIterations: 3,
                setup: setup)
        ) { _ in
            let store = try ResultStore(path: path)
            blackHole(ReportRenderer.render(try store.attempts(), as: format))
        }
    }
}
