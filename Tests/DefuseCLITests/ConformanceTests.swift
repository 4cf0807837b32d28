import Foundation
import Testing

/// Files written from the published spec alone, by a tester who never read this code: each
/// malformed file must get its error (or warning) at the place a careful tool points, and each
/// input script must play exactly the path the spec's rules imply.
@Suite struct ConformanceTests {
    static let folder = DefuseProcess.fixtures.appending(path: "conformance")

    struct Expectation: Decodable, CustomTestStringConvertible, Sendable {
        var file: String
        var severity: String
        var line: Int
        var column: Int?
        var about: String
        var testDescription: String { "\(file): \(about)" }
    }

    struct PlayExpectation: Decodable, CustomTestStringConvertible, Sendable {
        var scenarioFile: String
        var input: String
        var path: [String]
        var outcome: String
        var testDescription: String { "\(scenarioFile) with \(input.debugDescription)" }

        enum CodingKeys: String, CodingKey {
            case scenarioFile = "scenario_file"
            case input, path, outcome
        }
    }

    /// A test plan's cases, one JSON object a line. A missing or empty plan, or a line that
    /// does not decode, fails the run (naming the file and line) instead of running no case.
    static func load<T: Decodable>(_ path: String) throws -> [T] {
        let text = try String(contentsOf: folder.appending(path: path), encoding: .utf8)
        let cases = try text.split(separator: "\n").enumerated().map { number, line in
            do {
                return try JSONDecoder().decode(T.self, from: Data(line.utf8))
            } catch {
                throw PlanError(description: "\(path):\(number + 1): \(error)")
            }
        }
        guard !cases.isEmpty else { throw PlanError(description: "\(path) holds no cases") }
        return cases
    }

    struct PlanError: Error, CustomStringConvertible {
        var description: String
    }

    @Test(arguments: try load("invalid/expected.jsonl") as [Expectation])
    func malformedFileIsReportedWhereTheSpecPromises(_ expected: Expectation) throws {
        let directory = Self.folder.appending(path: "invalid")
        let result = try DefuseProcess.run(["validate", expected.file], in: directory)
        #expect(result.status == (expected.severity == "error" ? 65 : 0))
        // `file:line:col: severity: …`; a folder (two files with one id) may name either file.
        let prefix = "\(expected.line):" + (expected.column.map { "\($0):" } ?? "")
        let matching = result.lines.filter { line in
            line.hasPrefix(expected.file) && line.contains(": \(expected.severity): ")
                && line.split(separator: ":").dropFirst().joined(separator: ":").hasPrefix(prefix)
        }
        #expect(!matching.isEmpty, "no \(expected.severity) at \(prefix) in:\n\(result.stdout)")
    }

    @Test(arguments: try load("play/expected.jsonl") as [PlayExpectation])
    func scriptPlaysThePathTheSpecImplies(_ expected: PlayExpectation) throws {
        let directory = Self.folder.appending(path: "play")
        let db = try DefuseProcess.emptyFolder().appending(path: "r.sqlite").path
        let result = try DefuseProcess.run(
            ["play", expected.scenarioFile, "--json", "--db", db], input: expected.input, in: directory)
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["path"] as? [String] == expected.path)
        #expect(object["outcome"] as? String == expected.outcome)
    }
}
