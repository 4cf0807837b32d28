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
        public var description: [String: String]
        public var type: String
    }

    public struct Result: Encodable, Sendable, Hashable {
        public var score: Score
        public var success: Bool?
        public var completion: Bool
        public var duration: String
    }

    public struct Score: Encodable, Sendable, Hashable {
        public var scaled: Double
        public var raw: Int
        public var min: Int
        public var max: Int
    }

    public struct Context: Encodable, Sendable, Hashable {
        public var platform: String
        public var language: String
        public var extensions: [String: Extension]
    }

    /// A value under an extension IRI.
    public enum Extension: Encodable, Sendable, Hashable {
        case text(String)
        case number(Int)
        /// Per technique id: how many replies called for it and how many used it; per violation
        /// id: how many replies showed it.
        case techniques([String: TechniqueCount])

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let value): try container.encode(value)
            case .number(let value): try container.encode(value)
            case .techniques(let value): try container.encode(value)
            }
        }
    }

    public struct TechniqueCount: Encodable, Sendable, Hashable {
        /// Replies whose node expected the technique (nil for a violation).
        public var expected: Int?
        /// Replies that used it (techniques) or showed it (violations).
        public var present: Int
    }
}
