import Benchmark
import BenchData
import DefuseKit
import Foundation

/// The Defuse benchmarks: grading, library loading, one REPL turn, and reports.
/// Run with `cd Benchmarks && swift package benchmark`.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        maxDuration: .seconds(10), maxIterations: 20)
    gradingBenchmarks()
    loadingBenchmarks()
    turnBenchmarks()
    reportBenchmarks()
}
