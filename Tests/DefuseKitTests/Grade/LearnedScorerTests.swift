import Foundation
import Testing

@testable import DefuseKit

/// The learned layer's grading path (``LearnedScorer``) sums the same weights as the model does
/// from named features, so it sends a reply to the full model exactly when a verdict may change.
@Suite struct LearnedScorerTests {
    /// Every labelled reply of the training sets, with its client line.
    static let replies: [LabelledReply] = {
        var replies: [LabelledReply] = []
        for name in LearnedLayerTests.setNames {
            let text = (try? LearnedLayerTests.read("Training/learned/\(name).jsonl")) ?? ""
            replies += (try? LabelledReply.read(jsonl: text)) ?? []
        }
        return replies
    }()

    @Test func theScorerSumsWhatTheNamedFeaturesSum() throws {
        let model = try #require(LearnedModel.builtIn)
        let grader = Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: model)
        let scorer = try #require(grader.learnedScorer)
        #expect(Self.replies.count > 500)
        var changed = 0
        for reply in Self.replies {
            let board = grader.ruled(reply.text, client: reply.client, reading: nil, reasons: .omitted)
            let probabilities = model.score(LearnedFeature.features(of: board)).probabilities
            let logits = scorer.logits(of: board)
            #expect(logits.count == probabilities.count)
            for (logit, probability) in zip(logits, probabilities) {
                #expect(abs(1 / (1 + exp(-logit)) - probability) < 1e-9, "\(reply.id)")
            }
            // The full model changes a verdict only where the scorer said it might.
            var full = board
            model.apply(to: &full)
            let moved = zip(board.slots, full.slots).contains { $0.present != $1.present }
            if moved {
                changed += 1
                #expect(scorer.wouldChange(board), "\(reply.id)")
            }
        }
        // The layer does change verdicts on these replies, so the check above is not empty.
        #expect(changed > 0)
    }

    @Test func wordsOutsideTheModelBreakPairsAndSentencesRestartThem() throws {
        let model = try LearnedModel(
            parsing: """
                add-above 0.7
                remove-below 0
                ids thanks
                bias\tthanks=-4
                b:<s> zorbly\tthanks=3
                b:zorbly florbix\tthanks=3
                w:florbix\tthanks=0.5

                """)
        let grader = Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: model)
        let scorer = try #require(grader.learnedScorer)
        func logit(_ text: String) -> Double {
            scorer.logits(of: grader.ruled(text, client: nil, reading: nil, reasons: .omitted))[0]
        }
        #expect(logit("zorbly florbix") == -4 + 3 + 3 + 0.5)
        // An unknown word between them: no pair, and "zorbly" no longer opens the sentence.
        #expect(logit("blah zorbly blah florbix") == -4 + 0.5)
        #expect(logit("blah. zorbly florbix") == -4 + 3 + 3 + 0.5)
        // Twice typed, counted once.
        #expect(logit("zorbly florbix. zorbly florbix") == -4 + 3 + 3 + 0.5)
        #expect(grader.grade("zorbly florbix").isPresent("thanks"))
        #expect(!grader.grade("blah zorbly blah florbix").isPresent("thanks"))
    }
}
