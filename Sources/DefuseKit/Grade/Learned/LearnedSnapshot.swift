/// The training examples as features, written to a file (`Training/learned/features.tsv`).
///
/// The weights are fitted from this file, not from the labelled replies directly, because the
/// features include the rules' verdicts and the tokenizer's spelling fixes: when the phrase lists
/// change, the shipped weights still rebuild exactly from the snapshot they were fitted on, and
/// `defuse-train features` takes a new snapshot when the team chooses to retrain.
///
/// One line per reply: `id <TAB> labels (comma-separated, "-" for none) <TAB> feature <TAB> …`.
public enum LearnedSnapshot {
    public static func text(of examples: [LearnedTrainer.Example]) -> String {
        var out = "# Features of the labelled replies as the rules read them (defuse-train features).\n"
        for example in examples {
            let labels = example.labels.isEmpty ? "-" : example.labels.sorted().joined(separator: ",")
            out += ([example.id, labels] + example.features).joined(separator: "\t") + "\n"
        }
        return out
    }

    /// A line that is not `id <TAB> labels <TAB> features…`.
    public struct FormatError: Error, CustomStringConvertible {
        public let line: Int
        public var description: String { "line \(line): expected ID<TAB>LABELS<TAB>FEATURE…" }
    }

    public static func examples(parsing text: String) throws(FormatError) -> [LearnedTrainer.Example] {
        var examples: [LearnedTrainer.Example] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 2, !cells[0].isEmpty else { throw FormatError(line: index + 1) }
            let labels = cells[1] == "-" ? [] : Set(cells[1].split(separator: ",").map(String.init))
            examples.append(
                LearnedTrainer.Example(id: cells[0], labels: labels, features: Array(cells.dropFirst(2))))
        }
        return examples
    }

    /// Reads the features of `replies` with `grader`'s rules (its learned layer left out), as
    /// `layer` reads them (``LearnedLayer/rulesOnly(techniques:cues:)`` makes the grader).
    public static func examples(of replies: [LabelledReply], grader: Grader, layer: LearnedLayer = .rubric)
        -> [LearnedTrainer.Example]
    {
        replies.map { reply in
            LearnedTrainer.Example(
                id: reply.id, labels: reply.labels,
                features: layer.features(of: reply.text, client: reply.client, grader: grader))
        }
    }
}

/// Leave-one-set-out measurement: for each set, fit on the others and grade the held-out set
/// with the rules alone and with the rules and the learned layer.
///
/// Per-id thresholds (``LearnedThresholds``) are chosen from the same folds: each set's replies
/// are read by the model fitted without that set, and the thresholds a fold grades with are the
/// best on the other `chooseOn` sets as read that way, never on the fold's own replies.
public struct LearnedEvaluation: Sendable {
    public struct Fold: Sendable {
        public var name: String
        public var rules: Scorecard
        public var combined: Scorecard
        /// The ids each reply was given, by the rules alone and combined, and its gold ids, reply
        /// by reply (to pool several folds into one scorecard).
        public var rulesPredicted: [Set<String>]
        public var combinedPredicted: [Set<String>]
        public var gold: [Set<String>]
    }

    public var folds: [Fold] = []
    /// The thresholds chosen on every `chooseOn` set (empty when none is named): the ones to ship.
    public var thresholds: [String: LearnedThresholds.Pair] = [:]

    /// `sets` are named sets of labelled replies; `techniques` the technique cards graded with;
    /// `cues` what the scenarios say about their client lines (as in play: ``NodeCues``);
    /// `chooseOn` the names of the sets whose held-out readings choose per-id thresholds (sets the
    /// rules were not tuned on: on a tuned set the rules are right by construction). The ids in
    /// `holdBack` are left to the rules (never added, never withdrawn) in every fold and in the
    /// chosen thresholds; those in `addOnly` may be added but are never withdrawn. `layer` is the
    /// layer measured (`trainer`'s ids should be its ids): the compliance layer's folds grade with
    /// the built-in rubric layer on both sides and score the compliance ids.
    ///
    /// `snapshot` (by reply id), when given, is what each fold is fitted on instead of the rules'
    /// reading now: a layer fitted on an older snapshot, as shipped, graded with today's rules
    /// (learned12). A reply the snapshot lacks is fitted as the rules read it now. `stepVeto` false
    /// grades without ``LearnedModel/vetoesMisreadClauses``, to measure it. `slack` is how far
    /// under the rules' own precision a chosen pair's may fall (``LearnedThresholds/choose(_:ids:slack:addOnly:)``).
    public init(
        sets: [(name: String, replies: [LabelledReply])], techniques: [Technique],
        cues: NodeCues = NodeCues(),
        trainer: LearnedTrainer, chooseOn: Set<String> = [], holdBack: Set<String> = [],
        addOnly: Set<String> = [], layer: LearnedLayer = .rubric,
        snapshot: [String: LearnedTrainer.Example]? = nil, stepVeto: Bool = true,
        slack: Double = 0.02
    ) {
        let rulesOnly = layer.rulesOnly(techniques: techniques, cues: cues)
        let examples = sets.map { LearnedSnapshot.examples(of: $0.replies, grader: rulesOnly, layer: layer) }
        let fitted = examples.map { set in set.map { snapshot?[$0.id] ?? $0 } }
        let models = examples.indices.map { held in
            trainer.fit(fitted.indices.filter { $0 != held }.flatMap { fitted[$0] })
        }
        let outcomes = examples.indices.map { held in
            examples[held].map { models[held].outcome(features: $0.features, gold: $0.labels) }
        }
        func choose(besides held: Int?) -> [String: LearnedThresholds.Pair] {
            let pool = sets.indices.filter { $0 != held && chooseOn.contains(sets[$0].name) }.flatMap {
                outcomes[$0]
            }
            var chosen =
                pool.isEmpty
                ? trainer.thresholds
                : LearnedThresholds.choose(pool, ids: trainer.ids, slack: slack, addOnly: addOnly)
            for id in holdBack { chosen[id] = LearnedThresholds.Pair(add: 1, remove: 0) }
            return chosen
        }
        thresholds = chooseOn.isEmpty && holdBack.isEmpty ? [:] : choose(besides: nil)
        for (held, set) in sets.enumerated() {
            var model = models[held].with(thresholds: choose(besides: held))
            model.vetoesMisreadClauses = stepVeto
            let combined = layer.combined(model, techniques: techniques, cues: cues)
            let gold = set.replies.map(\.labels)
            let rules = set.replies.map { Scorecard.detected(rulesOnly.grade($0.text, client: $0.client)) }
            let both = set.replies.map { Scorecard.detected(combined.grade($0.text, client: $0.client)) }
            folds.append(
                Fold(
                    name: set.name, rules: Scorecard(predicted: rules, gold: gold, ids: layer.scored),
                    combined: Scorecard(predicted: both, gold: gold, ids: layer.scored),
                    rulesPredicted: rules,
                    combinedPredicted: both, gold: gold))
        }
    }
}
