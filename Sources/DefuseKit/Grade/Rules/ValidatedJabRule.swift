/// `agrees-with-insult` said as validation (rules14, from the misses of the retired set ED,
/// therapy-speak): after a line that jabs at the rep or their side (the `soft-if-client` list
/// of `agrees-with-insult`, or a node that avoids it), the reply calls the client's *claim or
/// wish* valid, understandable or reasonable, in the sentence that says it again:
///
/// - "I totally get that your surgeons like a familiar face, that's so valid!!" (to "can your
///   company send somebody more local? Our surgeons like a familiar face");
/// - "I hear that I come across as green, and that's valid" (the charge said of the rep);
/// - "honestly it's understandable to want someone who knows the new plates" (a wish that
///   replaces the rep).
///
/// What is validated is read from the sentence: two of the client's own content words, one of
/// them in a clause about the rep or their company, or one after a verb of wanting. Not a
/// feeling or a question ("your frustration is valid", "it's valid to be angry at 1am", "that's
/// a valid question"), which grants the reaction and not the jab (``FairStanceRule``), and not
/// negated, asked, conditional or quoted. Not beside a limit or a retort.
struct ValidatedJabRule: GradingRule {
    static let id = "agrees-with-insult"
    static let key = RubricID.agreesWithInsult

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), !board.isPresent(.arguesBack), !board.isPresent(.boundarySetting),
            !board.opensWithReframe, !board.nodeExpects("fromle"),
            board.client(Self.key) == true || board.cue?.avoid.contains(Self.id) == true
        else { return }
        let text = board.text
        guard Self.validating.any(in: text.tokens.indices, of: text), let range = Self.validation(board)
        else {
            return
        }
        board.add(Self.id, quoting: range, rule: "calls the client's jab valid") {
            "validates the jab: “\($0)”"
        }
    }

    /// Words that call something valid ("makes sense" by its last word).
    static let validatingWords: Set<String> = [
        "valid", "understandable", "reasonable", "legitimate", "legit", "natural", "relatable", "sense",
    ]
    static let validating = WordSet(validatingWords)
    /// Words of a feeling or a question: validating them grants the reaction, not the jab.
    static let reactions: Set<String> = FairStanceRule.stances.union([
        "feel", "feels", "feeling", "feelings", "felt", "frustrated", "angry", "upset", "annoyed", "stressed",
        "worried", "question", "questions", "ask", "asking", "emotions", "emotion", "mad", "livid", "furious",
    ])
    /// Verbs of wanting: "valid to want someone local".
    static let wanting: Set<String> = [
        "want", "wants", "wanting", "prefer", "prefers", "preferring", "like", "likes", "need", "wish",
    ]

    static var ruleWords: Set<String> { validatingWords.union(reactions).union(wanting) }

    /// The sentence that validates the jab, if one does.
    static func validation(_ board: Board) -> Range<Int>? {
        let tokens = board.text.tokens
        let infos = board.text.infos
        for index in tokens.indices where validating.contains(index, in: board.text) {
            let word = tokens[index].word
            if word == "sense", index == 0 || !["make", "makes", "made"].contains(tokens[index - 1].word) {
                continue
            }
            guard !tokens[index].quoted, !tokens[index].question else { continue }
            // Not negated just before ("not valid", "never reasonable").
            let near = max(0, index - 3)..<index
            if near.contains(where: {
                infos[$0].roles & WordRole.negation.rawValue != 0
                    && tokens[$0].sentence == tokens[index].sentence
            }) {
                continue
            }
            let sentence = tokens[index].sentence
            let lower = tokens.indices[..<index].last { tokens[$0].sentence != sentence }.map { $0 + 1 } ?? 0
            let upper = tokens.indices[index...].first { tokens[$0].sentence != sentence } ?? tokens.count
            let range = lower..<upper
            if tokens[range].contains(where: { reactions.contains($0.word) || $0.quoted }) { continue }
            if board.clauses.contains(where: {
                $0.conditional && $0.range.lowerBound >= lower && $0.range.upperBound <= upper
            }) {
                continue
            }
            // The client's words said again in the sentence, the validating word aside.
            let echoed = range.filter {
                $0 != index && infos[$0].roles == 0 && board.clientWords.contains(tokens[$0].word)
            }
            let distinct = Set(echoed.map { tokens[$0].word })
            if distinct.count >= 2 { return range }
            guard let only = echoed.first else { continue }
            // One word: in a clause about the rep or their company ("I come across as green"),
            // or after a verb of wanting ("to want a company that…").
            let clause = board.clauses.first { $0.range.contains(only) }
            if let clause, clause.subject == .me || clause.subject == .we { return range }
            if (max(lower, only - 4)..<only).contains(where: { wanting.contains(tokens[$0].word) }) {
                return range
            }
        }
        return nil
    }
}
