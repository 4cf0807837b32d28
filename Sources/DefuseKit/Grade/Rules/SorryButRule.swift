/// "Sorry, but that's not on us": an apology taken back in the same sentence by a "but" and an
/// excuse is a `non-apology`, not an `apology`. The excuse may be blame, a dispute ("sorry, but
/// 58 patients proves nothing") or a shrug ("sorry, but she's fine, right?"): what follows the
/// "but" takes the apology back either way.
struct SorryButRule: GradingRule {
    static let takeBacks = ["blame-shifting", "argues-back", "minimizing"]

    func apply(to board: inout Board) {
        guard board.isPresent("apology") else { return }
        let present = Self.takeBacks.filter { board.isPresent($0) }
        guard !present.isEmpty else { return }
        let tokens = board.text.tokens
        let blames = present.flatMap { board.matches($0) }
        // The last place a blame match starts in each sentence: "but" must come before it.
        var lastBlame: [Int: Int] = [:]
        for blame in blames {
            lastBlame[blame.sentence] = max(lastBlame[blame.sentence] ?? -1, blame.range.lowerBound)
        }
        var taken: [PatternSet.Match] = []
        for apology in board.matches("apology") {
            let sentence = apology.sentence
            let end = apology.range.upperBound
            let but = (end..<min(tokens.count, end + 4)).first {
                tokens[$0].sentence == sentence && (tokens[$0].word == "but" || tokens[$0].word == "however")
            }
            guard let but, let last = lastBlame[sentence], last > but
            else {
                continue
            }
            taken.append(apology)
        }
        guard !taken.isEmpty else { return }
        let words = taken.map {
            board.text.quote($0.range.lowerBound..<min(tokens.count, $0.range.upperBound + 1))
        }
        board.add(
            "non-apology",
            words.map { Evidence(words: $0, rule: "rule: an apology followed by “but” and an excuse") },
            explanation: "the apology is taken back by “but” and an excuse")
        if taken.count == board.matches("apology").count {
            board.cancel("apology", because: "it is followed by “but” and an excuse (a non-apology)")
        }
    }
}
