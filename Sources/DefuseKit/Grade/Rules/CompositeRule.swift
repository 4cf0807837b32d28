/// `apology-ownership-prevention-thanks`: present when all four parts are; the verdict always
/// carries the fraction of parts present.
struct CompositeRule: GradingRule {
    static let id = "apology-ownership-prevention-thanks"
    static let parts = ["apology", "ownership", "prevention", "thanks"]

    func apply(to board: inout Board) {
        let present = Self.parts.filter { board.isPresent($0) }
        let missing = Self.parts.filter { !board.isPresent($0) }
        let fraction = Double(present.count) / Double(Self.parts.count)
        if missing.isEmpty {
            board.set(
                Self.id, present: true, evidence: Self.parts.flatMap { board.evidence($0).prefix(1) },
                explanation: "all four parts are present", fraction: fraction)
        } else {
            board.set(
                Self.id, present: false, evidence: [],
                explanation: "\(present.count) of 4 parts present; missing \(missing.joined(separator: ", "))",
                fraction: fraction)
        }
    }
}
