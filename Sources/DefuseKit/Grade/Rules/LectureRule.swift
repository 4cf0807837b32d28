/// `argues-back` said as a lecture or a dry retort, read from structure where no phrase list
/// knows the words (rules14, from the misses of the retired sets EA-EC: clipped veterans,
/// pedantic engineers, British understatement):
///
/// - **a correction made a lecture** — a word of pedantry ("technically", "to be precise",
///   "strictly speaking", "for the record", "I'd point out") in the sentence of a statement
///   about the client ("to be precise you're comparing two different things", "I'd just point
///   out, to be precise, that you've only read one of them"), or before "that's how … works"
///   ("technically the notice assigns it to the facility, that's how recalls work"). Not about
///   the rep or the set ("to be precise, the set is on your dock by 11:35"), not what the client
///   will get ("technically you'll have two sets"), not a question, and not in a reply that
///   apologises, owns the fix or engages the client's reasoning;
/// - **"then" before an order** — the client's threat or complaint turned into an order back
///   ("Then don't ask me off-label questions.", "Then with respect, ring them."). Not "then
///   let's…", "then please…", an order beside the rep's own commitment ("then call me at six
///   and I'll walk you through it"), nor in a reply that apologises, owns or acknowledges;
/// - **an order thrown back** — the client's own verb given back to them with "yours" ("Watch
///   your tone." "You watch yours.");
/// - **"says the man who…"** — a sentence opened by "says the/you" turns the remark on its
///   maker ("Says the man asking for a familiar face.").
struct LectureRule: GradingRule {
    static let id = "argues-back"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.arguesBack

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), !board.opensWithReframe, !board.clientWords.isEmpty else { return }
        let text = board.text
        // Most replies hold none of the words these readings start from: one bit test each.
        guard !text.tokens.isEmpty, Self.starts.any(in: text.tokens.indices, of: text) else { return }
        let calm = board.isPresent(.apology) || board.isPresent(.ownership)
        if !calm, !board.isPresent(.respectfulChallenge), let range = Self.pedantic(board) {
            add(&board, range, "corrects the client as a lecture")
            return
        }
        // A report to a manager tells what happened in order ("then asked if…"), answering no one.
        if !calm, !board.isPresent(.acknowledgeDontAgree), board.client(.objectiveReport) != true,
            !board.nodeExpects("objective-report"), let range = Self.thenOrder(board)
        {
            add(&board, range, "answers the client with “then” and an order")
            return
        }
        if let range = Self.throwsBack(board) {
            add(&board, range, "gives the client's order back to them")
            return
        }
        if let range = Self.saysThe(board) {
            add(&board, range, "turns the remark on its maker (“says the…”)")
        }
    }

    private func add(_ board: inout Board, _ range: Range<Int>, _ what: String) {
        board.add(Self.id, quoting: range, rule: what) { "argues back: “\($0)”" }
    }

    /// The words every reading starts from, by word number (``WordSet``).
    static let starts = WordSet(pedantry.union(["then", "yours", "says", "point", "record", "speaking"]))

    /// Words of pedantry: "technically", and the last word of "to be precise/accurate/exact".
    static let pedantry: Set<String> = [
        "technically", "precise", "accurate", "exact", "pedantic", "strictly",
    ]
    /// Words an order after "then" may carry first ("then with respect, ring them").
    static let beforeOrder: Set<String> = [
        "with", "respect", "all", "due", "by", "means", "frankly", "honestly", "just", "go", "ahead", "and",
    ]
    /// Verbs after "then" that invite rather than order ("then let's…", "then please…",
    /// "then thank you").
    static let notOrders: Set<String> = [
        "let", "please", "thank", "thanks", "feel", "give", "see", "hope", "enjoy", "tell", "count",
    ]
    /// Verbs of reassurance: "then don't worry" comforts.
    static let reassuring: Set<String> = [
        "worry", "hesitate", "stress", "panic", "fret", "apologize", "mind",
    ]
    /// People "says the…" may name.
    static let remarkMakers: Set<String> = [
        "the", "you", "a", "someone", "somebody", "him", "her", "he", "she", "man", "woman", "guy", "one",
    ]

    static var ruleWords: Set<String> {
        pedantry.union(beforeOrder).union(notOrders).union(reassuring).union(remarkMakers)
            .union(["then", "yours", "says", "point", "record", "speaking", "out", "how", "work", "works"])
    }

    /// Where a word of pedantry stands: "technically", "strictly speaking", "to be precise",
    /// "for the record", "I'd (just) point out".
    static func isPedantry(_ index: Int, _ tokens: [Token]) -> Bool {
        let word = tokens[index].word
        func before(_ offset: Int) -> String? { index - offset >= 0 ? tokens[index - offset].word : nil }
        switch word {
        case "technically": return true
        case "strictly": return index + 1 < tokens.count && tokens[index + 1].word == "speaking"
        case "precise", "accurate", "exact", "pedantic": return before(1) == "be"
        case "record": return before(1) == "the" && before(2) == "for"
        case "point":
            return index + 1 < tokens.count && tokens[index + 1].word == "out"
                && (1...3).contains { before($0) == "i" }
        default: return false
        }
    }

    /// A word of pedantry and, in its sentence, a statement about the client or "that's how …
    /// works".
    static func pedantic(_ board: Board) -> Range<Int>? {
        let tokens = board.text.tokens
        for marker in tokens.indices where !tokens[marker].quoted && isPedantry(marker, tokens) {
            let sentence = tokens[marker].sentence
            // "to be precise you're comparing…": "you" just after the marker, in a statement.
            if let you = Range(from: marker + 1, upTo: min(tokens.count, marker + 3)).first(where: {
                tokens[$0].word == "you"
            }),
                tokens[you].sentence == sentence, you + 1 < tokens.count,
                !["will", "shall", "can", "could", "would", "going", "may", "might"].contains(
                    tokens[you + 1].word),
                let clause = board.clauses.first(where: { $0.range.contains(you) }),
                !clause.question, !clause.conditional, !clause.future, !clause.ability,
                !tokens[clause.range].contains(where: \.quoted)
            {
                return marker..<max(marker + 1, clause.range.upperBound)
            }
            for clause in board.clauses where tokens[clause.range.lowerBound].sentence == sentence {
                guard !clause.question, !clause.conditional, !clause.future, !clause.ability,
                    !tokens[clause.range].contains(where: \.quoted)
                else { continue }
                // A statement about the client: "you're comparing", "(that) you've only read".
                let aboutClient =
                    clause.subject == .you
                    || (clause.subject == .other && clause.subjectRange.count == 1
                        && tokens[clause.subjectRange.lowerBound].word == "that"
                        && clause.subjectRange.upperBound < clause.range.upperBound
                        && tokens[clause.subjectRange.upperBound].word == "you")
                if aboutClient, let verb = clause.verb, verb > clause.subjectRange.lowerBound {
                    return min(marker, clause.range.lowerBound)..<max(marker + 1, clause.range.upperBound)
                }
            }
            // "that's how recalls work" anywhere in the reply.
            for index in tokens.indices.dropFirst()
            where tokens[index].word == "how" && ["is", "s"].contains(tokens[index - 1].word) {
                let end = min(tokens.count, index + 5)
                if let work = (index + 1..<end).first(where: {
                    ["work", "works"].contains(tokens[$0].word)
                        && tokens[$0].sentence == tokens[index].sentence
                }) {
                    return max(0, index - 2)..<(work + 1)
                }
            }
        }
        return nil
    }

    /// "Then don't ask me…", "Then with respect, ring them.": a sentence opened by "then" (after
    /// openers), and an order: a clause with no subject, its verb first.
    static func thenOrder(_ board: Board) -> Range<Int>? {
        let tokens = board.text.tokens
        let infos = board.text.infos
        for then in tokens.indices where tokens[then].word == "then" && !tokens[then].quoted {
            // First in its sentence, after openers only ("well then", "fine, then").
            let start = tokens[then].sentence
            var first = then
            while first > 0, tokens[first - 1].sentence == start { first -= 1 }
            guard
                (first..<then).allSatisfy({
                    infos[$0].roles & (WordRole.opener.rawValue | WordRole.assent.rawValue) != 0
                }),
                !tokens[then].question
            else { continue }
            var index = then + 1
            while index < tokens.count, tokens[index].sentence == start,
                beforeOrder.contains(tokens[index].word)
            {
                index += 1
            }
            guard index < tokens.count, tokens[index].sentence == start else { continue }
            var verb = index
            if tokens[index].word == "do", index + 2 < tokens.count, tokens[index + 1].word == "not" {
                verb = index + 2
            }
            let word = tokens[verb].word
            // A bare verb ("ring", "don't ask"), not a past or a gerund told in sequence ("then
            // asked if…", "then calling someone else may be…") nor a number ("then 35 net 90"),
            // and aimed: an object pronoun or "your" just after it ("ring them", "ask me").
            let aimed = Range(from: verb + 1, upTo: min(tokens.count, verb + 3)).contains {
                tokens[$0].sentence == start
                    && infos[$0].roles
                        & (WordRole.objectPronoun.rawValue | WordRole.your.rawValue
                            | WordRole.meObject.rawValue) != 0
            }
            guard infos[verb].roles == 0 || infos[verb].roles & WordRole.handOff.rawValue != 0,
                aimed, !word.hasSuffix("ed"), !word.hasSuffix("ing"), !word.allSatisfy(\.isNumber),
                !notOrders.contains(word), !reassuring.contains(word),
                let clause = board.clauses.first(where: { $0.range.contains(verb) }), !clause.question,
                // Not beside the rep's own commitment in the sentence ("then call me at six and
                // I'll walk you through it").
                !board.clauses.contains(where: {
                    tokens[$0.range.lowerBound].sentence == start && ($0.subject == .me || $0.subject == .we)
                        && $0.negation == nil && ($0.future || $0.ability)
                })
            else { continue }
            return then..<clause.range.upperBound
        }
        return nil
    }

    /// "You watch yours": a clause about the client, in the plain present, whose verb is the
    /// client's own word, with "yours" after it.
    static func throwsBack(_ board: Board) -> Range<Int>? {
        let tokens = board.text.tokens
        for clause in board.clauses where clause.subject == .you {
            guard !clause.question, clause.negation == nil, !clause.future, !clause.ability,
                !clause.perfect, !clause.progressive, let verb = clause.verb,
                board.clientWords.contains(tokens[verb].word),
                (verb + 1..<clause.range.upperBound).contains(where: { tokens[$0].word == "yours" }),
                !tokens[clause.range].contains(where: \.quoted)
            else { continue }
            return clause.range
        }
        return nil
    }

    /// "Says the man asking for a familiar face.": "says" opening a sentence, then its maker.
    static func saysThe(_ board: Board) -> Range<Int>? {
        let tokens = board.text.tokens
        for index in tokens.indices.dropLast() where tokens[index].word == "says" {
            guard tokens[index].startsSentence, !tokens[index].quoted, !tokens[index].question,
                remarkMakers.contains(tokens[index + 1].word),
                tokens[index + 1].sentence == tokens[index].sentence
            else { continue }
            let end =
                tokens.indices[index...].last { tokens[$0].sentence == tokens[index].sentence } ?? index + 1
            return index..<(end + 1)
        }
        return nil
    }
}
