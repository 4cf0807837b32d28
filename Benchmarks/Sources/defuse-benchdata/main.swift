import BenchData
import Foundation

/// `defuse-benchdata scenarios DIR [COUNT]` | `replies FILE [COUNT]` | `database FILE [TURNS]`:
/// writes the benchmarks' generated data to disk for `compare.sh`.
/// `defuse-benchdata turns DBFILE [COUNT]` times REPL turns and prints `p50 p99 max` in ms.
/// `defuse-benchdata report DBFILE FORMAT [loaded]` writes a report as `defuse report` does
/// (streamed), or with `loaded` as it did before streaming, to compare peak memory.
let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 2, let kind = arguments.first, let target = arguments.dropFirst().first else {
    FileHandle.standardError.write(Data("usage: defuse-benchdata scenarios|replies|database PATH [COUNT]\n".utf8))
    exit(64)
}
let count = arguments.count > 2 ? Int(arguments[arguments.startIndex + 2]) : nil
switch kind {
case "scenarios":
    try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
    for index in 0..<(count ?? 1000) {
        let (name, text) = ScenarioCorpus.file(index)
        try Data(text.utf8).write(to: URL(fileURLWithPath: target).appendingPathComponent(name))
    }
case "replies":
    var out = ""
    for index in 0..<(count ?? 100_000) { out += ReplyCorpus.jsonLine(index) + "\n" }
    try Data(out.utf8).write(to: URL(fileURLWithPath: target))
case "database":
    try TurnDatabase.write(path: target, turns: count ?? 1_000_000)
case "report":
    let rest = Array(arguments.dropFirst(2))
    guard let format = rest.first, ReportMemory.formats.contains(format) else {
        FileHandle.standardError.write(Data("usage: defuse-benchdata report DBFILE FORMAT [loaded]\n".utf8))
        exit(64)
    }
    try ReportMemory.write(format, database: target, streaming: rest.dropFirst().first != "loaded")
case "turns":
    let times = try TurnLatency.measure(
        turns: count ?? 2000, databasePath: target, workingDirectory: FileManager.default.currentDirectoryPath)
    let p50 = TurnLatency.percentile(times, 50)
    let p99 = TurnLatency.percentile(times, 99)
    print(String(format: "%.3f %.3f %.3f", p50, p99, times.max() ?? 0))
default:
    FileHandle.standardError.write(Data("unknown kind \(kind)\n".utf8))
    exit(64)
}
