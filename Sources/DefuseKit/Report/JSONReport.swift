import Foundation

/// `defuse report --format json`: one object with an `attempts` array.
///
/// Each entry carries the contract fields of `shared/spec/cli.md` (`rep`, `cohort`, `scenario`,
/// `mode`, `started`, `outcome`, `score`, `turns` as the number of recorded replies), plus `id`,
/// `title`, `contentHash`, `drill`, `ended`, `durationSeconds` and `replies` (one object per
/// recorded turn). Absent values are `null`, never missing keys. Keys are sorted, so the output
/// is stable.
public enum JSONReport {
    public struct Document: Encodable, Sendable {
        public var attempts: [Entry]
    }

    public struct Entry: Encodable, Sendable {
        public var id: Int64
        public var rep: String
        public var cohort: String?
        public var scenario: String
        public var title: String
        public var contentHash: String
        public var mode: AttemptMode
        public var drill: String?
        public var started: String
        public var ended: String?
        public var outcome: String
        public var score: Int
        public var turns: Int
        public var durationSeconds: Double
        public var replies: [Reply]

        enum CodingKeys: String, CodingKey {
            case id, rep, cohort, scenario, title, contentHash, mode, drill, started, ended, outcome, score,
                turns
            case durationSeconds, replies
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(rep, forKey: .rep)
            try c.encode(cohort, forKey: .cohort)
            try c.encode(scenario, forKey: .scenario)
            try c.encode(title, forKey: .title)
            try c.encode(contentHash, forKey: .contentHash)
            try c.encode(mode, forKey: .mode)
            try c.encode(drill, forKey: .drill)
            try c.encode(started, forKey: .started)
            try c.encode(ended, forKey: .ended)
            try c.encode(outcome, forKey: .outcome)
            try c.encode(score, forKey: .score)
            try c.encode(turns, forKey: .turns)
            try c.encode(durationSeconds, forKey: .durationSeconds)
            try c.encode(replies, forKey: .replies)
        }
    }

    public struct Reply: Encodable, Sendable {
        public var index: Int
        public var node: String
        public var reply: String
        public var choice: Int?
        public var detected: [String]
        public var evidence: [String: [String]]
        public var met: [String]
        public var missed: [String]
        public var violations: [String]
        public var score: Double
        public var moodBefore: Int
        public var moodAfter: Int
        public var recorded: String

        enum CodingKeys: String, CodingKey {
            case index, node, reply, choice, detected, evidence, met, missed, violations, score, moodBefore
            case moodAfter, recorded
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(index, forKey: .index)
            try c.encode(node, forKey: .node)
            try c.encode(reply, forKey: .reply)
            try c.encode(choice, forKey: .choice)
            try c.encode(detected, forKey: .detected)
            try c.encode(evidence, forKey: .evidence)
            try c.encode(met, forKey: .met)
            try c.encode(missed, forKey: .missed)
            try c.encode(violations, forKey: .violations)
            try c.encode(score, forKey: .score)
            try c.encode(moodBefore, forKey: .moodBefore)
            try c.encode(moodAfter, forKey: .moodAfter)
            try c.encode(recorded, forKey: .recorded)
        }
    }

    public static func document(_ attempts: [AttemptRecord], options: ReportOptions = ReportOptions())
        -> Document
    {
        Document(
            attempts: attempts.map { attempt in
                Entry(
                    id: attempt.id, rep: attempt.rep, cohort: attempt.cohort, scenario: attempt.scenario,
                    title: options.title(of: attempt.scenario), contentHash: attempt.contentHash,
                    mode: attempt.mode,
                    drill: attempt.drill, started: ReportDates.iso8601(attempt.started),
                    ended: attempt.ended.map(ReportDates.iso8601), outcome: attempt.outcome,
                    score: attempt.score,
                    turns: attempt.turns.count, durationSeconds: (attempt.duration * 100).rounded() / 100,
                    replies: attempt.turns.map { turn in
                        Reply(
                            index: turn.index, node: turn.node, reply: turn.reply, choice: turn.choice,
                            detected: turn.detected, evidence: turn.evidence, met: turn.met,
                            missed: turn.missed,
                            violations: turn.violations, score: turn.score, moodBefore: turn.moodBefore,
                            moodAfter: turn.moodAfter, recorded: ReportDates.iso8601(turn.recorded))
                    })
            })
    }

    public static func render(_ attempts: [AttemptRecord], options: ReportOptions = ReportOptions()) -> String
    {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding strings, numbers and arrays cannot fail.
        let data =
            (try? encoder.encode(document(attempts, options: options))) ?? Data("{\"attempts\":[]}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
