/// One step of a scenario: the client says something and the rep answers, picks a line, or the
/// story ends.
public struct Node: Sendable, Identifiable {
    /// What kind of step a node is.
    public enum Kind: String, Sendable, CaseIterable {
        /// The rep types a reply, which is graded.
        case freeText = "free-text"
        /// A free-text step in which the rep restates an insult behind "From my limited experience".
        case reframe
        /// The rep picks one of several lines.
        case choice
        /// The story ends here.
        case end
    }

    public var id: String
    public var kind: Kind
    /// The client's line (optional on end nodes).
    public var say: String?
    /// Narration or a stage direction, told before `say` and not in the client's voice: a
    /// front end shows it without the client's name.
    public var narrate: String?
    /// Who says `say` and the branches' `reply` lines when it is not the client (a manager on
    /// the phone, the surgeon in the room); nil means the persona.
    public var speaker: String?
    /// An instruction shown to the rep.
    public var prompt: String?
    /// Technique ids graded at this turn.
    public var expect: [String]
    /// Violation ids that cost points at this turn.
    public var avoid: [String]
    public var hint: String?
    /// A reply the trainer wrote as a model answer at this node (free-text and reframe nodes),
    /// shown by `/model` and in the debrief of a turn that scored under half.
    public var model: String?
    /// Branches, first match wins (free-text and reframe nodes).
    public var next: [Branch]
    /// Lines to pick from (choice nodes).
    public var choices: [Choice]
    /// Where a clean line goes after repeated violations (choice nodes, `after_violations`).
    public var afterViolations: ViolationRoute?
    /// Where any picked line goes once the run holds enough typed replies read as nothing
    /// (choice nodes, `after_silence`).
    public var afterSilence: ViolationRoute?
    /// How the story ends (end nodes).
    public var ending: Ending?
    /// What the rep should take away (end nodes).
    public var debrief: String?
    /// Whether reaching this end means the rep crossed a compliance or conduct line (end nodes,
    /// `breach: true`): a breach, which a drill with `fail_on: [breach]` fails on, as opposed
    /// to a customer who walked, which counts in the average only.
    public var breach = false
    /// The most a run that reaches this end can score, 0…100 (end nodes, `score_cap`): an ending
    /// that means a duty missed (a manager's request to bury a complaint left unreported) caps
    /// the run, however well its replies went (``ScoreCap``).
    public var scoreCap: Int?
    public var location: SourceLocation

    /// Whether the rep types a reply at this node.
    public var isFreeText: Bool { kind == .freeText || kind == .reframe }

    public init(
        id: String, kind: Kind = .freeText, say: String? = nil, prompt: String? = nil,
        expect: [String] = [], avoid: [String] = [], hint: String? = nil, next: [Branch] = [],
        choices: [Choice] = [], ending: Ending? = nil, debrief: String? = nil,
        location: SourceLocation = SourceLocation(file: "<memory>", line: 1, column: 1)
    ) {
        self.id = id
        self.kind = kind
        self.say = say
        self.prompt = prompt
        self.expect = expect
        self.avoid = avoid
        self.hint = hint
        self.next = next
        self.choices = choices
        self.ending = ending
        self.debrief = debrief
        self.location = location
    }

    /// Every node id this node can lead to, in order.
    public var successors: [String] {
        switch kind {
        case .choice:
            choices.map(\.goto) + (afterViolations.map { [$0.goto] } ?? [])
                + (afterSilence.map { [$0.goto] } ?? [])
        case .end: []
        case .freeText, .reframe: next.map(\.goto)
        }
    }
}

/// How a scenario ends.
public enum Ending: String, Sendable, CaseIterable, Codable {
    /// The client's problem was handled.
    case resolved
    /// The rep got out of the conversation well.
    case exit
    /// The client walked away.
    case lost
    /// The client boiled over.
    case escalated
}

extension Node {
    /// The techniques that a branch before `branch` asked for with `met:` and that a reply
    /// showing `shown` lacked: what a better answer at this node needs and this one did not
    /// give, so the branch it took (and the mood it set) followed from a technique the turn's
    /// score may not show (review13, finding 3: `checkable-step` at wrong-information's
    /// explain-how). In the order the branches name them, without repeats.
    public func techniquesLacked(beforeBranch branch: Int, shown: Set<String>) -> [String] {
        guard isFreeText else { return [] }
        var lacked: [String] = []
        for earlier in next.prefix(max(0, min(branch, next.count))) {
            for id in earlier.condition?.met ?? [] where !shown.contains(id) && !lacked.contains(id) {
                lacked.append(id)
            }
        }
        return lacked
    }
}
