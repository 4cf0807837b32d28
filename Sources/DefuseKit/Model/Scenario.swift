/// One branching role-play, as loaded from one YAML file.
///
/// The format is the contract of `shared/spec/scenario-format.md`; the project's optional keys
/// (`tests`, `source`) are described in `Docs/authoring.md`.
public struct Scenario: Sendable, Identifiable {
    /// Kebab-case id, unique across the loaded library. Defaults to the file name.
    public var id: String
    public var title: String
    /// The situation, shown before the first line.
    public var summary: String
    public var persona: Persona
    public var tags: [String]
    /// Technique ids this scenario practises.
    public var trains: [String]
    /// 1 (first week) … 3 (seasoned rep).
    public var difficulty: Int
    /// The node to go to when the mood reaches 10; without one the scenario ends `escalated`.
    public var onBoil: String?
    /// The lowest the client's mood goes (`mood_floor`, default 0): in a serious scenario (a
    /// patient harmed, a device failure) the client stays at least wary however well it goes.
    public var moodFloor: Int
    /// The id of the first node.
    public var start: String
    /// Nodes by id.
    public var nodes: [String: Node]
    /// Node ids in the order the file lists them.
    public var nodeOrder: [String]
    /// The article(s) the scenario is grounded in (free text, optional).
    public var source: String?
    /// Example replies and whole paths with the verdicts they must get (`defuse test`).
    public var tests: [ScenarioTest]
    /// Where the scenario came from: a file path, or `<built-in>/name.yaml`.
    public var file: String
    /// A content hash of the file's bytes, recorded with every attempt.
    public var contentHash: String

    /// The nodes in file order.
    public var orderedNodes: [Node] { nodeOrder.compactMap { nodes[$0] } }

    public init(
        id: String, title: String, summary: String, persona: Persona, tags: [String] = [],
        trains: [String] = [], difficulty: Int = 1, onBoil: String? = nil, moodFloor: Int = 0, start: String,
        nodes: [Node], source: String? = nil, tests: [ScenarioTest] = [], file: String = "<memory>",
        contentHash: String = ""
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.persona = persona
        self.tags = tags
        self.trains = trains
        self.difficulty = difficulty
        self.onBoil = onBoil
        self.moodFloor = moodFloor
        self.start = start
        self.nodes = Dictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.nodeOrder = nodes.map(\.id)
        self.source = source
        self.tests = tests
        self.file = file
        self.contentHash = contentHash
    }

    /// Whether `id` is an end node marked `breach: true`.
    public func isBreachEnding(_ id: String) -> Bool {
        guard let node = nodes[id] else { return false }
        return node.kind == .end && node.breach
    }

    /// Whether a turn whose branch changed the mood by `change`, to `mood` (clamped), and goes to
    /// `goto` boils the client over (to `on_boil`, else `escalated`): a rise that reaches 10,
    /// unless the branch goes to a breach ending, which a line crossed is not hidden behind
    /// (review11 finding 5). Play, a re-mark's replay and `defuse test --walk` all ask this.
    public func boilsOver(change: Int, to mood: Int, goingTo goto: String) -> Bool {
        change > 0 && mood == 10 && !isBreachEnding(goto)
    }
}

/// The client the rep is talking to.
public struct Persona: Sendable, Hashable {
    public var name: String
    public var role: String
    /// Starting mood, 0 calm … 10 explosive.
    public var mood: Int

    public init(name: String, role: String, mood: Int = 5) {
        self.name = name
        self.role = role
        self.mood = mood
    }

}
