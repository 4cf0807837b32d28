/// Grades one reply against every loaded technique.
///
/// Grading runs in two passes. First each technique's phrase lists (data, from
/// `Scenarios/techniques/`) are matched against the normalised reply, with negation,
/// conditionals and `except` patterns taken into account. Then the interaction rules of the
/// rubric run in order (``rules``): soft patterns, a technique swallowed by a violation, the
/// sorry-but non-apology, violations that cancel techniques, the FroMLE restatement and the
/// composite. Patterns are compiled once, in ``init(techniques:)``; grading itself never parses
/// or compiles anything.
public struct Grader: Sendable {
    let techniques: [CompiledTechnique]
    let tokenizer: Tokenizer
    let rules: [any GradingRule]
    let positions: [String: Int]
    let softUnless: [[String]]
    /// The ids graded, in catalog order (rubric first, then added techniques).
    public let ids: [String]

    /// Compiles the phrase lists of `techniques`; a later entry with the same id replaces an
    /// earlier one.
    public init(techniques: [Technique]) {
        var byID: [String: Technique] = [:]
        var order: [String] = []
        for technique in techniques {
            if byID[technique.id] == nil { order.append(technique.id) }
            byID[technique.id] = technique
        }
        let parser = PatternParser(spelling: Spelling())
        let ordered = order.compactMap { byID[$0] }
        let vocabulary = Vocabulary(ordered.flatMap { CompiledTechnique.allPatterns($0, parser) })
        self.techniques = ordered.map { CompiledTechnique($0, parser: parser, vocabulary: vocabulary) }
        let tokenizer = Tokenizer(
            spelling: Spelling(typos: Spelling.typos(for: vocabulary.words.union(["because", "although", "though"]))),
            vocabulary: vocabulary)
        self.tokenizer = tokenizer
        self.ids = order
        self.positions = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        self.softUnless = ordered.map(\.phrases.softUnless)
        self.rules = [
            SoftPatternRule(), ContainedMatchRule(), SorryButRule(), ViolationCancelsRule(),
            FromleRule(tokenizer: tokenizer), CompositeRule(),
        ]
    }

    /// Grades `reply`; `client` is the line it answers (used by `fromle`).
    public func grade(_ reply: String, client: String? = nil) -> Grade {
        var board = Board(
            text: tokenizer.tokenize(reply), client: client, ids: ids, positions: positions, softUnless: softUnless)
        for (position, technique) in techniques.enumerated() {
            guard let finding = technique.find(in: board.text) else { continue }
            board.findings[position] = finding
            if !finding.matches.isEmpty {
                board.present[position] = true
                board.evidence[position] = finding.matches.map {
                    Evidence(words: board.text.quote($0.range), rule: "pattern: \($0.source)")
                }
                board.explanations[position] = "matched by its phrase list"
            }
        }
        for rule in rules { rule.apply(to: &board) }
        return finish(board)
    }

    private func finish(_ board: Board) -> Grade {
        var verdicts: [Verdict] = []
        verdicts.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() {
            let present = board.present[position]
            var explanation = board.explanations[position] ?? ""
            if !present && explanation.isEmpty {
                let cancelled = board.findings[position]?.cancelled ?? []
                explanation =
                    cancelled.isEmpty
                    ? "no phrase of its list appears in the reply"
                    : cancelled.map { "“\(board.text.quote($0.match.range))” \($0.reason)" }.joined(separator: "; ")
            }
            verdicts.append(
                Verdict(
                    id: id, present: present, evidence: present ? board.evidence[position] : [],
                    explanation: explanation, fraction: board.fractions[position]))
        }
        return Grade(verdicts: verdicts)
    }
}
