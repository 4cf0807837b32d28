// swift-tools-version: 6.1
import PackageDescription

/// Benchmarks for Defuse, kept out of the main package so that `swift build`, `swift test` and
/// CI never build them. Run with `cd Benchmarks && swift package benchmark`; `compare.sh` times
/// the release binaries against their targets.
let package = Package(
    name: "DefuseBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Defuse", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Deterministic generators: scenario files, replies, a results database.
        .target(
            name: "BenchData",
            dependencies: [
                .product(name: "DefuseKit", package: "Defuse"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // Writes the generated data to disk for `compare.sh`.
        .executableTarget(name: "defuse-benchdata", dependencies: ["BenchData"]),
        .executableTarget(
            name: "DefuseBenchmarks",
            dependencies: [
                "BenchData",
                .product(name: "DefuseKit", package: "Defuse"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/DefuseBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
