/// `disparages-competitor` by name: a competitor the scenario names (``CompetitorNames``, carried
/// by the node's cue) in the same clause as a word that runs it, its product or its rep down
/// ("Meridian's nails are junk", "the Halvern guy is a liar", "Castellan are cowboys"). The
/// phrase lists know "their cage is junk"; a company's name is the scenario's, not the grader's.
/// Without a scenario, a capitalised word no list knows before a product ("Castellan's balloon")
/// is read as a brand too.
///
/// Not when the word is negated ("Meridian's cage isn't junk"), asked ("is Meridian's cage
/// junk?"), quoted, or about the rep's or the client's own side after the name ("Meridian's rep
/// called our cage junk" reports the insult; "lying" and "liar" still say it of the name).
struct CompetitorRule: GradingRule {
    static let id = "disparages-competitor"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.disparagesCompetitor

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key) else { return }
        let names = board.cue?.competitors ?? []
        let tokens = board.text.tokens
        for clause in board.clauses where !clause.question {
            let range = clause.range
            // The run-down word first (by word number: few clauses have one), then the name.
            guard
                let word = range.first(where: {
                    Self.derogatoryWords.contains($0, in: board.text) && !tokens[$0].quoted
                }),
                let name = range.first(where: {
                    !tokens[$0].quoted && (names.contains(tokens[$0].word) || Self.isBrand($0, board))
                })
            else { continue }
            let span = min(name, word)..<(max(name, word) + 1)
            let lookBack = max(range.lowerBound, word - 3)..<word
            if span.contains(where: { Scope.negators.contains(tokens[$0].word) })
                || lookBack.contains(where: { Scope.negators.contains(tokens[$0].word) })
            {
                continue
            }
            if !Self.sayingIt.contains(tokens[word].word),
                span.contains(where: { Self.ownSide.contains(tokens[$0].word) })
            {
                continue
            }
            let words = board.text.quote(span)
            let place = board.text.span(span)
            board.add(
                Self.id,
                [
                    Evidence(
                        words: words, span: place,
                        rule: board.rule(
                            "rule: runs down a competitor the scenario names (“\(board.word(name))”)"))
                ],
                explanation: "runs a competitor down by name: “\(words)”")
            return
        }
    }

    /// Whether token `index` reads as a brand before its product ("Castellan's balloon",
    /// "a Meridian nail"): typed with a capital, a word no list knows (or not the first of its
    /// sentence), a product or "rep" after it, and no "our" or "the" before it.
    static func isBrand(_ index: Int, _ board: Board) -> Bool {
        let text = board.text
        let token = text.tokens[index]
        guard index + 1 < text.tokens.count, text.infos[index].roles == 0,
            CompetitorNames.products.contains(text.tokens[index + 1].word),
            token.start < text.utf8.count,
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(text.utf8[token.start]),
            !token.startsSentence || text.infos[index].id < 0 || Self.possessive(token, text)
        else { return false }
        // "our Velo stapler", "the Velo stapler": perhaps the rep's own brand; a scenario's
        // competitors are known by name instead.
        return index == 0
            || !["our", "my", "your", "the", "this", "that"].contains(text.tokens[index - 1].word)
    }

    /// Whether the token is typed with a possessive "'s" ("Castellan's balloon"): a name, even
    /// when a list knows the word (stop 44: a phrase list naming Castellan made the word known,
    /// and the capitalised word opening the sentence no longer read as a brand). The tokenizer
    /// keeps the apostrophe inside the word, so the typed span ends in "'s" (or "’s").
    static func possessive(_ token: Token, _ text: TokenizedText) -> Bool {
        let bytes = text.utf8
        let end = min(token.end, bytes.count)
        guard end - token.start > 2, bytes[end - 1] | 0x20 == UInt8(ascii: "s") else { return false }
        return bytes[end - 2] == UInt8(ascii: "'")
            || (end - token.start > 4 && bytes[end - 4] == 0xE2 && bytes[end - 3] == 0x80
                && bytes[end - 2] == 0x99)
    }

    /// ``derogatory`` and ``ownSide`` by word number (``WordSet``).
    static let derogatoryWords = WordSet(derogatory)
    static let ownSideWords = WordSet(ownSide)
    /// Words that run a company, its product or its rep down.
    static let derogatory: Set<String> = [
        "junk", "garbage", "rubbish", "trash", "crap", "crappy", "shoddy", "flimsy", "worthless", "useless",
        "dodgy", "shady", "sketchy", "dangerous", "unsafe", "inferior", "terrible", "awful", "liar", "liars",
        "lying", "lies", "crook", "crooks", "cowboy", "cowboys", "idiot", "idiots", "clueless", "incompetent",
        "dishonest", "snake", "snakes", "joke", "knockoff", "knockoffs", "nonsense", "bullshit", "scam",
        "scammers", "hacks", "cheats", "amateurs",
    ]

    /// Words that say the name does the talking: "Meridian is lying about our cage".
    static let sayingIt: Set<String> = ["liar", "liars", "lying", "lies", "dishonest"]

    /// The rep's or the client's side: an insult told about them is reported, not made.
    static let ownSide: Set<String> = ["our", "ours", "my", "mine", "your", "yours", "we", "us", "you"]
}
