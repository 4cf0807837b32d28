import Foundation
import Testing

@testable import DefuseKit

/// The grader misreads a field trainer found in play (review 4: T3-T6, T10-T14, T16), one
/// family of replies each, in the same form as ``GeneralisationTests``: the trainer's own reply
/// as one case, and replies written for these tests (breaches in other words, and near misses
/// that must stay out). The cases are data in `Fixtures/grading/trainer-review4.jsonl`, graded as
/// play grades them: with the cues of the shipped scenarios, so a case whose `client` is a
/// scenario's line is read by that line's node (and the competitors its scenario names).
@Suite struct TrainerReviewTests {
    static let file = Fixtures.folder.appending(path: "grading/trainer-review4.jsonl")

    @Test(arguments: try GeneralisationTests.cases(in: file))
    func family(_ example: GeneralisationTests.Case) {
        #expect(
            StructureReadingTests.found(example.reply, example.client).contains(example.id) == example.present
        )
    }

    /// The competitors each shipped scenario names, read from its own text (T10).
    @Test func competitorsAreTheScenariosOwn() {
        let library = ScenarioLibrary(
            files: LibraryLocator.builtInFiles.filter { LibraryFileKind.of($0.path) == .scenario },
            catalog: .rubric(adding: TechniqueLibrary.builtIn.techniques))
        let names = Dictionary(
            library.scenarios.map { ($0.id, CompetitorNames.named(in: $0)) }, uniquingKeysWith: { a, _ in a })
        #expect(names["competitor-badmouth"] == ["meridian"])
        #expect(names["price-match"]?.contains("meridian") == true)
        #expect(names["key-account"] == ["halvern"])
        // The surgeon's own name, and people, are not companies.
        #expect(names["angry-surgeon"] == [])
        #expect(names["bias-client"] == [])
        #expect(
            CompetitorNames.named(inText: "Halvern is 11% under you; ask the Castellan rep.") == [
                "halvern", "castellan",
            ])
        #expect(CompetitorNames.named(inText: "Dana said Tuesday. Ask Marisol's team.") == [])
        // A word that only opens sentences is not a name ("Free loaners…").
        #expect(CompetitorNames.capitalisedInside("Free loaners. Ask the Meridian rep.") == ["meridian"])
        // A product the text gives the rep's side is never a competitor's.
        #expect(CompetitorNames.owned(inText: "Your Apexa cage is ours.") == ["apexa"])
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

    /// Evidence shown to a trainer quotes the reply as typed (T21): every piece of evidence, the
    /// learned layer's too, is a stretch of the reply, never normalised words joined by commas
    /// ("i will, and").
    @Test(arguments: [
        "I'll do the sweep with your team this afternoon, and I'll bring the lot lists.",
        "every Monday before your huddle I'll check the trays against the list",
        "What would it take for you to trust the data, Dr. Sato?",
        "She's fine, wasn't really a big deal, was it",
    ])
    func evidenceQuotesTheReply(_ reply: String) {
        for verdict in shippedGrader.grade(reply).verdicts.values where verdict.present {
            for evidence in verdict.evidence {
                #expect(reply.contains(evidence.words), "\(verdict.id): “\(evidence.words)”")
            }
        }
    }

    @Test func learnedEvidenceJoinsNeighbouringWords() {
        let text = Tokenizer(spelling: Spelling()).tokenize("Well, I'll do the sweep. Every Monday.")
        let spans = LearnedModel.spans(
            of: [
                LearnedFeature("b:", "i", "will", spaced: true), LearnedFeature("w:", "do"),
                LearnedFeature("b:", "<s>", "every", spaced: true),
            ],
            in: text)
        #expect(spans.map { text.quote($0) } == ["I'll do", "Every"])
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
