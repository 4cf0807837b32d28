/// `soft` patterns: phrases that show a technique only when certain others are absent.
///
/// Used by `blame-shifting`: naming the cause ("our warehouse pulled the wrong tray") is a
/// neutral explanation inside a reply that owns the fix, and an excuse in one that does not.
struct SoftPatternRule: GradingRule {
    func apply(to board: inout Board) {
        for (id, finding) in board.findings where !finding.softMatches.isEmpty {
            let unless = board.techniqueUnless[id] ?? []
            if let owner = unless.first(where: { board.isPresent($0) }) {
                board.findings[id]?.softMatches = []
                if !board.isPresent(id) {
                    board.explanations[id] =
                        "“\(finding.softMatches.map { board.text.quote($0.range) }.joined(separator: "”, “"))” "
                        + "only names a cause: the reply shows \(owner), so it is not an excuse"
                }
                continue
            }
            board.add(
                id,
                finding.softMatches.map {
                    Evidence(words: board.text.quote($0.range), rule: "soft pattern: \($0.pattern.source)")
                },
                explanation: "names a cause without owning the fix")
        }
    }
}
