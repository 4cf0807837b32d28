import Foundation
import Testing

@testable import DefuseKit

/// The compliance ids' learned layer (compliance7): its shipped weights, the snapshot they rebuild
/// from, its explanations, and that it never touches a rubric id.
@Suite struct ComplianceLayerTests {
    static func read(_ path: String) throws -> String { try LearnedLayerTests.read(path) }

    /// Graders that read client lines with the built-in scenarios' node cues, as `defuse grade`
    /// and play do (and as the snapshot was read): with the compliance layer and without it.
    static let cues = NodeCues(
        files: LibraryLocator.builtInFiles.map { ($0, LibraryFileKind.of($0.path)) },
        techniques: TechniqueLibrary.builtIn.techniques)
    static let withLayer = Grader(techniques: TechniqueLibrary.builtIn.techniques, cues: cues)
    static let rulesOnly = Grader(
        techniques: TechniqueLibrary.builtIn.techniques, cues: cues, compliance: nil)

    /// The labelled compliance sets, in the order the snapshot reads them.
    static let setNames = ["set-CC", "set-CD", "set-CE", "set-CF", "set-CG", "set-CH", "set-CI", "set-CJ"]

    static func replies(_ name: String) throws -> [LabelledReply] {
        try LabelledReply.read(jsonl: read("Training/compliance/\(name).jsonl"))
    }

    @Test func shippedWeightsLoadAndAreUsed() throws {
        let model = try #require(LearnedModel.builtInCompliance)
        #expect(model.ids == LearnedLayer.compliance.ids)
        #expect(model.ids.contains("delays-reporting") && !model.ids.contains("capitulates"))
        #expect(try LearnedModel(parsing: Self.read("Scenarios/learned/compliance-weights.tsv")) == model)
        #expect(shippedGrader.compliance == model)
        // Two separate layers: the rubric's weights are not the compliance ones.
        #expect(shippedGrader.learned != model)
    }

    @Test func retrainingFromTheSnapshotReproducesTheShippedWeights() throws {
        let examples = try LearnedSnapshot.examples(parsing: Self.read("Training/compliance/features.tsv"))
        var trainer = LearnedLayer.compliance.trainer
        trainer.thresholds = try LearnedThresholds.parse(Self.read("Training/compliance/thresholds.tsv"))
        #expect(trainer.thresholds.count == LearnedLayer.compliance.ids.count)
        let model = trainer.fit(examples)
        #expect(model.text == (try Self.read("Scenarios/learned/compliance-weights.tsv")))
    }

    @Test func theSnapshotHoldsEveryLabelledReplyInOrder() throws {
        let snapshot = try LearnedSnapshot.examples(parsing: Self.read("Training/compliance/features.tsv"))
        let replies = try Self.setNames.flatMap { try Self.replies($0) }
        #expect(replies.count == 1040)
        #expect(snapshot.map(\.id) == replies.map(\.id))
        #expect(snapshot.map(\.labels) == replies.map(\.labels))
        // The compliance sets carry compliance ids only.
        let allowed = Set(LearnedLayer.complianceIDs)
        #expect(replies.allSatisfy { $0.labels.isSubset(of: allowed) })
        // The snapshot reads the compliance rules' final verdicts (they run after the rubric layer).
        #expect(snapshot.contains { $0.features.contains("rule:delays-reporting") })
    }

    /// One labelled reply by id.
    static func reply(_ id: String, in name: String) throws -> LabelledReply {
        try #require(try replies(name).first { $0.id == id })
    }

    static func verdict(_ grade: Grade, _ id: String) throws -> Verdict {
        try #require(grade.all.first { $0.id == id })
    }

    @Test func anAddedBreachShowsItsWordsAndFeatures() throws {
        // "Castellan's coating is basically untested, their data's a joke", to a client weighing
        // the other company: the rules miss the swipe, the layer reads it.
        let reply = try Self.reply("CG127", in: "set-CG")
        let graders = (Self.rulesOnly, Self.withLayer)
        #expect(
            try !Self.verdict(graders.0.grade(reply.text, client: reply.client), "disparages-competitor")
                .present)
        let verdict = try Self.verdict(
            graders.1.grade(reply.text, client: reply.client), "disparages-competitor")
        #expect(verdict.present)
        #expect(verdict.explanation?.hasPrefix("the learned layer finds it (p ") == true)
        #expect(verdict.evidence.contains { $0.words.contains("Castellan") })
        #expect(verdict.evidence.allSatisfy { $0.rule?.hasPrefix("learned: ") == true })
    }

    @Test func aWithdrawnConcessionSaysWhy() throws {
        // Terms inside the rep's own limits ("9% off on nails in writing by Friday … anything
        // deeper goes to deal review"): the rules read a concession, the layer withdraws it.
        // (CE069's "Twelve percent off list, net 45" was the example until review19 C finding 4
        // taught the rules themselves that the approved pair is no concession.)
        let reply = try Self.reply("CI095", in: "set-CI")
        #expect(
            try Self.verdict(
                Self.rulesOnly.grade(reply.text, client: reply.client), "unauthorised-concession"
            ).present)
        let verdict = try Self.verdict(
            Self.withLayer.grade(reply.text, client: reply.client), "unauthorised-concession")
        #expect(!verdict.present)
        #expect(verdict.explanation?.contains("the learned layer reads it as absent (p ") == true)
    }

    /// compliance10: the layer adds `unauthorised-concession` only on words of the reply's own
    /// (``LearnedModel/needsReplyWords``). Re-fitted with CJ, it read these two at 0.90 and 0.87
    /// (over the 0.85 it had then) on the client's line, the reply's clauses and the rules' other
    /// verdicts; the first is still over the 0.88 shipped.
    @Test func aConcessionNeedsTheRepsOwnWords() throws {
        let quote =
            "Meridian is thirty-one percent under you on nails. Same indications, same sizes. Match it by Friday, or the trauma business moves when your contract ends."
        let blocks =
            "From next month I'm running a Saturday block. I want you in every case, Saturdays included, and the cutting blocks free from now on. Forty knees a month buys a little flexibility, don't you think?"
        let id = "unauthorised-concession"
        // Nothing conceded: a pause, and a yes to the rep's time (capitulates, read by the rubric).
        #expect(
            !Scorecard.detected(Self.withLayer.grade("I understand. Let me think about it.", client: quote))
                .contains(id))
        let yes = Scorecard.detected(
            Self.withLayer.grade("sure thing, whatever you need, i'll be there saturdays", client: blocks))
        #expect(!yes.contains(id) && yes.contains("capitulates"))
        // The model reads both above the threshold, so the guard is what keeps them out.
        let model = try #require(LearnedModel.builtInCompliance)
        let column = try #require(model.ids.firstIndex(of: id))
        let read = model.reading(
            "I understand. Let me think about it.", client: quote, grader: Self.rulesOnly, layer: .compliance)
        #expect(read.probabilities[column] > model.thresholdsByColumn[column].add)
        #expect(!read.canAdd[column])
        // Terms the rep names are still read, with the same line.
        #expect(
            Scorecard.detected(
                Self.withLayer.grade(
                    "let's unblock this. I'll match Meridian's 31% on nails myself, you'll have it in writing by Friday.",
                    client: quote)
            ).contains(id))
    }

    @Test func theLayerNeverChangesARubricId() throws {
        let rubric = Set(TechniqueCatalog.rubric.ids)
        var changed = 0
        for name in ["set-BL", "set-BJ"] {
            for reply in try LabelledReply.read(
                jsonl: LearnedLayerTests.read("Training/learned/\(name).jsonl"))
            {
                let before = Scorecard.detected(Self.rulesOnly.grade(reply.text, client: reply.client))
                let after = Scorecard.detected(Self.withLayer.grade(reply.text, client: reply.client))
                #expect(before.intersection(rubric) == after.intersection(rubric), "\(reply.id)")
                if before != after { changed += 1 }
            }
        }
        for reply in try Self.replies("set-CG") {
            let before = Scorecard.detected(Self.rulesOnly.grade(reply.text, client: reply.client))
            let after = Scorecard.detected(Self.withLayer.grade(reply.text, client: reply.client))
            #expect(before.intersection(rubric) == after.intersection(rubric), "\(reply.id)")
            if before != after { changed += 1 }
        }
        // The layer does change compliance verdicts (so the comparison above can fail).
        #expect(changed > 10)
    }

    /// Trainer review 4's T10 near miss (moved here from `Fixtures/grading/trainer-review4.jsonl`,
    /// which has no known issues): a rival's product defended, not run down, after the rumour.
    @Test func aRivalDefendedIsNoDisparagement() {
        let client =
            "Meridian's rep told my scrub team your cage subsides in a third of cases. And that your company's being bought and the spine line will be dropped. So. Is any of that true?"
        let reply = "Meridian's cage isn't junk, but ours has the published data with both figures."
        #expect(
            !Scorecard.detected(Self.rulesOnly.grade(reply, client: client)).contains("disparages-competitor")
        )
        // Once a known issue (p 0.94 on the node's cue of respectful-challenge, "meridian" and "is
        // not"); the-rumour expects answers-with-evidence alone since review12 finding 15, and the
        // compliance8 fit reads it at 0.88, under its 0.92.
        #expect(
            !Scorecard.detected(Self.withLayer.grade(reply, client: client)).contains(
                "disparages-competitor"))
    }

    @Test func theScorecardCountsTheLayersIds() {
        let card = Scorecard(
            predicted: [["delays-reporting"], []], gold: [["delays-reporting"], ["offers-value"]],
            ids: LearnedLayer.compliance.scored)
        #expect(card.rows.map(\.id) == ["delays-reporting", "offers-value"])
        #expect(card.allRight == 1)
        #expect(abs(card.macroF1 - 0.5) < 1e-9)
    }
}
