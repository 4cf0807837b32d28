import Foundation

/// `defuse report --format json`: one object with an `attempts` array.
///
/// Each entry carries the contract fields of `shared/spec/cli.md` (`rep`, `cohort`, `scenario`,
/// `mode`, `started`, `outcome`, `score`, `turns` as the number of recorded replies), plus `id`,
/// `title`, `contentHash`, `drill`, `ended`, `durationSeconds` and `replies` (one object per
/// recorded turn: `index`, `node`, `reply`, `choice`, `detected`, `evidence`, `met`, `missed`,
/// `violations`, `score` 0…1, `moodBefore`, `moodAfter`, `recorded`). Dates are ISO 8601 in UTC.
/// Absent values are `null`, never missing keys. Keys are sorted and the layout is the one
/// `JSONEncoder` writes with `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`, so the
/// output is stable.
///
/// The document is written attempt by attempt as bytes (``Writer``), so a report over a
/// million recorded replies streams out in bounded memory instead of being built whole.
public enum JSONReport {
    public static func render(_ attempts: [AttemptRecord], options: ReportOptions = ReportOptions()) -> String
    {
        var writer = Writer(options: options)
        var out: [UInt8] = []
        writer.begin(into: &out)
        for attempt in attempts { writer.append(attempt, into: &out) }
        writer.end(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes the document in pieces: ``begin(into:)``, one ``append(_:into:)`` per attempt,
    /// then ``end(into:)``. The caller flushes `out` whenever it likes.
    public struct Writer {
        let options: ReportOptions
        private var count = 0

        public init(options: ReportOptions = ReportOptions()) {
            self.options = options
        }

        public mutating func begin(into out: inout [UInt8]) {
            out += Array("{\n  \"attempts\" : [".utf8)
        }

        public mutating func end(into out: inout [UInt8]) {
            out += count == 0 ? Array("\n\n  ]\n}\n".utf8) : Array("\n  ]\n}\n".utf8)
        }

        /// One entry of `attempts` (keys in sorted order, as `JSONEncoder` sorts them).
        public mutating func append(_ attempt: AttemptRecord, into out: inout [UInt8]) {
            out += count == 0 ? Array("\n    {".utf8) : Array(",\n    {".utf8)
            count += 1
            var object = ObjectWriter(indent: 6)
            object.key("cohort", &out)
            Self.string(attempt.cohort, &out)
            object.key("contentHash", &out)
            Self.string(attempt.contentHash, &out)
            object.key("drill", &out)
            Self.string(attempt.drill, &out)
            object.key("durationSeconds", &out)
            Self.number((attempt.duration * 100).rounded() / 100, &out)
            object.key("ended", &out)
            if let ended = attempt.ended { Self.date(ended, &out) } else { out += Self.null }
            object.key("id", &out)
            out += String(attempt.id).utf8
            object.key("mode", &out)
            Self.string(attempt.mode.rawValue, &out)
            object.key("outcome", &out)
            Self.string(attempt.outcome, &out)
            object.key("rep", &out)
            Self.string(attempt.rep, &out)
            object.key("replies", &out)
            if attempt.turns.isEmpty {
                out += Array("[\n\n      ]".utf8)
            } else {
                out += Array("[".utf8)
                for (index, turn) in attempt.turns.enumerated() {
                    out += index == 0 ? Array("\n        {".utf8) : Array(",\n        {".utf8)
                    Self.reply(turn, &out)
                    out += Array("\n        }".utf8)
                }
                out += Array("\n      ]".utf8)
            }
            object.key("scenario", &out)
            Self.string(attempt.scenario, &out)
            object.key("score", &out)
            out += String(attempt.score).utf8
            object.key("started", &out)
            Self.date(attempt.started, &out)
            object.key("title", &out)
            Self.string(options.title(of: attempt.scenario), &out)
            object.key("turns", &out)
            out += String(attempt.turns.count).utf8
            out += Array("\n    }".utf8)
        }

        private static func reply(_ turn: TurnRecord, _ out: inout [UInt8]) {
            var object = ObjectWriter(indent: 10)
            object.key("choice", &out)
            if let choice = turn.choice { out += String(choice).utf8 } else { out += null }
            object.key("detected", &out)
            strings(turn.detected, indent: 10, &out)
            object.key("evidence", &out)
            let ids = turn.evidence.keys.sorted()
            if ids.isEmpty {
                out += Array("{\n\n          }".utf8)
            } else {
                var evidence = ObjectWriter(indent: 12)
                out += Array("{".utf8)
                for id in ids {
                    evidence.key(id, &out)
                    strings(turn.evidence[id] ?? [], indent: 12, &out)
                }
                out += Array("\n          }".utf8)
            }
            object.key("index", &out)
            out += String(turn.index).utf8
            object.key("met", &out)
            strings(turn.met, indent: 10, &out)
            object.key("missed", &out)
            strings(turn.missed, indent: 10, &out)
            object.key("moodAfter", &out)
            out += String(turn.moodAfter).utf8
            object.key("moodBefore", &out)
            out += String(turn.moodBefore).utf8
            object.key("node", &out)
            string(turn.node, &out)
            object.key("recorded", &out)
            date(turn.recorded, &out)
            object.key("reply", &out)
            string(turn.reply, &out)
            object.key("score", &out)
            number(turn.score, &out)
            object.key("violations", &out)
            strings(turn.violations, indent: 10, &out)
        }

        fileprivate static let null = Array("null".utf8)

        private static func date(_ date: Date, _ out: inout [UInt8]) {
            out.append(UInt8(ascii: "\""))
            ReportDates.appendISO8601(date, to: &out)
            out.append(UInt8(ascii: "\""))
        }

        /// A number as `JSONEncoder` writes it: the shortest form, without a trailing `.0`.
        private static func number(_ value: Double, _ out: inout [UInt8]) {
            guard value.isFinite else {
                out += null
                return
            }
            var text = value.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            out += text.utf8
        }

        /// An array of strings at `indent` (its items one level deeper).
        private static func strings(_ items: [String], indent: Int, _ out: inout [UInt8]) {
            out.append(UInt8(ascii: "["))
            if items.isEmpty {
                out += [0x0A, 0x0A]
            } else {
                for (index, item) in items.enumerated() {
                    if index > 0 { out.append(UInt8(ascii: ",")) }
                    out.append(0x0A)
                    out += repeatElement(UInt8(ascii: " "), count: indent + 2)
                    string(item, &out)
                }
                out.append(0x0A)
            }
            out += repeatElement(UInt8(ascii: " "), count: indent)
            out.append(UInt8(ascii: "]"))
        }

        fileprivate static func string(_ text: String?, _ out: inout [UInt8]) {
            guard let text else {
                out += null
                return
            }
            out.append(UInt8(ascii: "\""))
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
                case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
                case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
                case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                case 0..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    out += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")]
                    out += [hex[Int(byte >> 4)], hex[Int(byte & 15)]]
                default: out.append(byte)
                }
            }
            out.append(UInt8(ascii: "\""))
        }
    }

    /// The keys of one object: a comma before every key but the first, each on its own line.
    private struct ObjectWriter {
        let indent: Int
        var first = true

        mutating func key(_ name: String, _ out: inout [UInt8]) {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            out.append(0x0A)
            out += repeatElement(UInt8(ascii: " "), count: indent)
            Writer.string(name, &out)
            out += Array(" : ".utf8)
        }
    }
}
