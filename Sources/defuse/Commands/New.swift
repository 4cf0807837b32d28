import ArgumentParser
import DefuseKit
import Foundation

/// `defuse new ID`: writes a commented starter scenario that validates and tests green.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a starter scenario to grow into your own.",
        discussion:
            "Writes Scenarios/ID.yaml (or DIR/ID.yaml with --output); never overwrites without --force.")

    @Argument(help: "The new scenario's id (kebab-case, e.g. late-loaner).")
    var id: String

    @Option(help: ArgumentHelp("The folder to write into.", valueName: "DIR"))
    var output = "Scenarios"

    @Flag(help: "Replace an existing file.")
    var force = false

    func validate() throws {
        guard ScenarioNaming.isKebabCase(id) else {
            throw ValidationError(
                "'\(id)' is not a kebab-case id; use lower-case words joined by '-', like late-loaner")
        }
    }

    func run() throws {
        let path = (output as NSString).appendingPathComponent("\(id).yaml")
        if FileManager.default.fileExists(atPath: path) && !force {
            Terminal.error("\(path) already exists; pick another id or pass --force")
            throw ExitCode(Sysexits.usage)
        }
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            try StarterScenario.text(id: id).write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            Terminal.error("cannot write \(path): \(error.localizedDescription)")
            throw ExitCode(Sysexits.ioError)
        }
        Terminal.write("wrote \(path)\nnext: defuse validate \(path) && defuse test \(path)\n")
    }
}
