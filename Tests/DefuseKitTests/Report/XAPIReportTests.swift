import Foundation
import Testing

@testable import DefuseKit

@Suite struct XAPIReportTests {
    func statements(_ attempts: [AttemptRecord]) throws -> [[String: Any]] {
        let text = XAPIReport.render(
            attempts, options: ReportOptions(titles: ["wrong-tray": "The wrong tray"]))
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test func everyStatementMeetsTheXAPIStatementRequirements() throws {
        let list = try statements(ReportFixtures.mixed + [ReportFixtures.hostileAttempt])
        #expect(list.count == 7)
        for statement in list {
            #expect(XAPIConformance.problems(statement) == [], "\(statement)")
        }
    }

    @Test func theConformanceCheckCatchesBrokenStatements() throws {
        var statement = try #require(try statements([ReportFixtures.attempt(1, rep: "Ana")]).first)
        #expect(XAPIConformance.problems(statement).isEmpty)
        var broken = statement
        broken["id"] = "not-a-uuid"
        #expect(!XAPIConformance.problems(broken).isEmpty)
        broken = statement
        broken["result"] = [
            "score": ["scaled": 1.5, "raw": 150, "min": 0, "max": 100], "duration": "90 seconds",
        ]
        #expect(XAPIConformance.problems(broken).count == 3)
        broken = statement
        broken["actor"] = ["objectType": "Agent", "name": "Ana"]
        #expect(
            XAPIConformance.problems(broken) == [
                "actor has 0 inverse functional identifiers, not exactly one"
            ])
        broken = statement
        broken["verb"] = ["id": "completed", "display": ["en-US": "completed"]]
        #expect(XAPIConformance.problems(broken) == ["verb.id is not an IRI"])
        broken = statement
        broken["mood"] = 3
        #expect(XAPIConformance.problems(broken) == ["statement has an unknown property mood"])
        statement["result"] = ["success": 1]
        #expect(XAPIConformance.problems(statement) == ["result.success is not a boolean"])
    }

    @Test func verbsFollowTheOutcomeAndMode() {
        let passed = XAPIReport.statement(
            ReportFixtures.attempt(1, rep: "A", mode: .drill, ending: .resolved, score: 80))
        let lowScore = XAPIReport.statement(
            ReportFixtures.attempt(2, rep: "A", mode: .drill, ending: .resolved, score: 60))
        let lost = XAPIReport.statement(
            ReportFixtures.attempt(3, rep: "A", mode: .drill, ending: .lost, score: 90))
        let practice = XAPIReport.statement(
            ReportFixtures.attempt(4, rep: "A", mode: .practice, ending: .exit, score: 90))
        let abandoned = XAPIReport.statement(ReportFixtures.attempt(5, rep: "A", ending: nil))
        #expect(passed.verb.id == "http://adlnet.gov/expapi/verbs/passed")
        #expect(passed.verb.display == ["en-US": "passed"])
        #expect(passed.result.success == true)
        #expect(lowScore.verb.id == "http://adlnet.gov/expapi/verbs/failed")
        #expect(lost.verb.id == "http://adlnet.gov/expapi/verbs/failed")
        #expect(lost.result.success == false)
        #expect(practice.verb.id == "http://adlnet.gov/expapi/verbs/completed")
        #expect(abandoned.verb.id == "http://adlnet.gov/expapi/verbs/terminated")
        #expect(abandoned.result.completion == false)
        #expect(abandoned.result.success == nil)
        #expect(abandoned.result.duration == "PT10S")
        #expect(passed.result.duration == "PT1M35.50S")
    }

    @Test func theStatementDescribesTheAttempt() {
        let attempt = ReportFixtures.attempt(
            9, rep: "Ana Ruiz", scenario: "wrong tray/2", ending: .resolved, score: 84)
        let statement = XAPIReport.statement(
            attempt, options: ReportOptions(homePage: "https://lms.example.org/"))
        #expect(statement.actor.name == "Ana Ruiz")
        #expect(statement.actor.account == .init(homePage: "https://lms.example.org", name: "Ana Ruiz"))
        #expect(statement.object.id == "https://lms.example.org/scenarios/wrong%20tray%2F2")
        #expect(statement.object.definition.type == "http://adlnet.gov/expapi/activities/simulation")
        #expect(statement.result.score == .init(scaled: 0.84, raw: 84, min: 0, max: 100))
        #expect(statement.timestamp == "2026-09-21T14:14:55Z")
        let techniques = statement.context.extensions["https://lms.example.org/xapi/extensions/techniques"]
        #expect(
            techniques
                == .techniques([
                    "apology": .init(expected: 1, present: 1), "ownership": .init(expected: 1, present: 0),
                ]))
        #expect(
            statement.context.extensions["https://lms.example.org/xapi/extensions/cohort"] == .text("north"))
    }

    @Test func idsAreDeterministicPerAttemptAndOutcome() {
        let one = XAPIReport.statement(ReportFixtures.attempt(1, rep: "Ana"))
        let again = XAPIReport.statement(ReportFixtures.attempt(1, rep: "Ana"))
        let otherRep = XAPIReport.statement(ReportFixtures.attempt(1, rep: "Ben"))
        let unfinished = XAPIReport.statement(ReportFixtures.attempt(1, rep: "Ana", ending: nil))
        #expect(one.id == again.id)
        #expect(one.id != otherRep.id)
        #expect(one.id != unfinished.id)
        #expect(XAPIConformance.isUUID(one.id))
    }

    @Test func nameBasedUUIDsMatchRFC4122() throws {
        #expect(
            SHA1.digest(Array("abc".utf8)).map { String(format: "%02x", $0) }.joined()
                == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(
            SHA1.digest(Array(repeating: UInt8(ascii: "a"), count: 1000)).map { String(format: "%02x", $0) }
                .joined()
                == "291e9a6c66994949b57ba5e650361e98fc36b1ba")
        let dns = try #require(UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8"))
        #expect(
            NameBasedUUID.v5(namespace: dns, name: "python.org").uuidString.lowercased()
                == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
    }
}

@Suite struct XAPIContextTests {
    @Test func aDrillAttemptNamesItsRunItsSetAndItsCohort() throws {
        let run = UUID()
        let options = ReportOptions(homePage: "https://lms.acme.example/")
        let statement = XAPIReport.statement(
            ReportFixtures.attempt(1, rep: "Ana", cohort: "North 2026"), options: options, registration: run)
        #expect(statement.actor.account.homePage == "https://lms.acme.example")
        #expect(statement.context.registration == run.uuidString.lowercased())
        let activities = try #require(statement.context.contextActivities)
        #expect(activities.grouping?.map(\.id) == ["https://lms.acme.example/cohorts/North%202026"])
        #expect(activities.parent?.map(\.id) == ["https://lms.acme.example/drills/week%2D1"])
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(statement)) as? [String: Any]
        #expect(XAPIConformance.problems(try #require(json)) == [])
    }

    @Test func practiceWithoutCohortOrRunLeavesTheContextOut() throws {
        let statement = XAPIReport.statement(
            ReportFixtures.attempt(1, rep: "Ana", cohort: nil, mode: .practice))
        #expect(statement.context.registration == nil)
        #expect(statement.context.contextActivities == nil)
        let json = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(statement)) as? [String: Any])
        let context = try #require(json["context"] as? [String: Any])
        #expect(context["registration"] == nil && context["contextActivities"] == nil)
    }

    @Test func theRegistrationDoesNotChangeTheStatementID() {
        let attempt = ReportFixtures.attempt(1, rep: "Ana")
        #expect(XAPIReport.statement(attempt).id == XAPIReport.statement(attempt, registration: UUID()).id)
    }
}
