/// `acknowledge-dont-agree` said by naming the impact in plain words: "that's a rotten thing to
/// find at this hour", "this is a really rough spot for your team", "I know exactly how bad
/// that is". Phrase lists know the stock forms ("that sounds frustrating"); the shape is
/// general: "that/this/it" with a form of "be" (or "sounds", "must be") and an adjective of
/// hardship (``WordRole/hardship``), or the rep saying they know how hard it is. Whatever
/// follows must keep the words about the situation ("…thing to find", "…spot for you"), so
/// "that's bad logic" is not read as one.
///
/// Negated ("it's not that bad") or asked ("is that so bad?"), it is not an acknowledgement;
/// beside `argues-back` or `agrees-with-insult` it is cancelled later, as every
/// acknowledgement is (``ViolationCancelsRule``).
struct ImpactRule: GradingRule {
    static let id = "acknowledge-dont-agree"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.acknowledgeDontAgree

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), !board.opensWithReframe else { return }
        let tokens = board.text.tokens
        let infos = board.text.infos
        // Leave early: ``hardship(in:_:_:)`` finds nothing without an adjective of hardship or
        // "matters" in the reply.
        guard
            infos.contains(where: { $0.roles & WordRole.hardship.rawValue != 0 })
                || Self.matters.any(in: tokens.indices, of: board.text)
        else { return }
        for clause in board.clauses where clause.negation == nil && !clause.question && !clause.conditional {
            if tokens[clause.range].allSatisfy(\.quoted) { continue }
            guard let hardship = Self.hardship(in: clause, tokens, infos) else { continue }
            let end = min(clause.range.upperBound, hardship + 1)
            let words = board.text.quote(clause.range.lowerBound..<end)
            let place = board.text.span(clause.range.lowerBound..<end)
            board.add(
                Self.id,
                [
                    Evidence(
                        words: words, span: place,
                        rule: board.rule("rule: names what it costs the client (“\(board.word(hardship))”)")
                    )
                ],
                explanation: "names the impact on the client: “\(words)”")
            return
        }
    }

    /// The hardship word of a clause that names one, if it does.
    static func hardship(in clause: Clause, _ tokens: [Token], _ infos: [TokenInfo]) -> Int? {
        func has(_ index: Int, _ role: WordRole) -> Bool { infos[index].roles & role.rawValue != 0 }
        let end = clause.range.upperBound
        var index: Int
        if clause.subject == .other, clause.subjectRange.count == 1,
            ["that", "this", "it", "which"].contains(tokens[clause.subjectRange.lowerBound].word)
        {
            // "that's", "this is", "it must be", "that sounds", "that must have been".
            index = clause.subjectRange.upperBound
            var sawLink = false
            var sawSupposing = false
            while index < end, has(index, .auxiliary) || linking.contains(tokens[index].word) {
                if has(index, .being) || linking.contains(tokens[index].word) { sawLink = true }
                if ["must", "sounds", "sound", "would"].contains(tokens[index].word) { sawSupposing = true }
                index += 1
            }
            // "that matters", "this matters a lot": what happened to the client counts.
            if index < end, tokens[index].word == "matters",
                tokens[clause.subjectRange.lowerBound].word != "it",
                index + 1 == end || mattering.contains(tokens[index + 1].word)
            {
                return index
            }
            // "it's been a rough week" excuses the rep; "it must be rough" supposes the client's,
            // and "it's awful for her" names whom it hurts.
            guard sawLink,
                tokens[clause.subjectRange.lowerBound].word != "it" || sawSupposing
                    || Self.namesWhom(after: index, end, tokens, infos)
            else {
                return nil
            }
        } else if clause.subject == .me, let verb = clause.verb, knowing.contains(tokens[verb].word),
            verb + 1 < end
        {
            // "I know exactly how bad that is", "I can see how hard this is".
            index = verb + 1
            while index < end, has(index, .adverb) || tokens[index].word == "exactly" { index += 1 }
            guard index < end, tokens[index].word == "how" else { return nil }
            index += 1
        } else if clause.subject != .me, clause.subject != .we, clause.subject != .you,
            clause.subject != .party,
            let must = (clause.subjectRange.upperBound..<end).first(where: {
                supposing.contains(tokens[$0].word)
            })
        {
            // "7:30 with no trials must have been so frustrating", "your night sounds awful": the
            // rep supposes how it was for the client, whatever names it (not a party: "the courier
            // must be terrible at directions" judges it).
            index = must + 1
            while index < end, has(index, .auxiliary) || linking.contains(tokens[index].word) { index += 1 }
        } else {
            return nil
        }
        // An article and intensifiers before the adjective: "a really rough", "such an awful".
        while index < end, articles.contains(tokens[index].word) || intensifiers.contains(tokens[index].word)
        {
            index += 1
        }
        guard index < end, has(index, .hardship) else { return nil }
        let next = index + 1
        // The adjective ends the clause, or a word about the situation follows it.
        if next < end, !situations.contains(tokens[next].word) { return nil }
        return index
    }

    /// Whether a hardship adjective from `start` is followed by "for"/"on" and the one it hurts
    /// ("for you", "for that lady", "on your team").
    static func namesWhom(after start: Int, _ end: Int, _ tokens: [Token], _ infos: [TokenInfo]) -> Bool {
        guard
            let hardship = (start..<end).first(where: { infos[$0].roles & WordRole.hardship.rawValue != 0 }),
            hardship + 2 < end + 1, hardship + 1 < end, ["for", "on"].contains(tokens[hardship + 1].word),
            hardship + 2 < end
        else { return false }
        let whom =
            WordRole.you.rawValue | WordRole.your.rawValue | WordRole.person.rawValue
            | WordRole.determiner.rawValue | WordRole.otherPronoun.rawValue
        return infos[hardship + 2].roles & whom != 0
    }

    /// "matters" by word number (``WordSet``), for the early exit.
    static let matters = WordSet(["matters"])
    /// Words that suppose how it was for the client, whatever the subject.
    static let supposing: Set<String> = ["must", "sounds", "sounded"]
    /// Words that may follow "that matters".
    static let mattering: Set<String> = ["a", "lot", "to", "here", "hugely", "enormously"]
    /// Verbs that link a subject to how it is: "sounds", "seems", "looks", "feels".
    static let linking: Set<String> = ["sounds", "seems", "looks", "feels", "sound", "seem", "look", "feel"]
    static let knowing: Set<String> = ["know", "see", "get", "understand", "realise", "realize", "imagine"]
    static let articles: Set<String> = ["a", "an", "such", "the"]
    static let intensifiers: Set<String> = [
        "so", "really", "very", "pretty", "truly", "absolutely", "incredibly", "genuinely", "just",
        "properly",
        "seriously", "awfully", "bloody", "damn", "super", "completely", "utterly",
    ]
    /// Words after the adjective that keep it about the client's situation.
    static let situations: Set<String> = [
        "thing", "things", "position", "spot", "place", "situation", "bind", "morning", "night", "day",
        "week",
        "start", "news", "call", "time", "hour", "shift", "moment", "for", "on", "with", "when",
        "and", "that", "at", "in", "surprise", "way", "one", "is", "was", "timing", "ever",
    ]
}
