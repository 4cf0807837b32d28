/// `off-label-promotion` said as casual praise: results praised ("the six-month results in AV
/// access are really impressive", "the guys at Riverside have had lovely results with the six",
/// "works great in peds too") where the use is off the label: at a node that avoids off-label
/// promotion (the scenario's off-label conversation), or after the rep has just said it is off
/// the label ("It's not labelled for fistulas, but honestly…"). A rep may speak only to the
/// labelled use; praise of another use promotes it whatever the words.
///
/// A clause that praises: a word of results ("results", "outcomes", "numbers", "patency") with a
/// word of praise in the same clause, or "works" with "great", "well", "beautifully". Not negated
/// ("the results aren't great"), asked, conditional or quoted, not praise that names the label
/// as its scope ("in the labelled indication the results are strong"), and not without an
/// off-label setting: "our results are impressive" at an ordinary node is not promotion.
struct PraisedUseRule: GradingRule {
    static let id = "off-label-promotion"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.offLabelPromotion

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key) else { return }
        let tokens = board.text.tokens
        // Leave early: no word of praise.
        guard Self.praiseWords.any(in: tokens.indices, of: board.text) else { return }
        let offLabelNode = board.cue?.avoid.contains(Self.id) == true
        for (position, clause) in board.clauses.enumerated()
        where clause.negation == nil && !clause.question && !clause.conditional {
            let range = clause.range
            guard !tokens[range].contains(where: \.quoted),
                range.contains(where: { Self.praise.contains(tokens[$0].word) }),
                range.contains(where: { Self.results.contains(tokens[$0].word) }),
                !range.contains(where: { Self.onLabel.contains(tokens[$0].word) })
            else { continue }
            let sentence = BreachShapes.sentence(of: range.lowerBound, tokens)
            let disclaimed = board.clauses[..<position].contains { earlier in
                sentence.contains(earlier.range.lowerBound) && Self.saysOffLabel(earlier.range, tokens)
            }
            guard offLabelNode || disclaimed else { continue }
            board.add(
                Self.id, quoting: range,
                rule: "results praised for a use off the label"
            ) { "praises results of a use the device is not labelled for: “\($0)”" }
            return
        }
    }

    /// Whether the words say the use is off the label: "off label", "not labelled/indicated/
    /// approved/cleared for", "outside the label".
    static func saysOffLabel(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        range.contains { index in
            let word = tokens[index].word
            let before = index > range.lowerBound ? tokens[index - 1].word : ""
            if word == "label" || word == "labelled" || word == "labeled" {
                return ["off", "outside", "not", "beyond"].contains(before)
                    || (index >= range.lowerBound + 2 && tokens[index - 2].word == "not")
            }
            if ["indicated", "approved", "cleared"].contains(word) { return before == "not" }
            return false
        }
    }

    /// ``praise`` by word number (``WordSet``): every word of every reply is tested.
    static let praiseWords = WordSet(praise)
    static let praise: Set<String> = [
        "impressive", "great", "lovely", "excellent", "fantastic", "amazing", "brilliant", "superb",
        "terrific",
        "stellar", "outstanding", "beautifully", "wonderful", "incredible", "phenomenal", "awesome",
    ]
    static let results: Set<String> = [
        "results", "result", "outcomes", "outcome", "numbers", "patency", "works", "worked", "work", "data",
        "success", "experience",
    ]
    static let onLabel: Set<String> = [
        "labelled", "labeled", "indication", "indicated", "approved", "ifu", "label",
    ]
}
