/// A technique's words that sit inside a violation's words do not count: "sorry" inside
/// "sorry you feel that way" is a `non-apology`, not an `apology`; "thanks" inside "wow,
/// thanks a lot for yelling" is sarcasm (`argues-back`), not `thanks`.
struct ContainedMatchRule: GradingRule {
    /// (technique, violation whose matches swallow it), both by number (``RubricID``): every
    /// reply asks whether the technique is present, and most with one ask for the violation.
    static let pairs: [(RubricID, RubricID)] = [(.apology, .nonApology), (.thanks, .arguesBack)]

    func apply(to board: inout Board) {
        for (key, violation) in Self.pairs where board.isPresent(key) {
            let technique = key.id
            let outer = board.matches(violation)
            guard !outer.isEmpty else { continue }
            let inner = board.matches(technique)
            let swallowed = CompiledTechnique.nearness(outer[...], .match, board.text)
            let kept = inner.filter { !swallowed.isNear($0, in: board.text) }
            if kept.isEmpty {
                let text = board.text
                board.cancel(
                    technique, because: "it is part of \(violation.id) “\(text.quote(outer[0].range))”")
            } else if kept.count < inner.count {
                board.set(
                    technique,
                    evidence: kept.map { board.evidence(for: $0) })
            }
        }
    }
}
