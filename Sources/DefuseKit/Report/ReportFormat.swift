import Foundation

/// The formats `defuse report` writes.
public enum ReportFormat: String, Sendable, CaseIterable, Codable {
    /// Plain text for a terminal: per rep, per scenario, per technique, with bars and sparklines.
    case table
    /// RFC 4180 CSV, one row per attempt.
    case csv
    /// One JSON object with an `attempts` array (the contract of `shared/spec/cli.md`).
    case json
    /// One self-contained HTML page with inline SVG charts.
    case html
    /// A JSON array of xAPI 1.0.3 statements, one per attempt.
    case xapi

    /// What the format shows of each turn: only the JSON and HTML reports print replies.
    public var detail: ReportDetail {
        switch self {
        case .json, .html: .full
        case .table, .csv, .xapi: .tallies
        }
    }
}

/// What a report needs besides the attempts.
public struct ReportOptions: Sendable {
    /// Scenario titles by id, for the scenarios still in the library (reports fall back to ids).
    public var titles: [String: String]
    /// When the report is made (shown in table and HTML reports).
    public var generated: Date
    /// The base IRI for xAPI activities and accounts, without a trailing slash.
    public var homePage: String
    /// Technique and violation ids, in display order.
    public var catalog: TechniqueCatalog
    /// Technique names by id ("Acknowledge, don't agree"), for the HTML report's headers
    /// (it falls back to ids).
    public var techniqueNames: [String: String]

    public init(
        titles: [String: String] = [:], generated: Date = Date(), homePage: String = "https://defuse.example",
        catalog: TechniqueCatalog = .rubric, techniqueNames: [String: String] = [:]
    ) {
        self.titles = titles
        self.generated = generated
        self.homePage = homePage.hasSuffix("/") ? String(homePage.dropLast()) : homePage
        self.catalog = catalog
        self.techniqueNames = techniqueNames
    }

    /// The scenario's title, or its id when the library does not have it.
    public func title(of scenario: String) -> String { titles[scenario] ?? scenario }

    /// The technique's name, or its id when none is known.
    public func name(ofTechnique id: String) -> String { techniqueNames[id] ?? id }
}

/// Renders attempts in any ``ReportFormat``: pure functions from records to text. No terminal
/// escape codes: the front end may colour the table.
public enum ReportRenderer {
    public static func render(
        _ attempts: [AttemptRecord], as format: ReportFormat, options: ReportOptions = ReportOptions()
    ) -> String {
        switch format {
        case .table: TableReport.render(attempts, options: options)
        case .csv: CSVReport.render(attempts)
        case .json: JSONReport.render(attempts, options: options)
        case .html: HTMLReport.render(attempts, options: options)
        case .xapi: XAPIReport.render(attempts, options: options)
        }
    }
}
