import DefuseKit
import Foundation
import Testing

/// The grader misreads a field trainer found in play (review 4: T3-T6, T10-T14, T16), one
/// family of replies each, in the same form as ``GeneralisationTests``: the trainer's own reply
/// as one case, and replies written for these tests (breaches in other words, and near misses
/// that must stay out). The cases are data in `Fixtures/grading/trainer-review4.jsonl`.
@Suite struct TrainerReviewTests {
    static let file = Fixtures.folder.appending(path: "grading/trainer-review4.jsonl")

    @Test(arguments: try GeneralisationTests.cases(in: file))
    func family(_ example: GeneralisationTests.Case) {
        #expect(detected(example.reply, client: example.client).contains(example.id) == example.present)
    }

    /// "31%" reads as "31 percent", and the evidence quotes the sign as typed.
    @Test func percentSignReadsAsPercent() throws {
        let reply = "Ok, I really don't want to lose you, I'll match the 31% by Friday."
        let verdict = try #require(shippedGrader.grade(reply).verdicts["unauthorised-concession"])
        #expect(verdict.present)
        #expect(verdict.evidence.map(\.words) == ["match the 31%"])
        #expect(detected("I can do 31 percent off").contains("unauthorised-concession"))
        #expect(!detected("we are 100% behind the fix").contains("unauthorised-concession"))
    }

    /// Each family has a reply that must count and one that must not.
    @Test func everyFamilyHasBothSides() throws {
        let cases = try GeneralisationTests.cases(in: Self.file)
        for family in Set(cases.map(\.family)) {
            let members = cases.filter { $0.family == family }
            #expect(members.contains(where: \.present) && members.contains { !$0.present }, "\(family)")
        }
        for example in cases {
            #expect(shippedGrader.ids.contains(example.id), "\(example.family): unknown id \(example.id)")
        }
    }
}
