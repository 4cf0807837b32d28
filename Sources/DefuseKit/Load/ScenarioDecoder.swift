import Foundation

/// Builds a ``Scenario`` from a located YAML tree, logging every shape problem it meets
/// (missing, unknown, duplicate and mistyped keys, bad ids, mixed node kinds) and going on, so
/// one run reports them all.
struct ScenarioDecoder {
    static let topLevelKeys = [
        "id", "title", "summary", "persona", "tags", "trains", "difficulty", "on_boil", "start", "nodes",
        "source", "tests",
    ]
    static let personaKeys = ["name", "role", "mood"]
    static let nodeKeys = [
        "kind", "say", "prompt", "expect", "avoid", "hint", "next", "choices", "end", "debrief",
    ]
    static let branchKeys = ["if", "mood", "reply", "goto"]
    static let choiceKeys = ["text", "credits", "mood", "goto"]
    static let conditionKeys = [
        "met", "missed", "violated", "avoided", "passed", "score_at_least", "mood_at_least", "mood_below",
    ]
    static let testKeys = [
        "name", "node", "reply", "detects", "rejects", "goto", "replies", "path", "outcome", "score_at_least",
    ]

    let file: String
    let log = DiagnosticLog()
    private let referenceLog = ReferenceLog()

    /// Collects located technique references while decoding.
    private final class ReferenceLog {
        var references: [ScenarioDocument.Reference] = []
        var malformedNext: Set<String> = []
        var nextKeys: [String: SourceLocation] = [:]
        var lines: [Substring] = []
    }

    /// Where a list item starts: its `-` when it is a block item (`- goto: x`), else the
    /// value itself. Trainers read "the branch at line 21" as the line with the dash.
    private func itemLocation(_ value: YAMLValue) -> SourceLocation {
        let location = value.location
        guard location.line >= 1, location.line <= referenceLog.lines.count, location.column > 2 else {
            return location
        }
        let line = Array(referenceLog.lines[location.line - 1])
        let dash = location.column - 3
        guard dash < line.count, line[dash] == "-", line[dash + 1] == " " else { return location }
        var moved = location
        moved.column = dash + 1
        return moved
    }

    init(file: String) { self.file = file }

    /// The id a file gets when it has no `id` key: its name without `.yaml`.
    static func defaultID(for file: String) -> String {
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        return name
    }

    static func isKebabCase(_ id: String) -> Bool {
        guard !id.isEmpty, id.first != "-", id.last != "-", !id.contains("--") else { return false }
        return id.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    func decode(_ root: YAMLValue, text: String) -> ScenarioDocument {
        var document = ScenarioDocument(
            file: file, text: text, scenario: nil, diagnostics: [], references: [], idLocation: root.location)
        referenceLog.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard
            let top = MappingReader(
                root, subject: "the scenario", knownKeys: Self.topLevelKeys, log: log)
        else {
            document.diagnostics = log.diagnostics
            return document
        }
        for key in ["start", "on_boil", "trains", "tests", "nodes"] where top.has(key) {
            document.keyLocations[key] = top.location(of: key)
        }
        var id = Self.defaultID(for: file)
        if let explicit = top.string("id") {
            id = explicit
            document.idLocation = top.location(of: "id")
        }
        if !Self.isKebabCase(id) {
            log.error(
                .badIdentifier,
                "the scenario id '\(id)' must be kebab-case (lower-case words joined by '-', like angry-surgeon)"
                    + (top.has("id") ? "" : "; add an 'id' key or rename the file"),
                at: document.idLocation)
        }
        let title = top.string("title", required: true)
        if let title, title.trimmingCharacters(in: .whitespacesAndNewlines).contains("\n") {
            log.warning(.multiLineTitle, "the title should be one line", at: top.location(of: "title"))
        }
        let summary = top.string("summary", required: true)
        let persona = top.requireKey("persona").flatMap(decodePersona)
        let tags = top.list("tags", example: "[mistakes, shipping]")?.map(\.0) ?? []
        let trains = top.list("trains", example: "[apology, ownership]") ?? []
        for (technique, location) in trains { refer(technique, .trains, location) }
        let difficulty = top.int("difficulty", in: 1...3, meaning: "difficulty") ?? 1
        let onBoil = top.string("on_boil")
        let start = top.string("start", required: true)
        let source = top.string("source")
        var nodes: [Node] = []
        if let nodesValue = top.requireKey("nodes") {
            nodes = decodeNodes(nodesValue)
        }
        let tests = top.sequence("tests", example: "a list of tests").map(decodeTests) ?? []

        document.references = referenceLog.references
        document.malformedNext = referenceLog.malformedNext
        document.nextKeyLocations = referenceLog.nextKeys
        // Built even when required keys are missing (their errors are logged above), so that
        // the validation rules still run and one pass reports every problem in the file.
        document.scenario = Scenario(
            id: id, title: title ?? "", summary: summary ?? "",
            persona: persona ?? Persona(name: "", role: ""),
            tags: tags, trains: trains.map(\.0), difficulty: difficulty, onBoil: onBoil, start: start ?? "",
            nodes: nodes, source: source, tests: tests, file: file, contentHash: ContentHash.of(text))
        document.diagnostics = log.diagnostics
        return document
    }

    private func refer(_ id: String, _ role: ScenarioDocument.Reference.Role, _ location: SourceLocation) {
        referenceLog.references.append(.init(id: id, role: role, location: location))
    }

    private func decodePersona(_ value: YAMLValue) -> Persona? {
        guard let reader = MappingReader(value, subject: "the persona", knownKeys: Self.personaKeys, log: log)
        else { return nil }
        let name = reader.string("name", required: true)
        let role = reader.string("role", required: true)
        let mood = reader.int("mood", in: 0...10, meaning: "a mood") ?? 5
        guard let name, let role else { return nil }
        return Persona(name: name, role: role, mood: mood)
    }

    private func decodeNodes(_ value: YAMLValue) -> [Node] {
        guard case .mapping(let pairs) = value.content else {
            log.error(
                .wrongType, "'nodes' must be a mapping of node id to node, not \(value.kindDescription)",
                at: value.location)
            return []
        }
        if pairs.isEmpty {
            log.error(.emptyList, "'nodes' is empty; a scenario needs at least one node", at: value.location)
        }
        var seen: [String: SourceLocation] = [:]
        var nodes: [Node] = []
        for pair in pairs {
            if let first = seen[pair.key] {
                log.error(
                    .duplicateKey, "node '\(pair.key)' is defined twice; the first is at line \(first.line)",
                    at: pair.keyLocation)
                continue
            }
            seen[pair.key] = pair.keyLocation
            if !Self.isKebabCase(pair.key) {
                log.error(
                    .badIdentifier,
                    "the node id '\(pair.key)' must be kebab-case (lower-case words joined by '-')",
                    at: pair.keyLocation)
            }
            if let node = decodeNode(id: pair.key, pair.value, at: pair.keyLocation) {
                nodes.append(node)
            }
        }
        return nodes
    }

    private func decodeNode(id: String, _ value: YAMLValue, at location: SourceLocation) -> Node? {
        let subject = "node '\(id)'"
        guard let reader = MappingReader(value, subject: subject, knownKeys: Self.nodeKeys, log: log) else {
            return nil
        }
        var node = Node(id: id, location: location)
        node.kind = nodeKind(reader, subject: subject)
        node.say = reader.string("say", required: node.kind != .end)
        node.prompt = reader.string("prompt")
        node.hint = reader.string("hint")
        node.debrief = reader.string("debrief")
        let expect = reader.list("expect", example: "[apology, ownership]") ?? []
        let avoid = reader.list("avoid", example: "[blame-shifting]") ?? []
        for (technique, location) in expect { refer(technique, .expect, location) }
        for (violation, location) in avoid { refer(violation, .avoid, location) }
        node.expect = expect.map(\.0)
        node.avoid = avoid.map(\.0)

        switch node.kind {
        case .end:
            for key in ["next", "choices", "expect", "avoid", "prompt", "hint"] where reader.has(key) {
                log.error(
                    .mixedNodeKind, "\(subject) is an end node and cannot have '\(key)'",
                    at: reader.keyLocation(of: key))
            }
            if let word = reader.string("end") {
                if let ending = Ending(rawValue: word) {
                    node.ending = ending
                } else {
                    log.error(
                        .unknownValue,
                        "'\(word)' is not a kind of ending; use resolved, exit, lost or escalated",
                        at: reader.location(of: "end"),
                        suggestion: Suggestion.closest(to: word, among: Ending.allCases.map(\.rawValue)))
                }
            }
        case .choice:
            for key in ["expect", "avoid", "next"] where reader.has(key) {
                log.error(
                    .mixedNodeKind,
                    "\(subject) mixes 'choices' with '\(key)'; a choice node credits techniques through "
                        + "each choice's 'credits' and moves on through each choice's 'goto'",
                    at: reader.keyLocation(of: key))
            }
            if let items = reader.sequence("choices", required: true, example: "a list of {text, goto}") {
                if items.isEmpty {
                    log.error(
                        .emptyList, "\(subject) has an empty 'choices' list",
                        at: reader.location(of: "choices"))
                }
                node.choices = items.enumerated().compactMap { decodeChoice($1, number: $0 + 1, node: id) }
            }
        case .freeText, .reframe:
            if reader.has("debrief") {
                log.error(
                    .mixedNodeKind, "only end nodes have a 'debrief'; add 'end:' or move the text",
                    at: reader.keyLocation(of: "debrief"))
            }
            if reader.has("next") { referenceLog.nextKeys[id] = reader.keyLocation(of: "next") }
            if let items = reader.sequence("next", example: "a list of branches, each with a 'goto'") {
                node.next = items.compactMap { decodeBranch($0, node: id) }
            } else {
                referenceLog.malformedNext.insert(id)
            }
            if !reader.has("next") {
                log.error(
                    .noDefaultBranch,
                    "\(subject) has no 'next'; a free-text node needs branches, the last one without 'if'",
                    at: location)
            }
        }
        return node
    }

    private func nodeKind(_ reader: MappingReader, subject: String) -> Node.Kind {
        var kind: Node.Kind =
            reader.has("end") ? .end : reader.has("choices") ? .choice : .freeText
        if reader.has("end") && reader.has("choices") {
            log.error(
                .mixedNodeKind, "\(subject) has both 'end' and 'choices'; a node is exactly one kind",
                at: reader.keyLocation(of: "choices"))
        }
        if let word = reader.string("kind") {
            let aliases = ["text": Node.Kind.freeText, "free": .freeText, "freetext": .freeText]
            if let named = Node.Kind(rawValue: word) ?? aliases[word] {
                if named != kind && !(named == .reframe && kind == .freeText) {
                    log.error(
                        .mixedNodeKind,
                        "\(subject) says 'kind: \(word)' but its keys make it a \(kind.rawValue) node",
                        at: reader.location(of: "kind"))
                }
                if named == .reframe && kind == .freeText { kind = .reframe }
            } else {
                log.error(
                    .unknownValue, "'\(word)' is not a node kind; use free-text, reframe, choice or end",
                    at: reader.location(of: "kind"),
                    suggestion: Suggestion.closest(to: word, among: Node.Kind.allCases.map(\.rawValue)))
            }
        }
        return kind
    }

    private func decodeBranch(_ value: YAMLValue, node: String) -> Branch? {
        let subject = "a branch of node '\(node)'"
        guard let reader = MappingReader(value, subject: subject, knownKeys: Self.branchKeys, log: log) else {
            return nil
        }
        let condition = reader.pairs["if"].flatMap { decodeCondition($0.value, node: node) }
        let mood = reader.int("mood", in: -10...10, meaning: "a mood change") ?? 0
        let reply = reader.string("reply")
        guard let goto = reader.string("goto", required: true) else { return nil }
        var branch = Branch(
            condition: condition, mood: mood, reply: reply, goto: goto, location: itemLocation(value),
            gotoLocation: reader.location(of: "goto"))
        if reader.has("if"), condition == nil {
            // A condition that failed to load must not turn into a default branch.
            branch.condition = Condition(met: ["<invalid>"])
        }
        return branch
    }

    private func decodeCondition(_ value: YAMLValue, node: String) -> Condition? {
        let subject = "a condition of node '\(node)'"
        guard let reader = MappingReader(value, subject: subject, knownKeys: Self.conditionKeys, log: log)
        else {
            return nil
        }
        var condition = Condition()
        let lists: [(String, ScenarioDocument.Reference.Role, WritableKeyPath<Condition, [String]?>)] = [
            ("met", .met, \.met), ("missed", .missed, \.missed), ("violated", .violated, \.violated),
            ("avoided", .avoided, \.avoided),
        ]
        for (key, role, path) in lists {
            if let items = reader.list(key, example: "[apology]") {
                for (id, location) in items { refer(id, role, location) }
                condition[keyPath: path] = items.map(\.0)
            }
        }
        condition.passed = reader.bool("passed")
        condition.scoreAtLeast = reader.double("score_at_least", in: 0...1)
        condition.moodAtLeast = reader.int("mood_at_least", in: 0...10, meaning: "a mood")
        condition.moodBelow = reader.int("mood_below", in: 0...11, meaning: "a mood bound")
        if case .mapping(let pairs) = value.content, pairs.isEmpty {
            log.error(
                .emptyList, "\(subject) is empty; leave out 'if' for a branch that always holds",
                at: value.location)
        }
        return condition
    }

    private func decodeChoice(_ value: YAMLValue, number: Int, node: String) -> Choice? {
        let subject = "choice \(number) of node '\(node)'"
        guard let reader = MappingReader(value, subject: subject, knownKeys: Self.choiceKeys, log: log) else {
            return nil
        }
        let text = reader.string("text", required: true)
        let credits = reader.list("credits", example: "[ownership]") ?? []
        for (id, location) in credits { refer(id, .credits, location) }
        let mood = reader.int("mood", in: -10...10, meaning: "a mood change") ?? 0
        let goto = reader.string("goto", required: true)
        guard let text, let goto else { return nil }
        return Choice(
            text: text, credits: credits.map(\.0), mood: mood, goto: goto, location: itemLocation(value),
            gotoLocation: reader.location(of: "goto"))
    }

    private func decodeTests(_ items: [YAMLValue]) -> [ScenarioTest] {
        items.enumerated().compactMap { decodeTest($1, number: $0 + 1) }
    }

    private func decodeTest(_ value: YAMLValue, number: Int) -> ScenarioTest? {
        let subject = "test \(number)"
        guard let reader = MappingReader(value, subject: subject, knownKeys: Self.testKeys, log: log) else {
            return nil
        }
        let name = reader.string("name") ?? "test \(number)"
        if reader.has("reply") || reader.has("node") {
            for key in ["replies", "path", "outcome", "score_at_least"] where reader.has(key) {
                log.error(
                    .badTest, "\(subject) mixes a reply test ('node', 'reply') with a path test ('\(key)')",
                    at: reader.keyLocation(of: key))
            }
            let node = reader.string("node", required: true)
            let reply = reader.string("reply", required: true)
            let detects = reader.list("detects", example: "[apology]") ?? []
            let rejects = reader.list("rejects", example: "[blame-shifting]") ?? []
            for (id, location) in detects { refer(id, .detects, location) }
            for (id, location) in rejects { refer(id, .rejects, location) }
            let goto = reader.string("goto")
            guard let node, let reply else { return nil }
            return ScenarioTest(
                name: name,
                shape: .reply(
                    node: node, reply: reply, detects: detects.map(\.0), rejects: rejects.map(\.0), goto: goto
                ),
                location: value.location)
        }
        guard let replies = reader.sequence("replies", required: true, example: "a list of replies") else {
            return nil
        }
        let lines = replies.compactMap {
            MappingReader.text(of: $0, key: "replies", subject: subject, log: log)
        }
        let path = reader.list("path", example: "[opening, the-plan]")?.map(\.0)
        var outcome: Ending?
        if let word = reader.string("outcome") {
            outcome = Ending(rawValue: word)
            if outcome == nil {
                log.error(
                    .unknownValue, "'\(word)' is not a kind of ending; use resolved, exit, lost or escalated",
                    at: reader.location(of: "outcome"),
                    suggestion: Suggestion.closest(to: word, among: Ending.allCases.map(\.rawValue)))
            }
        }
        let minimum = reader.int("score_at_least", in: 0...100, meaning: "a scenario score")
        if path == nil && outcome == nil && minimum == nil {
            log.error(
                .badTest, "\(subject) checks nothing; give it a 'path', an 'outcome' or a 'score_at_least'",
                at: value.location)
        }
        return ScenarioTest(
            name: name, shape: .path(replies: lines, path: path, outcome: outcome, scoreAtLeast: minimum),
            location: value.location)
    }
}
