/// `acknowledge-dont-agree` said as validation (rules15, issue 12): the therapist's way of
/// recognising a feeling or a concern, "that's so valid", "that makes so much sense",
/// "understandable, a rumour like that would worry any team", "I totally hear the time pressure".
/// Phrase lists know "that makes sense" and "I hear you"; the shape is general:
///
/// - "that/this/it" (or the client's feeling: "your frustration", "the worry") with a linking verb
///   and a word of validation (``validating``: valid, understandable, natural, legitimate,
///   reasonable…), the word ending its clause or followed by "to" or "for" ("it's completely
///   natural to want a familiar face"), or such a word standing as a clause of its own ("Totally
///   understandable.");
/// - "that/this/it makes" with a degree and "sense" ("makes so much sense", "makes total sense");
/// - the rep hearing something of the client's ("I totally hear the time pressure", "I really do
///   hear your point"); not "I hear from Dana…", "I hear back…", "I heard nothing".
///
/// Not negated ("that's not valid"), asked ("is that reasonable?"), under "if", or quoted; never
/// after a line that insults the rep (validating an insult agrees with it), and, as every
/// acknowledgement, cancelled beside `argues-back` or `agrees-with-insult` (``ViolationCancelsRule``).
/// "Fair" is not read: "fair question", "fair point" are courtesies (review13 finding 5).
struct ValidatedFeelingRule: GradingRule {
    static let id = "acknowledge-dont-agree"
    static let key = RubricID.acknowledgeDontAgree

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), !board.opensWithReframe else { return }
        let tokens = board.text.tokens
        // Leave early: every shape needs one of these words.
        guard Self.neededWords.any(in: tokens.indices, of: board.text) else { return }
        // Validating an insult agrees with it: not read after one.
        if board.client(.agreesWithInsult) == true {
            return
        }
        let infos = board.text.infos
        for clause in board.clauses where clause.negation == nil && !clause.question && !clause.conditional {
            if tokens[clause.range].contains(where: \.quoted) { continue }
            guard let word = Self.validation(in: clause, tokens, infos) else { continue }
            let end = min(clause.range.upperBound, word + 1)
            let said = board.word(word)
            board.add(
                Self.id, quoting: clause.range.lowerBound..<end,
                rule: "validates the client's feeling (“\(said)”)"
            ) {
                "validates what the client feels: “\($0)”"
            }
            return
        }
    }

    /// The word of a clause that validates the client's feeling or concern, if it does.
    static func validation(in clause: Clause, _ tokens: [Token], _ infos: [TokenInfo]) -> Int? {
        func has(_ index: Int, _ role: WordRole) -> Bool { infos[index].roles & role.rawValue != 0 }
        let range = clause.range
        var index = range.lowerBound
        // Openers before anything: "oh", "honestly", "and".
        while index < range.upperBound, has(index, .opener) || has(index, .joiner) { index += 1 }
        guard index < range.upperBound else { return nil }
        let first = tokens[index].word
        // "I (adverbs) hear the time pressure".
        if first == "i" {
            var at = index + 1
            while at < range.upperBound,
                has(at, .adverb) || tokens[at].word == "do" || tokens[at].word == "can"
            {
                at += 1
            }
            guard at + 1 < range.upperBound, tokens[at].word == "hear" else { return nil }
            let object = tokens[at + 1].word
            if ["you", "how", "what"].contains(object) { return at }
            // "the time pressure", "your frustration": a thing of the client's that weighs, within
            // three words; not "I hear the warehouse is behind".
            guard heard.contains(object) else { return nil }
            let reach = min(range.upperBound, at + 5)
            return (at + 2..<reach).contains(where: { weighing.contains(tokens[$0].word) }) ? at : nil
        }
        // The subject: "that", "this", "it", "which", or a feeling of the client's.
        if ["that", "this", "it", "which", "thats"].contains(first) {
            index += 1
        } else if ["your", "the"].contains(first), index + 1 < range.upperBound,
            feelings.contains(tokens[index + 1].word)
        {
            index += 2
        } else if validating.contains(first) || degrees.contains(first) {
            // "Totally understandable.", "so valid": a clause of its own, nothing but the word.
            while index < range.upperBound, degrees.contains(tokens[index].word) { index += 1 }
            guard index + 1 == range.upperBound, validating.contains(tokens[index].word),
                !onlyWithTo.contains(tokens[index].word)
            else { return nil }
            return index
        } else {
            return nil
        }
        // "makes (so much|total) sense".
        if index < range.upperBound, ["makes", "made"].contains(tokens[index].word) {
            var at = index + 1
            while at < range.upperBound, degrees.contains(tokens[at].word) || tokens[at].word == "much" {
                at += 1
            }
            guard at > index + 1, at < range.upperBound, tokens[at].word == "sense" else { return nil }
            return at
        }
        // A linking verb: "is", "was", "sounds", "feels", "seems", "must be".
        var linked = false
        while index < range.upperBound,
            has(index, .being) || has(index, .auxiliary) || linking.contains(tokens[index].word)
        {
            if has(index, .being) || linking.contains(tokens[index].word) { linked = true }
            index += 1
        }
        guard linked else { return nil }
        while index < range.upperBound, degrees.contains(tokens[index].word) { index += 1 }
        guard index < range.upperBound, validating.contains(tokens[index].word) else { return nil }
        // The word ends the clause, or says to do or feel what: "natural to want", "valid for you".
        let next = index + 1 < range.upperBound ? tokens[index + 1].word : nil
        if onlyWithTo.contains(tokens[index].word) { return next == "to" ? index : nil }
        if let next, !["to", "for"].contains(next) { return nil }
        return index
    }

    /// Words that say a feeling or a concern is sound.
    static let validating: Set<String> = [
        "valid", "understandable", "natural", "legitimate", "reasonable", "justified", "warranted",
        "relatable",
    ]
    /// Validating words that say the client's act or wish is sound only with "to" after them ("it's
    /// natural to want…", "reasonable to ask"): alone, "that's natural" plays a fault down and
    /// "that's reasonable" takes up a demand.
    static let onlyWithTo: Set<String> = ["natural", "reasonable"]
    /// Words of degree before it: "so valid", "totally understandable".
    static let degrees: Set<String> = [
        "so", "totally", "completely", "entirely", "perfectly", "really", "very", "absolutely", "fully",
        "100", "super", "such", "a", "very", "quite", "utterly", "total", "complete", "lot", "of",
    ]
    /// The client's feelings, as the subject of a validation: "your frustration is valid".
    static let feelings: Set<String> = [
        "frustration", "feelings", "feeling", "reaction", "concern", "concerns", "worry", "worries",
        "anger", "fear", "fears", "upset", "question", "ask", "hesitation", "doubts", "doubt",
    ]
    /// Verbs that link a subject to how it is.
    static let linking: Set<String> = ["sounds", "seems", "feels", "sound", "seem", "feel", "is", "was"]
    /// What the rep hears of the client's: "I totally hear the pressure", "I do hear your point".
    static let heard: Set<String> = ["your", "the", "that", "this", "all"]
    /// What weighs on the client, heard: "the time pressure", "your frustration".
    static let weighing: Set<String> = feelings.union([
        "pressure", "stress", "urgency", "frustration", "disappointment", "point", "exhaustion", "strain",
    ])
    /// Words one of the shapes needs, for the early exit.
    static let needed: Set<String> = validating.union(["sense", "hear"])
    /// ``needed`` by word number (``WordSet``): the early exit reads a bit per word, no hashing.
    static let neededWords = WordSet(needed)

    /// The words this rule compares by spelling (``WordRole/ruleWords``).
    static var ruleWords: Set<String> {
        validating.union(degrees).union(feelings).union(linking).union(heard).union(weighing).union([
            "sense", "hear",
        ])
    }
}
