import Benchmark
import BenchData
import DefuseKit

/// Grading 100,000 replies with the workspace's assessor, as `grade --jsonl` does.
func gradingBenchmarks() {
    let replies = (0..<100_000).map(ReplyCorpus.reply)
    Benchmark("grade 100k replies", configuration: .init(maxIterations: 5)) { benchmark in
        let assessor = Workspace.load(LibraryLocator()).assessor
        benchmark.startMeasurement()
        var detected = 0
        for (text, client) in replies {
            detected &+= assessor.assess(text, client: client).detected.count
        }
        blackHole(detected)
    }
}
