/// The rubric's "only the violation is present" cases: a technique that stands beside certain
/// violations does not count.
///
/// An acknowledgement beside `agrees-with-insult` or `argues-back` is not
/// `acknowledge-dont-agree`; a limit stated with an insult is not `boundary-setting`; a question
/// in the same sentence as a jab is not a `respectful-challenge`.
struct ViolationCancelsRule: GradingRule {
    struct Entry: Sendable {
        var technique: String
        var violations: [String]
        var sameSentence: Bool
    }

    static let entries: [Entry] = [
        Entry(
            technique: "acknowledge-dont-agree", violations: ["agrees-with-insult", "argues-back"],
            sameSentence: false),
        Entry(technique: "boundary-setting", violations: ["argues-back"], sameSentence: false),
        Entry(technique: "respectful-challenge", violations: ["argues-back"], sameSentence: true),
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
                board.cancel(entry.technique, because: "the reply also shows \(violation) (\(words))")
                break
            }
        }
    }
}
