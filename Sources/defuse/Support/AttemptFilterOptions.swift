import ArgumentParser
import DefuseKit

/// Which recorded attempts a command reads: the filters `report` and `review` share.
struct AttemptFilterOptions: ParsableArguments {
    @Option(name: .customLong("name"), help: ArgumentHelp("Only this rep's attempts.", valueName: "REP"))
    var rep: String?

    @Option(help: ArgumentHelp("Only attempts made in this cohort.", valueName: "C"))
    var cohort: String?

    @Option(help: ArgumentHelp("Only attempts at this scenario.", valueName: "ID"))
    var scenario: String?

    @Option(
        help: ArgumentHelp(
            "Only attempts started on or after this date: YYYY-MM-DD (local midnight) or ISO 8601.",
            valueName: "DATE"))
    var since: String?

    @Option(
        help: ArgumentHelp(
            "Only attempts (and drill runs) of this drill set ('defuse list --drills' lists them).",
            valueName: "SET"))
    var drill: String?

    func validate() throws {
        if let since, ReportDates.parseSince(since) == nil {
            throw ValidationError(
                "invalid value '\(since)' for '--since <date>': expected YYYY-MM-DD or an ISO 8601 date-time "
                    + "such as 2026-11-24T09:00:00Z")
        }
    }

    var filter: ReportFilter {
        ReportFilter(
            rep: rep, cohort: cohort, scenario: scenario, since: since.flatMap { ReportDates.parseSince($0) },
            drill: drill)
    }
}
