/// `apology-ownership-prevention-thanks`: present when all four parts are; the verdict always
/// carries the fraction of parts present.
struct CompositeRule: GradingRule {
    static let id = "apology-ownership-prevention-thanks"
    static let parts = ["apology", "ownership", "prevention", "thanks"]
    /// ``parts`` by number (``RubricID``), as the rule reads them for every reply.
    static let partIDs: [RubricID] = [.apology, .ownership, .prevention, .thanks]

    /// The explanation for each combination of parts present (bit i: part i).
    static let explanations: [String] = (0..<16).map { mask in
        let present = parts.indices.filter { mask & (1 << $0) != 0 }.count
        let missing = parts.indices.filter { mask & (1 << $0) == 0 }.map { parts[$0] }
        return "\(present) of 4 parts present; missing \(missing.joined(separator: ", "))"
    }

    func apply(to board: inout Board) {
        var mask = 0
        for (index, part) in Self.partIDs.enumerated() where board.isPresent(part) { mask |= 1 << index }
        let count = mask.nonzeroBitCount
        let fraction = Double(count) / Double(Self.parts.count)
        if count == Self.parts.count {
            board.set(
                Self.id, present: true, evidence: Self.partIDs.flatMap { board.evidence($0).prefix(1) },
                explanation: "all four parts are present", fraction: fraction)
        } else {
            board.set(
                Self.id, present: false, evidence: [],
                explanation: Self.explanations[mask],
                fraction: fraction)
        }
    }
}
