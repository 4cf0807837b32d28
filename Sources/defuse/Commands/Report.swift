import ArgumentParser
import DefuseKit
import Foundation

/// `defuse report`: the results recorded in the database, per rep, per scenario, per technique
/// and over time, as a terminal table, CSV, JSON, a self-contained HTML page or xAPI statements.
/// The database work and the rendering live in DefuseKit; this command only picks the database,
/// maps its errors to exit codes (74 I/O, 65 not a results database) and writes the text.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Show recorded results: per rep, per scenario, per technique, over time.",
        discussion: """
            Reads the results database: --db PATH, else $DEFUSE_DB, else \
            $XDG_DATA_HOME/defuse/results.sqlite (~/.local/share/defuse/results.sqlite when unset). \
            Attempts that never reached an end show as abandoned.
            """)

    @OptionGroup var filters: AttemptFilterOptions

    @Option(help: ArgumentHelp("The results database: a file, or a postgresql:// URL.", valueName: "PATH"))
    var db: String?

    @Option(help: "Output format.")
    var format: ReportFormat = .table

    @OptionGroup var homePage: HomePageOption

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let path = ResultStore.defaultPath(override: db, environment: ProcessInfo.processInfo.environment)
        let filter = filters.filter
        let workspace = try library.workspace()
        let titles = Dictionary(
            workspace.library.scenarios.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let names = Dictionary(
            workspace.techniques.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var options = ReportOptions(titles: titles, catalog: workspace.catalog, techniqueNames: names)
        if let page = try homePage.configured() {
            options.homePage = page
        } else if format == .xapi {
            Terminal.warning(
                "no --home-page or \(HomePage.variable): the statements use the placeholder home page "
                    + "\(options.homePage); give your learning system's address")
        }
        switch format {
        case .table:
            // Counted in the database.
            var summary: ReportSummary?
            var drills: [DrillRunRecord] = []
            var explanation: String?
            try withStore(at: path) { store in
                let filter = try filter.spelledAsRecorded(in: store)
                drills = try store.drillRuns(filter)
                summary = try store.summary(filter, catalog: workspace.catalog)
                if summary?.attempts == 0 { explanation = try Self.excluded(by: filter, in: store) }
            }
            if let explanation {
                Terminal.write(explanation + "\n")
                return
            }
            let text =
                TableReport.render(summary ?? ReportSummary([], catalog: workspace.catalog), options: options)
                + DrillReport.table(drills)
            Terminal.write(styled(Sanitizer.text(text)))
        case .json:
            try streamJSON(path: path, filter: filter, options: options)
        case .csv, .xapi, .html:
            try stream(path: path, filter: filter, options: options)
        }
    }

    /// The CSV, xAPI and HTML reports, written attempt by attempt as the database is read, like
    /// the JSON report: memory stays flat however many attempts there are. The HTML page reads
    /// twice: its summary and charts from the attempts oldest first (tallies only), then the list
    /// of attempts with their replies, newest first.
    private func stream(path: String, filter: ReportFilter, options: ReportOptions) throws {
        var out = ReportOutput()
        switch format {
        case .csv:
            let sanitise = Terminal.stdoutIsTerminal
            out.write(CSVReport.header)
            try withStore(at: path) { store in
                let filter = try filter.spelledAsRecorded(in: store)
                let runs = DrillReport.runByAttempt(
                    try store.drillRuns(), attempts: try store.drillRunsByAttempt())
                try store.forEachAttempt(filter, detail: .tallies) { attempt in
                    let row = CSVReport.row(attempt, drill: runs[attempt.id])
                    out.write(sanitise ? Sanitizer.text(row) : row)
                }
            }
        case .xapi:
            var writer = XAPIReport.Writer(options: options)
            var drills: [DrillRunRecord] = []
            try withStore(at: path) { store in
                let filter = try filter.spelledAsRecorded(in: store)
                drills = try store.drillRuns(filter)
                let runs = try store.drillRunsByAttempt()
                try store.forEachAttempt(filter, detail: .tallies) {
                    out.write(writer.element($0, registration: runs[$0.id]))
                }
            }
            out.write(writer.end(drills: drills))
        default:
            var overview = HTMLReport.Overview(options: options)
            try withStore(at: path) { store in
                let filter = try filter.spelledAsRecorded(in: store)
                let drills = try store.drillRuns(filter)
                try store.forEachAttempt(filter, detail: .tallies) { overview.add($0) }
                // Attempts begun by another process between the two reads are left for next time.
                guard let latest = overview.latestStart else { return }
                out.write(overview.html(drills: drills))
                try store.forEachAttempt(filter, detail: .full, newestFirst: true) { attempt in
                    if attempt.started <= latest { out.write(HTMLReport.attempt(attempt, options: options)) }
                }
            }
            if overview.isEmpty { out.write(overview.html()) }
            out.write(HTMLReport.ending)
        }
        out.flush()
    }

    /// The JSON report, written attempt by attempt as the database is read: a million recorded
    /// replies stream out in bounded memory.
    private func streamJSON(path: String, filter: ReportFilter, options: ReportOptions) throws {
        var writer = JSONReport.Writer(options: options)
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20)
        writer.begin(into: &out)
        var drills: [DrillRunRecord] = []
        try withStore(at: path) { store in
            let filter = try filter.spelledAsRecorded(in: store)
            drills = try store.drillRuns(filter)
            try store.forEachAttempt(filter, detail: .full) { attempt in
                writer.append(attempt, into: &out)
                if out.count >= 1 << 20 {
                    Terminal.write(bytes: out)
                    out.removeAll(keepingCapacity: true)
                }
            }
        }
        writer.end(into: &out, drills: drills)
        Terminal.write(bytes: out)
    }

    /// Runs `body` with the results database at `path`, opened for reading only. A database not
    /// created yet (or an empty file) is a warning and an empty report; one that cannot be read
    /// exits 65 (bad data) or 74 (I/O).
    private func withStore(at path: String, _ body: (ResultStore) throws -> Void) throws {
        do {
            try body(try ResultStore.reading(at: path))
        } catch StoreError.missing(let path) {
            Terminal.warning(StoreError.missing(path: path).message)
        } catch let error as StoreError {
            Terminal.error(error.message)
            throw error.exitCode
        }
    }

    /// When `filter` matches no attempt although some are recorded: which of its criteria
    /// excluded them (each one that matches nothing on its own, else all of them together).
    static func excluded(by filter: ReportFilter, in store: ResultStore) throws -> String? {
        let recorded = try store.counts().attempts
        guard recorded > 0 else { return nil }
        let criteria: [(String, ReportFilter)] = [
            filter.rep.map { ("--name '\($0)'", ReportFilter(rep: $0)) },
            filter.cohort.map { ("--cohort '\($0)'", ReportFilter(cohort: $0)) },
            filter.scenario.map { ("--scenario '\($0)'", ReportFilter(scenario: $0)) },
            filter.drill.map { ("--drill '\($0)'", ReportFilter(drill: $0)) },
            filter.since.map { ("--since \(ReportDates.iso8601($0))", ReportFilter(since: $0)) },
        ].compactMap { $0 }
        guard !criteria.isEmpty else { return nil }
        var alone: [String] = []
        for (name, only) in criteria where try store.summary(only).attempts == 0 {
            alone.append(name)
        }
        let culprits = alone.isEmpty ? criteria.map(\.0) : alone
        let verb = alone.isEmpty ? "together match" : alone.count == 1 ? "matches" : "each match"
        return "No attempts shown: \(culprits.joined(separator: " and ")) \(verb) none of the \(recorded) "
            + "recorded attempt\(recorded == 1 ? "" : "s")."
    }

    /// Section titles in bold where colour is allowed.
    private func styled(_ text: String) -> String {
        let colour = Terminal.colour()
        guard colour else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let isTitle =
                line.first.map { $0 != " " } == true && line.prefix(4).uppercased() == line.prefix(4)
            return isTitle ? Terminal.paint(String(line), .bold, enabled: true) : String(line)
        }.joined(separator: "\n")
    }
}

extension ReportFormat: ExpressibleByArgument {}

/// Report text gathered into writes of about a megabyte.
private struct ReportOutput {
    private var bytes: [UInt8] = []

    mutating func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        if bytes.count >= 1 << 20 { flush() }
    }

    mutating func flush() {
        Terminal.write(bytes: bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}
