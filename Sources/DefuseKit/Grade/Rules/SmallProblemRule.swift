/// `minimizing` read from the shape of a clause, where no phrase list knows the words: the
/// problem ("it", "that", "this", "the risk"), a form of "be" and a predicate that makes it
/// small. The predicate is one of three kinds:
///
/// - **nothing** — "really is nothing", "probably nothing to do with the balloon", "it's nothing
///   at all";
/// - **a small thing** — an adjective of size or age before a noun for a matter ("is small
///   thing", "it's a minor issue", "that's old news"), or a bare word that makes it vanish ("thats
///   noise", "the risk is basically zero", "it's negligible"); said alone as a clause, the small
///   thing counts too ("yes yes, small thing, I handle");
/// - **one of something** — the clause ends with "one" and a noun ("its one reload", "it's one
///   arm rhonda"): a count of one that stands for "only one".
///
/// Not when the clause is negated ("it's not nothing", "I'm not saying it's nothing", "no small
/// thing"), asked ("is that nothing?"), conditional or quoted; not "one of", "one more", "one
/// thing to…", "one for medical affairs", a time ("one o'clock") or "one option/way/idea";
/// and "a quick fix" or "a small price" are not a matter made small.
struct SmallProblemRule: GradingRule {
    static let id = "minimizing"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.minimizing

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), !board.opensWithReframe else { return }
        // play13: the device called fine after a line that names its failure ("Toss it, the
        // stapler's fine", "the reloads are fine", "nothing wrong with the stapler").
        if board.clientNamesProblem, let range = Self.deviceCalledFine(board.text, board.clauses) {
            board.add(Self.id, quoting: range, rule: "calls the device fine after its failure") {
                "plays the problem down: “\($0)”"
            }
            return
        }
        let tokens = board.text.tokens
        let infos = board.text.infos
        // ``smallPredicate(in:_:_:)`` finds a predicate only at one of ``predicateWords``: a reply
        // without one is not read clause by clause (~2.5 k instructions a reply).
        if Self.predicateWords.any(in: tokens.indices, of: board.text) {
            for clause in board.clauses where !clause.question && !clause.conditional {
                if tokens[clause.range].allSatisfy(\.quoted) { continue }
                guard let end = Self.smallPredicate(in: clause, tokens, infos) else { continue }
                board.add(
                    Self.id, quoting: clause.range.lowerBound..<end, rule: "makes the problem small"
                ) { "plays the problem down: “\($0)”" }
                return
            }
        }
        // A fault told as usual needs a word of frequency and a word of happening ("happens",
        // or "do" of "does that"); most replies lack one. Tested by word number (``WordSet``):
        // hashing every word of every reply into ``frequencyStarts`` cost ~6 k instructions a reply.
        let text = board.text
        // The word of happening is tested first (the rarer), then a whole phrase of ``frequencies``
        // anywhere in the reply: one inside a clause stands in the reply too.
        guard Self.happeningSet.any(in: tokens.indices, of: text),
            tokens.indices.contains(where: {
                Self.frequencyStartSet.contains($0, in: text)
                    && Self.frequency(at: $0, tokens.count, tokens) != nil
            })
        else { return }
        for clause in board.clauses where !clause.question && !clause.conditional {
            if tokens[clause.range].allSatisfy(\.quoted) { continue }
            guard let (start, end) = Self.usualFault(in: clause, tokens) else { continue }
            board.add(Self.id, quoting: start..<end, rule: "tells the fault as usual") {
                "plays the problem down as something that happens: “\($0)”"
            }
            return
        }
    }

    /// The words that call the device fine in a statement of the reply, after a client line that
    /// names a device problem or a harm (play13): a device noun ("the stapler", "these reloads",
    /// "the device"), "is/are" (or the "'s" typed onto it), words of degree perhaps, and "fine",
    /// "ok(ay)" or "flawless" ending the clause ("Toss it, the stapler's fine", "the reloads are
    /// perfectly fine"); or "nothing wrong with" and a device ("there's nothing wrong with the
    /// stapler"). Not negated ("the stapler isn't fine"), asked, conditional or quoted; not a
    /// new, spare or replacement device ("the replacement stapler is fine"), nor one fine "now" or
    /// "again"; and not a person ("the patient is fine") or "that's fine".
    static func deviceCalledFine(_ text: TokenizedText, _ clauses: [Clause]) -> Range<Int>? {
        let tokens = text.tokens
        // Leave early, by word number (``WordSet``): most replies name no device.
        guard deviceSet.any(in: tokens.indices, of: text) else { return nil }
        for clause in clauses where !clause.question && !clause.conditional {
            // "nothing wrong with the stapler": the "nothing" is the claim, not a negation of it.
            let negated = clause.negation.map { tokens[$0].word != "nothing" } ?? false
            if negated { continue }
            let range = clause.range
            if tokens[range].allSatisfy(\.quoted) { continue }
            for index in range where devices.contains(tokens[index].word) {
                if index > range.lowerBound, freshDevices.contains(tokens[index - 1].word) { continue }
                // "nothing wrong with (the)? stapler"
                var back = index - 1
                if back >= range.lowerBound,
                    ["the", "this", "that", "these", "those", "your", "our", "my"].contains(
                        tokens[back].word)
                {
                    back -= 1
                }
                if back - 2 >= range.lowerBound, tokens[back].word == "with",
                    tokens[back - 1].word == "wrong",
                    tokens[back - 2].word == "nothing"
                {
                    return (back - 2)..<(index + 1)
                }
                var next = index + 1
                if next < range.upperBound, ["is", "are"].contains(tokens[next].word) { next += 1 }
                var degree = 0
                while next < range.upperBound, degree < 2, degreeWords.contains(tokens[next].word) {
                    next += 1
                    degree += 1
                }
                guard next < range.upperBound, fineWords.contains(tokens[next].word) else { continue }
                if next + 1 < range.upperBound, ["now", "again", "to", "for"].contains(tokens[next + 1].word)
                {
                    continue
                }
                let start =
                    index > range.lowerBound
                        && ["the", "this", "these", "your", "our"].contains(
                            tokens[index - 1].word)
                    ? index - 1 : index
                return start..<(next + 1)
            }
        }
        return nil
    }

    /// Devices a client line's failure is about (``deviceCalledFine(_:_:)``).
    static let devices: Set<String> = [
        "stapler", "staplers", "reload", "reloads", "device", "devices", "cartridge", "cartridges", "balloon",
        "catheter", "stent", "implant", "instrument", "product", "lot", "batch", "unit", "units",
    ]
    /// ``devices`` by word number.
    static let deviceSet = WordSet(devices)
    /// Words before a device that make it another one than the one that failed.
    static let freshDevices: Set<String> = [
        "new", "replacement", "spare", "other", "second", "backup", "fresh", "loaner", "next",
    ]
    /// Words of degree before "fine".
    static let degreeWords: Set<String> = [
        "perfectly", "totally", "absolutely", "completely", "just", "really", "fully", "100", "all",
    ]
    /// Words that call it fine.
    static let fineWords: Set<String> = ["fine", "ok", "okay", "flawless"]

    /// The words that tell the fault as usual in `clause`, if it does: "happen"/"occur" or "do
    /// that" followed (within two words) by a frequency ("can happen sometimes", "happens now and
    /// then", "thick tissue does that occasionally", "stuff like that occurs from time to time")
    /// or by everyone it happens to ("slips happen to all of us", "it could happen to anyone").
    /// The rep's own or the client's doings are not faults told as usual ("I do that sometimes",
    /// "you call now and then"), nor is a negated clause ("that shouldn't happen, ever").
    static func usualFault(in clause: Clause, _ tokens: [Token]) -> (Int, Int)? {
        guard clause.negation == nil, ![.me, .we, .you].contains(clause.subject) else { return nil }
        let range = clause.range
        for index in range {
            let word = tokens[index].word
            var after: Int
            if happening.contains(word) {
                after = index + 1
            } else if ["do", "does", "did"].contains(word), index + 1 < range.upperBound,
                ["that", "this", "it"].contains(tokens[index + 1].word)
            {
                after = index + 2
            } else {
                continue
            }
            for skip in 0...2 where after + skip < range.upperBound {
                if let end = frequency(at: after + skip, range.upperBound, tokens) {
                    return (range.lowerBound, end)
                }
            }
        }
        return nil
    }

    /// The end of a phrase of frequency that starts at `index`: "sometimes", "now and then",
    /// "from time to time", "every so often", "once in a while", "a lot".
    static func frequency(at index: Int, _ end: Int, _ tokens: [Token]) -> Int? {
        for phrase in frequencies where index + phrase.count <= end {
            if (0..<phrase.count).allSatisfy({ tokens[index + $0].word == phrase[$0] }) {
                return index + phrase.count
            }
        }
        return nil
    }

    /// Verbs of a fault happening.
    static let happening: Set<String> = ["happen", "happens", "occur", "occurs"]
    static let frequencies: [[String]] = [
        ["sometimes"], ["occasionally"], ["now", "and", "then"], ["from", "time", "to", "time"],
        ["every", "so", "often"], ["once", "in", "a", "while"], ["a", "lot"], ["all", "the", "time"],
        ["every", "now", "and", "then"], ["here", "and", "there"],
        // Whom it happens to, as often: everyone, so not worth the client's concern ("these little
        // slips happen to all of us", "it can happen to anyone").
        ["to", "all", "of", "us"], ["to", "us", "all"], ["to", "everyone"], ["to", "everybody"],
        ["to", "anyone"], ["to", "anybody"], ["to", "the", "best", "of", "us"],
    ]
    /// The first words of ``frequencies``: a reply with none of them is passed over.
    static let frequencyStarts: Set<String> = Set(frequencies.map { $0[0] })
    /// ``frequencyStarts`` by word number.
    static let frequencyStartSet = WordSet(frequencyStarts)
    /// The words ``usualFault(in:_:)`` starts from: ``happening`` and the "do" of "does that".
    static let happeningSet = WordSet(happening.union(["do", "does", "did"]))
    /// The words ``smallPredicate(in:_:_:)`` can end a played-down predicate at: "nothing",
    /// "one", a word of ``small`` or "old"/"ancient" (``smallThing(at:_:_:)``'s adjective), or a
    /// word of ``vanishing``. Every predicate it finds holds one.
    static let predicateWords = WordSet(small.union(vanishing).union(["nothing", "one", "old", "ancient"]))

    /// The end of the words that make the problem small in `clause`, if it does.
    static func smallPredicate(in clause: Clause, _ tokens: [Token], _ infos: [TokenInfo]) -> Int? {
        func has(_ index: Int, _ role: WordRole) -> Bool { infos[index].roles & role.rawValue != 0 }
        let end = clause.range.upperBound
        var index: Int
        var sawBe = false
        var hedged = false
        switch clause.subject {
        case .other:
            // "it", "that", "this", or a noun phrase about the odds ("the risk", "the difference").
            let subject = clause.subjectRange
            guard
                (subject.count == 1 && pronouns.contains(tokens[subject.lowerBound].word))
                    || subject.contains(where: { odds.contains(tokens[$0].word) })
            else { return nil }
            index = subject.upperBound
        case .none:
            // "really is nothing", "is small thing", "small thing": a fragment with no subject.
            index = clause.range.lowerBound
            while index < end, has(index, .opener) || has(index, .casual) || has(index, .assent) {
                if has(index, .casual) || hedges.contains(tokens[index].word) { hedged = true }
                index += 1
            }
        default:
            return nil
        }
        // The link and hedges before the predicate: "'s", "is basically", "was probably just".
        while index < end, has(index, .being) || has(index, .adverb) || hedges.contains(tokens[index].word) {
            if has(index, .being) { sawBe = true } else { hedged = true }
            index += 1
        }
        guard index < end else { return nil }
        // A negation before the predicate ("it's not nothing", "no small thing") undoes it; the
        // negation a clause reads in "nothing" is the predicate itself.
        if let negation = clause.negation, negation < index { return nil }
        if (clause.range.lowerBound..<index).contains(where: { Scope.negators.contains(tokens[$0].word) }) {
            return nil
        }
        let word = tokens[index].word
        let fragment = clause.subject == .none
        // A fragment with no "be" counts as a bare small thing ("small thing", "a minor issue")
        // or a hedged nothing ("probably nothing in it", "nothing to do with the balloon"); not
        // "nothing to report", a bare "Nothing." or "one reload left".
        if fragment, !sawBe {
            if word == "nothing", index + 1 < end {
                let rest = tokens[Range(from: index + 1, upTo: min(end, index + 4))].map(\.word)
                if rest.starts(with: ["to", "do", "with"]) || (hedged && rest.starts(with: ["in", "it"])) {
                    return index + 1
                }
            }
            if word == "nothing", hedged, index + 1 == end { return end }
            guard index + 2 == end || (index + 3 == end && ["a", "an", "just", "only"].contains(word)) else {
                return nil
            }
            return smallThing(at: index, end, tokens).map { _ in end }
        }
        guard sawBe else { return nil }
        if word == "nothing" {
            let next = index + 1
            guard next == end || afterNothing.contains(tokens[next].word) else { return nil }
            return next
        }
        if let last = smallThing(at: index, end, tokens) { return last }
        if vanishing.contains(word), index + 1 == end || !nounLike(index + 1, tokens, infos) {
            return index + 1
        }
        if word == "one", clause.subject == .other, index + 1 < end {
            let noun = index + 1
            guard nounLike(noun, tokens, infos), !notCounted.contains(tokens[noun].word) else { return nil }
            // The noun ends the clause, or only a name or "anyway" follows it.
            let rest = (noun + 1)..<end
            guard rest.count <= 1,
                rest.allSatisfy({ !has($0, .me) && !has($0, .you) && !has($0, .otherPronoun) })
            else { return nil }
            return noun + 1
        }
        return nil
    }

    /// "small thing", "a minor issue", "old news": the end of the words, if `index` starts them.
    private static func smallThing(at index: Int, _ end: Int, _ tokens: [Token]) -> Int? {
        var at = index
        if at < end, ["a", "an", "just", "only"].contains(tokens[at].word) { at += 1 }
        guard at + 1 < end else { return nil }
        let (adjective, noun) = (tokens[at].word, tokens[at + 1].word)
        if small.contains(adjective), matters.contains(noun) { return at + 2 }
        if ["old", "ancient"].contains(adjective), ["news", "story", "history"].contains(noun) {
            return at + 2
        }
        return nil
    }

    /// Whether token `index` can be a noun: a word no closed class claims, not a number word
    /// or a time.
    private static func nounLike(_ index: Int, _ tokens: [Token], _ infos: [TokenInfo]) -> Bool {
        infos[index].roles == 0 && !tokens[index].word.allSatisfy(\.isNumber)
    }

    static let pronouns: Set<String> = ["it", "that", "this", "they"]
    /// Subjects that are the odds of the problem: "the risk is basically zero".
    static let odds: Set<String> = ["risk", "risks", "chance", "chances", "difference", "signal", "effect"]
    /// Words between the link and the predicate: "pretty much", "kind of", "basically".
    static let hedges: Set<String> = [
        "basically", "pretty", "much", "kind", "of", "kinda", "sort", "practically", "essentially",
        "like", "honestly", "seriously", "probably", "mostly", "largely", "all", "simply", "merely",
    ]
    static let small: Set<String> = ["small", "minor", "little", "tiny", "trivial", "petty"]
    /// Nouns for a matter: "thing", "issue", "problem".
    static let matters: Set<String> = [
        "thing", "things", "issue", "issues", "problem", "problems", "matter", "deal", "stuff", "detail",
        "glitch", "blip", "hiccup", "slip", "error", "mistake",
    ]
    /// Words that make the problem vanish as a predicate: "that's noise", "it's negligible".
    static let vanishing: Set<String> = [
        "noise", "zero", "negligible", "trivial", "nil", "minor", "insignificant", "immaterial",
    ]
    /// What may follow "nothing": "nothing really", "nothing to do with the balloon", "nothing in
    /// it", "nothing at all".
    static let afterNothing: Set<String> = [
        "really", "anyway", "honestly", "to", "in", "at", "much", "serious", "now",
    ]
    /// Nouns after "one" that count something other than the problem: "one of", "one option".
    static let notCounted: Set<String> = [
        "option", "options", "way", "ways", "idea", "possibility", "reason", "question", "thing", "step",
        "side", "approach", "choice", "answer", "solution", "time", "day", "minute", "second", "sec",
        "moment", "week", "month", "year", "oclock", "last", "final", "fix", "of", "more", "less", "for",
        "to", "in", "on", "at",
        "by", "with", "from", "pm", "am", "hundred", "thousand", "million", "percent", "big",
    ]
}
