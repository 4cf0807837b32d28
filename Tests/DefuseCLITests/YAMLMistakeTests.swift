import Foundation
import Testing

/// The YAML slips trainers make, as `defuse validate` reports them: what was done and how to fix
/// it, at the place to change, with the code of each. Every case is a small broken file; the
/// cases are data, one JSON object a line in `Fixtures/yaml-slips.jsonl`: a `name`, the `yaml`,
/// the `line:col` of the place to change (`at`), words the message `says`, and its `code`.
@Suite struct YAMLMistakeTests {
    struct Case: Decodable, CustomTestStringConvertible, Sendable {
        var name: String
        var yaml: String
        var at: String
        var says: String
        var code: String
        var testDescription: String { name }
    }

    /// Every case of the file; a line that does not decode fails the run, naming the line.
    static func cases() throws -> [Case] {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appending(path: "Fixtures/yaml-slips.jsonl")
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        return try lines.enumerated().map { number, line in
            do { return try JSONDecoder().decode(Case.self, from: Data(line.utf8)) } catch {
                let reason = "yaml-slips.jsonl:\(number + 1): \(error)"
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSDebugDescriptionErrorKey: reason])
            }
        }
    }

    @Test func theFileHoldsEverySlip() throws {
        let cases = try Self.cases()
        #expect(cases.count >= 23)
        #expect(Set(cases.map(\.name)).count == cases.count, "two cases share a name")
    }

    @Test(arguments: try cases())
    func saidInPlainWords(_ slip: Case) throws {
        let folder = try DefuseProcess.emptyFolder()
        try slip.yaml.write(to: folder.appending(path: "slip.yaml"), atomically: true, encoding: .utf8)
        let result = try DefuseProcess.run(["validate", "slip.yaml"], in: folder)
        #expect(result.status == 65)
        let line = result.lines.first { $0.hasPrefix("slip.yaml:\(slip.at): error: ") }
        #expect(line?.contains(slip.says) == true, "\(result.stdout)")
        #expect(line?.hasSuffix("[\(slip.code)]") == true, "\(result.stdout)")
        #expect(!result.stdout.contains("this is not valid YAML"), "\(result.stdout)")
    }
}
