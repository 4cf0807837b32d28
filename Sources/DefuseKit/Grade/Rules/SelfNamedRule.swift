/// `ownership` as the answer to "who?" (rules15, issue 12): after a client line that asks who
/// will do it ("So who confirms with me? You, or somebody else?", "Who's doing the work?",
/// "What exactly happens, who does it, and when?"), a reply that names the rep as the one ("Me.",
/// "me, personally", "Who: me.", "I will.", "That'll be me.", "Mine.") takes the work on in the
/// fewest words there are. The client's question supplies the task; the reply's "me" owns it.
///
/// The answer is the first clause of one of the reply's first two sentences (a "Copy." or a "Fair
/// question." may come first), and that clause holds nothing but the rep: "me" or "mine" with at
/// most a word of emphasis ("personally", "myself", "directly"), "I" with a bare helper ("I
/// will", "I do"), or "it/that is me". Not a question ("Me?"), not "not me", "me too" or "me
/// neither", not "me and Dana" (shared, and so not the rep's own), and not after a line that asks
/// no "who" ("Me? I just drop the trays off" to "You'll scrub in, right?").
struct SelfNamedRule: GradingRule {
    static let id = "ownership"
    static let key = RubricID.ownership

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), !board.isPresent(.capitulates), !board.isPresent(.arguesBack)
        else { return }
        // Most replies hold neither word: leave before reading the client's line (by word
        // number from the reply's bits, not each word hashed: speed12).
        guard Self.selfWordSet.any(in: board.text.tokens.indices, of: board.text) else { return }
        guard let range = Self.answer(board.text), Self.asksWho(board.client) else { return }
        board.add(Self.id, quoting: range, rule: "names the rep in answer to “who?”") {
            "takes it on in answer to who will do it: “\($0)”"
        }
    }

    /// The words of the reply that name the rep as the one, if one of its first two sentences
    /// opens with such a clause.
    static func answer(_ text: TokenizedText) -> Range<Int>? {
        let tokens = text.tokens
        let infos = text.infos
        for sentence in BreachShapes.Sentences(tokens).prefix(2) {
            let (index, end) = (sentence.lowerBound, sentence.upperBound)
            guard !tokens[index].question else { continue }
            // The first clause, after openers ("so", "ok", "honestly") and a label ("who: me").
            var start = index
            while start < end, tokens[start].clause == tokens[index].clause,
                infos[start].roles & WordRole.opener.rawValue != 0 || labelSet.contains(start, in: text)
            {
                start += 1
            }
            // Every answer opens with one of its first words: no list of words for other clauses.
            guard start < end, firstWordSet.contains(start, in: text) else { continue }
            var stop = start
            while stop < end, tokens[stop].clause == tokens[start].clause { stop += 1 }
            let words = tokens[start..<stop].map(\.word)
            if namesSelf(words), !tokens[start..<stop].contains(where: \.quoted) {
                return start..<stop
            }
        }
        return nil
    }

    /// Whether a clause's words (openers gone) are only the rep: "me", "me personally", "mine",
    /// "i will", "i do", "it is me", "that will be me".
    static func namesSelf(_ words: [String]) -> Bool {
        guard let first = words.first else { return false }
        let rest = words.dropFirst()
        switch first {
        case "me", "mine", "myself":
            return rest.allSatisfy { emphasis.contains($0) }
        case "i":
            // "I will", "I do", "I am", "I will personally": a bare helper, nothing done or said after.
            guard let helper = rest.first, bareHelpers.contains(helper) else { return false }
            return rest.dropFirst().allSatisfy { emphasis.contains($0) }
        case "it", "that", "thats":
            // "it's me", "that'll be me", "that would be me".
            guard words.last == "me" || words.last == "mine" else { return false }
            return words.dropFirst().dropLast().allSatisfy { ["is", "will", "would", "be"].contains($0) }
        default:
            return false
        }
    }

    /// Whether the client's line asks who does it: a question ("…?") that carries "who" or "whose".
    static func asksWho(_ client: String?) -> Bool {
        guard let client, client.utf8.contains(UInt8(ascii: "?")) else { return false }
        var sentence: [String] = []
        var asks = false
        for piece in client.lowercased().split(whereSeparator: { $0.isWhitespace }) {
            let letters = piece.filter { $0.isLetter || $0 == "'" || $0 == "’" }
            let word = letters.split(whereSeparator: { $0 == "'" || $0 == "’" }).first.map(String.init) ?? ""
            if word == "who" || word == "whose" { asks = true }
            sentence.append(word)
            if let last = piece.last, ".!?".contains(last) {
                if last == "?", asks { return true }
                sentence = []
                asks = false
            }
        }
        return false
    }

    /// Labels before the answer of a typed form: "Who: me."
    static let labels: Set<String> = ["who", "answer", "simple", "easy", "short"]
    /// Words of emphasis an answer of one word may carry: "me, personally".
    static let emphasis: Set<String> = [
        "personally", "myself", "directly", "alone", "only", "again", "always", "every", "time", "sir",
        "maam", "doc", "doctor",
    ]
    /// Helpers that stand for the verb of the client's question: "I will", "I do".
    static let bareHelpers: Set<String> = ["will", "do", "am", "shall", "can", "does"]
    /// The words an answer needs, for the test every reply makes first.
    static let selfWords: Set<String> = ["me", "mine", "myself", "i"]
    static let selfWordSet = WordSet(selfWords)
    static let labelSet = WordSet(labels)
    /// The words ``namesSelf(_:)`` accepts first, by word number: a clause opening otherwise
    /// names someone else, and its words are not listed (speed12: the rule cost ~2 k instructions
    /// a reply, most of it hashing words and listing the first clause of nearly every reply).
    static let firstWordSet = WordSet(["me", "mine", "myself", "i", "it", "that", "thats"])
}
