import Foundation
import GRDB
import Testing

@testable import DefuseKit

/// Evidence carries where its words stand in the reply (``Evidence/span``), from the grader's
/// board to the recorded turn, the rep's transcript and the HTML report, so that words said twice
/// ("not sorry … sorry") are quoted and marked where the verdict read them; results files from
/// before the spans were kept still open, their evidence quoted as before.
@Suite struct EvidenceSpanTests {
    /// The apology is the second "sorry": the first is negated.
    static let reply = "I'm not sorry for the rules, but I am sorry we let you down."
    /// The UTF-8 offsets of each "sorry" in the reply.
    static var sorries: [Range<Int>] {
        let bytes = Array(reply.utf8)
        let word = Array("sorry".utf8)
        return (0...(bytes.count - word.count)).filter { bytes[$0..<($0 + word.count)].elementsEqual(word) }
            .map {
                $0..<($0 + word.count)
            }
    }
    static var second: Range<Int> { sorries[1] }

    @Test func theGraderSaysWhichSorryItRead() throws {
        let assessment = shippedGrader.assess(Self.reply, client: nil)
        #expect(assessment.evidence["apology"] == ["sorry"])
        #expect(assessment.spans["apology"] == [Self.second])
        let quote = try #require(assessment.quotes["apology"]?.first)
        #expect(quote.contains("I am sorry we let you down"), "\(quote)")
        #expect(!quote.contains("not sorry"), "\(quote)")
    }

    /// Every piece of evidence of every verdict the grader gives on two labelled sets' replies
    /// says where it stands, and the reply's bytes there are its words: pattern matches, the
    /// interaction rules and the learned layer alike.
    @Test func everyPieceOfEvidenceSaysWhereItStands() throws {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { root.deleteLastPathComponent() }
        let text = try ["dev", "set-A"].map {
            try String(contentsOf: root.appending(path: "Training/learned/\($0).jsonl"), encoding: .utf8)
        }.joined(separator: "\n")
        var pieces = 0
        var misplaced: [String] = []
        for line in text.split(separator: "\n") {
            let item = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let reply = item["text"] as? String ?? ""
            let bytes = Array(reply.utf8)
            for verdict in shippedGrader.grade(reply, client: item["client"] as? String).all
            where verdict.present {
                for evidence in verdict.evidence {
                    pieces += 1
                    guard let span = evidence.span, span.upperBound <= bytes.count,
                        String(decoding: bytes[span], as: UTF8.self) == evidence.words
                    else {
                        misplaced.append("\(verdict.id): \(evidence.words) (\(evidence.rule ?? "?"))")
                        continue
                    }
                }
            }
        }
        #expect(pieces > 1000)
        #expect(misplaced.isEmpty, "\(misplaced.count) of \(pieces): \(misplaced.prefix(10))")
    }

    @Test func aQuoteWidensAroundItsSpanNotTheFirstPlaceTheWordsOccur() {
        let quoter = EvidenceQuote(shippedGrader.tokenizer.tokenize(Self.reply))
        #expect(quoter.quote("sorry").hasPrefix("I'm not sorry"))
        #expect(!quoter.quote("sorry", at: Self.second).contains("not sorry"))
        // Two pieces of the same words at two places give two quotes, not one.
        #expect(Self.sorries.count == 2)
        let both = quoter.quotes(["sorry", "sorry"], spans: Self.sorries)
        #expect(both.count == 2, "\(both)")
    }

    @Test func evidenceSaidTwiceWithoutASpanHasNoPlace() {
        let text = shippedGrader.tokenizer.tokenize(Self.reply)
        #expect(Grader.span(of: Evidence(words: "sorry", rule: nil), in: text) == nil)
        #expect(Grader.span(of: Evidence(words: "the rules", rule: nil), in: text) != nil)
        #expect(
            Grader.span(of: Evidence(words: "sorry", rule: nil, span: Self.second), in: text) == Self.second)
    }

    func turn() -> Turn {
        var turn = sampleTurn(reply: Self.reply, met: ["apology"], missed: [])
        turn.evidence = ["apology": ["sorry"]]
        turn.spans = ["apology": [Self.second]]
        return turn
    }

    @Test func theRecordedTurnKeepsItsSpans() throws {
        let store = try ResultStore(path: temporaryDatabasePath())
        let id = try store.begin(start())
        try store.record(turn(), index: 0, attempt: id)
        var other = turn()
        other.spans = ["apology": [nil]]
        try store.record(other, index: 1, attempt: id)
        let turns = try #require(try store.attempt(id: id)?.turns)
        #expect(turns.map(\.spans) == [["apology": [Self.second]], ["apology": [nil]]])
    }

    @Test func theHTMLReportMarksTheWordsWhereTheyStand() {
        let html = HTMLEvidence.reply(turn())
        #expect(
            html
                == "I&#39;m not sorry for the rules, but I am <mark title=\"apology\">sorry</mark> we let you down."
        )
        var unknown = turn()
        unknown.spans = [:]
        #expect(HTMLEvidence.reply(unknown) == HTMLText.escape(Self.reply))
    }

    @Test func aResultsFileFromBeforeEvidenceSpansOpensAndKeepsNewOnes() throws {
        let path = temporaryDatabasePath()
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: path)
        try ResultSchema.migrator.migrate(queue, upTo: "review reroutes")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO attempt (uuid, rep, scenario, contentHash, mode, started)
                    VALUES ('0b5e1c3a-0000-4000-8000-000000000002', 'Ana', 'misread', 'h', 'practice',
                        '2026-09-21 10:00:00.000')
                    """)
            try db.execute(
                sql: """
                    INSERT INTO turn (attemptId, "index", node, reply, detected, evidence, met, missed, violations,
                        score, moodBefore, moodAfter, branch, recorded, avoided)
                    VALUES (1, 0, 'ask', 'I am sorry, sorry', '["apology"]', '{"apology": ["sorry"]}', '["apology"]',
                        '[]', '[]', 1, 5, 5, 0, '2026-09-21 10:00:30.000', '[]')
                    """)
        }
        try queue.close()
        let id = try #require(AttemptID.parse("0b5e1c3a-0000-4000-8000-000000000002"))
        // Read as it is (a report upgrades a private copy), then upgraded in place.
        #expect(
            try ResultStore.reading(at: path).attempt(id: id)?.turns.first?.evidence == ["apology": ["sorry"]]
        )
        let store = try ResultStore(path: path)
        let applied = try store.read { db in
            try db.all("SELECT identifier FROM grdb_migrations") { $0.text(0) ?? "" }
        }
        #expect(applied.contains("evidence spans"))
        let old = try #require(try store.attempt(id: id)?.turns.first)
        #expect(old.spans.isEmpty)
        #expect(old.evidence == ["apology": ["sorry"]])
        try store.record(turn(), index: 1, attempt: id)
        #expect(try store.attempt(id: id)?.turns.last?.spans == ["apology": [Self.second]])
    }
}
