/// `agrees-with-insult` said as a verdict on the jab: after a line that insults the rep or their
/// side, the reply says the client (or whoever the jab quotes) is right — "you're right, I
/// probably am too sensitive", "he's kind of right", "your CFO kinda has a point", "that's about
/// right", "thats kinda true lol". The clause reader gives the subject and the polarity, so the
/// rule holds for any subject and any hedge between it and the verdict.
///
/// Not negated ("you're not wrong" is read by the phrase list; "that's not true" disputes), not
/// asked, not conditional, not "right to…" ("you're right to be angry" acknowledges the anger),
/// and not beside an apology or ownership ("You're right, and I'm sorry. I'll credit both
/// balloons" concedes the mistake, not the insult), a limit or a retort.
struct ConcedeRule: GradingRule {
    static let id = "agrees-with-insult"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.agreesWithInsult

    func apply(to board: inout Board) {
        guard board.client(Self.key) == true, !board.isPresent(Self.key),
            !["apology", "ownership", "argues-back", "boundary-setting", "decisive-action"].contains(where: {
                board.isPresent($0)
            }),
            !board.opensWithReframe, !board.nodeExpects("fromle")
        else { return }
        let tokens = board.text.tokens
        let infos = board.text.infos
        for clause in board.clauses
        where !clause.question && !clause.conditional && clause.negation == nil
            && !tokens[clause.range].contains(where: \.quoted)
            && [.you, .yourSide, .party, .other].contains(clause.subject)
        {
            var index = clause.subjectRange.upperBound
            let end = clause.range.upperBound
            func skipHedges() {
                while index < end,
                    Self.hedges.contains(tokens[index].word)
                        || infos[index].roles & WordRole.adverb.rawValue != 0
                {
                    index += 1
                }
            }
            skipHedges()
            guard index < end else { continue }
            let copula = Self.copulas.contains(tokens[index].word)
            let having = Self.having.contains(tokens[index].word)
            guard copula || having else { continue }
            index += 1
            if having, index < end, tokens[index].word == "got" { index += 1 }
            skipHedges()
            guard index < end else { continue }
            let word = tokens[index].word
            let next = index + 1 < end ? tokens[index + 1].word : nil
            let verdict =
                copula
                ? (Self.verdicts.contains(word) || (word == "spot" && next == "on")) && next != "to"
                : word == "point" || (word == "a" && next == "point")
            guard verdict else { continue }
            board.add(Self.id, quoting: clause.range, rule: "says the client's jab is right") {
                "agrees with the insult: “\($0)”"
            }
            return
        }
    }

    static let copulas: Set<String> = ["is", "are", "was", "s", "re"]
    static let having: Set<String> = ["has", "have", "got"]
    /// Hedges between the subject and the verdict ("kind of", "about", "probably", "sort of").
    static let hedges: Set<String> = [
        "kind", "kinda", "of", "sort", "sorta", "about", "probably", "totally", "absolutely", "pretty",
        "quite",
        "dead", "bang", "honestly", "tbh", "def", "definitely", "so",
    ]
    static let verdicts: Set<String> = ["right", "true", "correct"]
}
