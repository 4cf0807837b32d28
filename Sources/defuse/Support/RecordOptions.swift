import ArgumentParser

/// Who is practising and where results go: the options `play` and `drill` share.
struct RecordOptions: ParsableArguments {
    @Option(help: "Your name in the results database (default: your login name).")
    var name: String?

    @Option(help: "Your cohort in the results database.")
    var cohort: String?

    @Option(help: ArgumentHelp("The results database: a file, or a postgresql:// URL.", valueName: "PATH"))
    var db: String?

    /// `--name`, else the login name.
    var rep: String { Recording.rep(name) }
}
