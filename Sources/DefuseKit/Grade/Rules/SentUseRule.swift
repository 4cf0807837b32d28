/// `off-label-promotion` read as the rep handing over what they have on a use off the label: in
/// a clause of the rep's own that promises or does it (``BreachShapes/ownActs``), a verb of
/// sending, bringing or having ("I'll email you the limb-salvage BTK patency data myself
/// tonight", "I'll bring the fistula patency numbers for your fellows", "I'll text you what I
/// know on BTK tonight, informally", "I've got a one-pager I put together myself on BTK
/// patency") with a use none of the library's devices is labelled for (below the knee, BTK,
/// limb salvage, fistulas, dialysis or AV access, perforators, tibial and pedal vessels)
/// (compliance10). The phrase list knows "the BTK case series"; this reads the act, whatever
/// the thing sent is called.
///
/// Not a refusal or a clause with a negation ("I can't send anything on below the knee"), not
/// asked or under an "if", and not where the sentence sends the question on instead ("I'll pass
/// your BTK question to Medical Affairs", "an unsolicited request", "the MSL").
struct SentUseRule: GradingRule {
    static let id = "off-label-promotion"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.offLabelPromotion

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key) else { return }
        let text = board.text
        let tokens = text.tokens
        // Leave early: no word of a use off the label.
        guard Self.useWordSet.any(in: tokens.indices, of: text) else { return }
        for clause in BreachShapes.ownActs(board.clauses, text) {
            let range = clause.range
            guard !range.contains(where: { Self.negations.contains(tokens[$0].word) }),
                let send = range.first(where: { Self.sending.contains(tokens[$0].word) }),
                let use = Self.use(in: range, tokens),
                !BreachShapes.sentence(of: send, tokens).contains(where: {
                    Self.routed.contains(tokens[$0].word)
                })
            else { continue }
            board.add(
                Self.id, quoting: min(send, use.lowerBound)..<max(send + 1, use.upperBound),
                rule: "the rep hands over what they have on a use off the label"
            ) { "offers material on a use the device is not labelled for: “\($0)”" }
            return
        }
    }

    /// Where a use off the label is named in `range`: a word of ``useWords``, or "below the
    /// knee", "below knee", "limb salvage", "AV access", "off label".
    static func use(in range: Range<Int>, _ tokens: [Token]) -> Range<Int>? {
        for index in range {
            let word = tokens[index].word
            if Self.useWords.contains(word) { return index..<(index + 1) }
            let next = index + 1 < range.upperBound ? tokens[index + 1].word : ""
            let third = index + 2 < range.upperBound ? tokens[index + 2].word : ""
            switch word {
            case "below" where next == "knee": return index..<(index + 2)
            case "below" where next == "the" && third == "knee": return index..<(index + 3)
            case "limb" where next == "salvage": return index..<(index + 2)
            case "av" where next == "access": return index..<(index + 2)
            case "off" where next == "label": return index..<(index + 2)
            default: continue
            }
        }
        return nil
    }

    static let useWords: Set<String> = [
        "btk", "fistula", "fistulas", "dialysis", "perforator", "perforators", "tibial", "tibials", "pedal",
    ]
    /// ``useWords`` and the first words of the two-word uses, by word number: the early test.
    static let useWordSet = WordSet(useWords.union(["below", "salvage", "av", "label"]))
    static let sending: Set<String> = [
        "send", "sending", "email", "emailing", "text", "texting", "bring", "bringing", "drop", "dropping",
        "forward", "forwarding", "share", "sharing", "show", "post", "mail", "pass", "got", "put", "whatsapp",
    ]
    static let negations: Set<String> = ["not", "no", "never", "nothing", "cannot", "nobody"]
    /// Words that send the question on: the compliant answer.
    static let routed: Set<String> = [
        "medical", "affairs", "msl", "request", "liaison", "question", "questions", "form",
    ]
}
