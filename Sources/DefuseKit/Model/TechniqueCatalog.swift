/// Whether an id names something a good reply does or something it avoids.
public enum TechniqueKind: String, Sendable, Codable, CaseIterable {
    case technique
    case violation
}

/// The technique and violation ids scenarios may name, with their kind.
///
/// Built from the loaded technique files (`Scenarios/techniques/`); ``rubric`` is the fixed list
/// of `shared/spec/techniques.md`, which every catalog contains.
public struct TechniqueCatalog: Sendable {
    /// Ids in display order.
    public private(set) var ids: [String]
    private var kinds: [String: TechniqueKind]

    public init(_ entries: [(id: String, kind: TechniqueKind)]) {
        ids = []
        kinds = [:]
        for entry in entries where kinds[entry.id] == nil {
            ids.append(entry.id)
            kinds[entry.id] = entry.kind
        }
    }

    public func kind(of id: String) -> TechniqueKind? { kinds[id] }
    public func contains(_ id: String) -> Bool { kinds[id] != nil }

    public var techniques: [String] { ids.filter { kinds[$0] == .technique } }
    public var violations: [String] { ids.filter { kinds[$0] == .violation } }

    /// The ids of the rubric (`shared/spec/techniques.md`): never renamed, never dropped.
    public static let rubric = TechniqueCatalog(
        [
            "acknowledge-dont-agree", "apology", "ownership", "prevention", "thanks",
            "apology-ownership-prevention-thanks", "respectful-challenge", "boundary-setting",
            "graceful-exit", "decisive-action", "fromle",
        ].map { ($0, TechniqueKind.technique) }
            + [
                "blame-shifting", "agrees-with-insult", "argues-back", "non-apology", "minimizing",
                "capitulates",
            ].map { ($0, TechniqueKind.violation) })

    /// The rubric's ids, then the ids of `techniques` (the loaded technique files) the rubric
    /// does not have: the catalog scenarios are checked against.
    public static func rubric(adding techniques: [Technique]) -> TechniqueCatalog {
        TechniqueCatalog(
            rubric.ids.map { ($0, rubric.kind(of: $0) ?? .technique) } + techniques.map { ($0.id, $0.kind) })
    }
}

extension TechniqueCatalog {
    /// The turn score for picking `choice` at a choice node whose lines are `choices`.
    ///
    /// A choice node expects what its best line shows: the largest number of techniques any one
    /// of its choices credits. The picked line meets the techniques it credits and pays 0.25 for
    /// each violation, so the model line scores 1, a weaker line less, and a bad line that
    /// credits nothing scores 0 rather than a full mark. A node whose lines credit no technique
    /// at all scores like a node that expects nothing.
    public func choiceScore(_ choice: Choice, among choices: [Choice]) -> Double {
        func count(_ credits: [String], _ kind: TechniqueKind) -> Int {
            Set(credits).filter { self.kind(of: $0) == kind }.count
        }
        let expected = choices.map { count($0.credits, .technique) }.max() ?? 0
        return Scoring.turnScore(
            met: count(choice.credits, .technique), expected: expected,
            violations: count(choice.credits, .violation))
    }

    /// ``choiceScore(_:among:)`` at a check the rep reached after a miss (``Session/isCheckAfterMiss(_:after:in:)``):
    /// the right line is printed beside the wrong ones, so picking it scores at most
    /// ``Scoring/checkAfterMissCap`` (half), and a line that credits a violation scores 0.
    public func choiceScore(_ choice: Choice, among choices: [Choice], afterMiss: Bool) -> Double {
        let score = choiceScore(choice, among: choices)
        guard afterMiss else { return score }
        if choice.credits.contains(where: { kind(of: $0) == .violation }) { return 0 }
        return min(score, Scoring.checkAfterMissCap)
    }
}
