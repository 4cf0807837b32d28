/// What a session needs to know about one reply: which ids were detected, and why.
public struct Assessment: Sendable, Hashable {
    /// Every technique and violation id present in the reply.
    public var detected: Set<String>
    /// The words that earned each present id.
    public var evidence: [String: [String]]
    /// The words a rep reads for each present id: its evidence, with a span of a word or two
    /// widened to the clause around it ("I'll" shows as "I'll leave now"). Empty when the
    /// assessor quotes nothing beyond ``evidence``.
    public var quotes: [String: [String]] = [:]
    /// Where each of ``evidence``'s words stand in the reply, in the same order: UTF-8 offsets,
    /// nil where the place is not known (see ``Evidence/span``).
    public var spans: [String: [Range<Int>?]] = [:]
    /// A plain-language explanation per id (present or absent), for `/why`.
    public var explanations: [String: String]
    /// For a composite id, the fraction of its parts present.
    public var fractions: [String: Double]

    public init(
        detected: Set<String>, evidence: [String: [String]] = [:], explanations: [String: String] = [:],
        fractions: [String: Double] = [:]
    ) {
        self.detected = detected
        self.evidence = evidence
        self.explanations = explanations
        self.fractions = fractions
    }
}

/// Anything that can grade a reply, given the client line it answers. The grader conforms;
/// tests use small fakes so that session logic is tested apart from grading accuracy.
public protocol ReplyAssessing: Sendable {
    func assess(_ reply: String, client: String?) -> Assessment
}
