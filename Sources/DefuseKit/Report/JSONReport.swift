import Foundation

/// `defuse report --format json`: one object with an `attempts` array.
///
/// Each entry carries the contract fields of `shared/spec/cli.md` (`rep`, `cohort`, `scenario`,
/// `mode`, `started`, `outcome`, `score`, `turns` as the number of recorded replies), plus `id`,
/// `title`, `contentHash`, `drill`, `ended`, `durationSeconds` and `replies` (one object per
/// recorded turn: `index`, `node`, `reply`, `choice`, `detected`, `evidence`, `met`, `missed`,
/// `violations`, `score` 0…1, `moodBefore`, `moodAfter`, `recorded`). Dates are ISO 8601 in UTC.
/// Absent values are `null`, never missing keys. Keys are sorted, so the output is stable.
public enum JSONReport {
    public static func render(_ attempts: [AttemptRecord], options: ReportOptions = ReportOptions()) -> String
    {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ReportDates.iso8601(date))
        }
        let document = Document(
            attempts: attempts.map { Entry(attempt: $0, title: options.title(of: $0.scenario)) })
        // Strings, numbers, dates and arrays always encode.
        let data = (try? encoder.encode(document)) ?? Data("{\"attempts\":[]}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct Document: Encodable {
        var attempts: [Entry]
    }

    private struct Entry: Encodable {
        var attempt: AttemptRecord
        var title: String

        enum Keys: String, CodingKey {
            case id, rep, cohort, scenario, title, contentHash, mode, drill, started, ended, outcome, score
            case turns, durationSeconds, replies
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(attempt.id, forKey: .id)
            try c.encode(attempt.rep, forKey: .rep)
            try c.encode(attempt.cohort, forKey: .cohort)
            try c.encode(attempt.scenario, forKey: .scenario)
            try c.encode(title, forKey: .title)
            try c.encode(attempt.contentHash, forKey: .contentHash)
            try c.encode(attempt.mode, forKey: .mode)
            try c.encode(attempt.drill, forKey: .drill)
            try c.encode(attempt.started, forKey: .started)
            try c.encode(attempt.ended, forKey: .ended)
            try c.encode(attempt.outcome, forKey: .outcome)
            try c.encode(attempt.score, forKey: .score)
            try c.encode(attempt.turns.count, forKey: .turns)
            try c.encode((attempt.duration * 100).rounded() / 100, forKey: .durationSeconds)
            try c.encode(attempt.turns.map(Reply.init), forKey: .replies)
        }
    }

    private struct Reply: Encodable {
        var turn: TurnRecord

        enum Keys: String, CodingKey {
            case index, node, reply, choice, detected, evidence, met, missed, violations, score, moodBefore
            case moodAfter, recorded
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(turn.index, forKey: .index)
            try c.encode(turn.node, forKey: .node)
            try c.encode(turn.reply, forKey: .reply)
            try c.encode(turn.choice, forKey: .choice)
            try c.encode(turn.detected, forKey: .detected)
            try c.encode(turn.evidence, forKey: .evidence)
            try c.encode(turn.met, forKey: .met)
            try c.encode(turn.missed, forKey: .missed)
            try c.encode(turn.violations, forKey: .violations)
            try c.encode(turn.score, forKey: .score)
            try c.encode(turn.moodBefore, forKey: .moodBefore)
            try c.encode(turn.moodAfter, forKey: .moodAfter)
            try c.encode(turn.recorded, forKey: .recorded)
        }
    }
}
