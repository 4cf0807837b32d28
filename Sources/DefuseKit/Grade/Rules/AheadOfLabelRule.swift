/// `off-label-promotion` said as the evidence outrunning the label: "the literature may well be
/// ahead of the label", "the data are way past the IFU", "the label is five years behind the
/// studies", "the label hasn't caught up with the evidence" (review13 finding 14). A rep who
/// grants that the evidence for a use has gone past what the device is labelled for vouches for
/// that use, whatever comes after it ("…, but I'm not the right person to answer that"); the
/// surgeon repeats it to his fellows as the company's view.
///
/// Read in one clause: a word of evidence ("literature", "evidence", "data", "studies",
/// "papers", "research", "science") and a word of going past ("ahead", "beyond", "past",
/// "outpaced", "outgrown") before the label ("label", "labelling", "IFU", "indication"); or the
/// label first with a word of lagging ("behind", "outdated", "out of date", "lagging",
/// "caught up", "catching up"). Not asked, conditional or quoted, not the client's view said back
/// ("you feel the label is behind the literature"), not a clause with a negation of its own
/// before the claim ("I'm not saying the data is ahead of the label"; "hasn't caught up" is the
/// claim itself), not "whether…", and not the client's situation acknowledged with "when" ("I
/// understand it's frustrating when the literature is ahead of the label": a case of the
/// compliance fixtures) or his point named without a verb ("The label lagging the literature, I
/// hear you"). A reply with no word of the label is passed over on a word test.
struct AheadOfLabelRule: GradingRule {
    static let id = "off-label-promotion"
    static let key = RubricID.offLabelPromotion

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key) else { return }
        let text = board.text
        let tokens = text.tokens
        guard Self.labelWordSet.any(in: tokens.indices, of: text) else { return }
        for clause in board.clauses where !clause.question && !clause.conditional {
            let range = clause.range
            guard !tokens[range].contains(where: \.quoted),
                let label = range.first(where: { Self.labelWordSet.contains($0, in: text) }),
                let claim = Self.claim(range, label, tokens),
                !Self.clientsView(clause, claim.lowerBound, text)
            else { continue }
            board.add(
                Self.id, quoting: claim, rule: "the evidence said to be ahead of the label"
            ) { "grants that the evidence for a use is ahead of the label: “\($0)”" }
            return
        }
    }

    /// The words of the claim in `range` around the label word at `label`, or nil.
    static func claim(_ range: Range<Int>, _ label: Int, _ tokens: [Token]) -> Range<Int>? {
        // Evidence, then going past, then the label: "the literature may well be ahead of the label".
        if let evidence = (range.lowerBound..<label).last(where: { Self.evidence.contains(tokens[$0].word) }),
            // The going past next to the label: "ahead of the label", not "over the past five
            // years … the label".
            let past = (max(evidence + 1, label - 4)..<label).first(where: {
                Self.pastWords.contains(tokens[$0].word)
            }),
            // Said as the rep's own statement: a form of "be" or a helper before it ("may well
            // be ahead", "is ahead"), not a phrase that names the client's point ("the
            // literature ahead of the label, I hear you").
            (evidence + 1..<past).contains(where: { Self.asserting.contains(tokens[$0].word) }),
            !(range.lowerBound..<label).contains(where: { Self.negations.contains(tokens[$0].word) })
        {
            return evidence..<(label + 1)
        }
        // The label, then lagging: "the label is five years behind the literature", "the label
        // hasn't caught up".
        let after = Range(from: label + 1, upTo: min(range.upperBound, label + 7))
        guard !(range.lowerBound..<label).contains(where: { Self.negations.contains(tokens[$0].word) }),
            let lag = after.first(where: { index in
                let word = tokens[index].word
                // "lags" is a verb of its own; "behind", "lagging" need "is" ("the label is behind").
                if word == "lags" { return true }
                if Self.lagWords.contains(word) {
                    return (label + 1..<index).contains(where: { Self.asserting.contains(tokens[$0].word) })
                }
                // "out of date", "caught up", "catching up".
                if word == "date", index >= label + 3, tokens[index - 2].word == "out" { return true }
                return ["caught", "catching", "catch"].contains(word) && index + 1 < range.upperBound
                    && tokens[index + 1].word == "up"
            })
        else { return nil }
        return label..<(lag + 1)
    }

    /// Whether the claim is the client's view said back ("you feel the label is behind"), or
    /// held open by "whether".
    static func clientsView(_ clause: Clause, _ start: Int, _ text: TokenizedText) -> Bool {
        let tokens = text.tokens
        let sentence = BreachShapes.sentence(of: start, tokens)
        return (sentence.lowerBound..<start).contains { index in
            let word = tokens[index].word
            // "I know it's frustrating when the literature is ahead of the label": the client's
            // situation acknowledged, not the rep's claim.
            if word == "whether" || word == "when" { return true }
            return text.infos[index].roles & WordRole.you.rawValue != 0 && index + 1 < start
                && Self.viewVerbs.contains(tokens[index + 1].word)
        }
    }

    static let labelWords: Set<String> = [
        "label", "labelling", "labeling", "ifu", "indication", "indications",
    ]
    static let labelWordSet = WordSet(labelWords)
    static let evidence: Set<String> = [
        "literature", "evidence", "data", "studies", "study", "papers", "research", "science", "trials",
        "publications", "experience",
    ]
    static let pastWords: Set<String> = [
        "ahead", "beyond", "past", "outpaced", "outrun", "outgrown", "overtaken", "further",
    ]
    static let lagWords: Set<String> = ["behind", "outdated", "lagging", "lags"]
    static let negations: Set<String> = ["not", "never", "no", "nothing"]
    /// Words that make the claim a statement: a form of "be", a helper, "s" of "literature's".
    static let asserting: Set<String> = [
        "is", "are", "was", "were", "be", "been", "s", "has", "have", "may", "might", "must", "could",
        "probably", "clearly", "obviously", "really", "way", "well",
    ]
    static let viewVerbs: Set<String> = [
        "feel", "say", "said", "think", "believe", "read", "mentioned", "mention", "argue", "argued", "find",
        "see", "saw", "know",
    ]
}
