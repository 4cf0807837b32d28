/// `soft` patterns: phrases that show a technique only when certain others are absent.
///
/// Used by `blame-shifting`: naming the cause ("our warehouse pulled the wrong tray") is a
/// neutral explanation inside a reply that owns the fix, and an excuse in one that does not.
/// Other lists use it for phrases that count only after certain client lines ("fine, no
/// complaint" after a request to skip the report), and their explanations say so in their own
/// terms, not in blame's.
struct SoftPatternRule: GradingRule {
    /// The id whose soft phrases name a cause: its explanations speak of excuses.
    static let causeID = "blame-shifting"

    func apply(to board: inout Board) {
        for position in board.slots.indices {
            guard let finding = board.slots[position].finding, !finding.softMatches.isEmpty else { continue }
            let id = board.ids[position]
            /// The soft phrases as typed, quoted one after another.
            func softWords() -> String {
                finding.softMatches.map { board.text.quote($0.range) }.joined(separator: "”, “")
            }
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
                    let words = softWords()
                    board.set(
                        id,
                        explanation: id == Self.causeID
                            ? "“\(words)” only names a cause: the reply shows \(owner), so it is not an excuse"
                            : "“\(words)” does not count here: the reply shows \(owner)")
                }
                continue
            }
            let explanation: String
            if id == Self.causeID {
                explanation = "names a cause without owning the fix"
            } else {
                let words = softWords()
                let unless = board.softUnless[position]
                let gated = position < board.clientGate.count && board.clientGate[position] == true
                explanation =
                    "found “\(words)”" + (gated ? " after what the client said" : "")
                    + (unless.isEmpty ? "" : ", with no \(unless.joined(separator: " or ")) beside it")
            }
            board.add(
                id,
                finding.softMatches.map { board.evidence(for: $0, kind: "soft pattern") },
                explanation: explanation)
        }
    }
}
