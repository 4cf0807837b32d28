import Benchmark
import BenchData
import DefuseKit

/// Loading and validating 1,000 generated scenario files of 40 nodes each, as
/// `defuse validate DIR` does, from bytes already in memory.
func loadingBenchmarks() {
    let files = ScenarioCorpus.sourceFiles(count: 1000)
    Benchmark("load and validate 1000 scenarios (40 nodes)", configuration: .init(maxIterations: 10)) { _ in
        let library = ScenarioLibrary(files: files, catalog: .rubric)
        precondition(library.diagnostics.isEmpty, "generated scenarios must be valid")
        blackHole(library)
    }
}
