/// `capitulates` when the reply hands over the off-label answer the client's line asks for, in
/// words of its own: a size given to "you're seriously not going to give me a balloon size?"
/// ("six by forty, two minutes, you didn't hear it from me", "most people go six by forty").
/// The rubric's "gives in to an unacceptable demand": the demand is met, whatever the words.
/// The size or setting is a figure; a reply with none in it has not handed one over.
///
/// Only `off-label-promotion`: read the same way, the other breaches a line can ask for
/// (a concession, free goods, a held-back report) are found by the compliance layer on many
/// replies that give nothing, and the give-in would follow each misread (stop 41: +27/−56
/// wholly right over the training replies for all of them, +14/−0 for this one).
///
/// ``GoesAlongRule`` reads the same give-in when the reply repeats the client's words; this rule
/// reads it from the verdicts, so it runs last, after both learned layers have added and
/// withdrawn theirs. Not beside a limit, a question about the client's reasoning or a dispute,
/// where the breach verdict on the same words is least sure ("what makes net 120 important to
/// you?").
struct GrantedBreachRule: GradingRule {
    static let id = "capitulates"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.capitulates

    /// The breaches whose give-in this rule reads.
    static let breaches = ["off-label-promotion"]

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), !board.isPresent(.boundarySetting),
            !board.isPresent(.respectfulChallenge), !board.isPresent(.arguesBack)
        else { return }
        // The answer asked for is a size or a setting: a figure. Agreeing that the label lags
        // ("you're right, the label's behind") vouches for the use without answering the ask,
        // and the scenarios end it apart (off-label-request's vouched-for-the-use).
        guard
            board.text.tokens.contains(where: {
                WordClass.isNumber($0.word) || $0.word.utf8.first.map { $0 >= 48 && $0 <= 57 } == true
            })
        else { return }
        for id in Self.breaches where board.isPresent(id) && board.client(id) == true {
            let evidence = board.evidence(id)
            guard !evidence.isEmpty else { continue }
            let words = board.quoted(evidence)
            board.add(
                Self.id, evidence, explanation: "gives the client the \(id) the line asks for: \(words)")
            return
        }
    }
}
