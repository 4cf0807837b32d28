import ArgumentParser
import DefuseKit

/// The option every command that reads scenarios shares.
struct LibraryOptions: ParsableArguments {
    @Option(
        name: .customLong("scenarios"),
        help: ArgumentHelp("A folder of scenario files to add (repeatable).", valueName: "DIR"))
    var folders: [String] = []

    /// Loads the library; reports missing folders as a usage problem (exit 66).
    func workspace() throws -> Workspace {
        let workspace = Workspace.load(LibraryLocator(extraFolders: folders))
        if let missing = workspace.missing.first {
            Terminal.error("no such folder: \(missing) (given with --scenarios)")
            throw ExitCode(Sysexits.noInput)
        }
        return workspace
    }
}
