import Foundation

@testable import DefuseKit

/// A fresh folder for one test's database; never shared between tests.
func temporaryDatabasePath(_ name: String = "results.sqlite") -> String {
    FileManager.default.temporaryDirectory
        .appending(path: "defuse-records-\(UUID().uuidString)/nested/\(name)").path
}

/// A graded turn, built the way a session builds one (`Turn`'s memberwise initialiser is
/// internal, hence `@testable`).
func sampleTurn(
    node: String = "opening", reply: String = "I'm sorry, I'll fix it", met: [String] = ["apology"],
    missed: [String] = ["ownership"], detected: [String]? = nil, violations: [String] = [],
    score: Double = 0.5, choice: Int? = nil, moodBefore: Int = 6, moodAfter: Int = 5, avoided: [String]? = nil
) -> Turn {
    Turn(
        node: node, reply: reply, choice: choice, detected: detected ?? (met + violations), met: met,
        missed: missed, violations: violations,
        evidence: Dictionary(uniqueKeysWithValues: met.map { ($0, ["\($0) words"]) }), score: score,
        moodBefore: moodBefore, moodAfter: moodAfter, branch: 0, avoided: avoided ?? violations)
}

func start(
    rep: String = "Ana", cohort: String? = "north", scenario: String = "wrong-tray",
    mode: AttemptMode = .drill,
    at started: Date = Date(timeIntervalSince1970: 1_790_000_000)
) -> AttemptStart {
    AttemptStart(
        rep: rep, cohort: cohort, scenario: scenario, contentHash: "00ff00ff00ff00ff", mode: mode,
        started: started)
}
