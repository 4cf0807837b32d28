import ArgumentParser
import DefuseKit
import Foundation

/// `defuse import FILE…`: copies the attempts of other laptops' results files, with their
/// replies, reviews and drill runs, into this results database. Attempts keep their UUIDs, so
/// importing a file twice adds nothing and two laptops never collide. Every file is checked
/// before anything is written: one that is not a Defuse results file, or is from a newer
/// Defuse, exits 65 with nothing changed; a missing one exits 66.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Copy the attempts of other results files into this results database.",
        discussion: """
            Prints 'N attempts imported, M already present'. An attempt already present takes the \
            file's reviews (and the re-mark they make) when they are later than the database's: \
            'K attempts with later reviews updated'. The database is --db PATH, else $DEFUSE_DB, \
            else $XDG_DATA_HOME/defuse/results.sqlite.
            """)

    @Argument(help: ArgumentHelp("Results files (results.sqlite) from other laptops.", valueName: "FILE"))
    var files: [String] = []

    @Option(
        help: ArgumentHelp(
            "The results database to import into: a file, or a postgresql:// URL.", valueName: "PATH"))
    var db: String?

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one results file to import") }
    }

    func run() throws {
        do {
            try ResultStore.checkImportSources(files)
            let path = ResultStore.defaultPath(override: db, environment: ProcessInfo.processInfo.environment)
            let count = try ResultStore(path: path).importResults(from: files)
            Terminal.write("\(count.imported) attempts imported, \(count.present) already present\n")
            if count.reviewsUpdated > 0 {
                let plural = count.reviewsUpdated == 1 ? "" : "s"
                Terminal.write("\(count.reviewsUpdated) attempt\(plural) with later reviews updated\n")
            }
        } catch StoreError.missing(let path) {
            Terminal.error("cannot import \(path): no such file")
            throw ExitCode(Sysexits.noInput)
        } catch let error as StoreError {
            Terminal.error(error.message)
            throw error.exitCode
        }
    }
}
