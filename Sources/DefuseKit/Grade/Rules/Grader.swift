/// Grades one reply against every loaded technique.
///
/// Grading runs in two passes. First each technique's phrase lists (data, from
/// `Scenarios/techniques/`) are matched against the normalised reply, with negation,
/// conditionals and `except` patterns taken into account. Then the interaction rules of the
/// rubric run in order (``rules``): a violation that cancels a technique, the sorry-but
/// non-apology, sarcastic thanks, the FroMLE restatement and the composite. Patterns are
/// compiled once, in ``init(techniques:)``; grading itself never parses or compiles.
public struct Grader: Sendable {
    let techniques: [CompiledTechnique]
    let tokenizer: Tokenizer
    let rules: [any GradingRule]
    let softUnless: [String: [String]]
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
        let compiled = order.compactMap { byID[$0] }.map { CompiledTechnique($0, parser: parser) }
        var vocabulary = Set(compiled.flatMap(\.vocabulary))
        vocabulary.formUnion(["because", "although", "though"])
        self.techniques = compiled
        self.tokenizer = Tokenizer(spelling: Spelling(typos: Spelling.typos(for: vocabulary)))
        self.ids = order
        self.softUnless = Dictionary(
            uniqueKeysWithValues: compiled.map { ($0.id, $0.technique.phrases.softUnless) })
        let tokenizer = self.tokenizer
        self.rules = [
            SoftPatternRule(), ContainedMatchRule(), SorryButRule(), ViolationCancelsRule(),
            FromleRule(tokenizer: tokenizer),
            CompositeRule(),
        ]
    }

    /// Grades `reply`; `client` is the line it answers (used by `fromle`).
    public func grade(_ reply: String, client: String? = nil) -> Grade {
        var board = Board(text: tokenizer.tokenize(reply), client: client)
        board.techniqueUnless = softUnless
        for technique in techniques {
            let finding = technique.find(in: board.text)
            board.findings[technique.id] = finding
            if !finding.matches.isEmpty {
                board.add(
                    technique.id, finding.matches.map { evidence(for: $0, board.text) },
                    explanation: "matched by its phrase list")
            }
        }
        for rule in rules { rule.apply(to: &board) }
        return finish(board)
    }

    func evidence(for match: PatternSet.Match, _ text: TokenizedText) -> Evidence {
        Evidence(words: text.quote(match.range), rule: "pattern: \(match.pattern.source)")
    }

    private func finish(_ board: Board) -> Grade {
        var verdicts: [String: Verdict] = [:]
        var detected: [String] = []
        for id in ids {
            let present = board.isPresent(id)
            if present { detected.append(id) }
            var explanation = board.explanations[id] ?? ""
            if !present && explanation.isEmpty {
                let cancelled = board.findings[id]?.cancelled ?? []
                explanation =
                    cancelled.isEmpty
                    ? "no phrase of its list appears in the reply"
                    : cancelled.map { "“\(board.text.quote($0.match.range))” \($0.reason)" }.joined(separator: "; ")
            }
            verdicts[id] = Verdict(
                id: id, present: present, evidence: present ? board.evidence[id] ?? [] : [],
                explanation: explanation, fraction: board.fractions[id])
        }
        return Grade(verdicts: verdicts, detected: detected)
    }
}
