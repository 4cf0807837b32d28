/// The parts of an xAPI 1.0.3 statement that Defuse writes (see the xAPI specification, part
/// two, "Statement"). Optional properties that are nil are left out, as the specification asks.
public struct XAPIStatement: Encodable, Sendable, Hashable {
    public var id: String
    public var actor: Agent
    public var verb: Verb
    public var object: Activity
    public var result: Result
    public var context: Context
    /// ISO 8601, when the experience happened (the end of the attempt, or its last reply).
    public var timestamp: String

    /// An Agent identified by an account on the Defuse home page.
    public struct Agent: Encodable, Sendable, Hashable {
        public var objectType = "Agent"
        public var name: String
        public var account: Account
    }

    public struct Account: Encodable, Sendable, Hashable {
        public var homePage: String
        public var name: String
    }

    public struct Verb: Encodable, Sendable, Hashable {
        public var id: String
        public var display: [String: String]
    }

    public struct Activity: Encodable, Sendable, Hashable {
        public var objectType = "Activity"
        public var id: String
        public var definition: Definition
    }

    public struct Definition: Encodable, Sendable, Hashable {
        public var name: [String: String]
        /// Left out when nil.
        public var description: [String: String]? = nil
        /// Left out when nil.
        public var type: String? = nil
    }

    public struct Result: Encodable, Sendable, Hashable {
        public var score: Score
        public var success: Bool?
        public var completion: Bool
        public var duration: String
        /// Left out when nil.
        public var extensions: [String: Extension]? = nil
    }

    /// The result extension of a reviewed attempt: the grader's score, and the trainers'
    /// verdicts per reviewed turn.
    public struct Review: Encodable, Sendable, Hashable {
        public var graderScore: Int
        public var turns: [Turn]

        public struct Turn: Encodable, Sendable, Hashable {
            /// 1-based.
            public var turn: Int
            /// The trainer's verdicts, `{id: present}`.
            public var overrides: [String: Bool]
            public var reviewer: String
            public var timestamp: String
            public var note: String?
        }

        /// The extension for `attempt`; nil when no turn was reviewed.
        public init?(_ attempt: AttemptRecord) {
            let entries = attempt.reviewEntries
            guard !entries.isEmpty else { return nil }
            graderScore = attempt.gradedScore ?? attempt.score
            turns = entries.map {
                Turn(
                    turn: $0.turn, overrides: $0.review.overrides, reviewer: $0.review.reviewer,
                    timestamp: ReportDates.iso8601($0.review.reviewed), note: $0.review.note)
            }
        }

        /// Text that changes whenever the review does.
        var fingerprint: String {
            turns.map { turn in
                "\(turn.turn):"
                    + turn.overrides.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                    .joined(separator: ",") + ":\(turn.reviewer):\(turn.timestamp):\(turn.note ?? "")"
            }.joined(separator: ";")
        }
    }

    public struct Score: Encodable, Sendable, Hashable {
        public var scaled: Double
        public var raw: Int
        public var min: Int
        public var max: Int
    }

    public struct Context: Encodable, Sendable, Hashable {
        /// The drill run the attempt was played in (a UUID, lowercase); left out when none.
        public var registration: String? = nil
        /// Left out when nil.
        public var contextActivities: ContextActivities? = nil
        public var platform: String
        public var language: String
        public var extensions: [String: Extension]
    }

    /// The activities around the statement's object: the drill set an attempt was played in
    /// (`parent`) and the rep's cohort (`grouping`). Empty lists are left out.
    public struct ContextActivities: Encodable, Sendable, Hashable {
        public var parent: [Activity]? = nil
        public var grouping: [Activity]? = nil

        /// nil when both are empty.
        init?(parent: [Activity], grouping: [Activity]) {
            guard !parent.isEmpty || !grouping.isEmpty else { return nil }
            self.parent = parent.isEmpty ? nil : parent
            self.grouping = grouping.isEmpty ? nil : grouping
        }
    }

    /// A value under an extension IRI.
    public enum Extension: Encodable, Sendable, Hashable {
        case text(String)
        case number(Int)
        /// Per technique id: how many replies called for it and how many used it; per violation
        /// id: how many replies showed it.
        case techniques([String: TechniqueCount])
        /// A trainer's review (a result extension).
        case review(Review)

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let value): try container.encode(value)
            case .number(let value): try container.encode(value)
            case .techniques(let value): try container.encode(value)
            case .review(let value): try container.encode(value)
            }
        }
    }

    public struct TechniqueCount: Encodable, Sendable, Hashable {
        /// Replies whose node expected the technique (nil for a violation).
        public var expected: Int?
        /// Replies whose node avoided the violation (nil for a technique).
        public var avoided: Int?
        /// Replies that used it where expected (techniques) or showed it where avoided (violations).
        public var present: Int
    }
}
