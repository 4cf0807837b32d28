import DefuseKit
import Foundation
import Testing

@Suite struct ReportDatesTests {
    let utc = TimeZone.gmt

    @Test func formatsInstantsInUTC() {
        #expect(ReportDates.iso8601(ReportFixtures.t0) == "2026-09-21T14:13:20Z")
    }

    @Test(arguments: [
        (0.0, "PT0S"), (0.004, "PT0S"), (5, "PT5S"), (95.5, "PT1M35.50S"), (60, "PT1M"), (3600, "PT1H"),
        (3600.25, "PT1H0.25S"), (7322.5, "PT2H2M2.50S"), (-3, "PT0S"),
    ])
    func formatsDurations(seconds: Double, expected: String) {
        #expect(ReportDates.iso8601Duration(seconds) == expected)
    }

    @Test func parsesADayAsMidnightInTheGivenZone() throws {
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        #expect(
            ReportDates.parseSince("2026-09-21", timeZone: utc) == Date(timeIntervalSince1970: 1_789_948_800))
        #expect(
            ReportDates.parseSince("2026-09-21", timeZone: paris)
                == ReportDates.parseSince("2026-09-20T22:00:00Z", timeZone: utc))
    }

    @Test(arguments: [
        ("2026-09-21T14:13:20Z", 1_790_000_000.0), ("2026-09-21T14:13:20.5Z", 1_790_000_000.5),
        ("2026-09-21T16:13:20+02:00", 1_790_000_000), ("2026-09-21T09:13:20-0500", 1_790_000_000),
        ("2026-09-21T14:13Z", 1_789_999_980), ("2026-09-21T14:13:20", 1_790_000_000),
    ])
    func parsesISO8601DateTimes(text: String, epoch: Double) {
        #expect(ReportDates.parseSince(text, timeZone: utc) == Date(timeIntervalSince1970: epoch))
    }

    @Test(arguments: [
        "", "yesterday", "2026-9-21", "21/09/2026", "2026-02-30", "2026-13-01", "2026-09-21T25:00Z",
        "2026-09-21T13:60Z", "2026-09-21T14:13:20+24:00", "2026-09-21T14:13:20Zjunk", " 2026-09-21",
    ])
    func rejectsAnythingElse(text: String) {
        #expect(ReportDates.parseSince(text, timeZone: utc) == nil)
    }
}
