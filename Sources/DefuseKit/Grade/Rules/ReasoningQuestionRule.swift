/// `respectful-challenge` asked in the rep's own words: a question put to the client about how
/// they see, weigh or decide it. "What has you worried exactly, the texting or the plating?",
/// "How's your team been seeing it on your own films?", "If supply were fixed, would price
/// still be the deciding thing for you?". The phrase list knows the stock forms ("how are you
/// reading the subgroup data?"); the shape is general: a sentence that ends with a question mark,
/// opens (after a courtesy such as "can I ask") with a question word or a helper of a verb,
/// speaks to the client ("you", "your") and carries a word of judging or weighing
/// (``judging``) after its opening.
///
/// Not a question of logistics ("what time does Keisha get in?", "which day works for you?"),
/// an offer ("would it help if I…?", "what would make them easier for you?"), a question the
/// rep asks about themself ("do you think I'm wrong?" is still read: the client judges), a
/// quoted question, or one whose sentence argues back (``ViolationCancelsRule``).
struct ReasoningQuestionRule: GradingRule {
    static let id = "respectful-challenge"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.respectfulChallenge

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key) else { return }
        let tokens = board.text.tokens
        // Most replies ask nothing: leave them before reading a sentence.
        guard tokens.contains(where: \.question) else { return }
        let infos = board.text.infos
        for sentence in BreachShapes.Sentences(tokens) {
            guard tokens[sentence.lowerBound].question, !tokens[sentence].allSatisfy(\.quoted),
                let word = Self.judging(in: sentence, tokens, infos)
            else { continue }
            let judged = board.word(word)
            board.add(Self.id, quoting: sentence, rule: "asks how the client weighs it (“\(judged)”)") {
                "asks about the client's reasoning: “\($0)”"
            }
            return
        }
    }

    /// The judging word of a question sentence (`range`) that asks the client how they see or
    /// decide it, if it does.
    static func judging(in range: Range<Int>, _ tokens: [Token], _ infos: [TokenInfo]) -> Int? {
        var start = range.lowerBound
        // "can I ask, …", "may I ask…", "so…", "doc, …": courtesies and openers before the question.
        while start < range.upperBound {
            let word = tokens[start].word
            if courtesy.contains(word) || infos[start].roles & WordRole.opener.rawValue != 0 {
                start += 1
                continue
            }
            if word == "i", start + 1 < range.upperBound, tokens[start + 1].word == "ask" {
                start += 2
                continue
            }
            // A name or a word of address in a clause of its own: "Denise, how are you…".
            let opensQuestion =
                questionWords.contains(word)
                || infos[start].roles
                    & (WordRole.auxiliary.rawValue | WordRole.condition.rawValue) != 0
            if !opensQuestion {
                var next = start
                while next < range.upperBound, tokens[next].clause == tokens[start].clause { next += 1 }
                if next - start <= 2, next < range.upperBound {
                    start = next
                    continue
                }
            }
            break
        }
        guard start < range.upperBound else { return nil }
        let first = tokens[start].word
        let opens =
            questionWords.contains(first) || infos[start].roles & WordRole.auxiliary.rawValue != 0
            || infos[start].roles & WordRole.condition.rawValue != 0
        guard opens, !logistics.contains(first) else { return nil }
        // "what time", "which day", "how long": logistics, not reasoning.
        if questionWords.contains(first), start + 1 < range.upperBound,
            logisticsNouns.contains(tokens[start + 1].word)
        {
            return nil
        }
        // The rep offering something ("would it help if I…", "shall we…", "can I…", "do you
        // want me to…") asks for leave, not for the client's reasoning.
        if !questionWords.contains(first), start + 1 < range.upperBound {
            let next = infos[start + 1].roles
            if next & (WordRole.me.rawValue | WordRole.we.rawValue) != 0 { return nil }
        }
        var addressed = false
        var found: Int?
        for position in (start + 1)..<range.upperBound {
            let roles = infos[position].roles
            if roles & (WordRole.you.rawValue | WordRole.your.rawValue) != 0 { addressed = true }
            let word = tokens[position].word
            if offers.contains(word), position + 1 < range.upperBound,
                infos[position + 1].roles & WordRole.meObject.rawValue != 0
            {
                return nil
            }
            if found == nil, judgingWords.contains(word),
                questionWords.contains(first) || !looseWords.contains(word)
            {
                found = position
            }
            // "what do you make of…": weighing, not making.
            if found == nil, word == "make", position + 1 < range.upperBound,
                tokens[position + 1].word == "of"
            {
                found = position
            }
        }
        return addressed ? found : nil
    }

    /// Judging words that, in a yes/no question, ask about logistics as often as reasoning ("did
    /// you see my email?", "do you think you could sign today?"): they count only after a
    /// question word.
    static let looseWords: Set<String> = ["see", "seen", "read", "think", "thought", "comfortable"]
    /// Words a question opens with when it asks about reasons or views.
    static let questionWords: Set<String> = ["what", "how", "which", "why"]
    /// Question words that only ask for a time or place.
    static let logistics: Set<String> = ["when", "where", "who"]
    /// Nouns after a question word that make it a question of logistics.
    static let logisticsNouns: Set<String> = [
        "time", "day", "date", "room", "size", "sizes", "long", "soon", "late", "early", "many", "much",
        "number", "floor", "hour",
    ]
    /// Courtesies before the question itself: "can I ask", "just curious", "out of interest".
    static let courtesy: Set<String> = [
        "can", "could", "may", "might", "just", "curious", "out", "of", "interest", "doc", "doctor",
        "dr",
    ]
    /// Verbs of wanting that put the rep in the object: "do you want me to…", "would you like me…".
    static let offers: Set<String> = ["want", "like", "need", "prefer"]
    /// Words of judging, weighing or deciding: the client's reasoning.
    static let judgingWords: Set<String> = [
        "see", "seeing", "seen", "read", "reading", "weigh", "weighing", "weighs", "worried", "worry",
        "worries", "worrying", "decide", "deciding", "decides", "decided", "decision", "judge", "judging",
        "think", "thinking", "thought", "view", "matters", "matter", "concern", "concerns", "concerned",
        "bother", "bothers", "bothering", "compare", "comparing", "interpret", "interpreting", "convince",
        "convinced", "persuade", "trust", "counts", "factor", "factors", "driving", "drives", "reasoning",
        "choose", "choosing", "hesitant", "sceptical", "skeptical", "reassure", "reassured", "comfortable",
        "confident", "sway", "swayed", "rule", "ruling", "conclude", "land",
        // rules15: "what's behind under forty for you?", "how would you want it graded before you
        // compared them?"
        "behind", "compared", "graded",
    ]

    /// The words this rule compares by spelling (``WordRole/ruleWords``).
    static var ruleWords: Set<String> {
        questionWords.union(logistics).union(logisticsNouns).union(courtesy).union(offers).union(judgingWords)
    }
}
