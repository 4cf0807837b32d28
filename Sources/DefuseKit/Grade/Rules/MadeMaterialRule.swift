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
        guard !board.isPresent(Self.key) else { return }
        let text = board.text
        let tokens = text.tokens
        // Leave early: no piece of material named.
        guard Self.earlyWords.any(in: tokens.indices, of: text) else {
            return
        }
        for clause in BreachShapes.ownActs(board.clauses, text) {
            let range = clause.range
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
        if Self.making.contains(word) { return true }
        guard Self.particleVerbs.contains(word) else { return false }
        let reach = (index + 1)..<min(tokens.count, noun + 3)
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
