/// The rubric's "only the violation is present" cases: a technique that stands beside certain
/// violations does not count.
///
/// An acknowledgement beside `agrees-with-insult` or `argues-back` is not
/// `acknowledge-dont-agree`; a limit stated with an insult is not `boundary-setting`; a question
/// in the same sentence as a jab is not a `respectful-challenge`; a reply that engages the
/// client's reasoning (`respectful-challenge`) has not capitulated.
struct ViolationCancelsRule: GradingRule {
    struct Entry: Sendable {
        var technique: RubricID
        var violations: [RubricID]
        var sameSentence: Bool
    }

    static let entries: [Entry] = [
        Entry(
            technique: .acknowledgeDontAgree, violations: [.agreesWithInsult, .arguesBack],
            sameSentence: false),
        Entry(technique: .boundarySetting, violations: [.arguesBack], sameSentence: false),
        Entry(technique: .respectfulChallenge, violations: [.arguesBack], sameSentence: true),
    ]

    func apply(to board: inout Board) {
        for entry in Self.entries where board.isPresent(entry.technique) {
            for violation in entry.violations where board.isPresent(violation) {
                if entry.sameSentence {
                    let sentences = Set(board.matches(violation).map(\.sentence))
                    let kept = board.matches(entry.technique).filter { !sentences.contains($0.sentence) }
                    if !kept.isEmpty { continue }
                }
                let words = board.quoted(board.evidence(violation))
                board.cancel(entry.technique.id, because: "the reply also shows \(violation.id) (\(words))")
                if let technique = board.position(of: entry.technique), let by = board.position(of: violation)
                {
                    board.cancelledBeside.append((technique, by))
                }
                break
            }
        }
        // The other way round: `capitulates` gives in *without engaging*, so a reply that
        // engages the client's reasoning ("that's your call, and what would you need to see?")
        // has not capitulated.
        // A deference ("that's your call") is taken back by the question that engages, but a
        // thing given in a sentence of its own ("Sure, I'll match it. How are you weighing the
        // offers?": review44 R20, the fix helper's note on key-account the-price) is not.
        if board.isPresent(.capitulates), board.isPresent(.respectfulChallenge) {
            let gaveIn = Self.sentences(of: board.evidence(.capitulates), board.text)
            let engaged = Self.sentences(of: board.evidence(.respectfulChallenge), board.text)
            let gives = board.clauses.contains { clause in
                gaveIn.contains(board.text.tokens[clause.range.lowerBound].sentence)
                    && (clause.subject == .me || clause.subject == .we) && (clause.future || clause.ability)
                    && clause.negation == nil && !clause.question && !clause.conditional
            }
            if !gives || engaged.isEmpty || !gaveIn.isDisjoint(with: engaged) {
                let words = board.quoted(board.evidence(.respectfulChallenge))
                board.cancel("capitulates", because: "the reply engages the client's reasoning (\(words))")
            }
        }
    }

    /// The sentences the evidence's words sit in (none when no evidence carries its place).
    static func sentences(of evidence: [Evidence], _ text: TokenizedText) -> Set<Int> {
        var found = Set<Int>()
        for span in evidence.compactMap(\.span) {
            for token in text.tokens where token.start < span.upperBound && token.end > span.lowerBound {
                found.insert(token.sentence)
            }
        }
        return found
    }
}
