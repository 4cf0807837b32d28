/// `objective-report` only where the reply is an account given plainly, to someone who asked
/// for one. The phrase list finds "he said", "she asked me to"; what they are part of decides:
///
/// - **no account asked for** — after a client line that is not a request for an account (a
///   surgeon's claim, a buyer's demand: its `soft-if-client` list does not match, the node does
///   not expect a report, and it does not ask what happened or was said), "the buyer has said
///   publicly it's keeping spine" answers the client, it reports nothing to a manager. A choice
///   node whose lines credit `objective-report` asks for one whatever its words ("I need it
///   plainly in case compliance asks. Which of these is closest?"), so its model line typed word
///   for word, or a typed account of the same kind, is read as the account it is (issue 13:
///   report-check lines were read as nothing when typed);
/// - **smoothed over** — an account that also holds the report back or rewrites it
///   (`delays-reporting`, `falsifies-record`: "He said the last rep gave sizes, but no point
///   dragging compliance into it") is not objective, whatever it quotes;
/// - **promised, not given** — when every match sits in the rep's own promise of a later act
///   ("I'll write what he said, the word included"), the reply says what the report will do and
///   gives no account.
///
/// With no client line the list's reading stands (a trainer trying a reply on its own).
struct PlainAccountRule: GradingRule {
    static let id = "objective-report"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.objectiveReport

    func apply(to board: inout Board) {
        guard board.isPresent(Self.key) else { return }
        if let client = board.client, !client.isEmpty, board.client(Self.id) != true,
            !board.nodeExpects(Self.id), !board.nodeCredits.contains(Self.id), !Self.asksWhatHappened(client)
        {
            board.cancel(Self.id, because: "the client's line asks for no account of what happened")
            return
        }
        for breach in ["delays-reporting", "falsifies-record"] where board.isPresent(breach) {
            let words = board.quoted(board.evidence(breach))
            board.cancel(Self.id, because: "the account is smoothed over (\(breach): \(words))")
            return
        }
        let matches = board.matches(Self.id)
        guard !matches.isEmpty else { return }
        let promised = matches.allSatisfy { match in
            board.clauses.contains { clause in
                clause.range.contains(match.range.lowerBound) && clause.future && clause.subject == .me
                    && clause.negation == nil
            }
                || board.clauses.contains { clause in
                    // "I'll write what he said": the match is the object of the rep's promise in
                    // the clause just before it.
                    clause.range.upperBound == match.range.lowerBound && clause.future
                        && clause.subject == .me
                        && board.text.tokens[clause.range.upperBound - 1].word == "what"
                }
        }
        if promised {
            board.cancel(Self.id, because: "the rep promises a report and gives no account")
        }
    }

    /// Whether `line` asks what happened or was said: a question, or a request put to the rep
    /// ("tell me", "walk me through"), with "what" or "how" and "happened", "went" or "said"
    /// ("What happened in there?", "How did it go, what was said?", "Tell me exactly what he
    /// said and did."), one that asks to be walked through it ("Walk me through it, from when you
    /// walked in."), or one that asks whether anything happened ("Did anything happen in there I
    /// should know about?"), which the request list may not know in the line's own words (a
    /// scenario's line reworded since a set was written, or since its replies were labelled).
    /// Not "what did your study find?", nor "what happens now?" (a question about the next step,
    /// not an account), nor a statement ("he said it himself").
    static func asksWhatHappened(_ line: String) -> Bool {
        let sequence = line.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        let words = Set(sequence)
        // "tell me", "walk me through": a request put to the rep.
        let toMe = zip(sequence, sequence.dropFirst()).filter {
            Self.requestVerbs.contains($0.0) && $0.1 == "me"
        }
        guard line.contains("?") || !toMe.isEmpty else { return false }
        if toMe.contains(where: { $0.0 != "tell" }) && words.contains("through") { return true }
        if !words.isDisjoint(with: ["anything", "something"])
            && !words.isDisjoint(with: ["happen", "happened"])
        {
            return true
        }
        return !words.isDisjoint(with: ["what", "how"])
            && !words.isDisjoint(with: ["happened", "went", "said"])
    }

    /// Verbs of a request for an account put to the rep ("tell me", "walk me through").
    static let requestVerbs: Set<String> = ["tell", "walk", "talk", "take"]
}
