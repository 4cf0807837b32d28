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
        // Embeds the shipped `Scenarios/` folder into DefuseKit at build time.
        .executableTarget(name: "EmbedLibraryTool"),
        // Test helper: writes into a results database from a separate process (not shipped).
        .executableTarget(name: "DefuseStoreProbe", dependencies: ["DefuseKit"]),
        .plugin(name: "EmbedLibrary", capability: .buildTool(), dependencies: ["EmbedLibraryTool"]),
        .testTarget(
            name: "DefuseKitTests", dependencies: ["DefuseKit", "DefuseStoreProbe"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "DefuseCLITests",
            dependencies: ["defuse", "DefuseKit", .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)
