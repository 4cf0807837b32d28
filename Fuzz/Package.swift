// swift-tools-version: 6.1
import PackageDescription

/// libFuzzer targets for Defuse, kept out of the main package so that `swift build` and
/// `swift test` never build them. Build and run with `Fuzz/run.sh TARGET SECONDS`, which adds the
/// coverage instrumentation and links libFuzzer (see the script for why it is done that way).
let package = Package(
    name: "DefuseFuzz",
    dependencies: [.package(name: "Defuse", path: "..")],
    targets: [
        // Hands control to libFuzzer's driver from the executable's entry point.
        .target(name: "FuzzSupport"),
        // Scenario loading: arbitrary bytes as a scenario file.
        .executableTarget(
            name: "DefuseFuzzLoad",
            dependencies: ["FuzzSupport", .product(name: "DefuseKit", package: "Defuse")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        // Grading: arbitrary text as a client line and a reply.
        .executableTarget(
            name: "DefuseFuzzGrade",
            dependencies: ["FuzzSupport", .product(name: "DefuseKit", package: "Defuse")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
