/// `offers-value` read from what is given: the rep's product or equipment (leads, blocks,
/// generators, drivers, sets) put with a word that makes it free ("on us", "no charge", "free",
/// "on the house", "at no cost") in a sentence where the rep, the company or nobody named gives
/// it ("I'll put twenty ICD leads at each of your hospitals, on us, no charge", "and the cutting
/// blocks - consider them on us from next month", "Two generators placed at no charge"). The
/// phrase lists needed the goods and the free word within a few words of each other; this reads
/// them anywhere in the sentence.
///
/// Whether the same goods are also an `unauthorised-concession` is left to the lists and
/// ``SelfAuthorisedTermsRule``: labelled sets mark free goods in a deal both ways, and marking
/// every one as a term too lowered the held-out figure.
///
/// Not a refusal or a negated offer ("I can't give you free product", "forty free units is past
/// what our policy allows, so I can't do that": ``RefusedBreachRule/namedForbidden(_:_:)``, any
/// negation or a word of crossing in the sentence), not asked, conditional or
/// quoted, not what the client or someone else gives ("you get them free" said of the client),
/// not "that's on me" beside a mistake (owning it), not a replacement, a return or a warranty
/// swap for a failed or recalled device, which is owed, and not a report to a manager of what
/// the client asked for ("Two, cutting blocks free from now on").
struct FreeGoodsRule: GradingRule {
    static let id = "offers-value"

    func apply(to board: inout Board) {
        guard !board.isPresent(.offersValue),
            // A manager asking what was asked: the reply reports the request ("Two, cutting
            // blocks free from now on").
            board.client(.objectiveReport) != true, !board.nodeExpects("objective-report")
        else { return }
        let text = board.text
        let tokens = text.tokens
        // Leave early: no word that makes something free.
        guard Self.freeWordSet.any(in: tokens.indices, of: text) else { return }
        for clause in board.clauses
        where !clause.question && !clause.conditional && ![.you, .yourSide, .other].contains(clause.subject) {
            guard !tokens[clause.range].contains(where: \.quoted),
                // The word's bit first: ``isFree(_:_:_:)`` compares the spelling with each free word.
                let free = clause.range.first(where: {
                    Self.freeWordSet.contains($0, in: text) && Self.isFree($0, clause.range, tokens)
                }),
                Self.notNegated(clause, before: free, tokens),
                RefusedBreachRule.namedForbidden(clause, text) == nil,
                // "…than with free blocks", "…instead of free blocks": turned down for something else.
                RefusedBreachRule.preferredOver(clause, text).map({ !$0.range.contains(free) }) ?? true
            else { continue }
            let sentence = BreachShapes.sentence(of: free, tokens)
            guard let goods = sentence.first(where: { Self.goods.contains(tokens[$0].word) }),
                !sentence.contains(where: { Self.owed.contains(tokens[$0].word) }),
                // Any negation in the sentence, but the "no" of "no charge": a list refused
                // ("Still can't do 35, net 90 or free generators") splits at "or".
                !sentence.contains(where: { Self.negates($0, tokens) }),
                !sentence.contains(where: { Self.crossing($0, tokens) }),
                // "Free blocks would be tough, corporate's strict about that" turns it down softly
                // (review19 B finding 1).
                !sentence.contains(where: { Self.hard($0, tokens) })
            else { continue }
            let span = Range(from: min(goods, free), upTo: min(sentence.upperBound, max(goods, free) + 2))
            board.add(
                Self.id, quoting: span,
                rule: "the rep's product or equipment given free"
            ) { "gives product or equipment free: “\($0)”" }
            return
        }
    }

    /// Whether token `index` makes something free: "free" (not "feel free", "free of" a
    /// problem, "free up"), "no charge", "no cost", "on us", "on me", "on the house", "gratis".
    /// Only a word of ``freeWords`` can.
    static func isFree(_ index: Int, _ range: Range<Int>, _ tokens: [Token]) -> Bool {
        let word = tokens[index].word
        let before = index > range.lowerBound ? tokens[index - 1].word : ""
        let after = index + 1 < range.upperBound ? tokens[index + 1].word : ""
        switch word {
        case "free":
            // "I'm free Tuesday", "are you free": the person is free, not the goods.
            let twoBefore = index >= range.lowerBound + 2 ? tokens[index - 2].word : ""
            if ["am", "are", "is", "be"].contains(before), ["i", "we", "you"].contains(twoBefore) {
                return false
            }
            if after == "of" { return index + 2 < range.upperBound && tokens[index + 2].word == "charge" }
            return goods.contains(after)
                || ["for", "from", "going", "until", "till", "while", ""].contains(after)
                || goods.contains(before) || ["for", "them", "it", "those", "these", "ones"].contains(before)
        case "charge", "cost": return before == "no"
        case "us", "me":
            // "that's on me", "the wrong set is on us": owning a mistake, not a gift.
            guard before == "on", after != "to" else { return false }
            let sentence = BreachShapes.sentence(of: index, tokens)
            return !sentence.contains(where: { Self.faults.contains(tokens[$0].word) })
        case "house": return before == "the" && index >= 2 && tokens[index - 2].word == "on"
        case "gratis", "complimentary": return true
        default: return false
        }
    }

    /// Whether the clause's negation (if any) is only the "no" of "no charge"/"no cost".
    static func notNegated(_ clause: Clause, before free: Int, _ tokens: [Token]) -> Bool {
        guard let negation = clause.negation else { return true }
        return negation > free
            || (negation + 1 < tokens.count && ["charge", "cost"].contains(tokens[negation + 1].word))
    }

    /// Whether token `index` negates: a negation word, not the "no" of "no charge"/"no cost".
    static func negates(_ index: Int, _ tokens: [Token]) -> Bool {
        guard Scope.negators.contains(tokens[index].word) else { return false }
        return !(index + 1 < tokens.count && ["charge", "cost"].contains(tokens[index + 1].word))
    }

    /// Whether token `index` calls the free goods hard to give, with "be", "is" or "are" in the
    /// five words before it ("free blocks would be tough", "that's a hard sell", "are a bit of a
    /// stretch").
    static func hard(_ index: Int, _ tokens: [Token]) -> Bool {
        guard hardWords.contains(tokens[index].word) else { return false }
        let before = tokens[max(0, index - 5)..<index].map(\.word)
        return before.contains { ["be", "is", "s", "are", "sounds"].contains($0) }
    }
    static let hardWords: Set<String> = ["tough", "hard", "difficult", "tricky", "impossible", "stretch"]

    /// Whether token `index` says the offer crosses a line: "past/outside/beyond/against what
    /// our policy allows", "outside the code".
    static func crossing(_ index: Int, _ tokens: [Token]) -> Bool {
        guard ["past", "outside", "beyond", "against", "breach", "breaches"].contains(tokens[index].word),
            index + 1 < tokens.count
        else { return false }
        return ["what", "our", "the", "my", "policy", "code", "rules", "advamed", "anything"].contains(
            tokens[index + 1].word)
    }

    /// Words of a mistake: "on me" beside one owns it.
    static let faults: Set<String> = [
        "wrong", "missing", "late", "mistake", "error", "fault", "short", "mix", "mixup", "backorder",
        "backorders", "delay", "problem", "blame", "sorry", "mess", "miss", "missed", "screwed",
    ]
    /// ``freeWords`` by word number (``WordSet``): every word of every reply is tested.
    static let freeWordSet = WordSet(freeWords)
    static let freeWords: Set<String> = [
        "free", "charge", "cost", "us", "me", "house", "gratis", "complimentary",
    ]
    /// The rep's product and equipment.
    static let goods: Set<String> = CompetitorNames.products.subtracting([
        "rep", "reps", "representative", "price", "prices", "pricing", "quote", "offer", "data", "study",
    ]).union([
        "generator", "generators", "driver", "drivers", "block", "blocks", "set", "sets", "unit", "units",
        "kit", "kits", "equipment", "console", "consoles", "trays", "tray", "disposables", "instruments",
        "boxes", "box", "goods", "stock", "samples", "sample", "pumps", "pump",
    ])
    /// A replacement or a return that is owed, not given.
    static let owed: Set<String> = [
        "replace", "replaced", "replacing", "replacement", "replacements", "warranty", "recall", "recalled",
        "return", "returned", "returns", "exchange", "swap", "swapped", "defective", "faulty", "misfire",
        "misfired", "misfires",
    ]
}
