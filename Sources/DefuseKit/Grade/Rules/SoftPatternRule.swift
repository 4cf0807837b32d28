/// `soft` patterns: phrases that show a technique only when certain others are absent.
///
/// Used by `blame-shifting`: naming the cause ("our warehouse pulled the wrong tray") is a
/// neutral explanation inside a reply that owns the fix, and an excuse in one that does not.
struct SoftPatternRule: GradingRule {
    func apply(to board: inout Board) {
        for position in board.slots.indices {
            guard let finding = board.slots[position].finding, !finding.softMatches.isEmpty else { continue }
            let id = board.ids[position]
            if position < board.clientGate.count, board.clientGate[position] == false {
                board.dropSoftMatches(id)
                if !board.slots[position].present {
                    board.set(
                        id, explanation: "its soft phrases count only after a client line that calls for them"
                    )
                }
                continue
            }
            if let owner = board.softUnless[position].first(where: { board.isPresent($0) }) {
                board.dropSoftMatches(id)
                if !board.slots[position].present {
                    let words = finding.softMatches.map { board.text.quote($0.range) }.joined(
                        separator: "”, “")
                    board.set(
                        id,
                        explanation:
                            "“\(words)” only names a cause: the reply shows \(owner), so it is not an excuse")
                }
                continue
            }
            board.add(
                id,
                finding.softMatches.map { board.evidence(for: $0, kind: "soft pattern") },
                explanation: "names a cause without owning the fix")
        }
    }
}
