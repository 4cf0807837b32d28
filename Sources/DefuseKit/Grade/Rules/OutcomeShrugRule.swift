/// `minimizing` said as a shrug at the outcome (rules14, from the misses of the retired sets
/// EB-EC): after a client line that names a harm or a device problem, the reply forecasts that
/// the person harmed will be fine, or says the harm would have come anyway:
///
/// - **a hedged "fine"** — "she'll probably be fine", "he should be ok", "they'll be grand": a
///   clause about someone else (not the rep, their company or the client), a "will", "would" or
///   "should" before "be", and "fine", "ok" or "alright" ending it. Not "fine to go home" or
///   "fine for Monday" (a plan), not negated, asked, conditional or quoted;
/// - **"anyway"** — "she was probably going to die anyway", "it would have failed anyway": a
///   clause about someone or something else, "going to" or "would have", and "anyway" at its end.
struct OutcomeShrugRule: GradingRule {
    static let id = "minimizing"
    static let key = RubricID.minimizing

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), board.clientNamesProblem, !board.opensWithReframe else { return }
        let text = board.text
        guard Self.ends.any(in: text.tokens.indices, of: text), let range = Self.shrug(board) else { return }
        board.add(Self.id, quoting: range, rule: "shrugs at the outcome of the harm") {
            "plays the harm down: “\($0)”"
        }
    }

    /// The words a shrug ends at.
    static let endWords: Set<String> = ["fine", "ok", "okay", "alright", "grand", "anyway", "anyways"]
    static let ends = WordSet(endWords)
    /// Helpers of a forecast.
    static let forecasting: Set<String> = ["will", "would", "should", "going"]
    /// Words after "fine" that make it a plan ("fine to go home", "fine for Monday").
    static let planned: Set<String> = ["to", "for", "by", "once", "after", "when", "with"]

    static var ruleWords: Set<String> { endWords.union(forecasting).union(planned).union(["be", "have"]) }

    static func shrug(_ board: Board) -> Range<Int>? {
        let tokens = board.text.tokens
        let infos = board.text.infos
        let others = WordRole.otherPronoun.rawValue | WordRole.party.rawValue | WordRole.person.rawValue
        let mine = WordRole.me.rawValue | WordRole.we.rawValue | WordRole.you.rawValue
        for clause in board.clauses {
            guard !clause.question, !clause.conditional, clause.negation == nil,
                ![.me, .we, .you].contains(clause.subject),
                !tokens[clause.range].contains(where: \.quoted)
            else { continue }
            let range = clause.range
            for index in range where endWords.contains(tokens[index].word) {
                let word = tokens[index].word
                if word == "anyway" || word == "anyways" {
                    // About someone or something else: "(to be honest) she was…", not "I was…".
                    let before = range.lowerBound..<index
                    guard let who = before.first(where: { infos[$0].roles & (others | mine) != 0 }),
                        infos[who].roles & mine == 0
                    else { continue }
                    // "going to … anyway", "would have … anyway".
                    let going = before.contains { tokens[$0].word == "going" }
                    let wouldHave = before.contains {
                        $0 + 1 < index && ["would", "could"].contains(tokens[$0].word)
                            && tokens[$0 + 1].word == "have"
                    }
                    if going || wouldHave { return range.lowerBound..<(index + 1) }
                    continue
                }
                // "… be (probably)? fine", the clause ending there or a plan not following.
                if clause.subject == .none { continue }
                if index + 1 < range.upperBound, planned.contains(tokens[index + 1].word) { continue }
                guard index > range.lowerBound, tokens[index - 1].word == "be" else { continue }
                let helpers = max(range.lowerBound, index - 4)..<(index - 1)
                if helpers.contains(where: { forecasting.contains(tokens[$0].word) }) {
                    return range.lowerBound..<(index + 1)
                }
            }
        }
        return nil
    }
}
