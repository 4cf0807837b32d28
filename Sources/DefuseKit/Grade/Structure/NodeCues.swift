/// What the scenarios say about a client line: the techniques its node expects and the
/// violations it avoids. A rep in play answers a node, and the node's author has already
/// said what kind of line it is: a node that expects `boundary-setting` and avoids
/// `capitulates` asks for something the rep should refuse, so a bare "ok sure" there gives in;
/// one that avoids `agrees-with-insult` carries a jab a "lol fair" would agree with; one that
/// expects `respectful-challenge` makes a claim a question can engage.
///
/// The phrase lists of `soft-if-client` read a line by its words; these cues read it by its
/// place in a scenario, so they hold for lines whose words no list knows. A line is looked up
/// by its words (case and spacing ignored), so a batch of replies to scenario lines gets the
/// same reading as play. Lines of no scenario get no cue, and are read by their words alone.
public struct NodeCues: Sendable, Equatable, Codable {
    /// What one node (or several with the same line) asks of a reply.
    struct Cue: Sendable, Equatable, Codable {
        var expect: Set<String> = []
        var avoid: Set<String> = []
        /// The competitors the node's scenario names, in lower case ("meridian", "halvern"):
        /// running one of them down is `disparages-competitor` (``CompetitorRule``).
        var competitors: Set<String> = []

        /// The `soft-if-client` lists this cue turns on, by technique id (see ``NodeCues``).
        var gates: [String] {
            var ids: [String] = []
            // A demand the rep should refuse (a bare "ok" gives in to it).
            if expect.contains("boundary-setting") && avoid.contains("capitulates") {
                ids.append("capitulates")
            }
            // A claim about the evidence, to be engaged rather than deferred to ("fair enough"
            // defers; a bare "ok" only hears it).
            if expect.contains("respectful-challenge") { ids.append("respectful-challenge") }
            // A jab agreeing would endorse; a manager's request for a report is not one.
            if avoid.contains("agrees-with-insult") && !expect.contains("objective-report") {
                ids.append("agrees-with-insult")
            }
            if expect.contains("objective-report") { ids.append("objective-report") }
            // A problem the rep could own.
            if expect.contains("ownership") { ids.append("ownership") }
            return ids
        }
    }

    private var byLine: [String: Cue] = [:]

    /// No cues: every line is read by its words alone.
    public init() {}

    /// The cues of every node with a client line in `scenarios`; nodes that say the same line
    /// add up.
    public init(scenarios: [Scenario]) {
        for scenario in scenarios {
            let competitors = CompetitorNames.named(in: scenario)
            for node in scenario.nodes.values {
                guard let say = node.say, node.isFreeText else { continue }
                let key = Self.key(say)
                guard !key.isEmpty else { continue }
                byLine[key, default: Cue()].expect.formUnion(node.expect)
                byLine[key, default: Cue()].avoid.formUnion(node.avoid)
                byLine[key, default: Cue()].competitors.formUnion(competitors)
            }
        }
    }

    var isEmpty: Bool { byLine.isEmpty }

    /// The cue of the node that says `line`, if one does.
    func cue(for line: String) -> Cue? {
        byLine.isEmpty ? nil : byLine[Self.key(line)]
    }

    /// `line` in lower case with every run of white space as one space, trimmed.
    static func key(_ line: String) -> String {
        line.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
