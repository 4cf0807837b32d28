import Foundation

/// `defuse report --format json`: one object with an `attempts` array.
///
/// Each entry carries the contract fields of `shared/spec/cli.md` (`id`, the attempt's UUID;
/// `rep`, `cohort`, `scenario`, `mode`, `started`, `outcome`, `score`, `turns` as the number of
/// recorded replies), plus `title`, `contentHash`, `drill`, `ended`, `durationSeconds` and `replies` (one object per
/// recorded turn: `index`, `node`, `reply`, `choice`, `detected`, `evidence`, `met`, `missed`,
/// `violations`, `avoided`, `score` 0…1, `moodBefore`, `moodAfter`, `recorded`). Dates are ISO
/// 8601 in UTC. `detected` keeps every id the grader found; `met`/`missed` are the techniques the
/// node expected and `violations` the ones it avoided (`avoided`) that the reply showed, the
/// only ones per-technique figures count.
///
/// Trainers' reviews (``TurnReview``): a reviewed reply has `reviewed: true`, `overrides` (the
/// trainer's verdicts, `{id: true|false}`) and `review` (`reviewer`, `date`, `note`, and the
/// grader's own `graderDetected` and `graderScore`); its `detected`, `met`, `missed`,
/// `violations` and `score` use the trainer's verdicts, and so does the attempt's `score`. Every
/// attempt has `reviewed` (any reply reviewed), `gradedScore` (the score the grader gave) and
/// `gradedOutcome` (the end kind the story reached: it differs from `outcome`, then `lost`, when
/// a trainer confirmed a compliance breach, see ``ReviewedBreach``), and `remark`: null, or for
/// an attempt whose story a trainer's verdicts take another way (``Remark``) `{turn, node,
/// ending, was, reviewedTurn, reviewer, reviewed, note}` (turns from 1; `ending` null when the
/// new way goes on at a node never played, `was` the ending played).
/// Every attempt has `breach`: whether the ending that counts is a line crossed (an end node
/// marked `breach: true`, or a trainer's confirmed compliance breach), which a drill with
/// `fail_on: [breach]` fails on; false for an abandoned attempt.
/// Unreviewed replies have `reviewed: false`, `overrides: {}` and `review: null`.
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
    ///
    /// Every fixed piece of text (keys with their indentation, brackets) is prepared once as
    /// bytes, and a string with nothing to escape is copied whole: a report writes a dozen keys
    /// and strings for each of up to a million recorded replies.
    public struct Writer {
        let options: ReportOptions
        private var count = 0

        public init(options: ReportOptions = ReportOptions()) {
            self.options = options
        }

        public mutating func begin(into out: inout [UInt8]) {
            out += Self.documentStart
        }

        public mutating func end(into out: inout [UInt8]) {
            out += count == 0 ? Self.emptyDocumentEnd : Self.documentEnd
        }

        /// Closes `attempts` and adds the `drills` array (see ``DrillReport``) after it.
        public mutating func end(into out: inout [UInt8], drills: [DrillRunRecord]) {
            out += Self.bytes(count == 0 ? "\n\n  ]" : "\n  ]")
            out += Self.bytes(DrillReport.jsonMember(drills) + "\n}\n")
        }

        private static let documentStart = bytes("{\n  \"attempts\" : [")
        private static let documentEnd = bytes("\n  ]\n}\n")
        private static let emptyDocumentEnd = bytes("\n\n  ]\n}\n")
        private static let firstAttempt = bytes("\n    {")
        private static let nextAttempt = bytes(",\n    {")
        private static let attemptEnd = bytes("\n    }")
        private static let firstReply = bytes("\n        {")
        private static let nextReply = bytes(",\n        {")
        private static let replyEnd = bytes("\n        }")
        private static let repliesStart = bytes("[")
        private static let repliesEnd = bytes("\n      ]")
        private static let noReplies = bytes("[\n\n      ]")
        fileprivate static let null = bytes("null")

        /// The keys of an attempt and of a reply, in sorted order, each with the comma (but the
        /// first), the new line and the indentation before it and ` : ` after it.
        private static let attemptKeys = keys(
            [
                "breach", "clearedAtCheck", "cohort", "contentHash", "drill", "durationSeconds", "ended",
                "gradedOutcome",
                "gradedScore",
                "id",
                "mode", "outcome", "remark", "rep", "replies", "reviewed", "scenario", "score", "scoreCap",
                "started", "title", "turns",
            ], indent: 6)
        private static let remarkKeys = keys(
            ["ending", "node", "note", "reviewed", "reviewedTurn", "reviewer", "turn", "was"], indent: 8)
        private static let remarkEnd = bytes("\n      }")
        private static let replyKeys = keys(
            [
                "avoided", "choice", "detected", "evidence", "index", "met", "missed", "moodAfter",
                "moodBefore", "node", "overrides", "recorded", "reply", "review", "reviewed", "score",
                "violations",
            ], indent: 10)
        private static let reviewKeys = keys(
            ["date", "graderDetected", "graderScore", "note", "reviewer"], indent: 12)
        private static let reviewEnd = bytes("\n          }")
        private static let trueValue = bytes("true")
        private static let falseValue = bytes("false")

        private static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

        private static func keys(_ names: [String], indent: Int) -> [[UInt8]] {
            names.enumerated().map { index, name in
                bytes(
                    (index == 0 ? "" : ",") + "\n" + String(repeating: " ", count: indent) + "\"\(name)\" : ")
            }
        }

        /// New line and indentation for the items of an array or object, by depth in spaces.
        private static let itemStarts: [[UInt8]] = (0...16).map {
            bytes("\n" + String(repeating: " ", count: $0))
        }

        /// One entry of `attempts` (keys in sorted order, as `JSONEncoder` sorts them).
        public mutating func append(_ attempt: AttemptRecord, into out: inout [UInt8]) {
            out += count == 0 ? Self.firstAttempt : Self.nextAttempt
            count += 1
            let keys = Self.attemptKeys
            out += keys[0]
            out += attempt.countedBreach ? Self.trueValue : Self.falseValue
            out += keys[1]
            Self.string(attempt.clearedAtCheckText, &out)
            out += keys[2]
            Self.string(attempt.cohort, &out)
            out += keys[3]
            Self.string(attempt.contentHash, &out)
            out += keys[4]
            Self.string(attempt.drill, &out)
            out += keys[5]
            Self.number((attempt.duration * 100).rounded() / 100, &out)
            out += keys[6]
            if let ended = attempt.ended { Self.date(ended, &out) } else { out += Self.null }
            out += keys[7]
            Self.string(attempt.gradedEnding?.rawValue ?? attempt.outcome, &out)
            out += keys[8]
            DecimalDigits.append(attempt.gradedScore ?? attempt.score, &out)
            out += keys[9]
            Self.string(AttemptID.text(attempt.id), &out)
            out += keys[10]
            Self.string(attempt.mode.rawValue, &out)
            out += keys[11]
            Self.string(attempt.outcome, &out)
            out += keys[12]
            if let remark = attempt.remark { Self.remark(remark, &out) } else { out += Self.null }
            out += keys[13]
            Self.string(attempt.rep, &out)
            out += keys[14]
            if attempt.turns.isEmpty {
                out += Self.noReplies
            } else {
                out += Self.repliesStart
                for index in attempt.turns.indices {
                    out += index == 0 ? Self.firstReply : Self.nextReply
                    Self.reply(attempt.turns[index], &out)
                    out += Self.replyEnd
                }
                out += Self.repliesEnd
            }
            out += keys[15]
            out += attempt.isReviewed ? Self.trueValue : Self.falseValue
            out += keys[16]
            Self.string(attempt.scenario, &out)
            out += keys[17]
            DecimalDigits.append(attempt.score, &out)
            out += keys[18]
            Self.string(attempt.scoreCapText, &out)
            out += keys[19]
            Self.date(attempt.started, &out)
            out += keys[20]
            Self.string(options.title(of: attempt.scenario), &out)
            out += keys[21]
            DecimalDigits.append(attempt.turns.count, &out)
            out += Self.attemptEnd
        }

        private static func reply(_ turn: TurnRecord, _ out: inout [UInt8]) {
            let keys = replyKeys
            out += keys[0]
            strings(turn.avoided, indent: 10, &out)
            out += keys[1]
            if let choice = turn.choice { DecimalDigits.append(choice, &out) } else { out += null }
            out += keys[2]
            strings(turn.detected, indent: 10, &out)
            out += keys[3]
            object(turn.evidence, indent: 10, &out) { strings($0, indent: 12, &$1) }
            out += keys[4]
            DecimalDigits.append(turn.index, &out)
            out += keys[5]
            strings(turn.met, indent: 10, &out)
            out += keys[6]
            strings(turn.missed, indent: 10, &out)
            out += keys[7]
            DecimalDigits.append(turn.moodAfter, &out)
            out += keys[8]
            DecimalDigits.append(turn.moodBefore, &out)
            out += keys[9]
            string(turn.node, &out)
            out += keys[10]
            object(turn.review?.overrides ?? [:], indent: 10, &out) { $1 += $0 ? trueValue : falseValue }
            out += keys[11]
            date(turn.recorded, &out)
            out += keys[12]
            string(turn.reply, &out)
            out += keys[13]
            if let review = turn.review {
                self.review(review, graded: turn.graded ?? turn.turn, &out)
            } else {
                out += null
            }
            out += keys[14]
            out += turn.review == nil ? falseValue : trueValue
            out += keys[15]
            number(turn.score, &out)
            out += keys[16]
            strings(turn.violations, indent: 10, &out)
        }

        /// The `remark` object of a re-marked attempt (``Remark``), at indent 6 (its keys at 8);
        /// turns count from 1.
        private static func remark(_ remark: Remark, _ out: inout [UInt8]) {
            out.append(UInt8(ascii: "{"))
            out += remarkKeys[0]
            string(remark.reroute.ending?.rawValue, &out)
            out += remarkKeys[1]
            string(remark.reroute.node, &out)
            out += remarkKeys[2]
            string(remark.note, &out)
            out += remarkKeys[3]
            date(remark.reviewed, &out)
            out += remarkKeys[4]
            DecimalDigits.append(remark.reviewTurn + 1, &out)
            out += remarkKeys[5]
            string(remark.reviewer, &out)
            out += remarkKeys[6]
            DecimalDigits.append(remark.reroute.turn + 1, &out)
            out += remarkKeys[7]
            string(remark.playedEnding?.rawValue, &out)
            out += remarkEnd
        }

        /// The `review` object of a reviewed reply, at indent 10 (its keys at 12).
        private static func review(_ review: TurnReview, graded: Turn, _ out: inout [UInt8]) {
            out.append(UInt8(ascii: "{"))
            out += reviewKeys[0]
            date(review.reviewed, &out)
            out += reviewKeys[1]
            strings(graded.detected, indent: 12, &out)
            out += reviewKeys[2]
            number(graded.score, &out)
            out += reviewKeys[3]
            string(review.note, &out)
            out += reviewKeys[4]
            string(review.reviewer, &out)
            out += reviewEnd
        }

        /// An object at `indent` (its members one level deeper), keys sorted, each value written
        /// by `value`.
        private static func object<Value>(
            _ members: [String: Value], indent: Int, _ out: inout [UInt8],
            value: (Value, inout [UInt8]) -> Void
        ) {
            out.append(UInt8(ascii: "{"))
            if members.isEmpty { out.append(0x0A) }
            for (index, member) in members.sorted(by: { $0.key < $1.key }).enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out += itemStarts[indent + 2]
                string(member.key, &out)
                out += [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")]
                value(member.value, &out)
            }
            out += itemStarts[indent]
            out.append(UInt8(ascii: "}"))
        }

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
            if items.isEmpty { out.append(0x0A) }
            for index in items.indices {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out += itemStarts[indent + 2]
                string(items[index], &out)
            }
            out += itemStarts[indent]
            out.append(UInt8(ascii: "]"))
        }

        fileprivate static func string(_ text: String?, _ out: inout [UInt8]) {
            guard let text else {
                out += null
                return
            }
            JSONString.append(text, to: &out)
        }
    }
}
