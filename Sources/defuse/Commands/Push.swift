import ArgumentParser
import DefuseKit
import Foundation

/// `defuse push --lrs URL`: sends the xAPI statements of the attempts and drill runs that LRS
/// has not accepted yet (all with `--all`) to `URL/statements`, in batches, and remembers in the
/// results database what it accepted. The statements, the batches and the bookkeeping live in
/// DefuseKit (``XAPIPush``); this command reads the options, prints the count and maps a
/// refusal to 65 and an unavailable LRS to 69.
struct Push: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: "Send results to a learning record store (xAPI 1.0.3).",
        discussion: """
            Sends one statement per attempt and per drill run, as 'defuse report --format xapi' \
            writes them, to URL/statements with HTTP basic auth, and prints 'N statements sent'. \
            The results database remembers what each LRS accepted, so pushing again sends only \
            new or changed results; a statement changed since (a finished attempt, a trainer's \
            review) replaces the one sent before, which is voided. Nothing is marked as sent \
            unless the LRS stored it.

            Exit codes: 0 when the LRS accepted every statement, 65 when it refused them (wrong \
            credentials, a statement it will not store), 69 when it cannot be used now (not \
            reachable, timed out, TLS, a server error): push again later.
            """)

    @Option(
        help: ArgumentHelp("The LRS's xAPI endpoint, such as https://lrs.example.com/xAPI.", valueName: "URL")
    )
    var lrs: String

    @Option(help: ArgumentHelp("The LRS user (default: $DEFUSE_LRS_USER).", valueName: "U"))
    var user: String?

    @Option(help: ArgumentHelp("The LRS password (default: $DEFUSE_LRS_PASSWORD).", valueName: "P"))
    var password: String?

    @Flag(help: "Send every statement again, also those the LRS accepted before (it keeps one copy).")
    var all = false

    @OptionGroup var homePage: HomePageOption

    @Option(help: ArgumentHelp("Seconds to wait for the LRS to answer a request.", valueName: "SECONDS"))
    var timeout: Double = 30

    @Option(help: ArgumentHelp("The results database: a file, or a postgresql:// URL.", valueName: "PATH"))
    var db: String?

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        guard LRSEndpoint(lrs) != nil else {
            throw ValidationError(
                "--lrs '\(lrs)' is not an http or https address (give the xAPI endpoint, without a query "
                    + "or credentials)")
        }
        guard timeout > 0 && timeout.isFinite else {
            throw ValidationError("--timeout must be a positive number")
        }
        _ = try credentials()
    }

    /// `--user`/`--password`, else the environment's; nil when neither gives a user.
    func credentials(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> LRSCredentials?
    {
        let user = user ?? environment["DEFUSE_LRS_USER"].flatMap { $0.isEmpty ? nil : $0 }
        let password = password ?? environment["DEFUSE_LRS_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
        switch (user, password) {
        case (nil, nil): return nil
        case (let user?, let password?): return LRSCredentials(user: user, password: password)
        case (nil, _): throw ValidationError("a password without a user: give --user or DEFUSE_LRS_USER")
        case (_, nil):
            throw ValidationError("a user without a password: give --password or DEFUSE_LRS_PASSWORD")
        }
    }

    func run() throws {
        guard let endpoint = LRSEndpoint(lrs) else { throw ExitCode(Sysexits.usage) }
        let environment = ProcessInfo.processInfo.environment
        let credentials = try credentials(environment: environment)
        if credentials != nil && endpoint.isInsecure {
            Terminal.warning("\(endpoint.key) is plain http: the password travels unencrypted; prefer https")
        }
        let base: String
        if let configured = try homePage.configured(environment: environment) {
            base = configured
        } else {
            base = HomePage.origin(of: endpoint)
            Terminal.warning(
                "no --home-page or \(HomePage.variable): the reps' accounts get the LRS's address \(base) "
                    + "as their home page")
        }
        let workspace = try library.workspace()
        let titles = Dictionary(
            workspace.library.scenarios.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let options = ReportOptions(titles: titles, homePage: base, catalog: workspace.catalog)
        let path = ResultStore.defaultPath(override: db, environment: environment)
        guard ResultStore.isServer(path) || FileManager.default.fileExists(atPath: path) else {
            Terminal.warning(StoreError.missing(path: path).message)
            Terminal.write("0 statements sent\n")
            return
        }
        let showProgress = Terminal.stderrIsTerminal
        do {
            let store = try ResultStore(path: path)
            let items = try XAPIPush.pending(in: store, lrs: endpoint.key, options: options, all: all)
            let total = items.reduce(0) { $0 + $1.count }
            let client = LRSClient(endpoint: endpoint, credentials: credentials, timeout: timeout)
            let outcome = try XAPIPush.push(items, to: client, store: store) { done in
                if showProgress && total > XAPIPush.batchSize {
                    Terminal.writeError("\r\(done.sent) of \(total) statements sent")
                }
            }
            if showProgress && total > XAPIPush.batchSize { Terminal.writeError("\n") }
            Terminal.write("\(outcome.sent) statements sent\n")
            if outcome.voided > 0 {
                Terminal.writeError(
                    "\(outcome.voided) of them void\(outcome.voided == 1 ? "s" : "") a statement sent before, "
                        + "replaced by a changed one (a finished attempt or a trainer's review)\n")
            }
        } catch let failure as XAPIPush.Failure {
            Terminal.write("\(failure.outcome.sent) statements sent\n")
            Terminal.error(failure.error.message)
            throw ExitCode(failure.error.isRefusal ? Sysexits.dataError : Sysexits.unavailable)
        } catch let error as StoreError {
            Terminal.error(error.message)
            throw error.exitCode
        }
    }
}
