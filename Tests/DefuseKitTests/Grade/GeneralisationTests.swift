import DefuseKit
import Foundation
import Testing

/// Phrase families rather than single lines: each id is tried with replies written for these
/// tests (British, Indian, Australian, non-native and very informal typing, and the families a
/// blind test missed), never lines from the labelled answer sets, plus near misses that must stay
/// out. The cases are data, one JSON object a line in `Fixtures/grading/generalisation.jsonl`:
/// `id`, `reply`, an optional `client` line it answers, whether the id must be `present`, and
/// the `family` it belongs to.
@Suite struct GeneralisationTests {
    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        var id: String
        var reply: String
        var client: String?
        var present: Bool
        var family: String

        var testDescription: String { "\(family): \(present ? "" : "no ")\(id) in “\(reply)”" }
    }

    static let file = Fixtures.folder.appending(path: "grading/generalisation.jsonl")

    /// Every case of `file`; a line that does not decode fails the run, naming the line.
    static func cases(in file: URL = file) throws -> [Case] {
        let text = try String(contentsOf: file, encoding: .utf8)
        let decoder = JSONDecoder()
        return try text.split(separator: "\n").enumerated().map { number, line in
            do {
                return try decoder.decode(Case.self, from: Data(line.utf8))
            } catch {
                throw CaseError(file: file.lastPathComponent, line: number + 1, reason: "\(error)")
            }
        }
    }

    struct CaseError: Error, CustomStringConvertible {
        var file: String
        var line: Int
        var reason: String
        var description: String { "\(file):\(line): \(reason)" }
    }

    @Test(arguments: try cases())
    func family(_ example: Case) {
        #expect(detected(example.reply, client: example.client).contains(example.id) == example.present)
    }

    @Test func theFileHoldsEveryFamilyAndKnownIDs() throws {
        let cases = try Self.cases()
        #expect(cases.count >= 250)
        #expect(cases.contains { !$0.present } && cases.contains { $0.present })
        for example in cases {
            #expect(shippedGrader.ids.contains(example.id), "\(example.family): unknown id \(example.id)")
        }
    }
}
