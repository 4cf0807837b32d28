/// `off-label-promotion` said as the label passed in friendly words: the rep names the label's
/// limit as gone past ("it's past the labelled range", "not in the technique guide", "whatever
/// the label says", "outside the IFU") and, in the same sentence, vouches for the use anyway
/// ("but it expands beautifully in a tall disc", "but it works fine", "lots of guys expand it
/// further", "the catheter does great on perforators too") (compliance10). Naming the limit does
/// not make the suggestion compliant: the surgeon hears the use recommended, with the label as a
/// formality.
///
/// Read in one sentence: a word of the label ("label", "labelled", "IFU", "indication", "listed",
/// "technique guide", "instructions for use") with a word of going past before it ("past",
/// "beyond", "outside", "off", "over", "whatever", "not in", "not on"), and a clause that is not
/// negated, asked, conditional or quoted with a word of it working ("fine", "great",
/// "beautifully", "works well") or of others' practice ("lots of guys", "plenty of docs"). Not
/// where the sentence draws the limit's consequence ("it's past the labelled range, so…"), has
/// the rep refuse ("I can't…", "I won't…"), or sends the question on ("Medical Affairs", "MSL",
/// "a request").
struct PassedLabelRule: GradingRule {
    static let id = "off-label-promotion"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.offLabelPromotion

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key) else { return }
        let text = board.text
        let tokens = text.tokens
        // Leave early: no word of the label.
        guard Self.labelWordSet.any(in: tokens.indices, of: text) else { return }
        var done = Set<Int>()
        for label in tokens.indices where Self.labelWordSet.contains(label, in: text) {
            let sentence = BreachShapes.sentence(of: label, tokens)
            guard !done.contains(tokens[label].sentence), Self.isLabel(label, sentence, tokens),
                let past = Self.passed(label, sentence, tokens)
            else { continue }
            done.insert(tokens[label].sentence)
            guard !sentence.contains(where: { tokens[$0].quoted || Self.routed.contains(tokens[$0].word) }),
                !(label + 1..<sentence.upperBound).contains(where: { tokens[$0].word == "so" }),
                !board.clauses.contains(where: { clause in
                    sentence.contains(clause.range.lowerBound)
                        && (clause.subject == .me || clause.subject == .we) && clause.negation != nil
                }),
                let vouch = board.clauses.first(where: { clause in
                    sentence.contains(clause.range.lowerBound) && !clause.question && !clause.conditional
                        && Self.vouches(clause, tokens)
                })
            else { continue }
            let quote = min(past, vouch.range.lowerBound)..<max(label + 1, vouch.range.upperBound)
            board.add(
                Self.id, quoting: quote, rule: "the label named as passed, and the use vouched for"
            ) { "names the label's limit and vouches for the use beyond it: “\($0)”" }
            return
        }
    }

    /// Whether the label word at `index` names the label: "guide" only as the technique or
    /// surgical guide, "instructions" only as instructions for use, "listed" only before a range
    /// or sizes.
    static func isLabel(_ index: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
        let word = tokens[index].word
        let before = index > sentence.lowerBound ? tokens[index - 1].word : ""
        let after = index + 1 < sentence.upperBound ? tokens[index + 1].word : ""
        switch word {
        case "guide": return ["technique", "surgical", "sizing"].contains(before)
        case "instructions": return after == "for"
        case "listed": return ["range", "sizes", "size", "indication", "indications", "uses"].contains(after)
        default: return true
        }
    }

    /// Where the going past stands, in the four words before the label: "past the labelled
    /// range", "whatever the label says", "not in the technique guide".
    static func passed(_ label: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Int? {
        let window = max(sentence.lowerBound, label - 4)..<label
        if let past = window.first(where: { Self.pastWords.contains(tokens[$0].word) }) { return past }
        return window.first { index in
            tokens[index].word == "not" && index + 1 < label
                && ["in", "on", "part"].contains(tokens[index + 1].word)
        }
    }

    /// Whether a clause, not negated, says the use works or that others use it.
    static func vouches(_ clause: Clause, _ tokens: [Token]) -> Bool {
        let range = clause.range
        guard clause.negation == nil,
            !range.contains(where: { Self.negations.contains(tokens[$0].word) })
        else { return false }
        return range.contains { index in
            let word = tokens[index].word
            if Self.working.contains(word) || Self.others.contains(word) { return true }
            return word == "well" && index > range.lowerBound
                && Self.wellAfter.contains(tokens[index - 1].word)
        }
    }

    static let labelWords: Set<String> = [
        "label", "labelled", "labeled", "labelling", "labeling", "ifu", "indication", "indications", "listed",
        "guide", "instructions",
    ]
    static let labelWordSet = WordSet(labelWords)
    static let pastWords: Set<String> = ["past", "beyond", "outside", "off", "over", "whatever", "exceeds"]
    /// Words that send the question on or make it a request: the compliant answer.
    static let routed: Set<String> = ["medical", "affairs", "msl", "request", "liaison"]
    static let negations: Set<String> = ["not", "no", "never", "nothing", "cannot", "if", "unless"]
    static let working: Set<String> = [
        "fine", "great", "beautifully", "nicely", "perfectly", "brilliantly", "excellent", "impressive",
        "lovely", "superb", "solid", "wonders", "safely", "brilliant", "fantastic", "amazing",
    ]
    static let wellAfter: Set<String> = [
        "works", "work", "worked", "does", "do", "did", "holds", "held", "performs", "expands", "goes",
        "went",
        "really", "very", "pretty", "just",
    ]
    /// Others' practice: "lots of guys", "plenty of docs", "everyone".
    static let others: Set<String> = [
        "guys", "docs", "doctors", "surgeons", "people", "centres", "centers", "everyone", "plenty", "lots",
        "colleagues", "folks", "operators",
    ]
}
