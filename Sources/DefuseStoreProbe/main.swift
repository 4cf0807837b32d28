// A test helper, not shipped: plays the part of a `defuse play` process writing into the results
// database, so tests can kill it mid-attempt or run several at once.
//
//     DefuseStoreProbe DB REP TURNS finish|hang
//
// Begins an attempt for REP, records TURNS replies (one transaction each, printing
// `recorded N` after each commit), then either finishes the attempt (`resolved`) and exits, or
// prints `waiting` and sleeps until it is killed.
import DefuseKit
import Foundation

func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

let arguments = CommandLine.arguments
guard arguments.count == 5, let count = Int(arguments[3]), ["finish", "hang"].contains(arguments[4]) else {
    FileHandle.standardError.write(Data("usage: DefuseStoreProbe DB REP TURNS finish|hang\n".utf8))
    exit(64)
}
let (path, rep, mode) = (arguments[1], arguments[2], arguments[4])

func turn(_ index: Int) throws -> Turn {
    let object: [String: Any] = [
        "node": "node-\(index)", "reply": "\(rep) reply \(index)", "detected": ["apology"],
        "met": ["apology"], "missed": ["ownership"], "violations": [String](),
        "evidence": ["apology": ["sorry"]], "score": 0.5, "moodBefore": 5, "moodAfter": 4, "branch": 0,
    ]
    return try JSONDecoder().decode(Turn.self, from: JSONSerialization.data(withJSONObject: object))
}

do {
    let store = try ResultStore(path: path)
    let attempt = try store.begin(
        AttemptStart(
            rep: rep, cohort: "probes", scenario: "probe", contentHash: "0123456789abcdef", mode: .drill))
    say("attempt \(attempt)")
    for index in 0..<count {
        try store.record(turn(index), index: index, attempt: attempt)
        say("recorded \(index)")
    }
    if mode == "finish" {
        try store.finish(attempt: attempt, outcome: .resolved, score: 50, ended: Date())
        say("finished")
    } else {
        say("waiting")
        while true { sleep(60) }
    }
} catch let error as StoreError {
    FileHandle.standardError.write(Data("probe: \(error.message)\n".utf8))
    exit(error.isBadData ? 65 : 74)
} catch {
    FileHandle.standardError.write(Data("probe: \(error)\n".utf8))
    exit(70)
}
