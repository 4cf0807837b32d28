import DefuseKit
import Foundation
import Testing

/// The compliance violations (off-label promotion, offering value, unauthorised concessions,
/// delayed or withheld reports, sterile-field and reprocessing breaches, patient data,
/// disparaging a competitor, home-made material, a record filled in for the client): each is
/// tried with polite breaches of the kind a compliance reviewer typed into the scenarios, and
/// with refusals that name the same thing and must not count ("I can't give you free product",
/// "I won't be scrubbing in"). The cases are data, one JSON object a line in
/// `Fixtures/grading/compliance.jsonl`: `id`, `reply` and whether the id must be `present`.
@Suite struct ComplianceViolationTests {
    static let ids = [
        "off-label-promotion", "offers-value", "unauthorised-concession", "delays-reporting",
        "breaches-sterile-field", "shares-patient-data", "disparages-competitor", "unapproved-material",
        "falsifies-record",
    ]

    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        var id: String
        var reply: String
        var present: Bool

        var testDescription: String { "\(present ? "" : "no ")\(id) in “\(reply)”" }
    }

    static func cases() throws -> [Case] {
        let file = Fixtures.folder.appending(path: "grading/compliance.jsonl")
        let text = try String(contentsOf: file, encoding: .utf8)
        return try text.split(separator: "\n").map {
            try JSONDecoder().decode(Case.self, from: Data($0.utf8))
        }
    }

    @Test(arguments: ids)
    func isAViolationWithACard(_ id: String) throws {
        let technique = try #require(TechniqueLibrary.builtIn.techniques.technique(id: id))
        #expect(technique.kind == .violation)
        #expect(!technique.summary.isEmpty && !technique.why.isEmpty && !technique.source.isEmpty)
        #expect(shippedGrader.ids.contains(id))
    }

    @Test(arguments: try cases())
    func reply(_ example: Case) {
        #expect(detected(example.reply).contains(example.id) == example.present)
    }

    /// Every id has at least three breaches and three refusals or near misses.
    @Test func everyIDHasBothSides() throws {
        let cases = try Self.cases()
        for id in Self.ids {
            #expect(cases.filter { $0.id == id && $0.present }.count >= 3, "\(id): too few breaches")
            #expect(cases.filter { $0.id == id && !$0.present }.count >= 3, "\(id): too few refusals")
        }
        #expect(Set(cases.map(\.id)).isSubset(of: Self.ids))
    }
}
