/// Every verdict for one reply, keyed by technique id.
public struct Grade: Sendable {
    /// One verdict per technique the grader knows, in catalog order.
    public var all: [Verdict]

    /// One verdict per technique the grader knows, by id.
    public var verdicts: [String: Verdict] {
        get { Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }) }
        set {
            // Keep the catalog order of ids already graded; new ids go last, sorted.
            let known = all.compactMap { newValue[$0.id] }
            let added = newValue.values.filter { verdict in !all.contains { $0.id == verdict.id } }
            all = known + added.sorted { $0.id < $1.id }
        }
    }

    /// The ids present, in catalog order.
    public var detected: [String] { all.filter(\.present).map(\.id) }

    public init(verdicts: [Verdict]) {
        self.all = verdicts
    }

    /// Whether the technique or violation `id` is present.
    public func isPresent(_ id: String) -> Bool { all.first { $0.id == id }?.present ?? false }
}
