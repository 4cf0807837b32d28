/// The words of an order at the client ("calm down", "shut up", "tone it down", "chill") said of
/// the rep themselves are not `argues-back` (issue 12, rules11): "I'll try to tone it down a
/// bit", "I never shut up", "I need to calm down myself" tell what the rep does or will do, with
/// the rep as the subject of the clause. The order stands when the clause puts it on the client
/// ("I need you to calm down": "you" between the subject and the order) and when any match of
/// `argues-back` lies outside such a clause.
struct OwnOrderRule: GradingRule {
    static let id = "argues-back"

    func apply(to board: inout Board) {
        guard board.isPresent(.arguesBack) else { return }
        let matches = board.matches(.arguesBack)
        guard !matches.isEmpty else { return }
        let tokens = board.text.tokens
        let own = matches.allSatisfy { match in
            guard Self.orders.contains(tokens[match.range.lowerBound].word),
                let clause = board.clauses.first(where: { $0.range.contains(match.range.lowerBound) }),
                clause.subject == .me
            else { return false }
            return !(clause.range.lowerBound..<match.range.lowerBound).contains {
                ["you", "your", "yourself"].contains(tokens[$0].word)
            }
        }
        guard own else { return }
        board.cancel(Self.id, because: "the rep says it of themselves, not to the client")
    }

    /// First words of the orders that a rep may say of themselves.
    static let orders: Set<String> = ["calm", "shut", "tone", "dial", "chill", "relax", "settle"]
}
