/// One way out of a free-text node: taken when its condition holds (first match wins).
public struct Branch: Sendable {
    /// No condition means the branch always holds; it must then be the last one.
    public var condition: Condition?
    /// A signed change to the client's mood.
    public var mood: Int
    /// A line the client says before the next node.
    public var reply: String?
    /// Why the client reacts as the branch says, told to the rep when the mood rises after a
    /// turn that met everything asked (the story, not the reply, moved it).
    public var reason: String?
    /// Expected techniques of the node that taking this branch counts as met (review14 finding
    /// 2): where the node's story accepts another move for what it asks ("leaving, politely and
    /// with a named follow-up, is as much the limit as saying it"), the turn's score and
    /// scorecard count the expected technique, which the reply did not itself show. Ids the node
    /// does not expect are ignored (validation warns, DF203 for a violation).
    public var credits: [String]
    public var goto: String
    public var location: SourceLocation
    /// Where `goto`'s value stands, for diagnostics.
    public var gotoLocation: SourceLocation

    public init(
        condition: Condition? = nil, mood: Int = 0, reply: String? = nil, reason: String? = nil,
        credits: [String] = [], goto: String,
        location: SourceLocation = SourceLocation(file: "<memory>", line: 1, column: 1),
        gotoLocation: SourceLocation? = nil
    ) {
        self.condition = condition
        self.mood = mood
        self.reply = reply
        self.reason = reason
        self.credits = credits
        self.goto = goto
        self.location = location
        self.gotoLocation = gotoLocation ?? location
    }

    /// Whether the branch is taken on a miss: its condition tests `violated:` or `missed:`.
    /// A check it leads to scores its right line at most half (``Session/isCheckAfterMiss(_:after:in:)``).
    public var testsMiss: Bool {
        condition?.violated?.isEmpty == false || condition?.missed?.isEmpty == false
    }
}

/// One line a rep can pick at a choice node.
/// A choice node's `after_violations`: once the run holds at least `atLeast` turns with a
/// violation, a line that credits none goes to `goto` instead of its own `goto`, so a weak rep
/// who has already blamed, caved or breached is not put back on the good path by picking the
/// right line at last.
///
/// The same shape serves `after_silence`: once the run holds at least `atLeast` typed replies
/// the grader read as nothing (see ``Session/isSilent(_:catalog:)``), a line that credits no
/// violation goes to `goto`, so a rep who said nothing useful is not carried to a good ending by the picks alone.
public struct ViolationRoute: Sendable {
    public var atLeast: Int
    public var goto: String
    public var gotoLocation: SourceLocation

    public init(
        atLeast: Int, goto: String,
        gotoLocation: SourceLocation = SourceLocation(file: "<memory>", line: 1, column: 1)
    ) {
        self.atLeast = atLeast
        self.goto = goto
        self.gotoLocation = gotoLocation
    }
}

public struct Choice: Sendable {
    public var text: String
    /// Technique or violation ids that picking this line counts as showing.
    public var credits: [String]
    public var mood: Int
    public var goto: String
    public var location: SourceLocation
    public var gotoLocation: SourceLocation

    public init(
        text: String, credits: [String] = [], mood: Int = 0, goto: String,
        location: SourceLocation = SourceLocation(file: "<memory>", line: 1, column: 1),
        gotoLocation: SourceLocation? = nil
    ) {
        self.text = text
        self.credits = credits
        self.mood = mood
        self.goto = goto
        self.location = location
        self.gotoLocation = gotoLocation ?? location
    }
}
