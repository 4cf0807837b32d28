import Foundation
import Testing

@testable import DefuseKit

/// The learned layer: its shipped weights, its training and its explanations.
@Suite struct LearnedLayerTests {
    /// The package folder (this file is Tests/DefuseKitTests/Grade/LearnedLayerTests.swift).
    static let package: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }()

    static func read(_ path: String) throws -> String {
        try String(contentsOf: package.appending(path: path), encoding: .utf8)
    }

    @Test func shippedWeightsLoadAndAreUsed() throws {
        let model = try #require(LearnedModel.builtIn)
        #expect(model.ids.contains("blame-shifting") && model.ids.contains("capitulates"))
        #expect(!model.ids.contains("apology-ownership-prevention-thanks"))
        #expect(model.addAbove > 0.5 && model.removeBelow < 0.5)
        // The built-in weights are the file in Scenarios/learned, read back unchanged.
        #expect(try LearnedModel(parsing: Self.read("Scenarios/learned/weights.tsv")) == model)
        #expect(shippedGrader.learned == model)
    }

    @Test func retrainingFromTheShippedSnapshotReproducesTheShippedWeights() throws {
        let examples = try LearnedSnapshot.examples(parsing: Self.read("Training/learned/features.tsv"))
        var trainer = LearnedLayer.rubric.trainer
        #expect(trainer.leavesOutClientLine)
        trainer.thresholds = try LearnedThresholds.parse(Self.read("Training/learned/thresholds.tsv"))
        #expect(!trainer.thresholds.isEmpty)
        let model = trainer.fit(examples)
        #expect(model.text == (try Self.read("Scenarios/learned/weights.tsv")))
    }

    @Test func theSnapshotHoldsEveryLabelledReplyInOrder() throws {
        let snapshot = try LearnedSnapshot.examples(parsing: Self.read("Training/learned/features.tsv"))
        var replies: [LabelledReply] = []
        for name in Self.setNames {
            replies += try LabelledReply.read(jsonl: Self.read("Training/learned/\(name).jsonl"))
        }
        #expect(snapshot.map(\.id) == replies.map(\.id))
        #expect(snapshot.map(\.labels) == replies.map(\.labels))
    }

    /// The labelled sets, in the order the snapshot reads them.
    static let setNames = [
        "dev", "set-T", "set-X", "set-Y", "set-A", "set-B", "set-C", "set-D", "set-E", "set-F",
        "set-P", "set-Q", "set-R", "set-Z", "set-W", "set-G", "set-H", "set-S", "set-U", "set-V", "set-J",
        "set-K", "set-L", "set-TA", "set-TB", "set-BA", "set-BB", "set-BC", "set-BD", "set-BE", "set-BF",
        "set-BG", "set-BH", "set-BI", "set-BJ", "set-BK", "set-BL", "set-BM", "set-BN", "set-BO", "set-BP",
        "set-BQ", "set-BR", "set-BS", "set-BT", "set-BU", "set-BV", "set-BW", "set-BX", "set-TC", "set-TD",
        "set-TE", "set-TF", "set-TG", "set-TH", "set-DA", "set-DB", "set-DC", "set-DD", "set-EA", "set-EB",
        "set-EC", "set-ED", "set-IA", "set-IB", "set-IC", "set-ID",
    ]

    /// A small training set whose answer depends on one word.
    static let examples: [LearnedTrainer.Example] = (0..<12).map { index in
        LearnedTrainer.Example(
            id: "e\(index)", labels: index % 3 == 0 ? ["thanks"] : [],
            features: index % 3 == 0 ? ["w:zorbly", "w:reply"] : ["w:reply", "w:other\(index % 2)"])
    }

    @Test func trainingIsDeterministicAndLearnsTheWord() throws {
        var trainer = LearnedTrainer()
        trainer.ids = ["thanks", "apology"]
        let first = trainer.fit(Self.examples)
        let second = trainer.fit(Self.examples)
        #expect(first == second)
        #expect(first.text == second.text)
        let row = try #require(first.text.split(separator: "\n").first { $0.hasPrefix("w:zorbly\t") })
        let weight = try #require(Double(row.split(separator: "=")[1].split(separator: " ")[0]))
        #expect(weight > 1)
        #expect(try LearnedModel(parsing: first.text) == first)
    }

    static let wordModel = """
        add-above 0.7
        remove-below 0.3
        ids thanks apology
        bias\tthanks=-2 apology=-6
        w:zorbly\tthanks=5

        """

    @Test func anAddedVerdictNamesTheFeaturesThatCarriedIt() throws {
        let model = try LearnedModel(parsing: Self.wordModel)
        let grader = Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: model)
        let rulesOnly = Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: nil)
        #expect(!rulesOnly.grade("zorbly").isPresent("thanks"))
        let verdict = try #require(grader.grade("zorbly").all.first { $0.id == "thanks" })
        #expect(verdict.present)
        #expect(verdict.evidence.map(\.rule) == ["learned: “zorbly” +5 (p 0.95)"])
        #expect(verdict.explanation?.contains("learned layer") == true)
        // The batch form keeps the words, without the rule.
        let lean = try #require(grader.grade("zorbly", reasons: .omitted).all.first { $0.id == "thanks" })
        #expect(lean.present && lean.evidence.map(\.words) == ["zorbly"])
    }

    /// A model that would add argues-back on a particle, a pronoun or a pair of them alone.
    static let functionWordModel = """
        add-above 0.7
        remove-below 0
        ids argues-back thanks
        bias\targues-back=-2 thanks=-2
        w:up\targues-back=5
        b:it up\targues-back=5
        w:them\targues-back=5
        w:zorbly\tthanks=5
        client:agrees-with-insult\tthanks=5

        """

    @Test func functionWordsAloneNeverCarryAnAddedVerdict() throws {
        let model = try LearnedModel(parsing: Self.functionWordModel)
        let grader = Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: model)
        // "up", "it up" and "them" push argues-back to p 1.00 and say nothing: not added.
        let reply = "Take it up with them."
        #expect(
            try #require(
                model.outcome(
                    features: shippedGrader.learnedFeatures(reply, client: nil).map(\.name), gold: []
                ).probabilities.first) > 0.99)
        #expect(!grader.grade(reply).isPresent("argues-back"))
        // A word that means something carries it, and is quoted.
        let verdict = try #require(
            grader.grade("zorbly, take it up with them").all.first { $0.id == "thanks" })
        #expect(verdict.present && verdict.evidence.map(\.words) == ["zorbly"])
        // Structure (the client's line) counts as meaning beside the reply's words.
        #expect(FunctionWords.carriesMeaning(name: "client:agrees-with-insult"))
        #expect(
            FunctionWords.carriesMeaning(name: "b:fair enough")
                && FunctionWords.carriesMeaning(name: "b:<s> zorbly"))
        #expect(
            !FunctionWords.carriesMeaning(name: "b:it up") && !FunctionWords.carriesMeaning(name: "w:that"))
        #expect(
            !FunctionWords.carriesMeaning(name: "b:<s> ok") && !FunctionWords.carriesMeaning(name: "b:i will")
        )
    }

    /// A model that would add argues-back on a negation, a name the client is called by, a word of
    /// its own, or a clause with "you" as subject.
    static let answerBackModel = """
        add-above 0.7
        remove-below 0
        ids argues-back
        bias\targues-back=-2
        w:doctor\targues-back=5
        b:is not\targues-back=5
        w:not\targues-back=5
        w:zorbly\targues-back=5
        c:you\targues-back=3
        w:did\targues-back=1

        """

    @Test func argumentIsAddedOnlyOnItsOwnWordsOrOnWhatTheClientIsToldTheyDo() throws {
        let model = try LearnedModel(parsing: Self.answerBackModel)
        let grader = Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: model)
        // A negation ("is not", "not") and a title ("doctor") push it to p 1.00 and answer nothing back.
        for reply in ["That's not a use the balloon is approved for.", "Dr. Lindqvist."] {
            #expect(
                try #require(
                    model.outcome(
                        features: shippedGrader.learnedFeatures(reply, client: nil).map(\.name), gold: []
                    ).probabilities.first) > 0.9, "\(reply)")
            #expect(!grader.grade(reply, reasons: .omitted).isPresent("argues-back"), "\(reply)")
        }
        // A word of the reply's own carries it; so does telling the client what they did.
        let zorbly = try #require(grader.grade("zorbly").all.first { $0.id == "argues-back" })
        #expect(zorbly.present && zorbly.evidence.map(\.words) == ["zorbly"])
        #expect(grader.grade("You did it.", reasons: .omitted).isPresent("argues-back"))
        #expect(FunctionWords.isOwnWord(name: "w:naive") && FunctionWords.isOwnWord(name: "b:that naive"))
        #expect(!FunctionWords.isOwnWord(name: "b:is not") && !FunctionWords.isOwnWord(name: "w:doctor"))
        #expect(!FunctionWords.isOwnWord(name: "o:argues-back mate"))
        #expect(!FunctionWords.isOwnWord(name: "c:you"))
        #expect(LearnedModel.answersBack(["c:you+negated"]) && !LearnedModel.answersBack(["c:your-side"]))
    }

    @Test func aWithdrawnVerdictSaysWhy() throws {
        let model = try LearnedModel(parsing: Self.wordModel)
        let grader = Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: model)
        #expect(
            Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: nil).grade("I'm so sorry")
                .isPresent("apology"))
        let verdict = try #require(grader.grade("I'm so sorry").all.first { $0.id == "apology" })
        #expect(!verdict.present)
        #expect(verdict.explanation?.contains("the learned layer reads it as absent (p 0)") == true)
    }

    /// A limit the rules took away because a retort stood beside it stands again when the layer
    /// withdraws the retort (learned10): the limit rests on the violation the layer reads as absent.
    @Test func aLimitCancelledByAWithdrawnRetortStandsAgain() throws {
        let reply = "I can't skip the form. Calm down."
        let rulesOnly = Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: nil).grade(reply)
        #expect(rulesOnly.isPresent("argues-back"))
        let cancelled = try #require(rulesOnly.all.first { $0.id == "boundary-setting" })
        #expect(!cancelled.present && cancelled.explanation?.contains("also shows argues-back") == true)
        // A layer that reads no retort here (p 0.01), and says nothing of the limit.
        let model = try LearnedModel(
            parsing: "add-above 1\nremove-below 0.3\nids argues-back\nbias\targues-back=-5\n")
        let graded = Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: model).grade(reply)
        #expect(!graded.isPresent("argues-back"))
        let limit = try #require(graded.all.first { $0.id == "boundary-setting" })
        #expect(limit.present)
        #expect(limit.explanation?.contains("reads argues-back as absent") == true)
        // A layer that keeps the retort keeps the limit away.
        let keeps = try LearnedModel(
            parsing: "add-above 1\nremove-below 0.3\nids argues-back\nbias\targues-back=5\n")
        #expect(
            !Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: keeps).grade(reply)
                .isPresent("boundary-setting"))
    }

    /// The guards of learned11, each from a pin the refit on 63 sets read wrongly, each read against
    /// the rubric's words: a model that pushes hard for the verdict still does not add it, and the
    /// look-alike the guard leaves alone is added.
    @Test func aHedgedLimitIsNotAddedAsABoundary() throws {
        let model = try LearnedModel(
            parsing:
                "add-above 0.5\nremove-below 0\nids boundary-setting\nbias\tboundary-setting=-2\nw:dinner\tboundary-setting=6\n"
        )
        let grader = Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: model)
        let rulesOnly = Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: nil)
        let hedged = "Sorry if this is awkward, but dinner's probably not something we can do."
        #expect(!rulesOnly.grade(hedged).isPresent("boundary-setting"))
        #expect(!grader.grade(hedged).isPresent("boundary-setting"))
        #expect(!grader.grade("Dinner? Maybe not this time.").isPresent("boundary-setting"))
        // The same weights add it to a limit said without a hedge.
        let plain = "Dinner at Calder's, no."
        #expect(!rulesOnly.grade(plain).isPresent("boundary-setting"))
        let added = try #require(grader.grade(plain).all.first { $0.id == "boundary-setting" })
        #expect(added.present && added.explanation?.contains("learned layer") == true)
    }

    @Test func preventionIsAddedOnlyWhenTheReplyLooksPastThePresentCase() throws {
        let model = try LearnedModel(
            parsing:
                "add-above 0.5\nremove-below 0\nids prevention\nbias\tprevention=-2\nw:photo\tprevention=6\n")
        let grader = Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: model)
        let rulesOnly = Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: nil)
        // angry-surgeon's review10 finding 3 look-alike: one photo tonight stops nothing recurring.
        let once =
            "Tonight I'll text you a photo of the set next to your patient's wristband label and her MRN."
        #expect(!rulesOnly.grade(once).isPresent("prevention"))
        #expect(!grader.grade(once).isPresent("prevention"))
        #expect(!grader.grade("I'll text you a photo of the set by 8 tonight.").isPresent("prevention"))
        for ahead in [
            "I'll text you a photo of the set again tomorrow night.", "Photo of the set to you weekly.",
            "Photo of the set from me, same as any tray, by 8.",
        ] {
            #expect(!rulesOnly.grade(ahead).isPresent("prevention"), "\(ahead)")
            let added = try #require(grader.grade(ahead).all.first { $0.id == "prevention" })
            #expect(added.present && added.explanation?.contains("learned layer") == true, "\(ahead)")
        }
    }

    /// learned12: prevention and ownership are not added from a clause the rules read as an effort
    /// promise or as a breach (Review12gGraderTests pins the two replies learned11's weights misread).
    @Test func aStepIsNotAddedFromAnEffortPromiseOrABreach() throws {
        let model = try LearnedModel(
            parsing:
                "add-above 0.5\nremove-below 0\nids prevention ownership\nbias\tprevention=-2 ownership=-2\n"
                + "w:attention\tprevention=6\nw:flash\townership=6\n")
        let grader = Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: model)
        let rulesOnly = Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: nil)
        // An effort promise: how the rep will be, no step.
        let effort = "I'll pay more attention from now on."
        #expect(!rulesOnly.grade(effort).isPresent("prevention"))
        #expect(!grader.grade(effort).isPresent("prevention"))
        #expect(!grader.grade(effort, reasons: .omitted).isPresent("prevention"))
        // The same word in a step looking ahead is added.
        for step in [
            "An attention flag on every tray before it leaves.", "Attention flags on every tray, every week.",
        ] {
            #expect(!rulesOnly.grade(step).isPresent("prevention"), "\(step)")
            #expect(grader.grade(step).isPresent("prevention"), "\(step)")
        }
        // A commitment whose reasons stand in a clause holding a reprocessing shortcut.
        for shortcut in [
            "Look, I'll bring one over by one, just get them to flash it.", "Just get them to flash it.",
        ] {
            #expect(rulesOnly.grade(shortcut).isPresent("breaches-sterile-field"), "\(shortcut)")
            #expect(!rulesOnly.grade(shortcut).isPresent("ownership"), "\(shortcut)")
            #expect(!grader.grade(shortcut).isPresent("ownership"), "\(shortcut)")
            #expect(!grader.grade(shortcut, reasons: .omitted).isPresent("ownership"), "\(shortcut)")
        }
        // The flash refused is no breach: the same word is a reason again.
        for refused in [
            "I won't ask them to flash it.", "Nobody is going to flash it; one's coming over by one.",
        ] {
            #expect(!rulesOnly.grade(refused).isPresent("breaches-sterile-field"), "\(refused)")
            #expect(!rulesOnly.grade(refused).isPresent("ownership"), "\(refused)")
            #expect(grader.grade(refused).isPresent("ownership"), "\(refused)")
        }
    }

    @Test func blameThatSpeaksToNoOneButAThirdPartyIsNotAnArgument() throws {
        let model = try LearnedModel(
            parsing:
                "add-above 0.5\nremove-below 0\nids argues-back\nbias\targues-back=-2\nw:territories\targues-back=6\n"
        )
        let grader = Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: model)
        let rulesOnly = Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: nil)
        // bias-client's blind weak-blame sends him elsewhere: the rubric's blame-shifting, no retort.
        let elsewhere =
            "Doug moved territories, that was management's decision, not mine. Take it up with them."
        #expect(rulesOnly.grade(elsewhere).isPresent("blame-shifting"))
        #expect(!rulesOnly.grade(elsewhere).isPresent("argues-back"))
        #expect(!grader.grade(elsewhere).isPresent("argues-back"))
        // With no blame beside it the same weights add it.
        let plain = "Doug moved territories."
        #expect(!rulesOnly.grade(plain).isPresent("argues-back"))
        #expect(grader.grade(plain).isPresent("argues-back"))
    }

    @Test func anInsultTheRepSaysOfThemselvesIsNotWithdrawn() throws {
        let model = try LearnedModel(
            parsing: "add-above 1\nremove-below 0.3\nids agrees-with-insult\nbias\tagrees-with-insult=-5\n")
        let grader = Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: model)
        let rulesOnly = Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: nil)
        let client =
            "Well. I suppose I should thank you for eighteen months. Even if we drove each other round the bend."
        // personality-clash's blind weak-cave: the rep calls themselves annoying (p 0.01 here).
        for reply in ["No no, thank you. Sorry I was so annoying.", "We're useless, I know."] {
            #expect(rulesOnly.grade(reply, client: client).isPresent("agrees-with-insult"), "\(reply)")
            #expect(grader.grade(reply, client: client).isPresent("agrees-with-insult"), "\(reply)")
            #expect(grader.grade(reply, client: client, reasons: .omitted).isPresent("agrees-with-insult"))
        }
        // Words that are not said of the rep's own side stay the layer's to withdraw ("You're right,
        // I'm" is read as agreeing; the rep owns a mistake).
        let other = "You're right, I'm sorry. It was me, I brought them at 4:40."
        #expect(rulesOnly.grade(other, client: client).isPresent("agrees-with-insult"))
        #expect(!grader.grade(other, client: client).isPresent("agrees-with-insult"))
    }

    @Test func perIDThresholdsOverrideTheDefaultAndRoundTrip() throws {
        let text = Self.wordModel.replacingOccurrences(
            of: "ids thanks apology\n", with: "ids thanks apology\nadd-above thanks 0.99\n")
        let model = try LearnedModel(parsing: text)
        #expect(model.thresholds == ["thanks": LearnedThresholds.Pair(add: 0.99, remove: nil)])
        #expect(try LearnedModel(parsing: model.text) == model)
        // p 0.95 is above the default 0.7 but below thanks' own 0.99: not added.
        let grader = Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: model)
        #expect(!grader.grade("zorbly").isPresent("thanks"))
        let lowered = model.with(thresholds: ["thanks": LearnedThresholds.Pair(add: 0.9, remove: nil)])
        #expect(
            Grader(techniques: TechniqueLibrary.builtIn.techniques, learned: lowered).grade("zorbly")
                .isPresent("thanks"))
        #expect(throws: LearnedModel.FormatError.self) {
            try LearnedModel(parsing: "ids thanks\nadd-above nobody 0.5\nbias\tthanks=1\n")
        }
        let file = LearnedThresholds.text(of: lowered.thresholds, ids: lowered.ids)
        #expect(try LearnedThresholds.parse(file) == lowered.thresholds)
    }

    /// One held-out reading of a reply for `thanks`: the rules' verdict, the model's probability, the gold.
    static func outcome(_ rules: Bool, _ probability: Double, _ gold: Bool) -> LearnedThresholds.Outcome {
        LearnedThresholds.Outcome(
            rules: rules ? ["thanks"] : [], probabilities: [probability], wordsLead: [true],
            gold: gold ? ["thanks"] : [])
    }

    @Test func thresholdsAreChosenForF1WithoutLosingPrecision() {
        let outcome = Self.outcome
        // The rules find two of five and are always right; the model ranks the three they miss
        // at 0.6–0.7 and a wrong one at 0.58, and reads one the rules gave wrongly at 0.1.
        let outcomes = [
            outcome(true, 0.9, true), outcome(true, 0.8, true), outcome(false, 0.7, true),
            outcome(false, 0.65, true), outcome(false, 0.62, true), outcome(false, 0.58, false),
            outcome(false, 0.2, false),
        ]
        let chosen = LearnedThresholds.choose(outcomes, ids: ["thanks"])
        // 0.6 catches the three without the wrong one; 0.55 would cost precision.
        #expect(chosen["thanks"]?.add == 0.6)
        #expect(chosen["thanks"]?.remove == 0)
    }

    @Test func anAddOnlyIDIsNeverWithdrawn() {
        let outcome = Self.outcome
        // The rules give three verdicts; the model reads the wrong one at 0.1, the right ones high.
        let outcomes = [outcome(true, 0.9, true), outcome(true, 0.8, true), outcome(true, 0.1, false)]
        #expect(LearnedThresholds.choose(outcomes, ids: ["thanks"])["thanks"]?.remove == 0.15)
        #expect(
            LearnedThresholds.choose(outcomes, ids: ["thanks"], addOnly: ["thanks"])["thanks"]?.remove == 0)
    }

    @Test func aBadWeightsFileNamesItsLine() {
        #expect(throws: LearnedModel.FormatError.self) {
            try LearnedModel(parsing: "ids thanks\nbias\tthanks=x\n")
        }
        do {
            _ = try LearnedModel(parsing: "ids thanks\nbias\tthanks=1\nw:a\tnobody=2\n")
            Issue.record("an unknown id was accepted")
        } catch {
            #expect(error.line == 3)
        }
    }

    @Test func theScorecardCountsAsTheBlindSetsDo() {
        let card = Scorecard(
            predicted: [["apology"], ["apology", "thanks"], []],
            gold: [["apology"], ["apology"], ["thanks"]])
        #expect(card.allRight == 1 && card.count == 3)
        let apology = card.rows.first { $0.id == "apology" }
        let thanks = card.rows.first { $0.id == "thanks" }
        #expect(apology?.f1 == 1)
        #expect(thanks?.precision == 0 && thanks?.recall == 0 && thanks?.gold == 1)
        #expect(card.rows.count == 2 && card.macroF1 == 0.5)
    }
}
