import ArgumentParser
import DefuseKit
import Foundation

/// Finds the scenario a command names: an id from the library, or a path to a file.
enum ScenarioLookup {
    /// The scenario and the workspace it was found in.
    static func find(_ name: String, library: LibraryOptions) throws -> (Scenario, Workspace) {
        if name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.contains("/") {
            guard FileManager.default.fileExists(atPath: name) else {
                Terminal.error("no such file: \(name)")
                throw ExitCode(Sysexits.noInput)
            }
            let workspace = Workspace.load(paths: [name] + library.folders)
            let errors = workspace.diagnostics.filter { $0.severity == .error }
            guard errors.isEmpty, let scenario = workspace.library.documents.first?.scenario else {
                Terminal.reportDiagnostics(errors, workspace: workspace)
                throw ExitCode(Sysexits.dataError)
            }
            return (scenario, workspace)
        }
        let workspace = try library.workspace()
        if let scenario = workspace.library.scenario(id: name) { return (scenario, workspace) }
        if let broken = workspace.library.documents.first(where: { $0.scenario?.id == name }) {
            Terminal.reportLoadProblems(workspace)
            Terminal.error(
                "scenario '\(name)' does not load (\(broken.file)); run 'defuse validate \(broken.file)'")
            throw ExitCode(Sysexits.dataError)
        }
        let hint = workspace.library.suggestion(for: name).map { "; did you mean '\($0)'?" } ?? ""
        Terminal.error("no scenario '\(name)'\(hint) ('defuse list' shows them all)")
        throw ExitCode(Sysexits.usage)
    }
}
