/// `apology-ownership-prevention-thanks`: present when all four parts are; the verdict always
/// carries the fraction of parts present.
struct CompositeRule: GradingRule {
    static let id = "apology-ownership-prevention-thanks"
    static let parts = ["apology", "ownership", "prevention", "thanks"]

    func apply(to board: inout Board) {
        let present = Self.parts.filter { board.isPresent($0) }
        let missing = Self.parts.filter { !board.isPresent($0) }
        board.fractions[Self.id] = Double(present.count) / Double(Self.parts.count)
        board.findings[Self.id] = nil
        if missing.isEmpty {
            board.present[Self.id] = true
            board.evidence[Self.id] = Self.parts.flatMap { board.evidence[$0]?.prefix(1) ?? [] }
            board.explanations[Self.id] = "all four parts are present"
        } else {
            board.present[Self.id] = false
            board.evidence[Self.id] = []
            board.explanations[Self.id] =
                "\(present.count) of 4 parts present; missing \(missing.joined(separator: ", "))"
        }
    }
}
