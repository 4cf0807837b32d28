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
/// same reading as play. A line no node says word for word takes the cue of the node whose line
/// it most nearly repeats (``nearest(to:)``): labelled replies and trainers' exports keep the
/// client line as it was when they were typed, and authors reword lines ("When will it be
/// here?" became "What time do I put on the board for SPD?" before the same request). Other
/// lines get no cue, and are read by their words alone.
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
    /// Every key of `byLine` with its distinct words, in key order, for ``nearest(to:)``.
    private var wordsByLine: [LineWords] = []
    /// What the lines of each choice node credit, by the node's line (``credited(for:)``). Kept
    /// apart from `byLine`: a choice node's line has no `expect` or `avoid`, and a cue made for
    /// it would change what the rules read from a line that has none today.
    private var creditedByLine: [String: Set<String>] = [:]
    /// Every key of `creditedByLine` with its distinct words, in key order.
    private var wordsByChoiceLine: [LineWords] = []

    /// A scenario line's key and its distinct words (see ``NodeCues/words(_:)``).
    struct LineWords: Sendable, Equatable, Codable {
        var key: String
        var words: Set<String>
    }

    /// No cues: every line is read by its words alone.
    public init() {}

    /// The cues of every node with a client line in `scenarios`; nodes that say the same line
    /// add up.
    public init(scenarios: [Scenario]) {
        for scenario in scenarios {
            let competitors = CompetitorNames.named(in: scenario)
            for node in scenario.nodes.values {
                guard let say = node.say else { continue }
                let key = Self.key(say)
                guard !key.isEmpty else { continue }
                guard node.isFreeText else {
                    if node.kind == .choice {
                        creditedByLine[key, default: []].formUnion(node.choices.flatMap(\.credits))
                    }
                    continue
                }
                byLine[key, default: Cue()].expect.formUnion(node.expect)
                byLine[key, default: Cue()].avoid.formUnion(node.avoid)
                byLine[key, default: Cue()].competitors.formUnion(competitors)
            }
        }
        wordsByLine = byLine.keys.sorted().map { LineWords(key: $0, words: Self.words($0)) }
        wordsByChoiceLine = creditedByLine.keys.sorted().map { LineWords(key: $0, words: Self.words($0)) }
    }

    var isEmpty: Bool { byLine.isEmpty }

    /// The cue of the node that says `line`, if one does, or else of the node whose line `line`
    /// nearly repeats (``nearest(to:)``).
    func cue(for line: String) -> Cue? {
        guard !byLine.isEmpty else { return nil }
        let key = Self.key(line)
        if let cue = byLine[key] { return cue }
        return nearest(to: key).flatMap { byLine[$0] }
    }

    /// What the lines of the choice node that says `line` credit (techniques and violations
    /// alike), or of the choice node whose line `line` nearly repeats; empty for any other line.
    /// The node's author has said there what a good line does: a manager's "Which of these is
    /// closest?" whose right line credits `objective-report` asks for an account, whatever its
    /// words (``PlainAccountRule``).
    func credited(for line: String) -> Set<String> {
        guard !creditedByLine.isEmpty else { return [] }
        let key = Self.key(line)
        if let credits = creditedByLine[key] { return credits }
        return Self.nearest(to: key, among: wordsByChoiceLine).flatMap { creditedByLine[$0] } ?? []
    }

    /// Words two lines must share before one can stand for the other: below this a short line
    /// ("Fine. When?") would match any line that happens to use its few words.
    static let nearestShared = 6
    /// How much of the two lines' words they must share, as Dice's coefficient
    /// (2 × shared ÷ (words of one + words of the other)).
    static let nearestOverlap = 0.6

    /// The key of the scenario line that `key` (a line in ``key(_:)`` form) most nearly
    /// repeats: the one sharing the largest part of their distinct words, at least
    /// ``nearestShared`` of them and ``nearestOverlap`` of both; the first in key order on a
    /// tie. A reworded line keeps most of its words ("What time do I put on the board for SPD?
    /// Can you get it to me by one, so SPD can flash it and we're done?" shares 14 of 18 with
    /// the line it replaced); a stage direction added or dropped ("(10:05, the surgeons'
    /// lounge.)") leaves the rest. Measured on the labelled client lines of Training/learned and
    /// the retired sets: of 10 lines reworded on 5 December, 9 find their own node and none a
    /// wrong one; of 392 lines no scenario says, the 45 given a cue are each an earlier wording
    /// of the line they match. Called once per distinct client line (batch grading keeps the
    /// readings of the lines it has met), so scanning every line is cheap enough.
    func nearest(to key: String) -> String? { Self.nearest(to: key, among: wordsByLine) }

    /// ``nearest(to:)`` over `lines`.
    static func nearest(to key: String, among lines: [LineWords]) -> String? {
        let words = Self.words(key)
        guard words.count >= Self.nearestShared else { return nil }
        var best: (key: String, overlap: Double)?
        for line in lines {
            let shared = line.words.intersection(words).count
            guard shared >= Self.nearestShared else { continue }
            let overlap = 2 * Double(shared) / Double(line.words.count + words.count)
            if overlap >= Self.nearestOverlap, overlap > best?.overlap ?? 0 { best = (line.key, overlap) }
        }
        return best?.key
    }

    /// The distinct words of `line`: runs of letters, digits and apostrophes, in lower case
    /// (a typographic apostrophe read as a plain one).
    static func words(_ line: String) -> Set<String> {
        var words: Set<String> = []
        var word = ""
        for character in line.lowercased() {
            if character.isLetter || character.isNumber || character == "'" {
                word.append(character)
            } else if character == "\u{2019}" {
                word.append("'")
            } else if !word.isEmpty {
                words.insert(word)
                word = ""
            }
        }
        if !word.isEmpty { words.insert(word) }
        return words
    }

    /// `line` in lower case with every run of white space as one space, trimmed.
    static func key(_ line: String) -> String {
        line.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
