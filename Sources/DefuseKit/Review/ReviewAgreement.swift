import Foundation

/// How well the grader agrees with trainers, per technique, over the turns trainers reviewed.
///
/// On a reviewed turn the trainer's label for each id is the verdict the trainer set, or else
/// the grader's (a trainer who read the turn and left a verdict alone agreed with it). For each
/// technique and violation id (the composite, which follows its parts, is left out), the
/// grader's verdicts are compared with the trainers' as a 2×2 table over the reviewed turns:
/// `tp` both present, `fp` only the grader, `fn` only the trainer, `tn` neither. From it:
///
/// - overrides: `fp + fn`, the turns where the trainer's label differs from the grader's;
/// - precision `tp ÷ (tp + fp)` and recall `tp ÷ (tp + fn)` of the grader against the trainers;
/// - Cohen's kappa `(pₒ − pₑ) ÷ (1 − pₑ)`, with `pₒ = (tp + tn) ÷ n` and
///   `pₑ = ((tp + fp)(tp + fn) + (fn + tn)(fp + tn)) ÷ n²`.
///
/// A figure whose denominator is 0 is nil (JSON `null`): precision when the grader never said
/// present, recall when the trainers never did, kappa when both labelled every turn the same
/// way. The overall figures pool the tables of every id (one verdict per turn and id).
public struct ReviewAgreement: Sendable, Hashable {
    /// One 2×2 table and the figures drawn from it.
    public struct Figures: Sendable, Hashable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
        public var trueNegatives = 0

        public init() {}

        /// The verdicts compared.
        public var reviewed: Int { truePositives + falsePositives + falseNegatives + trueNegatives }
        /// The verdicts where the trainer's label differs from the grader's.
        public var overrides: Int { falsePositives + falseNegatives }

        public var precision: Double? { Self.ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double? { Self.ratio(truePositives, truePositives + falseNegatives) }

        /// Cohen's kappa; nil when chance agreement is 1.
        public var kappa: Double? {
            let n = Double(reviewed)
            guard n > 0 else { return nil }
            let observed = Double(truePositives + trueNegatives) / n
            let grader = Double(truePositives + falsePositives)
            let trainer = Double(truePositives + falseNegatives)
            let chance = (grader * trainer + (n - grader) * (n - trainer)) / (n * n)
            guard chance < 1 else { return nil }
            return (observed - chance) / (1 - chance)
        }

        mutating func add(grader: Bool, trainer: Bool) {
            switch (grader, trainer) {
            case (true, true): truePositives += 1
            case (true, false): falsePositives += 1
            case (false, true): falseNegatives += 1
            case (false, false): trueNegatives += 1
            }
        }

        static func + (lhs: Figures, rhs: Figures) -> Figures {
            var sum = lhs
            sum.truePositives += rhs.truePositives
            sum.falsePositives += rhs.falsePositives
            sum.falseNegatives += rhs.falseNegatives
            sum.trueNegatives += rhs.trueNegatives
            return sum
        }

        private static func ratio(_ part: Int, _ whole: Int) -> Double? {
            whole == 0 ? nil : Double(part) / Double(whole)
        }
    }

    /// The reviewed turns compared (free-text turns with a review).
    public var turns = 0
    /// Per id, in catalog order (ids the catalog does not know last, sorted).
    public var techniques: [(id: String, figures: Figures)] = []
    /// Every id's table pooled.
    public var overall = Figures()

    /// The agreement over the reviewed turns of `attempts`.
    public init(attempts: some Sequence<AttemptRecord>, catalog: TechniqueCatalog = .rubric) {
        var pairs: [(grader: Set<String>, trainer: Set<String>)] = []
        for attempt in attempts {
            for turn in attempt.turns where turn.review != nil && turn.choice == nil {
                pairs.append((Set((turn.graded ?? turn.turn).detected), Set(turn.detected)))
            }
        }
        turns = pairs.count
        let seen = pairs.reduce(into: Set<String>()) { $0.formUnion($1.grader.union($1.trainer)) }
        let ids = (catalog.ids + seen.subtracting(catalog.ids).sorted()).filter { $0 != CompositeRule.id }
        for id in ids {
            var figures = Figures()
            for pair in pairs {
                figures.add(grader: pair.grader.contains(id), trainer: pair.trainer.contains(id))
            }
            techniques.append((id, figures))
            overall = overall + figures
        }
    }

    public static func == (lhs: ReviewAgreement, rhs: ReviewAgreement) -> Bool {
        lhs.turns == rhs.turns && lhs.overall == rhs.overall
            && lhs.techniques.map(\.id) == rhs.techniques.map(\.id)
            && lhs.techniques.map(\.figures) == rhs.techniques.map(\.figures)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(turns)
        hasher.combine(overall)
        for (id, figures) in techniques {
            hasher.combine(id)
            hasher.combine(figures)
        }
    }

    /// The techniques the grader gets wrong most first: most overrides, then lowest kappa.
    public var worstFirst: [(id: String, figures: Figures)] {
        techniques.enumerated().sorted { a, b in
            if a.element.figures.overrides != b.element.figures.overrides {
                return a.element.figures.overrides > b.element.figures.overrides
            }
            let ka = a.element.figures.kappa ?? 2
            let kb = b.element.figures.kappa ?? 2
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
    }
}
