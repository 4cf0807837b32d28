/// Warns about a branch that sends a soft violation straight to a failing ending at a node where
/// the rep is asked for a technique that contradicts it, with no check in front of it for the
/// mixed reading.
///
/// The grader reads soft violations into good replies: `capitulates` or `agrees-with-insult`
/// into a courtesy before a no ("you know those papers better than I do. But I'm not allowed
/// to…"), `blame-shifting` into a rep handing another team's timing back to it while promising
/// what is theirs ("the timing is theirs, not mine … I'll submit it tonight"), `argues-back` or
/// `minimizing` into "I understand why you're angry". Where the node expects (or one of its
/// branches tests) the technique that contradicts the violation, a `violated:` branch to a
/// `lost` ending or a `breach: true` ending needs an earlier branch that takes the same
/// violation read beside `met:` that technique somewhere else (the node's check, or its next
/// turn at a cost), or the rep who did what was asked is told they failed, on one misread
/// (review12, finding 2, for breaches; review13, finding 1, for any `lost` ending). A branch
/// whose own condition names the contradicting technique in `met` or `missed` is already one
/// half of that guard.
///
/// | violation | contradicted by |
/// |---|---|
/// | `capitulates`, `agrees-with-insult` | `boundary-setting` |
/// | `blame-shifting` | `ownership`, `decisive-action` (a first-person commitment with a time) |
/// | `argues-back`, `minimizing` | `acknowledge-dont-agree` |
/// | `non-apology` | `apology` |
///
/// Compliance violations (`off-label-promotion`, `breaches-sterile-field`, `offers-value`, …)
/// are left out on purpose: the authoring guide has the breach decide at once there, and the
/// one exception (a no that names the gift, at a turn that asks for it) depends on the client's
/// line, which this rule cannot read. A `lost` or `escalated` ending is a failure either way;
/// an `escalated` ending without `breach: true` is reached by the mood, and is not checked.
enum UnguardedBreachRule: ValidationRule {
    /// Each soft violation, with the techniques whose presence in the same reply contradicts it.
    static let contradictions: [(violation: String, techniques: [String])] = [
        ("capitulates", ["boundary-setting"]),
        ("agrees-with-insult", ["boundary-setting"]),
        ("blame-shifting", ["ownership", "decisive-action"]),
        ("argues-back", ["acknowledge-dont-agree"]),
        ("minimizing", ["acknowledge-dont-agree"]),
        ("non-apology", ["apology"]),
    ]

    static func check(_ document: ScenarioDocument, _ scenario: Scenario, _ context: ValidationContext)
        -> [Diagnostic]
    {
        var found: [Diagnostic] = []
        for node in scenario.orderedNodes where node.isFreeText {
            let asked = askedTechniques(node)
            for (index, branch) in node.next.enumerated() {
                guard let condition = branch.condition, let violated = condition.violated,
                    let ending = scenario.nodes[branch.goto], fails(ending)
                else { continue }
                let named = Set((condition.met ?? []) + (condition.missed ?? []))
                let earlier = node.next[..<index]
                for (violation, techniques) in contradictions where violated.contains(violation) {
                    let contradicting = techniques.filter(asked.contains)
                    guard !contradicting.isEmpty, named.isDisjoint(with: contradicting) else { continue }
                    let guarded = earlier.contains { other in
                        guard let taken = other.condition else { return false }
                        return (taken.violated ?? []).contains(violation)
                            && !Set(taken.met ?? []).isDisjoint(with: contradicting)
                            && !(scenario.nodes[other.goto].map(fails) ?? false)
                    }
                    if !guarded {
                        found.append(
                            Diagnostic(
                                .unguardedBreach(
                                    violation, branch: index + 1, node: node.id, ending: branch.goto,
                                    breach: ending.breach, techniques: contradicting),
                                at: branch.location))
                    }
                }
            }
        }
        return found
    }

    /// Whether reaching `node` fails the run: a `lost` ending, or any ending marked as a breach.
    static func fails(_ node: Node) -> Bool {
        node.kind == .end && (node.ending == .lost || node.breach)
    }

    /// The techniques the node expects, and those its branches test with `met:`.
    static func askedTechniques(_ node: Node) -> Set<String> {
        Set(node.expect).union(node.next.flatMap { $0.condition?.met ?? [] })
    }
}
