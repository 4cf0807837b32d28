import Foundation

/// Builds a ``Scenario`` from a located YAML tree, logging every shape problem it meets
/// (missing, unknown, duplicate and mistyped keys, bad ids, mixed node kinds) and going on, so
/// one run reports them all.
struct ScenarioDecoder {
    static let topLevelKeys = [
        "id", "title", "summary", "persona", "tags", "trains", "difficulty", "on_boil", "mood_floor", "start",
        "nodes", "source", "tests",
    ]
    static let personaKeys = ["name", "role", "mood"]
    static let nodeKeys = [
        "kind", "say", "narrate", "speaker", "prompt", "expect", "avoid", "hint", "model", "next",
        "choices", "after_violations", "after_silence", "end", "debrief", "breach", "score_cap",
    ]
    static let violationRouteKeys = ["at_least", "goto"]
    static let branchKeys = ["if", "mood", "reply", "reason", "credits", "goto"]
    static let choiceKeys = ["text", "credits", "mood", "goto"]
    static let conditionKeys = [
        "met", "missed", "violated", "avoided", "passed", "score_at_least", "mood_at_least", "mood_below",
        "names_day", "names_number",
    ]
    static let testKeys = [
        "name", "node", "reply", "detects", "rejects", "goto", "replies", "path", "outcome", "score_at_least",
        "score_at_most", "known_issue", "low_exit",
    ]

    let file: String
    let log = DiagnosticLog()
    let referenceLog = ReferenceLog()

    /// Collects located technique references while decoding.
    final class ReferenceLog {
        var references: [ScenarioDocument.Reference] = []
        var malformedNext: Set<String> = []
        var nextKeys: [String: SourceLocation] = [:]
        /// The file's text and the UTF-8 offset where each line starts (split at `\n` bytes, so a
        /// `\r\n` file has its lines too), for ``itemLocation(_:)``.
        var text = ""
        var lineStarts: [Int] = []

        /// Line `number` (1-based) without its `\n`.
        func line(_ number: Int) -> Substring {
            let utf8 = text.utf8
            let start = lineStarts[number - 1]
            let end = number < lineStarts.count ? lineStarts[number] - 1 : utf8.count
            let from = utf8.index(utf8.startIndex, offsetBy: start)
            let to = utf8.index(utf8.startIndex, offsetBy: max(start, end))
            return Substring(utf8[from..<to])
        }
    }

    /// Where a list item starts: its `-` when it is a block item (`- goto: x`), else the
    /// value itself. Trainers read "the branch at line 21" as the line with the dash.
    func itemLocation(_ value: YAMLValue) -> SourceLocation {
        let location = value.location
        guard location.line >= 1, location.line <= referenceLog.lineStarts.count, location.column > 2 else {
            return location
        }
        let line = Array(referenceLog.line(location.line))
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
        referenceLog.text = text
        referenceLog.lineStarts = [0]
        for (offset, byte) in text.utf8.enumerated() where byte == 0x0A {
            referenceLog.lineStarts.append(offset + 1)
        }
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
            log.report(.badScenarioID(id, fromFileName: !top.has("id")), at: document.idLocation)
        }
        let title = top.string("title", required: true)
        if let title, title.trimmingCharacters(in: .whitespacesAndNewlines).contains("\n") {
            log.report(.multiLineTitle, at: top.location(of: "title"))
        }
        let summary = top.string("summary", required: true)
        let persona = top.requireKey("persona").flatMap(decodePersona)
        let tags = top.list("tags", example: "[mistakes, shipping]")?.map(\.0) ?? []
        let trains = top.list("trains", example: "[apology, ownership]") ?? []
        for (technique, location) in trains { refer(technique, .trains, location) }
        let difficulty = top.int("difficulty", in: 1...3, meaning: "difficulty") ?? 1
        let onBoil = top.string("on_boil")
        let moodFloor = top.int("mood_floor", in: 0...9, meaning: "a mood floor") ?? 0
        if let persona, persona.mood < moodFloor {
            log.report(
                .moodBelowFloor(mood: persona.mood, floor: moodFloor), at: top.location(of: "mood_floor"))
        }
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
            tags: tags, trains: trains.map(\.0), difficulty: difficulty, onBoil: onBoil,
            moodFloor: moodFloor, start: start ?? "",
            nodes: nodes, source: source, tests: tests, file: file, contentHash: ContentHash.of(text))
        document.diagnostics = log.diagnostics
        return document
    }

    func refer(_ id: String, _ role: ScenarioDocument.Reference.Role, _ location: SourceLocation) {
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

}
