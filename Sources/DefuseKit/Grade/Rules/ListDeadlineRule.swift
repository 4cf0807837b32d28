/// `decisive-action` with a list of deliverables: "I'll send you the reprint, the letter and the
/// statement by Friday noon". The list's commas cut the commitment into pieces, and the time
/// sits in the last piece, away from "I'll send" (`needs-within: clause`); the same sentence
/// with one item passes. The time is read against the whole commitment: a commitment whose
/// only miss was its time counts when the pieces after it, in the same sentence, are items of
/// its list (no subject, no helper of a verb: "the VP's letter and the buyer's statement by
/// Friday noon") and one of them holds the time.
struct ListDeadlineRule: GradingRule {
    static let id = "decisive-action"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.decisiveAction

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), !board.isPresent(.capitulates), !board.isPresent(.arguesBack),
            let position = board.position(of: Self.key), let finding = board.slots[position].finding,
            let matched = board.matched
        else { return }
        let tokens = board.text.tokens
        let needs = matched[position, .needs]
        for (match, reason) in finding.cancelled where reason == .missingNeeds {
            let sentence = tokens[match.range.lowerBound].sentence
            var piece = tokens[match.range.upperBound - 1].clause
            var index = match.range.upperBound
            // Walk the pieces after the commitment while they are items of its list.
            while index < tokens.count, tokens[index].sentence == sentence {
                if tokens[index].clause != piece {
                    piece = tokens[index].clause
                    let end = tokens[index...].firstIndex { $0.clause != piece } ?? tokens.count
                    guard Self.isItem(index..<end, board) else { break }
                    if let time = needs.first(where: { tokens[$0.range.lowerBound].clause == piece }) {
                        let words = board.text.quote(match.range)
                        let when = board.text.quote(time.range)
                        board.add(
                            Self.id,
                            [
                                board.evidence(for: match),
                                board.evidence(for: time, kind: "needs"),
                            ],
                            explanation: "commits to a list of things with a time: “\(words)” … “\(when)”")
                        return
                    }
                    index = end
                } else {
                    index += 1
                }
            }
        }
    }

    /// Whether `range` is an item of a list: no subject pronoun and no helper of a verb
    /// ("and the buyer's public statement by Friday noon"; not "and I can have our specialist").
    static func isItem(_ range: Range<Int>, _ board: Board) -> Bool {
        let infos = board.text.infos
        let subjectOrHelper =
            WordRole.me.rawValue | WordRole.we.rawValue | WordRole.you.rawValue | WordRole.auxiliary.rawValue
            | WordRole.negation.rawValue | WordRole.condition.rawValue
        return !range.isEmpty
            && range.allSatisfy { index in
                let word = board.text.tokens[index].word
                // "the summary for you", "the letter to your partners" stay items.
                return infos[index].roles & subjectOrHelper == 0 || word == "to"
                    || (word == "you" && index > range.lowerBound)
            }
    }
}
