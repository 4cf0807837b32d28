/// The authoring check behind `defuse test`'s choice-line warnings (review7 finding 2): each
/// line of a choice node is graded as if the rep had typed it at that node, and a line that
/// credits a technique the grader does not read in its own words is reported. A trainee who
/// types the model line word for word must not be told they missed it.
public struct ChoiceLineReading: Sendable, Hashable {
    /// A choice line with good credits, and which of them the grader reads when it is typed.
    public struct Line: Sendable, Hashable {
        public var scenario: String
        public var node: String
        /// The line's number as the rep picks it (1-based).
        public var number: Int
        public var text: String
        /// The techniques (not violations) the line credits.
        public var credits: [String]
        /// The credited techniques the grader does not detect in the typed line.
        public var unread: [String]
        /// Everything the grader detects in the typed line, sorted.
        public var detected: [String]
        public var location: SourceLocation

        public var isRead: Bool { unread.isEmpty }
    }

    /// Every choice line of the scenario that credits at least one technique, in file order.
    public var lines: [Line]

    public var unreadLines: [Line] { lines.filter { !$0.isRead } }
    public var creditCount: Int { lines.reduce(0) { $0 + $1.credits.count } }
    public var unreadCreditCount: Int { lines.reduce(0) { $0 + $1.unread.count } }

    /// Grades every choice line of `scenario` at its node, with the node's `say` as the
    /// client's line, exactly as a typed reply there would be graded.
    public init(scenario: Scenario, grader: any ReplyAssessing, catalog: TechniqueCatalog) {
        let session = Session(scenario: scenario, grader: grader, catalog: catalog)
        var lines: [Line] = []
        for node in scenario.orderedNodes where node.kind == .choice {
            for (index, choice) in node.choices.enumerated() {
                let credits = choice.credits.filter { catalog.kind(of: $0) == .technique }
                guard !credits.isEmpty else { continue }
                let detected = session.assess(choice.text, at: node).detected
                lines.append(
                    Line(
                        scenario: scenario.id, node: node.id, number: index + 1, text: choice.text,
                        credits: credits, unread: credits.filter { !detected.contains($0) },
                        detected: detected.sorted(), location: choice.location))
            }
        }
        self.lines = lines
    }
}
