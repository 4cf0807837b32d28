/// A named, ordered list of scenarios played as one scored drill (`Scenarios/drills/*.yaml`).
public struct DrillSet: Sendable, Identifiable {
    public var id: String
    public var title: String
    public var summary: String?
    /// Scenario ids, in the order they are played.
    public var scenarios: [String]
    public var file: String
    /// The drill score (0…100, unplayed scenarios counting 0) a run needs to pass: the file's
    /// `pass:`, else ``defaultPassMark``.
    public var passMark: Int
    /// What fails the run whatever its score (the file's `fail_on:`): `[breach]` for an ending
    /// where the rep crossed a line (``Node/breach``), or kinds of ending such as `[lost]`.
    public var failOn: [FailKind]

    /// The pass mark of a set that gives none, and of drills not run from a set file.
    public static let defaultPassMark = 70

    public init(
        id: String, title: String, summary: String? = nil, scenarios: [String], file: String,
        passMark: Int = defaultPassMark, failOn: [FailKind] = []
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.scenarios = scenarios
        self.file = file
        self.passMark = passMark
        self.failOn = failOn
    }
}

/// What a drill set's `fail_on:` can name: an ending where the rep crossed a line (`breach`,
/// an end node marked `breach: true`, or a trainer's confirmed compliance breach), or a kind of
/// ending (`lost`, `escalated`, …), as older sets wrote it.
public enum FailKind: Sendable, Hashable {
    case breach
    case ending(Ending)

    /// The kinds of ending as fail kinds, so `[.lost]` reads as the file writes it.
    public static let resolved = FailKind.ending(.resolved)
    public static let exit = FailKind.ending(.exit)
    public static let lost = FailKind.ending(.lost)
    public static let escalated = FailKind.ending(.escalated)

    /// Every word `fail_on:` accepts: `breach`, then the kinds of ending.
    public static let words = ["breach"] + Ending.allCases.map(\.rawValue)

    public init?(rawValue: String) {
        if rawValue == "breach" {
            self = .breach
        } else if let ending = Ending(rawValue: rawValue) {
            self = .ending(ending)
        } else {
            return nil
        }
    }

    /// `breach`, or the ending's word.
    public var rawValue: String {
        switch self {
        case .breach: "breach"
        case .ending(let ending): ending.rawValue
        }
    }

    /// Whether an attempt that came out as `outcome` fails a run on this kind.
    public func matches(_ outcome: DrillOutcome) -> Bool {
        switch self {
        case .breach: outcome.breach
        case .ending(let ending): outcome.ending == ending
        }
    }
}

/// How one attempt of a drill came out, as `fail_on:` reads it: the ending, and whether it was
/// a breach (a line crossed, not a customer lost).
public struct DrillOutcome: Sendable, Hashable {
    public var ending: Ending
    public var breach: Bool

    public init(_ ending: Ending, breach: Bool = false) {
        self.ending = ending
        self.breach = breach
    }
}
