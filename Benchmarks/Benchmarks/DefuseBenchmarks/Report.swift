import Benchmark
import BenchData
import DefuseKit
import Foundation

/// `defuse report` over a database of one million recorded turns, as the command does it: the
/// table counted while streaming the turns (`ResultStore.summary`), JSON streamed attempt by
/// attempt (`ResultStore.forEachAttempt` into `JSONReport.Writer`, flushed every megabyte).
func reportBenchmarks() {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("defuse-bench-1m.sqlite").path
    let setup: @Sendable () async throws -> Void = {
        if !FileManager.default.fileExists(atPath: path) { try TurnDatabase.write(path: path, turns: 1_000_000) }
    }
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident], maxDuration: .seconds(30), maxIterations: 3,
        setup: setup)
    Benchmark("report 1M turns (table)", configuration: configuration) { _ in
        let store = try ResultStore(path: path)
        blackHole(TableReport.render(try store.summary()))
    }
    Benchmark("report 1M turns (json)", configuration: configuration) { _ in
        let store = try ResultStore(path: path)
        var writer = JSONReport.Writer()
        var out: [UInt8] = []
        var written = 0
        writer.begin(into: &out)
        try store.forEachAttempt(detail: .full) { attempt in
            writer.append(attempt, into: &out)
            if out.count >= 1 << 20 {
                written += out.count
                out.removeAll(keepingCapacity: true)
            }
        }
        writer.end(into: &out)
        blackHole(written + out.count)
    }
}
