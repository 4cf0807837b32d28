import ArgumentParser
import DefuseKit

/// The option every command that reads scenarios shares.
struct LibraryOptions: ParsableArguments {
    @Option(
        name: .customLong("scenarios"),
        help: ArgumentHelp("A folder of scenario files to add (repeatable).", valueName: "DIR"))
    var folders: [String] = []

    @Flag(
        name: .customLong("no-builtin"),
        help:
            "Leave out the scenarios and drill sets installed with defuse (use only ./Scenarios and --scenarios)."
    )
    var noBuiltIn = false

    /// Where the library's files come from: the installed library (unless `--no-builtin`),
    /// `./Scenarios` and every `--scenarios` folder.
    var locator: LibraryLocator { LibraryLocator(extraFolders: folders, includesBuiltIn: !noBuiltIn) }

    /// Loads the library; reports missing folders as a usage problem (exit 66).
    func workspace() throws -> Workspace {
        let workspace = Workspace.load(locator)
        if let missing = workspace.missing.first {
            Terminal.error("no such folder: \(missing) (given with --scenarios)")
            throw ExitCode(Sysexits.noInput)
        }
        return workspace
    }
}
