/// `non-apology` read from the apology's own structure, where the phrase list has no words for it
/// (issue 12, rules11). An apology is taken back when what it is for is:
///
/// - **the client's feeling or view, not what happened** — "sorry" (or "sorry that", "sorry to
///   hear") followed by the client or the client's side as subject and a verb of feeling or
///   judging ("sorry you find me tiring", "I'm sorry the nurses feel let down", "sorry you think
///   I lied"), a state of mind ("sorry you're stressed about it") or trouble that is theirs
///   ("sorry you're having trouble with it"). Not what the client went through ("I'm sorry you
///   were left without the screws", "sorry you had to wait"): that apologises for it;
/// - **a condition** — an "if" that makes the apology depend on whether anything happened, in the
///   apology's sentence: before it ("If I gave you that impression, I'm sorry", "if I've upset
///   you, doctor, I'm sorry") or just after it ("sorry for any inconvenience if the tray wasn't
///   what you expected"). Not the rep's own "if only" ("Sorry, if I'd double-checked the
///   manifest this wouldn't have happened": a fault admitted), and not an offer ("sorry about
///   that, and if you need the 4.5s tonight I'll drive them over").
///
/// Either takes the place of the apology when every apology of the reply is taken back.
struct HedgedApologyRule: GradingRule {
    static let id = "non-apology"
    /// ``id`` by number (``RubricID``): every reply asks for its verdict, twice.
    static let key = RubricID.nonApology

    func apply(to board: inout Board) {
        Self.keepOwnIfOnly(&board)
        guard board.isPresent(.apology), !board.isPresent(Self.key) else { return }
        let apologies = board.matches(.apology)
        guard !apologies.isEmpty else { return }
        let tokens = board.text.tokens
        var taken: [(PatternSet.Match, String)] = []
        for apology in apologies {
            if Self.aimedAtFeeling(apology, board) {
                taken.append((apology, "sorry for the client's feeling, not for what happened"))
            } else if Self.conditional(apology, board) {
                taken.append((apology, "an apology that depends on an “if”"))
            } else if Self.maybeHappened(apology, board) {
                taken.append((apology, "an apology for something that “may have” happened"))
            }
        }
        guard let first = taken.first else { return }
        let end = min(tokens.count, first.0.range.upperBound + 4)
        let sentenceEnd =
            (first.0.range.upperBound..<end).first { tokens[$0].sentence != first.0.sentence } ?? end
        board.add(
            Self.id, quoting: first.0.range.lowerBound..<sentenceEnd, rule: first.1
        ) { "the apology is hedged: “\($0)”" }
        if taken.count == apologies.count {
            board.cancel("apology", because: "it is hedged (a non-apology)")
        }
    }

    /// "Sorry, if I'd counted the screws myself this wouldn't have happened": the phrase list's
    /// "sorry if" with the rep's own "if I'd/if I had" and a "would(n't) have" in its sentence
    /// admits a fault. When every `non-apology` match is such an "if only", the apology stands.
    static func keepOwnIfOnly(_ board: inout Board) {
        guard board.isPresent(Self.key) else { return }
        let matches = board.matches(Self.key)
        guard !matches.isEmpty else { return }
        let tokens = board.text.tokens
        let own = matches.allSatisfy { match in
            guard let ifIndex = match.range.last, tokens[ifIndex].word == "if", ifIndex + 2 < tokens.count,
                ["i", "we"].contains(tokens[ifIndex + 1].word),
                ["had", "would"].contains(tokens[ifIndex + 2].word)
            else { return false }
            return (ifIndex + 3..<tokens.count).contains { index in
                tokens[index].sentence == match.sentence && ["would", "could"].contains(tokens[index].word)
                    && Range(from: index + 1, upTo: min(tokens.count, index + 3)).contains {
                        tokens[$0].word == "have"
                    }
            }
        }
        guard own else { return }
        let words = board.text.quote(matches[0].range)
        board.cancel(Self.id, because: "it is the rep's own “if only”, which admits the fault")
        if !board.matches(.apology).isEmpty {
            board.set("apology", present: true, explanation: "found “\(words)”: an apology")
        }
    }

    /// Whether the words right after `apology` ("that", "to hear" passed over) make the client
    /// or their side the subject of a verb of feeling or judging, a state of mind, or trouble.
    static func aimedAtFeeling(_ apology: PatternSet.Match, _ board: Board) -> Bool {
        let tokens = board.text.tokens
        let infos = board.text.infos
        var index = apology.range.upperBound
        while index < tokens.count, tokens[index].sentence == apology.sentence,
            ["that", "to", "hear", "about"].contains(tokens[index].word)
        {
            index += 1
        }
        guard index < tokens.count, tokens[index].sentence == apology.sentence else { return false }
        // The subject, read from the words (the clause reader takes "sorry you find me tiring"
        // as one clause with no subject): "you", "your" and a noun, "the" and a party noun.
        let word0 = tokens[index].word
        var verb: Int
        if word0 == "you" {
            verb = index + 1
        } else if word0 == "your" {
            verb = index + 2
        } else if word0 == "the",
            let party = Range(from: index + 1, upTo: min(tokens.count, index + 3)).first(where: {
                infos[$0].roles & WordRole.party.rawValue != 0
            })
        {
            // "the nurses", "the theatre staff".
            verb = party + 1
        } else {
            return false
        }
        // The words up to the end of the comma-delimited stretch of the sentence.
        var end = verb
        while end < tokens.count, tokens[end].sentence == apology.sentence,
            tokens[end].clause == tokens[index].clause
        {
            end += 1
        }
        // Helpers and adverbs before the verb ("are so", "have been", "'re really").
        var being = false
        while verb < end,
            infos[verb].roles & (WordRole.auxiliary.rawValue | WordRole.adverb.rawValue) != 0
                || ["so", "a", "bit", "little", "feeling"].contains(tokens[verb].word)
        {
            if infos[verb].roles & WordRole.negation.rawValue != 0 { return false }
            if infos[verb].roles & WordRole.being.rawValue != 0 { being = true }
            if tokens[verb].word == "feeling" { return true }
            verb += 1
        }
        guard verb < end, infos[verb].roles & WordRole.negation.rawValue == 0 else { return false }
        let word = tokens[verb].word
        if Self.feelingVerbs.contains(word) { return true }
        // "sorry you took it that way", "sorry you see it like that": a view. Not "sorry you took
        // the heat for it", "sorry you saw the patient bleed": what the client went through.
        if Self.viewVerbs.contains(word) {
            return Range(from: verb + 1, upTo: min(end, verb + 5)).contains {
                Self.viewWords.contains(tokens[$0].word)
            }
        }
        // "sorry you find me tiring", "sorry you find our paperwork so confusing": a judgement
        // after the object. Not a thing found ("sorry you found a cracked hub", "…the box in the
        // cabinet").
        if ["find", "finds", "found"].contains(word), verb + 1 < end {
            let object = (verb + 1)..<end
            guard !["a", "an", "some", "another"].contains(tokens[verb + 1].word),
                !tokens[object].contains(where: { Self.places.contains($0.word) })
            else { return false }
            // A word of judgement anywhere after the object ("me so tiring I guess"), not a noun
            // after "the"/"our" ("the packaging").
            return object.contains { index in
                let word = tokens[index].word
                let afterDeterminer = infos[index - 1].roles & WordRole.determiner.rawValue != 0
                return Self.judgements.contains(word)
                    || (!afterDeterminer
                        && ["ing", "ive", "ous", "ble", "ult", "ful"].contains(where: { word.hasSuffix($0) }))
            }
        }
        if being, Self.states.contains(word) { return true }
        // "sorry you're having trouble with it".
        if word == "having" || word == "have" || word == "had", verb + 1 < end {
            return Self.trouble.contains(tokens[verb + 1].word)
                || (verb + 2 < end && tokens[verb + 1].word == "a"
                    && ["hard", "tough", "difficult"].contains(tokens[verb + 2].word))
        }
        return false
    }

    /// Whether `apology`'s sentence makes it depend on an "if": an if-clause just before it or
    /// starting within four words after it, that is neither the rep's "if only" nor an offer.
    static func conditional(_ apology: PatternSet.Match, _ board: Board) -> Bool {
        let tokens = board.text.tokens
        let sentence = apology.sentence
        // "would have", "wouldn't have", "could have": the sentence reasons about what should
        // have happened ("if I'd checked, this wouldn't have happened").
        let sentenceRange = tokens.indices.filter { tokens[$0].sentence == sentence }
        guard let low = sentenceRange.first, let high = sentenceRange.last else { return false }
        for index in low..<high
        where ["would", "could", "should", "might"].contains(tokens[index].word) {
            var next = index + 1
            if next <= high, tokens[next].word == "not" { next += 1 }
            if next <= high, tokens[next].word == "have" { return false }
        }
        for ifIndex in low...high where tokens[ifIndex].word == "if" {
            // The if-clause: from "if" to the next comma or the sentence's end.
            var stretch = ifIndex + 1
            while stretch <= high, tokens[stretch].clause == tokens[ifIndex].clause { stretch += 1 }
            let clauseEnd = stretch
            // Before: the sentence opens with the if-clause and the apology follows it at once
            // (a name between: "if I've upset you, doctor, I'm sorry").
            let before =
                clauseEnd <= apology.range.lowerBound && apology.range.lowerBound - clauseEnd <= 3
                && (low..<ifIndex).allSatisfy {
                    board.text.infos[$0].roles & (WordRole.opener.rawValue | WordRole.joiner.rawValue) != 0
                }
            let after = ifIndex >= apology.range.upperBound && ifIndex <= apology.range.upperBound + 4
            guard before || after else { continue }
            let words = tokens[(ifIndex + 1)..<clauseEnd].map(\.word)
            // The rep's "if only": "if I had checked", "if I'd".
            if let first = words.first, ["i", "we"].contains(first),
                words.dropFirst().first.map({ ["had", "would", "d"].contains($0) }) == true
            {
                continue
            }
            // An offer or a wish: "if you need", "if it helps", "if that works", "if I can".
            if words.contains(where: { Self.offers.contains($0) || Self.modal.contains($0) }) { continue }
            return true
        }
        return false
    }

    /// "sorry for any confusion you may have had", "sorry for any inconvenience the recalls
    /// may have caused": "any" after the apology, then within five words a "may"/"might" and
    /// "have" in the same sentence: whether anything happened is left open.
    static func maybeHappened(_ apology: PatternSet.Match, _ board: Board) -> Bool {
        let tokens = board.text.tokens
        let start = apology.range.upperBound
        guard start + 1 < tokens.count,
            let any = (start..<min(tokens.count, start + 3)).first(where: { tokens[$0].word == "any" })
        else { return false }
        for index in Range(from: any + 1, upTo: min(tokens.count - 1, any + 6))
        where tokens[index].sentence == apology.sentence {
            if ["may", "might"].contains(tokens[index].word), tokens[index + 1].word == "have" {
                return true
            }
        }
        return false
    }

    /// Verbs of feeling or judging that make an apology about the client's view.
    static let feelingVerbs: Set<String> = [
        "feel", "feels", "felt", "think", "thinks", "thought", "perceive", "perceived", "believe", "believed",
        "consider", "considered",
    ]
    /// Verbs that are a view only with a word of manner after them ("took it that way").
    static let viewVerbs: Set<String> = ["see", "saw", "seen", "take", "took", "taken", "read"]
    /// Those words of manner.
    static let viewWords: Set<String> = ["way", "wrong", "wrongly", "badly", "personally", "like", "as"]
    /// States of mind after "you are", "you're so", "the nurses were".
    static let states: Set<String> = [
        "upset", "stressed", "frustrated", "annoyed", "angry", "unhappy", "disappointed", "offended",
        "bothered", "mad", "hurt", "worried", "concerned", "confused", "anxious", "cross", "irritated",
        "unimpressed", "dissatisfied", "uncomfortable", "uneasy", "displeased", "aggravated", "peeved",
        "miffed", "irked", "fed",
    ]
    /// Trouble that is the client's: "having trouble", "had issues".
    static let trouble: Set<String> = [
        "trouble", "issues", "problems", "difficulty", "difficulties", "bother", "concerns",
    ]
    /// Judgements that end "you find me …" without a telling ending ("rude", "pushy").
    static let judgements: Set<String> = [
        "rude", "pushy", "hard", "slow", "tiring", "annoying", "much", "odd", "harsh",
    ]
    /// Words after "found it" that place a thing ("found it in the cabinet"), not judge it.
    static let places: Set<String> = [
        "in", "on", "at", "under", "inside", "behind", "with", "by", "there", "here", "open", "missing",
    ]
    /// Helpers of a step to come, in an if-clause ("if I can", "if we will").
    static let modal: Set<String> = ["can", "will", "shall", "could"]
    /// Words of an offer or a wish in an if-clause ("if you need", "if it helps").
    static let offers: Set<String> = [
        "need", "needs", "want", "wants", "like", "prefer", "wish", "help", "helps", "work", "works",
        "suits", "suit", "ok", "okay", "possible", "rather", "please",
    ]
}
