/// `unapproved-material` read from who makes the material: the rep, in a clause of their own
/// that promises or does it (``BreachShapes/ownActs``), makes, types, draws up, puts together or
/// corrects a piece of clinical material (a card, a chart, a cheat sheet, a one-pager, slides, a
/// deck, a handout, a poster, a quick reference), or has one "corrected", "laminated" or "typed"
/// made ("I'll type up a one-page programming cheat sheet tonight", "I'll pull together a short
/// deck with the papers", "and have a corrected laminated version up on that door").
///
/// The phrase list knows "my own card" and "home-made chart"; this reads the rep as the maker,
/// whatever the verb. Not approved material the rep brings or prints ("I'll print the approved
/// sizing card", "the chart from the IFU", "our marketing team's deck"), not a refusal ("I won't
/// be making a chart": ``BreachShapes/ownActs`` keeps only plain acts), not a question or an
/// "if", and not the rep's own paperwork ("I'll write up a summary of what we agreed": a summary,
/// a report or a plan is not clinical material).
struct MadeMaterialRule: GradingRule {
    static let id = "unapproved-material"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.unapprovedMaterial

    func apply(to board: inout Board) {
        let text = board.text
        let tokens = text.tokens
        if board.isPresent(Self.key) {
            // "It happened because I made my own chart": the list's words in an account of
            // what the rep did, with nothing handed over, make no new material (review11).
            if !Self.handsOver(text) {
                DisownedClauseRule.withdraw([Self.id], inside: Self.accounts(board.clauses, text), on: &board)
            }
            return
        }
        // Leave early: no piece of material named.
        guard Self.earlyWords.any(in: tokens.indices, of: text) else {
            return
        }
        let handsOver = Self.handsOver(text)
        for clause in BreachShapes.ownActs(board.clauses, text) {
            let range = clause.range
            if !handsOver, Self.toldPast(ClauseReader.fromFirstPerson(clause, text), text) { continue }
            guard let noun = range.first(where: { Self.isMaterial($0, tokens) }),
                let maker = (range.lowerBound..<noun).first(where: { Self.makes($0, before: noun, tokens) }),
                !Self.approved(BreachShapes.sentence(of: noun, tokens), tokens)
            else { continue }
            board.add(
                Self.id, quoting: maker..<(noun + 1),
                rule: "the rep makes clinical material of their own"
            ) { "makes their own clinical material instead of the approved labelling: “\($0)”" }
            return
        }
    }

    /// The rep's clauses told in the simple past ("I made my own chart to save your team time",
    /// "I typed that chart up myself from memory"): an account of how it happened, read as one
    /// only when the reply hands nothing over (``handsOver(_:)``).
    static func accounts(_ clauses: [Clause], _ text: TokenizedText) -> [DisownedClauseRule.Scope] {
        clauses.compactMap { raw in
            let clause = ClauseReader.fromFirstPerson(raw, text)
            guard toldPast(clause, text) else { return nil }
            return DisownedClauseRule.Scope(
                range: clause.range, words: clause.range, reading: "the rep's account of what happened")
        }
    }

    /// Whether a first-person clause tells what the rep did, in the simple past: "I made…", "I
    /// typed…", "I had typed…". Not a perfect ("I've made you a crib sheet": it is there now), a
    /// future, a "can", a negation, a question or an "if".
    static func toldPast(_ clause: Clause, _ text: TokenizedText) -> Bool {
        let tokens = text.tokens
        guard clause.subject == .me || clause.subject == .we, !clause.future, !clause.ability,
            !clause.progressive, !clause.perfect, !clause.conditional, !clause.question,
            clause.negation == nil
        else { return false }
        var index = clause.subjectRange.upperBound
        while index < clause.range.upperBound, text.infos[index].roles & WordRole.adverb.rawValue != 0 {
            index += 1
        }
        guard index < clause.range.upperBound else { return false }
        let word = tokens[index].word
        if word == "had" || word == "did" { return true }
        return (word.hasSuffix("ed") && word.count > 4) || pastMaking.contains(word)
            || RetortRule.irregularPast.contains(word)
    }

    /// Whether the reply hands a piece over or puts it up ("I'll email it over", "tape it up",
    /// "I'll drop copies with Jess"): then a piece the rep made before is in use, not an account.
    static func handsOver(_ text: TokenizedText) -> Bool {
        let tokens = text.tokens
        guard tokens.count > 1 else { return false }
        return (0..<(tokens.count - 1)).contains { index in
            handing.contains(tokens[index].word) && handed.contains(tokens[index + 1].word)
        }
    }

    /// Past forms of making that do not end in "-ed".
    static let pastMaking: Set<String> = ["made", "wrote", "drew", "put", "built", "did", "had", "threw"]
    /// Verbs that hand a piece over or put it up.
    static let handing: Set<String> = [
        "send", "email", "bring", "leave", "drop", "tape", "stick", "give", "hand", "post", "pin",
        "share", "forward", "circulate", "print", "laminate", "use",
    ]
    /// What is handed: the piece itself.
    static let handed: Set<String> = ["it", "them", "copies", "one", "that", "this"]

    /// Whether token `index` is a piece of material: a card, a chart, a deck…, or a "version" or
    /// "copy" that a making word before it says is the rep's ("a corrected laminated version").
    static func isMaterial(_ index: Int, _ tokens: [Token]) -> Bool {
        let word = tokens[index].word
        if word == "sheet" || word == "sheets" {
            return index > 0
                && ["cheat", "crib", "reference", "tip", "tips", "sizing", "one"].contains(
                    tokens[index - 1].word)
        }
        if Self.material.contains(word) {
            // "a business card", "a thank-you card", "a gift card"
            return index == 0
                || !["business", "thank", "you", "gift", "greeting", "credit", "loyalty"].contains(
                    tokens[index - 1].word)
        }
        if word == "version" || word == "copy" {
            let before = max(0, index - 3)..<index
            return before.contains(where: { Self.madeAdjectives.contains(tokens[$0].word) })
        }
        return false
    }

    /// Whether token `index` makes the piece at `noun`: a verb of making, or a verb that makes
    /// only with its particle ("put together", "draw up", "knock up", "pull together").
    static func makes(_ index: Int, before noun: Int, _ tokens: [Token]) -> Bool {
        let word = tokens[index].word
        // "home-made charts", "hand-drawn cards": the material's kind, not the rep making it
        // (the phrase list reads a rep who hands one over; plays19).
        if index > 0, Self.kindOfMaking.contains(tokens[index - 1].word) { return false }
        if Self.making.contains(word) { return true }
        guard Self.particleVerbs.contains(word) else { return false }
        let reach = Range(from: index + 1, upTo: min(tokens.count, noun + 3))
        return reach.contains(where: { ["together", "up"].contains(tokens[$0].word) })
    }

    /// Whether the sentence says the material is approved or comes from the company's labelling.
    static func approved(_ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
        sentence.contains(where: { Self.approval.contains(tokens[$0].word) })
    }

    /// Pieces of clinical material.
    /// ``material`` and "version" by word number (``WordSet``): every word of every reply is tested.
    static let earlyWords = WordSet(material.union(["version"]))
    static let material: Set<String> = [
        "card", "cards", "chart", "charts", "cheatsheet", "deck", "slides", "slide", "handout", "handouts",
        "poster", "posters", "pager", "laminate", "sheet", "sheets", "crib", "flowchart", "infographic",
    ]
    /// Words before a making word that turn it into the material's kind ("home-made").
    static let kindOfMaking: Set<String> = ["home", "hand", "self", "custom", "locally"]
    /// Words that make the rep the maker.
    static let making: Set<String> = [
        "make", "making", "made", "typed", "drew", "drawn", "draft",
        "drafting", "drafted", "create", "creating", "created", "design", "designing", "designed", "build",
        "building", "built",
        "wrote", "fix", "fixing", "fixed", "correct", "correcting", "corrected", "redo",
        "redoing", "update", "updating", "updated", "laminate", "laminated", "sketch", "sketched",
    ]
    /// Verbs that make only with "together" or "up": "put together a deck", "draw up a chart".
    static let particleVerbs: Set<String> = [
        "put", "putting", "pull", "pulling", "knock", "knocking", "whip", "whipping", "throw", "throwing",
        "mock", "mocking", "draw", "drawing", "type", "typing", "write", "writing",
    ]
    /// Adjectives that say a version was made by hand.
    static let madeAdjectives: Set<String> = [
        "corrected", "laminated", "typed", "updated", "revised", "handwritten", "fixed", "new", "better",
    ]
    /// Words that put the material under the company's approval or labelling.
    static let approval: Set<String> = [
        "approved", "official", "ifu", "label", "labelling", "labeling", "marketing", "regulatory",
        "compliance", "printed", "brochure", "technique",
    ]
}
