import Foundation
import Testing

@testable import DefuseKit

/// The agreement figures against numbers worked out by hand.
@Suite struct ReviewAgreementTests {
    let t0 = Date(timeIntervalSince1970: 1_790_000_000)

    /// A reviewed turn: the grader found `graded`; the trainer set `trainer` (id: present).
    func turn(_ index: Int, graded: [String], trainer: [String: Bool]) -> TurnRecord {
        var review = TurnReview(reviewer: "Kim", reviewed: t0)
        for (id, present) in trainer { review = review.setting(id, present: present, by: "Kim", at: t0) }
        return TurnRecord(sampleTurn(met: graded, missed: []), index: index, recorded: t0).applying(review)
    }

    /// Ten reviewed turns. For apology: the grader and the trainer both say present on 4 turns
    /// (0-3), only the grader on 1 (4), only the trainer on 2 (5, 6), neither on 3 (7-9).
    /// For thanks: the grader says present on turns 0-4 and the trainer agrees everywhere.
    func attempts() -> [AttemptRecord] {
        var turns: [TurnRecord] = []
        for index in 0..<10 {
            var graded: [String] = []
            var trainer: [String: Bool] = [:]
            if index < 5 { graded += ["apology", "thanks"] }
            if index == 4 { trainer["apology"] = false }
            if index == 5 || index == 6 { trainer["apology"] = true }
            turns.append(turn(index, graded: graded, trainer: trainer))
        }
        // An unreviewed turn and a reviewed choice turn do not count.
        turns.append(TurnRecord(sampleTurn(met: ["apology"], missed: []), index: 10, recorded: t0))
        turns.append(
            TurnRecord(sampleTurn(met: [], missed: [], choice: 1), index: 11, recorded: t0).applying(
                TurnReview(reviewer: "Kim", reviewed: t0)))
        return [ReportFixtures.attempt(1, rep: "Ana").with(turns: turns)]
    }

    @Test func figuresPerTechniqueMatchAHandComputation() throws {
        let agreement = ReviewAgreement(attempts: attempts(), catalog: .rubric)
        #expect(agreement.turns == 10)
        let apology = try #require(agreement.techniques.first { $0.id == "apology" }?.figures)
        #expect(apology.reviewed == 10)
        #expect(apology.overrides == 3)
        // precision 4 / (4 + 1) = 0.8; recall 4 / (4 + 2) = 2/3.
        #expect(apology.precision == 0.8)
        #expect(abs((apology.recall ?? 0) - 2.0 / 3) < 1e-12)
        // pₒ = 7/10; pₑ = (5·6 + 5·4) / 100 = 0.5; κ = (0.7 − 0.5) / 0.5 = 0.4.
        #expect(abs((apology.kappa ?? 0) - 0.4) < 1e-12)
        let thanks = try #require(agreement.techniques.first { $0.id == "thanks" }?.figures)
        #expect(thanks.overrides == 0)
        #expect(thanks.precision == 1)
        #expect(thanks.recall == 1)
        #expect(thanks.kappa == 1)
        // Never present for either: nothing to divide by.
        let fromle = try #require(agreement.techniques.first { $0.id == "fromle" }?.figures)
        #expect(fromle.precision == nil && fromle.recall == nil && fromle.kappa == nil)
        // The composite follows its parts and is not listed.
        #expect(!agreement.techniques.contains { $0.id == "apology-ownership-prevention-thanks" })
        #expect(agreement.worstFirst.first?.id == "apology")
    }

    @Test func overallPoolsEveryTechnique() throws {
        let agreement = ReviewAgreement(attempts: attempts(), catalog: .rubric)
        // 16 ids × 10 turns = 160 verdicts: tp 4 + 5 = 9, fp 1, fn 2, tn 148.
        #expect(agreement.overall.reviewed == 160)
        #expect(agreement.overall.overrides == 3)
        #expect(agreement.overall.precision == 0.9)
        #expect(abs((agreement.overall.recall ?? 0) - 9.0 / 11) < 1e-12)
        // pₒ = 157/160; pₑ = (10·11 + 150·149) / 160²; κ = (pₒ − pₑ) / (1 − pₑ).
        let observed = 157.0 / 160
        let chance = (10.0 * 11 + 150 * 149) / (160 * 160)
        #expect(abs((agreement.overall.kappa ?? 0) - (observed - chance) / (1 - chance)) < 1e-12)
        #expect(abs((agreement.overall.kappa ?? 0) - 0.8471) < 1e-4)
    }

    @Test func jsonHasTheContractShape() throws {
        let text = AgreementReport.json(ReviewAgreement(attempts: attempts(), catalog: .rubric))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["turns"] as? Int == 10)
        let techniques = try #require(object["techniques"] as? [String: [String: Any]])
        #expect(
            Set(techniques["apology"]?.keys.map { $0 } ?? []) == [
                "reviewed", "overrides", "precision", "recall", "kappa",
            ])
        #expect(techniques["apology"]?["kappa"] as? Double == 0.4)
        #expect(techniques["apology"]?["precision"] as? Double == 0.8)
        #expect(techniques["apology"]?["recall"] as? Double == 0.6667)
        #expect(techniques["fromle"]?["kappa"] is NSNull)
        #expect((object["overall"] as? [String: Any])?["kappa"] as? Double == 0.8471)
        let empty = AgreementReport.json(ReviewAgreement(attempts: [], catalog: .rubric))
        let none = try #require(try JSONSerialization.jsonObject(with: Data(empty.utf8)) as? [String: Any])
        #expect(none["turns"] as? Int == 0)
    }

    @Test func theTableNamesTheWorstTechniqueFirst() {
        let table = AgreementReport.table(ReviewAgreement(attempts: attempts(), catalog: .rubric))
        let rows = table.split(separator: "\n").filter { $0.hasPrefix("  ") }
        #expect(rows.dropFirst().first?.hasPrefix("  apology ") == true)
        #expect(rows.dropFirst().first?.hasSuffix("0.80    0.67   0.40") == true)
        #expect(
            AgreementReport.table(ReviewAgreement(attempts: [], catalog: .rubric)).contains(
                "No reviewed turns"))
    }
}

extension AttemptRecord {
    func with(turns: [TurnRecord]) -> AttemptRecord {
        var copy = self
        copy.turns = turns
        return copy
    }
}
