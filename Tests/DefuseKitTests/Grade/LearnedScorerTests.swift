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

    /// The grading path decides from the scorer's sums (``LearnedScorer/apply(to:)``) what the
    /// reference decides from every feature named (``LearnedModel/apply(to:)``): the same
    /// verdicts, evidence and explanations, for both layers and both kinds of reasons, and the
    /// probabilities to the last bit.
    @Test func theScorerDecidesAsTheNamedFeaturesDo() throws {
        let grader = ComplianceLayerTests.withLayer
        let scorer = try #require(grader.learnedScorer)
        let compliance = try #require(grader.complianceScorer)
        var replies = Self.replies
        for name in ComplianceLayerTests.setNames { replies += try ComplianceLayerTests.replies(name) }
        var decided = 0
        var moved = 0
        for reply in replies {
            for reasons in [Grader.Reasons.omitted, .written] {
                let ruled = grader.ruled(reply.text, client: reply.client, reading: nil, reasons: reasons)
                let layers = [
                    (scorer, ruled),
                    (
                        compliance,
                        grader.complianceRuled(
                            reply.text, client: reply.client, reading: nil, reasons: reasons)
                    ),
                ]
                for (layer, board) in layers {
                    guard let probabilities = layer.probabilities(ifChanging: board) else { continue }
                    decided += 1
                    let named = layer.model.score(LearnedFeature.features(of: board)).probabilities
                    for column in layer.model.ids.indices where !probabilities[column].isNaN {
                        #expect(
                            probabilities[column] == named[column], "\(reply.id) \(layer.model.ids[column])")
                    }
                    var reference = board
                    layer.model.apply(to: &reference)
                    var graded = board
                    layer.apply(to: &graded)
                    if zip(board.slots, graded.slots).contains(where: { $0.present != $1.present }) {
                        moved += 1
                    }
                    for (expected, found) in zip(reference.slots, graded.slots) {
                        #expect(expected.present == found.present, "\(reply.id)")
                        #expect(expected.evidence == found.evidence, "\(reply.id)")
                        #expect(expected.explanation == found.explanation, "\(reply.id)")
                    }
                }
            }
        }
        // Both paths are exercised: replies sent to the model, and verdicts it changed.
        #expect(decided > 100 && moved > 50)
    }

    /// A feature rebuilt from its name (what the grading path does for the reasons it shows) is
    /// the feature the reply named: kind, words, suffix and key.
    @Test func aFeatureReadFromItsNameIsTheOneNamed() throws {
        let grader = ComplianceLayerTests.withLayer
        var checked = 0
        for reply in Self.replies.prefix(400) {
            let board = grader.ruled(reply.text, client: reply.client, reading: nil, reasons: .omitted)
            for feature in LearnedFeature.features(of: board) {
                let read = LearnedFeature(name: feature.name)
                #expect(read.kind.description == feature.kind.description, "\(feature.name)")
                #expect(read.first == feature.first && read.second == feature.second, "\(feature.name)")
                #expect(read.spaced == feature.spaced || feature.second.isEmpty, "\(feature.name)")
                #expect(read.key == feature.key && read.name == feature.name, "\(feature.name)")
                checked += 1
            }
        }
        #expect(checked > 10_000)
        // Every kind, and words that hold the other kinds' separators.
        for name in [
            "w:a+b", "b:<s> sorry", "b:3.5 set", "o:agrees-with-insult fair", "c:short", "c:me+future",
            "client:capitulates+short", "client:capitulates", "rule:apology",
        ] {
            #expect(LearnedFeature(name: name).name == name)
        }
        #expect(LearnedFeature(name: "w:a+b").first == "a+b")
        #expect(LearnedFeature(name: "c:me+future").second == "+future")
        #expect(LearnedFeature(name: "o:agrees-with-insult fair").second == "fair")
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
    /// The reply read against the client's line: its opening words and what it does (laughs,
    /// negates, says what "you" do) after a line that matched an id's `soft-if-client` list.
    @Test func theClientLineChangesWhatTheOpeningWordsMean() throws {
        let model = try LearnedModel(
            parsing: """
                add-above 0.7
                remove-below 0
                ids agrees-with-insult
                bias\tagrees-with-insult=-4
                o:agrees-with-insult zorbly\tagrees-with-insult=3
                client:agrees-with-insult+negated\tagrees-with-insult=2
                client:agrees-with-insult+you\tagrees-with-insult=-1

                """)
        let grader = Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: model)
        let rulesOnly = Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: nil)
        let scorer = try #require(grader.learnedScorer)
        let insult = "You people are useless."
        let complaint = "The tray came without the 3.5 mm screws."
        func logit(_ text: String, _ client: String) -> Double {
            scorer.logits(of: grader.ruled(text, client: client, reading: nil, reasons: .omitted))[0]
        }
        let reply = "zorbly florbix, not florbix"
        #expect(!rulesOnly.grade(reply, client: insult).isPresent("agrees-with-insult"))
        #expect(logit(reply, insult) == -4 + 3 + 2)
        // The same words after a complaint: no cue, nothing summed.
        #expect(logit(reply, complaint) == -4)
        // "zorbly" fourth is still early; fifth it is not.
        #expect(logit("florbix florbix florbix zorbly", insult) == -4 + 3)
        #expect(logit("florbix florbix florbix florbix zorbly", insult) == -4)
        #expect(logit("you are zorbly", insult) == -4 + 3 - 1)
        let verdict = try #require(
            grader.grade(reply, client: insult).all.first { $0.id == "agrees-with-insult" })
        #expect(verdict.present && verdict.evidence.map(\.words) == ["zorbly"])
        #expect(
            verdict.explanation?.contains("“zorbly” early, after a line read as agrees-with-insult") == true)
        #expect(!grader.grade(reply, client: complaint).isPresent("agrees-with-insult"))
        // A cross with the client's line is structure: it carries meaning beside function words.
        #expect(FunctionWords.carriesMeaning(name: "o:agrees-with-insult yeah"))
    }
}
