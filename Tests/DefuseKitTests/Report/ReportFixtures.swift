import DefuseKit
import Foundation

/// Attempts for report tests, built without a database.
enum ReportFixtures {
    static let t0 = Date(timeIntervalSince1970: 1_790_000_000)  // 2026-09-21T14:13:20Z

    static func attempt(
        _ number: Int, rep: String, cohort: String? = "north", scenario: String = "wrong-tray",
        mode: AttemptMode = .drill,
        day: Double = 0, ending: Ending? = .resolved, score: Int? = nil, turns: [Turn] = [sampleTurn()],
        seconds: Double = 95.5
    ) -> AttemptRecord {
        let started = t0.addingTimeInterval(day * 86_400)
        let records = turns.enumerated().map { index, turn in
            TurnRecord(turn, index: index, recorded: started.addingTimeInterval(Double(index + 1) * 10))
        }
        return AttemptRecord(
            id: uuid(number), rep: rep, cohort: cohort, scenario: scenario, contentHash: "abc123abc123abc1",
            mode: mode,
            drill: mode == .drill ? "week-1" : nil, started: started,
            ended: ending == nil ? nil : started.addingTimeInterval(seconds), ending: ending,
            finalScore: ending == nil
                ? nil : score ?? Scoring.scenarioScore(turns.map(\.score), ending: ending),
            turns: records)
    }

    /// Two cohorts, three reps, a practice run and an abandoned attempt.
    static var mixed: [AttemptRecord] {
        [
            attempt(1, rep: "Ana", day: 0, score: 40),
            attempt(2, rep: "Ana", day: 1, score: 60),
            attempt(3, rep: "Ana", day: 2, score: 90),
            attempt(4, rep: "Ben", cohort: "south", scenario: "late-delivery", day: 1, score: 75),
            attempt(5, rep: "Cy", day: 3, ending: nil, turns: [sampleTurn(score: 0.25)]),
            attempt(6, rep: "Cy", mode: .practice, day: 4, ending: .lost, score: 20),
        ]
    }

    /// A fixed UUID that shows `number` in its last digits.
    static func uuid(_ number: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", number)) ?? UUID()
    }

    static let hostile = "<script>alert('x')</script> \"quoted\" & \u{1B}[2J\u{1B}]0;pwned\u{07}"

    /// An attempt with hostile text everywhere a user can put some.
    static var hostileAttempt: AttemptRecord {
        attempt(
            7, rep: "Eve \(hostile)", cohort: "c \(hostile)", scenario: "s-<b>x</b>",
            turns: [sampleTurn(node: "n<i>", reply: "reply \(hostile)")])
    }
}
