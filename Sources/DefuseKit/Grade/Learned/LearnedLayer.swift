/// Which learned layer a weights file, a snapshot or a measurement is for: the rubric's
/// (`Scenarios/learned/weights.tsv`, the 16 rubric ids but the composite and `fromle`) or the
/// compliance ids' (`Scenarios/learned/compliance-weights.tsv`: the two compliance techniques and
/// the nine breaches). Both are the same model (``LearnedModel``), trained (``LearnedTrainer``),
/// explained and thresholded the same way; they differ in the ids they vote on and in where they
/// read the reply.
///
/// The rubric layer reads the board as the interaction rules leave it, before itself. The
/// compliance layer runs after the compliance rules read from structure (which run after the
/// rubric layer, as they read its limits and give-ins), so it reads the board as everything but
/// itself and the composite leaves it: the rules' final compliance verdicts are among its
/// features (`rule:delays-reporting`), and it never changes a rubric id.
public enum LearnedLayer: String, Sendable, CaseIterable {
    case rubric
    case compliance

    /// The compliance ids the compliance layer votes on and its scorecards count.
    public static let complianceIDs = ["answers-with-evidence", "objective-report"] + ComplianceBreaches.list

    /// The ids the layer votes on, in the order of its weights' columns.
    public var ids: [String] {
        switch self {
        case .rubric: TechniqueCatalog.rubric.ids.filter { $0 != CompositeRule.id && $0 != "fromle" }
        case .compliance: Self.complianceIDs
        }
    }

    /// The ids a scorecard of the layer's labelled sets counts (``Scorecard``).
    public var scored: [String] {
        switch self {
        case .rubric: TechniqueCatalog.rubric.ids
        case .compliance: Self.complianceIDs
        }
    }

    /// Where the weights are built into the program (a path under `Scenarios/`).
    public var weightsPath: String {
        switch self {
        case .rubric: "learned/weights.tsv"
        case .compliance: "learned/compliance-weights.tsv"
        }
    }

    /// The weights built into the program for this layer, or nil when there are none.
    public var builtIn: LearnedModel? {
        switch self {
        case .rubric: LearnedModel.builtIn
        case .compliance: LearnedModel.builtInCompliance
        }
    }

    /// A grader with the rules as this layer reads them: for the rubric layer the rules alone;
    /// for the compliance layer the rules and the built-in rubric layer (the compliance rules read
    /// its verdicts), with no compliance layer.
    public func rulesOnly(techniques: [Technique], cues: NodeCues) -> Grader {
        switch self {
        case .rubric: Grader(techniques: techniques, cues: cues, learned: nil, compliance: nil)
        case .compliance:
            Grader(techniques: techniques, cues: cues, learned: LearnedModel.builtIn, compliance: nil)
        }
    }

    /// The same grader with `model` as this layer.
    public func combined(_ model: LearnedModel, techniques: [Technique], cues: NodeCues) -> Grader {
        switch self {
        case .rubric: Grader(techniques: techniques, cues: cues, learned: model, compliance: nil)
        case .compliance:
            Grader(techniques: techniques, cues: cues, learned: LearnedModel.builtIn, compliance: model)
        }
    }

    /// The features this layer reads in `reply` with `grader`'s rules (a ``rulesOnly(techniques:cues:)`` grader).
    public func features(of reply: String, client: String?, grader: Grader) -> [String] {
        switch self {
        case .rubric: grader.learnedFeatures(reply, client: client).map(\.name)
        case .compliance: grader.complianceFeatures(reply, client: client).map(\.name)
        }
    }

    /// A trainer for this layer's ids. The rubric layer is fitted without the client's line by
    /// itself (learned11: leaving one set out over 63 sets, macro-F1 pooled 0.9087 -> 0.9089 over 37
    /// sets and 0.9068 -> 0.9074 over 59; the line is an input that changes what the reply's words
    /// mean, crossed with them, not evidence by itself).
    public var trainer: LearnedTrainer {
        var trainer = LearnedTrainer()
        trainer.ids = ids
        trainer.leavesOutClientLine = self == .rubric
        return trainer
    }
}

extension LearnedModel {
    /// The compliance layer's weights built into the program, or nil when there are none.
    public static let builtInCompliance = embedded(LearnedLayer.compliance.weightsPath)
}
