/// The grader's working state for one reply: what each technique's patterns found, and the
/// verdicts the interaction rules refine before they become a ``Grade``.
struct Board {
    let text: TokenizedText
    let client: String?
    var present: [String: Bool] = [:]
    var evidence: [String: [Evidence]] = [:]
    var explanations: [String: String] = [:]
    var findings: [String: CompiledTechnique.Finding] = [:]
    var fractions: [String: Double] = [:]
    /// For each technique with `soft` patterns, the ids whose presence turns them off.
    var techniqueUnless: [String: [String]] = [:]

    init(text: TokenizedText, client: String?) {
        self.text = text
        self.client = client
    }

    func isPresent(_ id: String) -> Bool { present[id] ?? false }

    /// Marks `id` absent because of `reason`, keeping what had been found as evidence.
    mutating func cancel(_ id: String, because reason: String) {
        guard isPresent(id) else { return }
        present[id] = false
        explanations[id] = "found \(quoted(evidence[id] ?? [])), but \(reason)"
    }

    /// Marks `id` present with `evidence`.
    mutating func add(_ id: String, _ more: [Evidence], explanation: String) {
        present[id] = true
        evidence[id, default: []] += more
        explanations[id] = explanation
    }

    func quoted(_ evidence: [Evidence]) -> String {
        evidence.map { "“\($0.words)”" }.joined(separator: ", ")
    }

    /// The matches that count for `id`, strong and soft.
    func matches(_ id: String) -> [PatternSet.Match] {
        (findings[id]?.matches ?? []) + (findings[id]?.softMatches ?? [])
    }
}

/// One interaction of the rubric table, applied after every technique's patterns have run
/// (an acknowledgement beside an insult is not `acknowledge-dont-agree`, and so on).
protocol GradingRule: Sendable {
    func apply(to board: inout Board)
}
