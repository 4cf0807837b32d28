/// Small readings the structural compliance rules share (``FilledRecordRule``,
/// ``WaivedReportRule``, ``LaterReportRule``): where a sentence is, whether a run of words
/// stands in a stretch of the reply, and whether a clause is the rep's own act.
enum BreachShapes {
    /// The words these rules compare by spelling (``WordRole/ruleWords``), so that typo
    /// correction never turns one into a word a pattern uses.
    static var ruleWords: Set<String> {
        var words = FilledRecordRule.writing.union(FilledRecordRule.record).union(
            FilledRecordRule.ownPaperwork
        )
        .union(FilledRecordRule.figures).union(FilledRecordRule.subjects).union(WaivedReportRule.reporting)
        .union(WaivedReportRule.involving)
        .union(WaivedReportRule.bodies).union(WaivedReportRule.nounMarkers).union(LaterReportRule.reporting)
        .union(LaterReportRule.dealing).union(LaterReportRule.objects).union(LaterReportRule.problems)
        .union(LaterReportRule.weekdays).union(LaterReportRule.recurrence).union(LaterReportRule.now).union(
            SelfAuthorisedTermsRule.terms)
        for list in [
            FilledRecordRule.clientsRecord, FilledRecordRule.clientWrites, WaivedReportRule.dismissals,
            LaterReportRule.later, LaterReportRule.soon, SelfAuthorisedTermsRule.ownAuthority,
            SelfAuthorisedTermsRule.reviewers,
        ] {
            for phrase in list { words.formUnion(phrase) }
        }
        return words
    }

    /// The reply's sentences in order, as token ranges (a sequence read as it goes: nothing is
    /// allocated, so a rule on every reply can walk it).
    struct Sentences: Sequence, IteratorProtocol {
        let tokens: [Token]
        var index = 0

        init(_ tokens: [Token]) { self.tokens = tokens }

        mutating func next() -> Range<Int>? {
            guard index < tokens.count else { return nil }
            let number = tokens[index].sentence
            var end = index + 1
            while end < tokens.count, tokens[end].sentence == number { end += 1 }
            defer { index = end }
            return index..<end
        }
    }

    /// The token range of the sentence token `index` is in.
    static func sentence(of index: Int, _ tokens: [Token]) -> Range<Int> {
        let number = tokens[index].sentence
        var start = index
        while start > 0, tokens[start - 1].sentence == number { start -= 1 }
        var end = index + 1
        while end < tokens.count, tokens[end].sentence == number { end += 1 }
        return start..<end
    }

    /// Where `phrase` (words as normalised, "_" for any one word) starts inside `range`, if it does.
    static func find(_ phrase: [String], in range: Range<Int>, _ tokens: [Token]) -> Int? {
        guard !phrase.isEmpty, range.count >= phrase.count else { return nil }
        for start in range.lowerBound...(range.upperBound - phrase.count) {
            var matched = true
            for (offset, word) in phrase.enumerated() where word != "_" && tokens[start + offset].word != word
            {
                matched = false
                break
            }
            if matched { return start }
        }
        return nil
    }

    /// Whether any of `phrases` (each written as words separated by spaces) stands in `range`.
    static func contains(_ phrases: [[String]], in range: Range<Int>, _ tokens: [Token]) -> Bool {
        phrases.contains { find($0, in: range, tokens) != nil }
    }

    /// Phrases written as strings, split once into words.
    static func phrases(_ list: [String]) -> [[String]] {
        list.map { $0.split(separator: " ").map(String.init) }
    }

    /// Whether `clause` is the rep's (or the company's) own act, stated plainly: "I"/"we" as
    /// subject (or "let me"), no negation, not asked, not under an "if", not quoted.
    static func ownPlainAct(_ clause: Clause, _ tokens: [Token]) -> Bool {
        (clause.subject == .me || clause.subject == .we) && clause.negation == nil && !clause.question
            && !clause.conditional && !tokens[clause.range].contains(where: \.quoted)
    }

    /// The rep's own acts in `clauses`, stated plainly and promised or done: a first-person
    /// clause (read from its "I" when a phrase hid it: "From next month I'll…"), and a clause
    /// without a subject that goes on the same sentence's list of the rep's acts ("I'll run the
    /// data, write the quantities onto the sheet…", "…, fill in the count sheet and initial
    /// your line"). Not one with a negation in it ("…, so free drivers are a no from me").
    static func ownActs(_ clauses: [Clause], _ text: TokenizedText) -> [Clause] {
        let tokens = text.tokens
        var acts: [Clause] = []
        var previous: Clause?
        for raw in clauses {
            let clause = ClauseReader.fromFirstPerson(raw, text)
            var own = ownPlainAct(clause, tokens) && commits(clause, text)
            if !own, clause.subject == .none, clause.negation == nil, !clause.conditional, !clause.question,
                let previous,
                tokens[previous.range.lowerBound].sentence == tokens[clause.range.lowerBound].sentence,
                !tokens[clause.range].contains(where: \.quoted),
                !clause.range.contains(where: { text.infos[$0].roles & WordRole.negation.rawValue != 0 })
            {
                own = true
            }
            if own { acts.append(clause) }
            previous = own ? clause : nil
        }
        return acts
    }

    /// Whether a first-person clause promises or does the act (a future, "let me", "can", a
    /// progressive, or a present-tense "I fill…" that is not a thinking verb).
    static func commits(_ clause: Clause, _ text: TokenizedText) -> Bool {
        if clause.future || clause.ability || clause.progressive { return true }
        guard let verb = clause.verb else { return false }
        return text.infos[verb].roles & (WordRole.mental.rawValue | WordRole.auxiliary.rawValue) == 0
    }
}
