/// `delays-reporting` said by taking up the client's request: after a line that asks for the
/// report to be held back, softened or cut ("could you leave out the 'pathetic' part and just say
/// there was a disagreement?", "let's not open a complaint"; the breach's `soft-if-client`
/// list), a phrase of holding back or softening whose object is only a pronoun or a part left
/// "out" ("Sure, I can soften it", "I'll leave the name-calling out") softens the report the
/// client named. The list needs the report in the reply's own clause (`needs`); here the
/// client's line supplies it, as "it" refers back to what the client asked about.
///
/// Not negated, asked, conditional or quoted ("I can't soften it", "leave it out?"), not the
/// client's or another person's act, and not in a reply that states a limit
/// (`boundary-setting`) or makes the report anyway (``WaivedReportRule/reportsAnyway(_:)``:
/// "I'm filing it today").
struct AskedToSoftenRule: GradingRule {
    static let id = "delays-reporting"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.delaysReporting

    /// The words that make a match point back to the client's report: a pronoun object, or a
    /// part of it left "out".
    static let referring: Set<String> = ["it", "this", "that", "out"]

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), board.client(Self.key) == true,
            let finding = board.finding(Self.key),
            finding.cancelled.contains(where: { $0.reason == .missingNeeds }),
            !board.isPresent(.boundarySetting), !WaivedReportRule.reportsAnyway(board)
        else { return }
        let tokens = board.text.tokens
        for (match, reason) in finding.cancelled where reason == .missingNeeds {
            guard match.range.contains(where: { Self.referring.contains(tokens[$0].word) }),
                let clause = board.clauses.first(where: { $0.range.contains(match.range.lowerBound) }),
                [.me, .we, .none].contains(clause.subject), clause.negation == nil, !clause.question,
                !clause.conditional, !tokens[clause.range].contains(where: \.quoted)
            else { continue }
            let evidence = board.evidence(for: match)
            let words = board.text.quote(match.range)
            board.add(
                Self.id, [evidence],
                explanation: "softens or holds back the report the client asked about: “\(words)”")
            return
        }
    }
}
