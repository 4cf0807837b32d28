/// The authoring check behind `defuse test`'s longest-line warnings (review8 finding 6): at a
/// choice node with exactly one right line (a line that credits a technique and no violation),
/// a right line longer than every other line by `gap` characters or more can be picked by its
/// length alone, without reading any of them. Give a wrong line the same length and detail.
public struct ChoiceLineTells: Sendable, Hashable {
    /// A right line that is the longest of its node by at least `gap` characters.
    public struct Tell: Sendable, Hashable {
        public var scenario: String
        public var node: String
        /// The line's number as the rep picks it (1-based).
        public var number: Int
        public var text: String
        /// The right line's length in characters.
        public var length: Int
        /// The longest other line's length in characters.
        public var longestOther: Int
        public var location: SourceLocation

        /// How many characters longer the right line is than every other line.
        public var margin: Int { length - longestOther }
    }

    /// The margin, in characters, from which a right line is reported.
    public static let gap = 15

    /// How many choice nodes of the scenario have exactly one right line and another line.
    public var nodes: Int
    /// The nodes whose one right line is the longest by `gap` or more, in file order.
    public var tells: [Tell]

    public init(scenario: Scenario, catalog: TechniqueCatalog, gap: Int = ChoiceLineTells.gap) {
        var nodes = 0
        var tells: [Tell] = []
        for node in scenario.orderedNodes where node.kind == .choice && node.choices.count > 1 {
            let right = node.choices.indices.filter { index in
                let credits = node.choices[index].credits
                return credits.contains { catalog.kind(of: $0) == .technique }
                    && !credits.contains { catalog.kind(of: $0) == .violation }
            }
            guard right.count == 1, let index = right.first else { continue }
            nodes += 1
            let choice = node.choices[index]
            let longestOther =
                node.choices.indices.filter { $0 != index }.map { node.choices[$0].text.count }.max() ?? 0
            guard choice.text.count - longestOther >= gap else { continue }
            tells.append(
                Tell(
                    scenario: scenario.id, node: node.id, number: index + 1, text: choice.text,
                    length: choice.text.count, longestOther: longestOther, location: choice.location))
        }
        self.nodes = nodes
        self.tells = tells
    }
}
