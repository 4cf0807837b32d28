import ArgumentParser
import DefuseKit
import Foundation

/// Loads only the techniques a command needs (built-in ones, replaced or extended by technique
/// files in `./Scenarios/techniques` and `--scenarios` folders), reporting broken files on
/// standard error without stopping: the rest still grade.
enum TechniqueSource {
    static func load(_ library: LibraryOptions) throws -> TechniqueLibrary {
        let found = library.locator.files()
        if let missing = found.missing.first {
            Terminal.error("no such folder: \(missing) (given with --scenarios)")
            throw ExitCode(Sysexits.noInput)
        }
        let files = found.files.filter { $0.1 == .technique }.map(\.0)
        let loaded = TechniqueLibrary(files: files)
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            Terminal.reportDiagnostics(errors, texts: loaded.texts)
            Terminal.warning("some technique files have errors; run 'defuse validate' for details")
        }
        return loaded
    }
}
