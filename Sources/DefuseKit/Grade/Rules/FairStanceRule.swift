/// `acknowledge-dont-agree` said by calling the client's stance fair: "Totally fair to be skeptical
/// of company trials", "reasonable to feel let down", "a valid worry". A word that judges a stance legitimate (``legitimate``) followed by "to" and a verb
/// of feeling ("fair to be skeptical", "understandable to worry"), or by a noun for what the client
/// feels (``stances``: a worry, a doubt), grants the client their reaction without
/// granting the claim. Phrase lists know a few of these ("fair to be upset", "fair concern"); the
/// shape reads the adjective and the noun or verb it takes, whatever they are.
///
/// Not a point conceded ("fair point", "fair enough": agreement, read by ``AssentRule``), not a
/// question granted ("fair question", "fair to ask"), not negated ("it's not fair to blame us"),
/// asked, conditional or quoted, and not after a line that insults: "fair to be fed up with us"
/// to "does anyone at your company read?" grants the jab.
struct FairStanceRule: GradingRule {
    static let id = "acknowledge-dont-agree"
    static let key = RubricID.acknowledgeDontAgree

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), !board.opensWithReframe, let range = Self.stance(board) else {
            return
        }
        board.add(Self.id, quoting: range, rule: "the rep calls the client's stance fair") {
            "grants the client's reaction: “\($0)”"
        }
    }

    /// Where the reply calls the client's stance fair, if it does.
    static func stance(_ board: Board) -> Range<Int>? {
        let tokens = board.text.tokens
        // Leave early: no word of ``legitimate`` in the reply (most replies).
        guard legitimateSet.any(in: tokens.indices, of: board.text) else {
            return nil
        }
        if board.client(.agreesWithInsult) == true || board.replyMatchesClientList("agrees-with-insult") {
            return nil
        }
        let infos = board.text.infos
        for clause in board.clauses where !clause.question && !clause.conditional {
            let end = clause.range.upperBound
            for index in clause.range where legitimate.contains(tokens[index].word) && !tokens[index].quoted {
                // "not fair", "never reasonable": a negation within the two words before.
                let before = max(clause.range.lowerBound, index - 2)..<index
                if before.contains(where: { infos[$0].roles & WordRole.negation.rawValue != 0 }) { continue }
                // "right" only as "right to …": "you're right" alone concedes.
                var next = index + 1
                while next < end, ["enough", "very", "completely"].contains(tokens[next].word) { next += 1 }
                guard next < end else { continue }
                if tokens[next].word == "to", next + 2 < end + 1, next + 1 < end {
                    // "fair to be skeptical", "reasonable to feel let down": a state of mind granted.
                    // "fair to ask", "right to weigh that" grant a question, which the labelled
                    // sets do not read as an acknowledgement.
                    let verb = tokens[next + 1].word
                    guard feeling.contains(verb), next + 2 < end else { continue }
                    let roles = infos[next + 2].roles
                    if roles & (WordRole.determiner.rawValue | WordRole.you.rawValue | WordRole.me.rawValue)
                        != 0
                    {
                        continue
                    }
                    return clause.range.lowerBound..<min(end, next + 3)
                }
                if stances.contains(tokens[next].word) {
                    return clause.range.lowerBound..<(next + 1)
                }
            }
        }
        return nil
    }

    /// Words that judge a stance legitimate.
    static let legitimate: Set<String> = [
        "fair", "reasonable", "understandable", "valid", "legitimate", "legit", "natural", "sensible",
        "smart", "wise",
    ]
    static let legitimateSet = WordSet(legitimate)
    /// What the client feels, as a noun: "a fair worry", "a reasonable reaction". Not what the
    /// client asked ("fair question", "fair challenge"): the labelled sets read those as a
    /// courtesy before the answer, not an acknowledgement (20 replies in 15 sets).
    static let stances: Set<String> = [
        "concern", "concerns", "worry", "worries", "doubt", "doubts", "skepticism", "scepticism", "caution",
        "reaction", "frustration", "anger", "instinct", "nerves", "hesitation", "suspicion",
    ]
    /// Verbs after "fair to" that take a state of mind: "to be (skeptical)", "to feel", "to worry".
    static let feeling: Set<String> = ["be", "feel", "worry", "wonder", "doubt", "hesitate", "react"]
}
