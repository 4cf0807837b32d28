import Foundation
import PostgresTestServer
import Testing

@testable import DefuseKit

/// The parts of `defuse push` that need no LRS: endpoints, what an LRS's answer means, what is
/// pending, and what a batch holds. Pushing to a real LRS is tested with the binary and Ralph
/// (`PushCommandTests`). The store's part runs on SQLite and on PostgreSQL.
@Suite struct LRSEndpointTests {
    @Test func anEndpointIsKeptWithoutItsTrailingSlash() throws {
        let endpoint = try #require(LRSEndpoint("HTTPS://LRS.Example.com:8443/data/xAPI/"))
        #expect(endpoint.key == "https://lrs.example.com:8443/data/xAPI")
        #expect(endpoint.statements.absoluteString == "https://lrs.example.com:8443/data/xAPI/statements")
        #expect(HomePage.origin(of: endpoint) == "https://lrs.example.com:8443")
        #expect(!endpoint.isInsecure)
        #expect(try #require(LRSEndpoint("http://lrs.example.com/xAPI")).isInsecure)
        #expect(try #require(LRSEndpoint("http://127.0.0.1:8100/xAPI")).isInsecure == false)
    }

    @Test(arguments: [
        "lrs.example.com/xAPI", "ftp://lrs.example.com", "https://", "https://lrs.example.com/xAPI?x=1",
        "https://kim:pw@lrs.example.com/xAPI", "https://lrs.example.com/xAPI#top", "",
    ])
    func notAnEndpoint(_ text: String) {
        #expect(LRSEndpoint(text) == nil)
    }

    @Test func aHomePageIsAnHTTPAddress() {
        #expect(HomePage.parse("https://lms.acme.example/") == "https://lms.acme.example")
        #expect(HomePage.parse(" https://lms.acme.example/reps ") == "https://lms.acme.example/reps")
        #expect(HomePage.parse("lms.acme.example") == nil)
        #expect(HomePage.parse("mailto:kim@acme.example") == nil)
    }
}

@Suite struct LRSAnswerTests {
    let url = "https://lrs.example.com/xAPI/statements"

    func answer(_ status: Int, _ body: String) throws(LRSError) -> LRSClient.Answer {
        try LRSClient.answer(status: status, body: Data(body.utf8), headers: nil, url: url)
    }

    @Test func storedIsAnArrayOfIdsOrNoContent() throws {
        #expect(try answer(200, #"["6f1d2c3a-8b4e-4f5a-9c7d-2e8b1a0f3d64"]"#) == .stored)
        #expect(try answer(204, "") == .stored)
    }

    @Test func aPartialSuccessAnswerNamesTheRefusedStatements() throws {
        let body =
            #"{"inserted": 1, "rejected": 1, "ids": ["a"], "errors": [{"index": 1, "reason": "bad\nverb"}]}"#
        #expect(try answer(200, body) == .partlyStored(refused: [1: "bad verb"]))
        #expect(
            try answer(200, #"{"inserted": 2, "rejected": 0, "ids": ["a", "b"], "errors": []}"#) == .stored)
    }

    @Test func everyOtherAnswerIsAnError() {
        let cases: [(Int, String, LRSError)] = [
            (
                401, #"{"detail":"Invalid authentication credentials"}"#,
                .unauthorized(url: url, status: 401, detail: "Invalid authentication credentials")
            ),
            (403, "", .unauthorized(url: url, status: 403, detail: "")),
            (
                409, #"{"detail":"Differing statements already exist"}"#,
                .conflict(url: url, detail: "Differing statements already exist")
            ),
            (
                400, #"{"detail":[{"loc":["body"],"msg":"bad"}]}"#,
                .refused(url: url, status: 400, detail: #"[{"loc":["body"],"msg":"bad"}]"#)
            ),
            (
                413, "Request Entity Too Large",
                .refused(url: url, status: 413, detail: "Request Entity Too Large")
            ),
            (
                503, "<html>\n<b>down</b>\n</html>",
                .serverError(url: url, status: 503, detail: "<html> <b>down</b> </html>")
            ),
            (302, "", .redirected(url: url, status: 302, location: nil)),
            (
                200, "<html>login</html>",
                .unexpectedAnswer(url: url, status: 200, detail: "<html>login</html>")
            ),
        ]
        for (status, body, expected) in cases {
            #expect(throws: expected) { try answer(status, body) }
        }
    }

    @Test func refusalsExit65AndTheRestExit69() {
        #expect(LRSError.unauthorized(url: url, status: 401, detail: "").isRefusal)
        #expect(LRSError.refused(url: url, status: 400, detail: "").isRefusal)
        #expect(LRSError.partlyRefused(url: url, refused: 1, reasons: []).isRefusal)
        #expect(!LRSError.unreachable(url: url, reason: "the connection was refused").isRefusal)
        #expect(!LRSError.serverError(url: url, status: 500, detail: "").isRefusal)
        #expect(!LRSError.timedOut(url: url, seconds: 30).isRefusal)
        #expect(!LRSError.redirected(url: url, status: 301, location: "https://other.example").isRefusal)
    }

    @Test func aLongOrControlLadenBodyIsShownOnOneShortLine() {
        let detail = LRSError.detail(Data(("\u{1B}[31m" + String(repeating: "x", count: 400)).utf8))
        #expect(detail.count == 300)
        #expect(!detail.unicodeScalars.contains { CharacterSet.controlCharacters.contains($0) })
    }
}

@Suite struct XAPIPushTests {
    /// A store with two finished attempts of Ana's (cohort north), the second in a drill run.
    func store(_ backend: StoreBackend) throws -> (ResultStore, [UUID], UUID) {
        let store = try backend.newStore()
        var ids: [UUID] = []
        for minute in 0..<2 {
            let id = try store.begin(
                start(at: Date(timeIntervalSince1970: 1_790_000_000 + Double(minute) * 60)))
            try store.record(sampleTurn(score: 1), index: 0, attempt: id)
            try store.finish(
                attempt: id, outcome: .resolved, score: 100, ended: Date(timeIntervalSince1970: 1_790_000_500)
            )
            ids.append(id)
        }
        let run = try store.beginDrillRun(DrillRunStart(rep: "Ana", cohort: "north", set: "week-1", total: 1))
        try store.add(attempt: ids[1], toDrillRun: run)
        return (store, ids, run)
    }

    let options = ReportOptions(homePage: "https://lms.acme.example")
    let lrs = "https://lrs.example.com/xAPI"

    @Test(arguments: StoreBackend.tested) func whatIsPendingIsWhatTheLRSHasNotAccepted(
        _ backend: StoreBackend
    )
        throws
    {
        let (store, ids, run) = try store(backend)
        let all = try XAPIPush.pending(in: store, lrs: lrs, options: options, all: false)
        #expect(all.map(\.subject) == ids + [run])
        #expect(all.allSatisfy { $0.replaces == nil })
        #expect(all[1].statement.context.registration == AttemptID.text(run))
        #expect(all[2].statement.context.registration == AttemptID.text(run))
        #expect(all[0].statement.context.registration == nil)

        try store.markAccepted(
            all.prefix(2).map { .init(subject: $0.subject, statementId: $0.statement.id) }, lrs: lrs)
        #expect(
            try XAPIPush.pending(in: store, lrs: lrs, options: options, all: false).map(\.subject) == [run])
        // Another LRS has accepted nothing.
        #expect(try XAPIPush.pending(in: store, lrs: lrs + "2", options: options, all: false).count == 3)
        // --all: everything again, nothing voided (the same ids).
        let again = try XAPIPush.pending(in: store, lrs: lrs, options: options, all: true)
        #expect(again.count == 3 && again.allSatisfy { $0.replaces == nil })
    }

    @Test(arguments: StoreBackend.tested) func aChangedStatementReplacesAndVoidsTheAcceptedOne(
        _ backend: StoreBackend
    ) throws {
        let (store, ids, _) = try store(backend)
        let first = try XAPIPush.pending(in: store, lrs: lrs, options: options, all: false)
        try store.markAccepted(
            first.map { .init(subject: $0.subject, statementId: $0.statement.id) }, lrs: lrs)
        let review = ReviewChange(set: ["ownership": true]).applied(
            to: nil, by: "Kim", at: Date(timeIntervalSince1970: 1_790_001_000), avoid: [])
        try store.saveReview(review, turn: 0, attempt: ids[0])
        let pending = try XAPIPush.pending(in: store, lrs: lrs, options: options, all: false)
        #expect(pending.map(\.subject) == [ids[0]])
        let item = try #require(pending.first)
        #expect(item.replaces == first[0].statement.id)
        #expect(item.statement.id != first[0].statement.id)
        #expect(item.count == 2)

        let (body, owners) = try XAPIPush.encode([item])
        #expect(owners == [0, 0])
        let posted = try #require(try JSONSerialization.jsonObject(with: body) as? [[String: Any]])
        #expect(posted.count == 2)
        #expect(posted[0]["id"] as? String == item.statement.id)
        let voiding = posted[1]
        #expect(
            (voiding["verb"] as? [String: Any])?["id"] as? String == "http://adlnet.gov/expapi/verbs/voided")
        #expect((voiding["object"] as? [String: Any])?["objectType"] as? String == "StatementRef")
        #expect((voiding["object"] as? [String: Any])?["id"] as? String == first[0].statement.id)
        // The voiding statement is the same however often it is sent.
        let (again, _) = try XAPIPush.encode([item])
        #expect(again == body)
    }
}
