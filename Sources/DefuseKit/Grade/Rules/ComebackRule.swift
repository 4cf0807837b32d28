/// `argues-back` said as a comeback, read from structure where no phrase list knows the words:
///
/// - **an echo question thrown back** — the reply opens by asking the client's own words back
///   ("Pathetic?", "Every month?", "A nail is a nail?") or asking in disbelief ("Seriously?"),
///   then turns on the client: a statement or question about them ("You wouldn't last a day
///   doing my job", "you think I packed it?"), an order ("Tell that to your surgeons", "Don't
///   push it") or a verdict on what they said ("That's a bit unfair"). Not when the echo only
///   checks what was asked and the reply goes on to act or refuse ("Tonight? I can be there by
///   nine"), nor beside an apology, ownership, an acknowledgement or a challenge that engages;
/// - **"have you even…?"** — a question to the client with "even" after its subject ("Have you
///   even read the analysis?", "do you even use the app?"): it doubts them rather than asks;
/// - **a lecture after a jab** — "maybe" before an order to the client ("Maybe work on your
///   manners", "then maybe say it to me") when the client's line jabs at the rep (its node
///   avoids `agrees-with-insult`, or it matches that list's words). Not to a plain request,
///   where "maybe call me tomorrow" is a suggestion;
/// - **the client's remark judged** — "a backwards thing to say", "a naive way to look at it",
///   "that comment says more about you": a word of judgement before "thing to say" / "way to
///   look at it", or "says more about you". Not a fair word ("a fair thing to say", "a
///   reasonable way to look at it") and not negated or asked.
struct ComebackRule: GradingRule {
    static let id = "argues-back"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.arguesBack

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), !board.opensWithReframe else { return }
        let tokens = board.text.tokens
        guard !tokens.isEmpty else { return }
        let calm = [RubricID.apology, .ownership, .acknowledgeDontAgree, .respectfulChallenge].contains {
            board.isPresent($0)
        }
        if !calm, let range = Self.echoComeback(board) {
            add(&board, range, "asks the client's words back, then turns on the client")
            return
        }
        if let range = Self.evenQuestion(board) {
            add(&board, range, "asks whether the client has even done it")
            return
        }
        let jabbed =
            board.client(.agreesWithInsult) == true || board.cue?.avoid.contains(Self.insultId) == true
        if jabbed, !calm, let range = Self.maybeLecture(board) {
            add(&board, range, "tells the client how to behave")
            return
        }
        if let range = Self.judgesRemark(board) {
            add(&board, range, "judges what the client said")
            return
        }
        if let range = Self.readAgain(board) {
            add(&board, range, "orders the client to read or look again")
            return
        }
        if let range = Self.ratherThan(board) {
            add(&board, range, "asks the client a rhetorical “you'd rather … than …?”")
            return
        }
        if let range = Self.ifYouDidBetter(board) {
            add(&board, range, "says things would be fine if the client's side did better")
            return
        }
        if let range = Self.turnsItBack(board) {
            add(&board, range, "turns the fault back on the client")
        }
    }

    /// "your numbers are the problem", "you're the problem": a statement (not asked, not
    /// negated, not conditional) that makes the client or their side the problem. Not "the
    /// problem is on our side", and not "you're the one explaining it to patients", which
    /// grants them their part.
    static func turnsItBack(_ board: Board) -> Range<Int>? {
        let tokens = board.text.tokens
        for clause in board.clauses
        where !clause.question && clause.negation == nil && !clause.conditional
            && (clause.subject == .you || clause.subject == .yourSide
                || (clause.subject == .other && tokens[clause.subjectRange.lowerBound].word == "your"))
        {
            var index = clause.subjectRange.upperBound
            let end = clause.range.upperBound
            guard index < end, ["is", "are", "were", "was", "re", "s"].contains(tokens[index].word) else {
                continue
            }
            index += 1
            while index < end,
                ["really", "just", "clearly", "obviously", "actually"].contains(tokens[index].word)
            {
                index += 1
            }
            guard index + 1 < end, tokens[index].word == "the" else { continue }
            let noun = tokens[index + 1].word
            if ["problem", "issue"].contains(noun) { return clause.range }
        }
        return nil
    }

    /// "Read it again", "look it up", "check your own count": an order (a clause with no
    /// subject, not asked, not negated, no "please") to read, look or check, with a word that
    /// makes it a correction of the client ("again", "up", "properly", "carefully", "closer",
    /// "yourself", "your own"). Not a step offered ("let me check again", "I'll look it up") nor
    /// a request ("could you check again?", "please check the box again").
    static func readAgain(_ board: Board) -> Range<Int>? {
        let tokens = board.text.tokens
        // An order to read again needs one of ``readingVerbs`` and, after it, one of
        // ``correcting`` or "own": a reply without both is left on a bit test per word
        // (``WordSet``) before the clause walk, which hashed every word (~7 k instructions a reply).
        guard readingVerbWords.any(in: tokens.indices, of: board.text),
            correctionWords.any(in: tokens.indices, of: board.text)
        else { return nil }
        for clause in board.clauses
        where !clause.question && clause.negation == nil && !clause.conditional {
            // The verb read from the words, before any subject: "look" opens a clause as an
            // opener too ("Look it up" reads "it" as its subject).
            guard
                let verb = clause.range.first(where: { index in
                    readingVerbWords.contains(index, in: board.text)
                        && (clause.range.lowerBound..<index).allSatisfy {
                            board.text.infos[$0].roles & (WordRole.opener.rawValue | WordRole.joiner.rawValue)
                                != 0
                        }
                }),
                !tokens[clause.range].contains(where: { $0.quoted || $0.word == "please" })
            else { continue }
            let after = (verb + 1)..<clause.range.upperBound
            let corrects = after.contains { index in
                let word = tokens[index].word
                return correctingWords.contains(index, in: board.text)
                    || (word == "own" && index > verb + 1 && tokens[index - 1].word == "your")
            }
            if corrects { return clause.range }
        }
        return nil
    }

    /// "So you'd rather believe hallway gossip than peer review?": a question put in the order
    /// of a statement (the client as subject first, not "would you rather…?", which offers a
    /// choice) that weighs what the client does with "rather … than".
    static func ratherThan(_ board: Board) -> Range<Int>? {
        let tokens = board.text.tokens
        for clause in board.clauses where clause.question && clause.subject == .you {
            guard
                (clause.range.lowerBound..<clause.subjectRange.lowerBound).allSatisfy({
                    board.text.infos[$0].roles & (WordRole.opener.rawValue | WordRole.joiner.rawValue) != 0
                }),
                let rather = clause.range.first(where: { tokens[$0].word == "rather" }),
                rather > clause.subjectRange.lowerBound,
                let than = (rather..<tokens.count).first(where: { tokens[$0].word == "than" }),
                tokens[than].sentence == tokens[rather].sentence
            else { continue }
            return clause.range.lowerBound..<(than + 1)
        }
        return nil
    }

    /// "If your mornings were run better you wouldn't need the warning", "maybe if your techs
    /// counted properly we'd know": an "if" about the client or their side doing a thing
    /// better, properly or on time. Not a wish or an offer ("if you'd like it done properly").
    static func ifYouDidBetter(_ board: Board) -> Range<Int>? {
        let tokens = board.text.tokens
        let infos = board.text.infos
        for clause in board.clauses
        where clause.conditional && clause.negation == nil
            && (clause.subject == .you || clause.subject == .yourSide
                || (clause.subject == .other && tokens[clause.subjectRange.lowerBound].word == "your"))
        {
            // The noun phrase may swallow the verb ("your schedulers booked properly"): the words
            // up to the word of doing better are read for a wish or a thought instead ("if you'd
            // like it done properly"); what follows is the consequence ("…we'd know").
            guard let better = clause.range.first(where: { betterWords.contains(tokens[$0].word) }),
                !(clause.range.lowerBound..<better).contains(where: {
                    infos[$0].roles & WordRole.mental.rawValue != 0
                        || HedgedApologyRule.offers.contains(tokens[$0].word)
                }),
                !tokens[clause.range].contains(where: \.quoted)
            else { continue }
            return clause.range
        }
        return nil
    }

    /// Verbs of an order to go back over something ("read it again", "look it up").
    static let readingVerbs: Set<String> = [
        "read", "reread", "look", "check", "google", "recheck", "recount",
    ]
    /// Words that make that order a correction.
    static let correcting: Set<String> = [
        "again", "up", "properly", "carefully", "closer", "closely", "yourself", "harder", "twice",
    ]
    /// ``readingVerbs`` by word number (``WordSet``), for ``readAgain(_:)``'s early exit.
    static let readingVerbWords = WordSet(readingVerbs)
    /// ``correcting`` by word number.
    static let correctingWords = WordSet(correcting)
    /// ``correcting`` and "own" (of "your own") by word number, for the same exit.
    static let correctionWords = WordSet(correcting.union(["own"]))
    /// Words of doing a thing better ("run better", "counted properly").
    static let betterWords: Set<String> = [
        "better", "properly", "right", "correctly", "carefully", "earlier", "sooner", "faster", "smarter",
    ]

    static let insultId = "agrees-with-insult"

    private func add(_ board: inout Board, _ range: Range<Int>, _ what: String) {
        board.add(Self.id, quoting: range, rule: what) { "argues back: “\($0)”" }
    }

    /// The reply from its echo question through the clause that turns on the client.
    static func echoComeback(_ board: Board) -> Range<Int>? {
        let tokens = board.text.tokens
        let infos = board.text.infos
        let firstSentence = tokens[0].sentence
        let end = tokens.firstIndex { $0.sentence != firstSentence } ?? tokens.count
        guard tokens[0].question, end <= 5, end < tokens.count else { return nil }
        let echo = 0..<end
        let disbelief = echo.allSatisfy { Self.disbelief.contains(tokens[$0].word) }
        if !disbelief {
            let content = echo.filter {
                infos[$0].roles == 0 && !Self.functionWords.contains(tokens[$0].word)
            }
            guard !content.isEmpty, content.allSatisfy({ board.clientWords.contains(tokens[$0].word) }) else {
                return nil
            }
        }
        // The clause after the echo ("Please." passed over).
        guard
            let next = board.clauses.first(where: {
                $0.range.lowerBound >= end
                    && !$0.range.allSatisfy {
                        Self.disbelief.contains(tokens[$0].word) || tokens[$0].word == "please"
                    }
            })
        else { return nil }
        let turns: Bool
        switch next.subject {
        case .you:
            turns =
                next.verb.map {
                    infos[$0].roles & WordRole.mental.rawValue == 0 || tokens[$0].word == "think"
                }
                ?? true
        case .none:
            // An order at the client ("Tell that to your surgeons", "Don't push it").
            turns =
                next.verb.map { !AssentRule.engaging.contains(tokens[$0].word) || tokens[$0].word == "tell" }
                == true
                && (next.negation != nil
                    || next.range.contains { infos[$0].roles & WordRole.your.rawValue != 0 })
        case .other:
            // A verdict on the remark ("That's a bit unfair", "that's rich").
            turns =
                next.negation == nil && !next.question
                && next.range.contains { Self.verdicts.contains(tokens[$0].word) }
        default:
            turns = false
        }
        return turns ? 0..<next.range.upperBound : nil
    }

    /// "Have you even read…?", "do you even…": from the helper through the verb doubted.
    static func evenQuestion(_ board: Board) -> Range<Int>? {
        let tokens = board.text.tokens
        for index in tokens.indices.dropFirst() where index + 2 < tokens.count {
            guard tokens[index].question, tokens[index].word == "you", tokens[index + 1].word == "even",
                Self.askingHelpers.contains(tokens[index - 1].word), !tokens[index].quoted,
                tokens[index + 2].sentence == tokens[index].sentence,
                !RetortRule.undergone.contains(tokens[index + 2].word)
            else { continue }
            return (index - 1)..<(index + 3)
        }
        return nil
    }

    /// Helpers that open a question to the client ("have you", "do you", "did you").
    static let askingHelpers: Set<String> = [
        "have", "do", "did", "does", "are", "were", "can", "could", "would",
    ]

    /// "Maybe work on your manners", "then maybe say it to me": "maybe" before an order, in a
    /// clause with no subject of its own.
    static func maybeLecture(_ board: Board) -> Range<Int>? {
        let tokens = board.text.tokens
        let infos = board.text.infos
        for clause in board.clauses where clause.subject == .none && !clause.question {
            guard let maybe = clause.range.first(where: { tokens[$0].word == "maybe" }),
                maybe + 1 < clause.range.upperBound
            else { continue }
            var verb = maybe + 1
            if tokens[verb].word == "do", verb + 2 < clause.range.upperBound, tokens[verb + 1].word == "not" {
                verb += 2
            }
            let word = tokens[verb].word
            // An order: a bare verb, not a pronoun, helper or noun phrase.
            guard infos[verb].roles == 0, Self.orders.contains(word) else { continue }
            return clause.range.lowerBound..<min(clause.range.upperBound, verb + 3)
        }
        return nil
    }

    /// "a backwards thing to say", "a naive way to look at it", "says more about you".
    static func judgesRemark(_ board: Board) -> Range<Int>? {
        let tokens = board.text.tokens
        // Most replies hold none of the four words a judged remark is read from.
        guard remarkStarts.any(in: tokens.indices, of: board.text) else { return nil }
        for clause in board.clauses where !clause.question && clause.negation == nil && !clause.conditional {
            let range = clause.range
            guard !tokens[range].contains(where: { $0.quoted }) else { continue }
            // Only these four words start a judged remark: the rest are passed over on a bit.
            for index in range where Self.remarkStarts.contains(index, in: board.text) {
                let word = tokens[index].word
                // "… more about you": what the remark shows of its maker.
                if word == "says" || word == "said", index + 3 < range.upperBound,
                    ["more", "lot"].contains(tokens[index + 1].word) || tokens[index + 2].word == "lot",
                    Range(from: index + 2, upTo: min(range.upperBound, index + 4)).contains(where: {
                        tokens[$0].word == "about"
                    }),
                    tokens[(index + 2)..<range.upperBound].contains(where: {
                        ["you", "your", "yourself"].contains($0.word)
                    })
                {
                    return range.lowerBound..<range.upperBound
                }
                // "<judgement> thing to say", "<judgement> way to look at it".
                guard index + 2 < range.upperBound, ["thing", "way"].contains(word),
                    tokens[index + 1].word == "to",
                    Self.remarkVerbs.contains(tokens[index + 2].word)
                else { continue }
                let before = max(range.lowerBound, index - 3)..<index
                guard
                    tokens[before].contains(where: {
                        !Self.fairWords.contains($0.word) && Self.adjectiveLike($0.word)
                    }),
                    !tokens[before].contains(where: { Self.fairWords.contains($0.word) })
                else { continue }
                return range.lowerBound..<(index + 3)
            }
        }
        return nil
    }

    /// The words a judged remark is read from: "says"/"said" (… more about you) and
    /// "thing"/"way" (… to say, … to look at it).
    static let remarkStarts = WordSet(["says", "said", "thing", "way"])

    /// A word that can judge a remark: not a determiner, intensifier or pronoun.
    static func adjectiveLike(_ word: String) -> Bool {
        !RetortRule.intensifiers.contains(word)
            && !["that", "this", "the", "is", "was", "what", "my", "your", "one"]
                .contains(word)
            && word.count > 2
    }

    /// Questions of disbelief that may open a comeback on their own.
    static let disbelief: Set<String> = ["seriously", "really", "wow", "srsly", "what", "excuse", "me"]
    /// Small words an echo may carry besides the client's ("a", "is", "that").
    static let functionWords: Set<String> = [
        "a", "an", "the", "is", "are", "was", "of", "to", "that", "this", "so", "just", "and", "s",
    ]
    /// Words of a verdict on a remark ("that's a bit unfair", "that's rich").
    static let verdicts: Set<String> = [
        "unfair", "rich", "ridiculous", "absurd", "nonsense", "rubbish", "backwards", "naive", "insulting",
        "laughable", "funny", "bold",
    ]
    /// Orders a lecture gives ("maybe work on", "maybe lose", "maybe say it to me", "maybe don't
    /// throw me under the bus").
    static let orders: Set<String> = [
        "work", "lose", "say", "throw", "try", "learn", "read", "check", "look", "think", "ask", "start",
        "stop", "drop", "watch", "mind", "take", "get", "talk", "speak",
    ]
    /// Verbs of a remark: "a thing to say", "a way to look at it", "a way to think".
    static let remarkVerbs: Set<String> = ["say", "look", "think", "see", "put", "talk"]
    /// Words that make a remark fair rather than judge it.
    static let fairWords: Set<String> = [
        "fair", "reasonable", "good", "great", "fine", "understandable", "natural", "normal", "right",
        "easy", "hard", "tough", "honest", "kind", "nice", "valid", "sensible", "smart", "only", "best",
        "other", "different", "another", "better", "useful", "helpful", "first", "last", "same",
    ]
}
