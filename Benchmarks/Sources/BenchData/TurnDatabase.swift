import DefuseKit
import Foundation
import GRDB

/// Writes a deterministic results database of many recorded turns, for the report benchmark.
///
/// The schema comes from ``ResultStore`` itself (opening the store runs its migrations); the
/// rows are then inserted in one transaction with plain SQL, which takes seconds where one
/// `ResultStore.record` transaction per turn would take many minutes. Attempts have ten turns,
/// 50 reps in 5 cohorts play the 10 shipped scenarios, and one attempt in eight is abandoned.
public enum TurnDatabase {
    static let scenarios = [
        "angry-surgeon", "bias-client", "fold-prospect", "incident-report", "key-account", "missed-appointment",
        "oncologist-data", "scope-creep", "toxic-client", "wrong-tray",
    ]
    static let techniques = [
        "acknowledge-dont-agree", "apology", "ownership", "prevention", "thanks", "respectful-challenge",
        "boundary-setting", "graceful-exit", "decisive-action",
    ]
    static let violations = ["blame-shifting", "argues-back", "minimizing", "capitulates"]

    /// Creates (or replaces) the database at `path` with `turns` turns, ten per attempt.
    public static func write(path: String, turns: Int) throws {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        _ = try ResultStore(path: path)
        var configuration = Configuration()
        configuration.journalMode = .wal
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        let perAttempt = 10
        let start = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01
        try queue.write { db in
            let attempt = try db.makeStatement(
                sql: """
                    INSERT INTO attempt (id, uuid, rep, cohort, scenario, contentHash, mode, drill, started, ended, outcome, score)
                    VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)
                    """)
            let turn = try db.makeStatement(
                sql: """
                    INSERT INTO turn (attemptId, "index", node, reply, choice, detected, evidence, met, missed,
                        violations, score, moodBefore, moodAfter, branch, recorded)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            var rng = SplitMix(seed: 42)
            let attempts = (turns + perAttempt - 1) / perAttempt
            for a in 0..<attempts {
                let id = Int64(a + 1)
                let rep = a % 50
                let started = start.addingTimeInterval(Double(a) * 300)
                let abandoned = a % 8 == 7
                let ending = ["resolved", "lost", "escalated"][rng.next(3)]
                try attempt.execute(arguments: [
                    id, String(format: "00000000-0000-4000-8000-%012x", a), "Rep \(rep)", "cohort-\(rep % 5)", scenarios[a % scenarios.count], "hash\(a % 10)",
                    a % 3 == 0 ? "drill" : "practice", started,
                    abandoned ? nil : started.addingTimeInterval(600), abandoned ? nil : ending,
                    abandoned ? nil : rng.next(101),
                ])
                let count = min(perAttempt, turns - a * perAttempt)
                for t in 0..<count {
                    let expected = techniques[rng.next(techniques.count)]
                    let met = rng.next(2) == 0
                    let violation = rng.next(6) == 0 ? violations[rng.next(violations.count)] : nil
                    var detected = met ? [expected] : []
                    if rng.next(3) == 0 { detected.append(techniques[rng.next(techniques.count)]) }
                    if let violation { detected.append(violation) }
                    let choice = t == 5 ? 1 : nil
                    let evidence = detected.map { "\"\($0)\":[\"words for \($0)\"]" }.joined(separator: ",")
                    try turn.execute(arguments: [
                        id, t, "node-\(t)", ReplyCorpus.reply(a * perAttempt + t).text, choice,
                        json(detected), "{\(evidence)}", json(met ? [expected] : []), json(met ? [] : [expected]),
                        json(violation.map { [$0] } ?? []), Double(rng.next(101)) / 100, 5, 5 + rng.next(3) - 1,
                        0, started.addingTimeInterval(Double(t) * 30),
                    ])
                }
            }
        }
    }

    static func json(_ ids: [String]) -> String { "[" + ids.map { "\"\($0)\"" }.joined(separator: ",") + "]" }
}
