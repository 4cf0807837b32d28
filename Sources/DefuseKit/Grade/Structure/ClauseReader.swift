/// Splits a tokenized reply into ``Clause``s and reads each one's subject, helpers, negation and
/// main verb from word order and ``WordRole`` bits. Linear in the reply's length, and it never
/// compares strings except to check a verb's ending ("-ing", "-ed").
enum ClauseReader {
    static func clauses(of text: TokenizedText) -> [Clause] {
        let tokens = text.tokens
        let infos = text.infos
        guard !tokens.isEmpty else { return [] }
        var clauses: [Clause] = []
        // Room for a reply's usual clauses at once, not grown from one.
        clauses.reserveCapacity(8)
        var start = 0
        for index in 1...tokens.count {
            let ends =
                index == tokens.count || tokens[index].clause != tokens[index - 1].clause
                || tokens[index].sentence != tokens[index - 1].sentence
                || startsClause(at: index, infos)
            if ends {
                if start < index { clauses.append(read(start..<index, tokens, infos, text)) }
                start = index
            }
        }
        return clauses
    }

    private static func has(_ info: TokenInfo, _ role: WordRole) -> Bool { info.roles & role.rawValue != 0 }

    /// A joining word starts a new clause: always "but", "so", "because"…; "and", "or", "then"
    /// only when a subject follows ("…and I'll bring it", not "plates and screws").
    private static func startsClause(at index: Int, _ infos: [TokenInfo]) -> Bool {
        let info = infos[index]
        guard has(info, .joiner), index + 1 < infos.count else { return false }
        guard has(info, .weakJoiner) else { return true }
        let next = infos[index + 1]
        return has(next, .me) || has(next, .we) || has(next, .you) || has(next, .otherPronoun)
            || has(next, .determiner) || has(next, .your)
            || (has(next, .party) && !isVerbBeforeObject(index + 1, infos))
    }

    /// A bare party word with an object pronoun after it is a verb: "and email it to you", "and
    /// text them", not "and shipping sent it".
    private static func isVerbBeforeObject(_ index: Int, _ infos: [TokenInfo]) -> Bool {
        index + 1 < infos.count && infos[index].roles & WordRole.determiner.rawValue == 0
            && infos[index + 1].roles & WordRole.objectPronoun.rawValue != 0
    }

    /// Whether token `index` was typed "IT".
    private static func isAllCapitals(_ index: Int, _ tokens: [Token], _ text: TokenizedText) -> Bool {
        let token = tokens[index]
        return token.end - token.start == 2 && token.end <= text.utf8.count
            && text.utf8[token.start] == UInt8(ascii: "I") && text.utf8[token.start + 1] == UInt8(ascii: "T")
    }

    /// Whether token `index` was typed with a capital and is not the first of its sentence.
    private static func isName(_ index: Int, _ tokens: [Token], _ text: TokenizedText) -> Bool {
        guard !tokens[index].startsSentence, tokens[index].start < text.utf8.count else { return false }
        let byte = text.utf8[tokens[index].start]
        return byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
    }

    /// `clause` read again from its first "I" or "we" when a phrase before it hid the subject
    /// ("From now on I confirm…", "Every Monday we send…"); the clause itself otherwise.
    static func fromFirstPerson(_ clause: Clause, _ text: TokenizedText) -> Clause {
        guard clause.subject == .none,
            let start = clause.range.first(where: {
                text.infos[$0].roles & (WordRole.me.rawValue | WordRole.we.rawValue) != 0
            }), start > clause.range.lowerBound
        else { return clause }
        var reread = read(start..<clause.range.upperBound, text.tokens, text.infos, text)
        reread.range = clause.range
        return reread
    }

    /// `clause` read again from its first "my" or "our" when a phrase before it hid the subject
    /// ("From this week my revision sets go…"); nil when there is none or the subject was read.
    static func fromOwnThing(_ clause: Clause, _ text: TokenizedText) -> Clause? {
        guard clause.subject == .none,
            let start = clause.range.first(where: { ["my", "our"].contains(text.tokens[$0].word) }),
            start > clause.range.lowerBound
        else { return nil }
        var reread = read(start..<clause.range.upperBound, text.tokens, text.infos, text)
        reread.range = clause.range
        return reread
    }

    private static func read(
        _ range: Range<Int>, _ tokens: [Token], _ infos: [TokenInfo], _ text: TokenizedText
    )
        -> Clause
    {
        var index = range.lowerBound
        var clause = Clause(range: range, subject: .none, subjectRange: index..<index)
        clause.question = tokens[index].question
        // Openers and joiners ("ok so", "but", "honestly") before the subject.
        while index < range.upperBound {
            let info = infos[index]
            if has(info, .condition) {
                clause.conditional = true
                index += 1
                continue
            }
            if has(info, .me) || has(info, .we) || has(info, .you) || has(info, .your) { break }
            if has(info, .opener) || has(info, .joiner) || has(info, .casual) {
                index += 1
                continue
            }
            // "no we can't skip it", "nope I won't": a "no" before the subject answers, it does
            // not negate the clause.
            if index == range.lowerBound, RefusalRule.noWords.contains(tokens[index].word),
                index + 1 < range.upperBound,
                infos[index + 1].roles & (WordRole.me.rawValue | WordRole.we.rawValue) != 0
            {
                index += 1
                continue
            }
            break
        }
        guard index < range.upperBound else { return clause }
        let subjectStart = index
        let first = infos[index]
        let word = tokens[index].word
        if has(first, .me) {
            clause.subject = .me
            index += 1
        } else if word == "let", index + 1 < range.upperBound, tokens[index + 1].word == "me" {
            clause.subject = .me
            index += 2
            clause.future = true
        } else if has(first, .we) {
            clause.subject = .we
            index += 1
        } else if has(first, .you) {
            clause.subject = .you
            index += 1
        } else if has(first, .your) || has(first, .determiner)
            || (has(first, .party) && !(index + 1 < range.upperBound && isVerbBeforeObject(index, infos)))
        {
            // A noun phrase: determiner, up to three more words, ending at a helper or a verb.
            let determinerIsYour = has(first, .your)
            var sawParty = has(first, .party)
            var next = index + 1
            while next < range.upperBound, next - index <= 4 {
                let info = infos[next]
                if has(info, .auxiliary) || has(info, .negation) || has(info, .adverb) { break }
                if has(info, .party) { sawParty = true }
                next += 1
                // A party noun ends the phrase unless another party noun or a name follows
                // ("customer service", "my manager Dana Whitfield").
                if sawParty, next < range.upperBound, !has(infos[next], .party), !isName(next, tokens, text) {
                    break
                }
            }
            if sawParty {
                clause.subject = determinerIsYour ? .yourSide : .party
            } else {
                clause.subject = .other
            }
            index = next
        } else if first.roles == 0, index + 1 < range.upperBound, has(infos[index + 1], .party),
            !quantifiers.contains(word)
        {
            // "loaner desk must have…", "sales ops sent…": a bare noun before a party noun.
            clause.subject = .party
            index += 2
        } else if word == "it", isAllCapitals(index, tokens, text) {
            // "IT told me it was pushed": the IT department, not "it".
            clause.subject = .party
            index += 1
        } else if has(first, .otherPronoun) {
            clause.subject = .other
            index += 1
        } else {
            // No subject: an imperative or a fragment.
            clause.subjectRange = subjectStart..<subjectStart
            readVerb(from: subjectStart, &clause, tokens, infos)
            return clause
        }
        clause.subjectRange = subjectStart..<index
        readVerb(from: index, &clause, tokens, infos)
        return clause
    }

    /// Reads helpers, adverbs and negations after the subject up to the main verb.
    private static func readVerb(
        from start: Int, _ clause: inout Clause, _ tokens: [Token], _ infos: [TokenInfo]
    ) {
        var index = start
        var sawBeing = false
        var sawPerfect = false
        while index < clause.range.upperBound {
            let info = infos[index]
            if has(info, .negation) {
                if clause.negation == nil { clause.negation = index }
                index += 1
                continue
            }
            if has(info, .future) {
                clause.future = true
                index += 1
                continue
            }
            if has(info, .ability) {
                clause.ability = true
                index += 1
                continue
            }
            if has(info, .perfect) {
                sawPerfect = true
                index += 1
                continue
            }
            if has(info, .being) {
                sawBeing = true
                index += 1
                continue
            }
            if has(info, .auxiliary) || has(info, .adverb) {
                index += 1
                continue
            }
            // "I kind of can't", "I'm sort of not going to", "I maybe should": a hedge is read past.
            // "kind"/"sort" only with "of" and no determiner after it ("it's kind of a joke" keeps
            // its reading).
            if has(info, .hedge) {
                let word = tokens[index].word
                if word == "kind" || word == "sort" {
                    guard index + 2 < clause.range.upperBound, tokens[index + 1].word == "of",
                        !has(infos[index + 2], .determiner)
                    else { break }
                    index += 2
                } else {
                    index += 1
                }
                clause.hedged = true
                continue
            }
            break
        }
        guard index < clause.range.upperBound else { return }
        clause.verb = index
        // The verb's spelling only after a helper: taking it for every clause copied its token.
        guard sawBeing || sawPerfect else { return }
        let verb = tokens[index].word
        if sawBeing, verb.hasSuffix("ing") { clause.progressive = true }
        if sawPerfect, verb.hasSuffix("ed") || irregularParticiples.contains(verb) { clause.perfect = true }
    }

    /// "every company", "all reps": a generalisation, not a party named as the cause.
    static let quantifiers: Set<String> = [
        "every", "each", "all", "any", "most", "many", "some", "few", "other",
    ]

    static let irregularParticiples: Set<String> = [
        "got", "gotten", "sent", "made", "put", "set", "found", "brought", "taken", "told", "spoken", "given",
        "run", "built", "done", "written", "held", "kept", "left", "bought", "paid", "lined", "sorted",
    ]
}
