import DefuseKit
import Foundation
import Testing

@Suite struct JSONReportTests {
    func entries(_ attempts: [AttemptRecord]) throws -> [[String: Any]] {
        let text = JSONReport.render(
            attempts, options: ReportOptions(titles: ["wrong-tray": "The wrong tray"]))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return try #require(object["attempts"] as? [[String: Any]])
    }

    @Test func everyEntryHasTheContractFields() throws {
        let list = try entries(ReportFixtures.mixed)
        #expect(list.count == 6)
        for entry in list {
            #expect(entry["rep"] is String)
            #expect(entry.keys.contains("cohort"))
            #expect(entry["scenario"] is String)
            #expect(["practice", "drill"].contains(entry["mode"] as? String))
            let started = try #require(entry["started"] as? String)
            #expect(ReportDates.parseSince(started) != nil)
            #expect(
                ["resolved", "exit", "lost", "escalated", "abandoned"].contains(entry["outcome"] as? String))
            let score = try #require(entry["score"] as? Int)
            #expect((0...100).contains(score))
            #expect(entry["turns"] as? Int == 1)
        }
    }

    @Test func valuesMatchTheRecords() throws {
        let list = try entries(ReportFixtures.mixed)
        let first = list[0]
        #expect(first["id"] as? String == "00000000-0000-4000-8000-000000000001")
        #expect(first["rep"] as? String == "Ana")
        #expect(first["cohort"] as? String == "north")
        #expect(first["title"] as? String == "The wrong tray")
        #expect(first["started"] as? String == "2026-09-21T14:13:20Z")
        #expect(first["ended"] as? String == "2026-09-21T14:14:55Z")
        #expect(first["score"] as? Int == 40)
        #expect(first["contentHash"] as? String == "abc123abc123abc1")
        let abandoned = list[4]
        #expect(abandoned["outcome"] as? String == "abandoned")
        #expect(abandoned["ended"] is NSNull)
        #expect(abandoned["score"] as? Int == 25)
        let reply = try #require((first["replies"] as? [[String: Any]])?.first)
        #expect(reply["reply"] as? String == "I'm sorry, I'll fix it")
        #expect(reply["evidence"] as? [String: [String]] == ["apology": ["apology words"]])
    }

    @Test func noAttemptsIsAnEmptyArray() throws {
        #expect(try entries([]).isEmpty)
    }

    /// A finished drill attempt and an abandoned one, written out by hand from the fixtures (keys
    /// sorted, two-space indent, dates in UTC to the second), so any change to the layout, a key
    /// or a value shows here.
    @Test func theOutputIsStable() {
        let attempts = [ReportFixtures.mixed[0], ReportFixtures.mixed[4]]
        let options = ReportOptions(titles: ["wrong-tray": "The wrong tray"])
        #expect(JSONReport.render(attempts, options: options) == Self.expected)
    }

    static let expected = """
        {
          "attempts" : [
            {
              "breach" : false,
              "clearedAtCheck" : null,
              "cohort" : "north",
              "contentHash" : "abc123abc123abc1",
              "drill" : "week-1",
              "durationSeconds" : 95.5,
              "ended" : "2026-09-21T14:14:55Z",
              "gradedOutcome" : "resolved",
              "gradedScore" : 40,
              "id" : "00000000-0000-4000-8000-000000000001",
              "mode" : "drill",
              "outcome" : "resolved",
              "remark" : null,
              "rep" : "Ana",
              "replies" : [
        \(reply(recorded: "2026-09-21T14:13:30Z", score: "0.5"))
              ],
              "reviewed" : false,
              "scenario" : "wrong-tray",
              "score" : 40,
              "scoreCap" : null,
              "started" : "2026-09-21T14:13:20Z",
              "title" : "The wrong tray",
              "turns" : 1
            },
            {
              "breach" : false,
              "clearedAtCheck" : null,
              "cohort" : "north",
              "contentHash" : "abc123abc123abc1",
              "drill" : "week-1",
              "durationSeconds" : 10,
              "ended" : null,
              "gradedOutcome" : "abandoned",
              "gradedScore" : 25,
              "id" : "00000000-0000-4000-8000-000000000005",
              "mode" : "drill",
              "outcome" : "abandoned",
              "remark" : null,
              "rep" : "Cy",
              "replies" : [
        \(reply(recorded: "2026-09-24T14:13:30Z", score: "0.25"))
              ],
              "reviewed" : false,
              "scenario" : "wrong-tray",
              "score" : 25,
              "scoreCap" : null,
              "started" : "2026-09-24T14:13:20Z",
              "title" : "The wrong tray",
              "turns" : 1
            }
          ]
        }

        """

    /// One reply of the expected document as written by hand (its place in the document's
    /// indentation included): the fixtures' replies differ only in when and how well.
    static func reply(recorded: String, score: String) -> String {
        """
                {
                  "avoided" : [

                  ],
                  "choice" : null,
                  "detected" : [
                    "apology"
                  ],
                  "evidence" : {
                    "apology" : [
                      "apology words"
                    ]
                  },
                  "index" : 0,
                  "met" : [
                    "apology"
                  ],
                  "missed" : [
                    "ownership"
                  ],
                  "moodAfter" : 5,
                  "moodBefore" : 6,
                  "node" : "opening",
                  "overrides" : {

                  },
                  "recorded" : "\(recorded)",
                  "reply" : "I'm sorry, I'll fix it",
                  "review" : null,
                  "reviewed" : false,
                  "score" : \(score),
                  "violations" : [

                  ]
                }
        """
    }
}

/// The streamed writer against `JSONEncoder`, which the report used before it streamed: the
/// same bytes for the same attempts, hostile text, empty lists and absent values included.
@Suite struct JSONReportLayoutTests {
    @Test func streamedOutputIsWhatJSONEncoderWrites() throws {
        let options = ReportOptions(titles: ["wrong-tray": "The wrong tray"])
        var attempts = ReportFixtures.mixed + [ReportFixtures.hostileAttempt]
        attempts.append(ReportFixtures.attempt(8, rep: "Dee", cohort: nil, ending: nil, turns: []))
        var choice = ReportFixtures.attempt(9, rep: "Flo", mode: .practice, seconds: 1.0 / 3)
        choice.turns[0].choice = 2
        choice.turns[0].score = 2.0 / 3
        choice.turns[0].evidence = ["thanks": ["ta", "cheers \"mate\""], "apology": [], "a-2": ["x\ty"]]
        choice.turns[0].recorded = Date(timeIntervalSince1970: 1_790_000_000.999)
        attempts.append(choice)
        var large = ReportFixtures.attempt(12_345_678_901, rep: "Gus", turns: [sampleTurn(score: 0)])
        large.turns[0].moodAfter = -3
        large.turns[0].moodBefore = 0
        attempts.append(large)
        var reviewed = ReportFixtures.attempt(13, rep: "Hal", turns: [sampleTurn(), sampleTurn(score: 0)])
        reviewed = reviewed.applying(
            [
                0: TurnReview(reviewer: "Kim", reviewed: Date(timeIntervalSince1970: 1_790_000_100)),
                1: TurnReview(reviewer: "Lou \"L\"", reviewed: Date(timeIntervalSince1970: 1_790_000_200))
                    .setting(
                        "apology", present: false, by: "Lou", at: Date(timeIntervalSince1970: 1_790_000_201)
                    )
                    .setting(
                        "thanks", present: true, by: "Lou", at: Date(timeIntervalSince1970: 1_790_000_202)
                    )
                    .noting("too \\ short", by: "Lou", at: Date(timeIntervalSince1970: 1_790_000_203)),
            ])
        attempts.append(reviewed)
        // Re-marked by a trainer: a way on never played, and one that ends at once.
        for (number, ending) in [(14, nil), (15, Ending.resolved)] as [(Int, Ending?)] {
            let reroute = Reroute(turn: 0, node: "plan \"b\"", ending: ending, contentHash: "h")
            let review = TurnReview(
                reviewer: "Kim", reviewed: Date(timeIntervalSince1970: 1_790_000_300), reroute: reroute
            ).setting("apology", present: false, by: "Kim", at: Date(timeIntervalSince1970: 1_790_000_300))
            let remarked = ReportFixtures.attempt(number, rep: "Ivy", ending: .lost).applying([0: review])
            #expect(remarked.remark?.reroute == reroute)
            attempts.append(remarked)
        }
        for list in [attempts, [], Array(attempts.prefix(1))] {
            #expect(JSONReport.render(list, options: options) == ReferenceJSON.render(list, options: options))
        }
    }

    @Test func datesAreWhatISO8601FormatStyleWrites() {
        let style = Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC") ?? .gmt)
        var generator = SystemRandomNumberGenerator()
        var seconds: [Double] = [0, 59.999, 86_399.5, 951_782_400, 4_107_542_399, -86_400, -1]
        for _ in 0..<2000 { seconds.append(Double.random(in: -2e9...4e9, using: &generator)) }
        for value in seconds {
            let date = Date(timeIntervalSince1970: value)
            #expect(ReportDates.iso8601(date) == date.formatted(style), "\(value)")
        }
    }
}

/// The report's layout as `JSONEncoder` writes it (the implementation before streaming).
private enum ReferenceJSON {
    static func render(_ attempts: [AttemptRecord], options: ReportOptions) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(
                date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC") ?? .gmt)))
        }
        let document = Document(
            attempts: attempts.map { Entry(attempt: $0, title: options.title(of: $0.scenario)) })
        let data = (try? encoder.encode(document)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct Document: Encodable {
        var attempts: [Entry]
    }

    struct Entry: Encodable {
        var attempt: AttemptRecord
        var title: String

        enum Keys: String, CodingKey {
            case id, rep, cohort, scenario, title, contentHash, mode, drill, started, ended, outcome, score
            case turns, durationSeconds, replies, reviewed, gradedScore, gradedOutcome, remark, breach
            case clearedAtCheck, scoreCap
        }

        struct Remark: Encodable {
            var remark: DefuseKit.Remark

            enum Keys: String, CodingKey {
                case turn, node, ending, was, reviewedTurn, reviewer, reviewed, note
            }

            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: Keys.self)
                try c.encode(remark.reroute.turn + 1, forKey: .turn)
                try c.encode(remark.reroute.node, forKey: .node)
                try c.encode(remark.reroute.ending?.rawValue, forKey: .ending)
                try c.encode(remark.playedEnding?.rawValue, forKey: .was)
                try c.encode(remark.reviewTurn + 1, forKey: .reviewedTurn)
                try c.encode(remark.reviewer, forKey: .reviewer)
                try c.encode(remark.reviewed, forKey: .reviewed)
                try c.encode(remark.note, forKey: .note)
            }
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(attempt.id.uuidString.lowercased(), forKey: .id)
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
            try c.encode(attempt.isReviewed, forKey: .reviewed)
            try c.encode(attempt.gradedScore ?? attempt.score, forKey: .gradedScore)
            try c.encode(attempt.gradedEnding?.rawValue ?? attempt.outcome, forKey: .gradedOutcome)
            try c.encode(attempt.remark.map(Remark.init), forKey: .remark)
            try c.encode(attempt.countedBreach, forKey: .breach)
            try c.encode(attempt.clearedAtCheckText, forKey: .clearedAtCheck)
            try c.encode(attempt.scoreCapText, forKey: .scoreCap)
        }
    }

    struct Reply: Encodable {
        var turn: TurnRecord

        enum Keys: String, CodingKey {
            case index, node, reply, choice, detected, evidence, met, missed, violations, score, moodBefore
            case moodAfter, recorded, overrides, reviewed, review, avoided
        }

        struct Review: Encodable {
            var reviewer: String
            var date: Date
            var note: String?
            var graderDetected: [String]
            var graderScore: Double

            enum CodingKeys: String, CodingKey { case reviewer, date, note, graderDetected, graderScore }

            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(reviewer, forKey: .reviewer)
                try c.encode(date, forKey: .date)
                try c.encode(note, forKey: .note)
                try c.encode(graderDetected, forKey: .graderDetected)
                try c.encode(graderScore, forKey: .graderScore)
            }
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
            try c.encode(turn.avoided, forKey: .avoided)
            try c.encode(turn.score, forKey: .score)
            try c.encode(turn.moodBefore, forKey: .moodBefore)
            try c.encode(turn.moodAfter, forKey: .moodAfter)
            try c.encode(turn.recorded, forKey: .recorded)
            try c.encode(turn.review?.overrides ?? [:], forKey: .overrides)
            try c.encode(turn.review != nil, forKey: .reviewed)
            let graded = turn.graded ?? turn.turn
            try c.encode(
                turn.review.map {
                    Review(
                        reviewer: $0.reviewer, date: $0.reviewed, note: $0.note,
                        graderDetected: graded.detected,
                        graderScore: graded.score)
                }, forKey: .review)
        }
    }
}
