import ArgumentParser
import DefuseKit
import Foundation

/// How `review` opens the results database and reports what goes wrong, with the sysexits
/// codes of `shared/spec/cli.md`.
enum ReviewStoreAccess {
    /// Runs `body` on the database at `path` opened for reading only; nil (after a warning) when
    /// there is no database yet.
    static func reading<T>(_ path: String, _ body: (ResultStore) throws -> T) throws -> T? {
        do {
            return try body(try ResultStore.reading(at: path))
        } catch StoreError.missing(let path) {
            Terminal.warning(StoreError.missing(path: path).message)
            return nil
        } catch let error as StoreError {
            throw fail(error)
        }
    }

    /// Runs `body` on the database at `path` opened for writing; a database that does not exist
    /// yet is missing input (66): a review needs recorded attempts.
    static func writing(_ path: String, _ body: (ResultStore) throws -> Void) throws {
        var isFolder: ObjCBool = false
        guard
            ResultStore.isServer(path)
                || (FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
                    && !isFolder.boolValue)
        else {
            Terminal.error("no results database at \(path): nothing has been played yet")
            throw ExitCode(Sysexits.noInput)
        }
        do {
            try body(try ResultStore(path: path))
        } catch let error as StoreError {
            throw fail(error)
        }
    }

    /// The attempt whose UUID starts with `text`; a usage error (64) naming the argument when
    /// none or several do.
    static func attemptID(_ text: String, in store: ResultStore) throws -> UUID {
        do {
            return try store.attemptID(matching: text)
        } catch let error as StoreError {
            switch error {
            case .noSuchAttempt, .ambiguousAttempt:
                Terminal.error("\(error.message) (ATTEMPT; 'defuse review' lists recent attempts)")
                throw ExitCode(Sysexits.usage)
            default:
                throw error
            }
        }
    }

    /// Writes `text` to `file`, or to standard output for `-`; 74 when it cannot be written.
    static func write(_ text: String, to file: String) throws {
        guard file != "-" else {
            Terminal.write(text)
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
        } catch {
            Terminal.error("cannot write \(file): \((error as NSError).localizedDescription) (--export)")
            throw ExitCode(Sysexits.ioError)
        }
    }

    private static func fail(_ error: StoreError) -> ExitCode {
        Terminal.error(error.message)
        return error.exitCode
    }
}

/// What `review` needs from the library about a recorded turn's node: the client's line (for
/// the export and the walk) and the violations it avoids (so that a violation a trainer marks
/// present costs the turn points only where the scenario says so).
struct ReviewNodes {
    let workspace: Workspace

    func node(_ scenario: String, _ node: String) -> Node? {
        self.scenario(scenario)?.nodes[node]
    }

    /// The scenario with this id in the library, if any.
    func scenario(_ id: String) -> Scenario? {
        workspace.library.scenarios.first { $0.id == id }
    }

    /// The client's line on one line, as labelled answer sets hold it (a scenario file may
    /// break it over several).
    func clientLine(_ scenario: String, _ node: String) -> String? {
        self.node(scenario, node)?.say.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }
}
