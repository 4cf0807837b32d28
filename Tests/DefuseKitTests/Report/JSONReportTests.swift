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
        #expect(first["id"] as? Int == 1)
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

    @Test func theOutputIsStable() {
        #expect(JSONReport.render(ReportFixtures.mixed) == JSONReport.render(ReportFixtures.mixed))
    }
}
