/// `argues-back` said as the rep's seniority held over the client, in good manners or none: "I've
/// been at this since before you finished medical school", "I was plating ankles when you were in
/// diapers", "I've stood in more theatres than you've had hot dinners". The rep (or the company)
/// measures their own past against the client's, to put the client in their place: a correction
/// of the client's standing, not an answer to what they said.
///
/// Two shapes, each in one sentence after a first-person clause about the rep's past (a perfect,
/// a past or "been", not a future, a question or a condition):
/// - **before or when the client was young** — "before"/"when" (or "since before") and the client
///   as subject with a word of an early stage of life or training after it ("born", "diapers",
///   "school", "resident", "qualified");
/// - **more than the client has** — "more" or "longer" in the rep's clause, then "than you" and a
///   past or a perfect ("than you've had", "than you were", "than you did").
///
/// Not the client's time of day ("I was at the dock before you called", "I'd left when you were
/// in surgery": no stage of life), not a comparison the client's verb leaves open ("more than
/// you'd think", "longer than you should have to wait"), and not one without the rep's past ("we
/// will have it there before you finish your residency rounds").
struct SeniorityRule: GradingRule {
    static let id = "argues-back"
    static let key = RubricID.arguesBack

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), !board.opensWithReframe else { return }
        let text = board.text
        let tokens = text.tokens
        let infos = text.infos
        // Leave early: a reply with no "than/before/when" just before a "you" (~one bit test and
        // one word test a token).
        for index in 1..<max(1, tokens.count - 1) where infos[index].roles & WordRole.you.rawValue != 0 {
            let link = tokens[index - 1].word
            guard Self.links.contains(link), !tokens[index].quoted, !tokens[index].question else { continue }
            let sentence = tokens[index].sentence
            let next = tokens[index + 1].word
            let stage = Range(from: index + 1, upTo: min(tokens.count, index + 5)).contains {
                tokens[$0].sentence == sentence && Self.lifeStages.contains(tokens[$0].word)
            }
            let past =
                Self.pastHelpers.contains(next) || (next.count > 4 && next.hasSuffix("ed"))
                || RetortRule.irregularPast.contains(next)
            let comparing = link == "than"
            guard comparing ? past : stage else { continue }
            // The rep's past, earlier in the sentence.
            guard
                let own = board.clauses.last(where: {
                    $0.range.lowerBound < index - 1 && tokens[$0.range.lowerBound].sentence == sentence
                        && ($0.subject == .me || $0.subject == .we)
                }),
                !own.future, !own.ability, !own.conditional, own.negation == nil,
                (own.subjectRange.upperBound..<(own.verb ?? own.range.upperBound)).contains(where: {
                    Self.ownPast.contains(tokens[$0].word)
                }) || own.perfect
                    || own.verb.map({ RetortRule.irregularPast.contains(tokens[$0].word) }) == true
                    || own.verb.map({ tokens[$0].word.hasSuffix("ed") }) == true
            else { continue }
            if comparing,
                !(own.subjectRange.upperBound..<(index - 1)).contains(where: {
                    Self.comparatives.contains(tokens[$0].word)
                })
            {
                continue
            }
            let end = min(tokens.count, index + 2)
            board.add(
                Self.id, quoting: own.subjectRange.lowerBound..<end,
                rule: "holds the rep's seniority over the client"
            ) {
                "puts the client in their place: “\($0)”"
            }
            return
        }
    }

    /// The words before "you" that measure the rep against the client.
    static let links: Set<String> = ["than", "before", "when"]
    /// After "than you": a past or a perfect of the client's ("than you've had", "than you were").
    static let pastHelpers: Set<String> = ["have", "had", "were", "was", "did"]
    /// The rep's own past before it: "I've been", "I was", "we had".
    static let ownPast: Set<String> = ["have", "has", "had", "was", "were", "been"]
    /// Words of a measure in the rep's clause: "more theatres", "longer".
    static let comparatives: Set<String> = ["more", "longer", "further"]
    /// An early stage of the client's life or training: "before you were born", "when you were in
    /// diapers", "since before you finished medical school".
    static let lifeStages: Set<String> = [
        "born", "diapers", "nappies", "school", "kid", "child", "baby", "resident", "residency", "student",
        "intern", "internship", "trousers", "shorts", "training", "qualified", "graduated", "teenager",
        "college", "university", "uni", "walking", "crawling", "toddler", "boy", "girl",
    ]
}
