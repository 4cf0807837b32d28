// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Defuse",
    products: [
        .executable(name: "defuse", targets: ["defuse"]),
        .library(name: "DefuseKit", targets: ["DefuseKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "5.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.25.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.3"),
    ],
    targets: [
        // GNU readline, used only by the executable's REPL.
        .systemLibrary(
            name: "CReadline",
            pkgConfig: "readline",
            providers: [.apt(["libreadline-dev"])]
        ),
        // Loading, validation, grading, sessions, records and reports. No terminal code.
        .target(
            name: "DefuseKit",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            plugins: ["EmbedLibrary"]
        ),
        // The command-line front end. No YAML, no SQL.
        .executableTarget(
            name: "defuse",
            dependencies: [
                "DefuseKit",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Rebuilds and measures the grader's learned layer from labelled replies (not shipped to reps).
        .executableTarget(
            name: "defuse-train",
            dependencies: ["DefuseKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // Embeds the shipped `Scenarios/` folder into DefuseKit at build time.
        .executableTarget(name: "EmbedLibraryTool"),
        // Test helper: writes into a results database from a separate process (not shipped).
        .executableTarget(name: "DefuseStoreProbe", dependencies: ["DefuseKit"]),
        .plugin(name: "EmbedLibrary", capability: .buildTool(), dependencies: ["EmbedLibraryTool"]),
        // Test helper: a throwaway PostgreSQL cluster for the store's tests (not shipped).
        .target(name: "PostgresTestServer", path: "Tests/PostgresTestServer"),
        .testTarget(
            name: "DefuseKitTests", dependencies: ["DefuseKit", "DefuseStoreProbe", "PostgresTestServer"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "DefuseCLITests",
            dependencies: [
                "defuse", "DefuseKit", "PostgresTestServer", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
