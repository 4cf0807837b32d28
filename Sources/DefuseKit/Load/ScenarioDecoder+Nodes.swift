import Foundation

/// Decoding nodes, branches, conditions and choices.
extension ScenarioDecoder {
    func decodeNodes(_ value: YAMLValue) -> [Node] {
        guard case .mapping(let pairs) = value.content else {
            log.report(.nodesNotAMapping(found: value.kindDescription), at: value.location)
            return []
        }
        if pairs.isEmpty {
            log.report(.noNodes, at: value.location)
        }
        var seen: [String: SourceLocation] = [:]
        var nodes: [Node] = []
        for pair in pairs {
            if let first = seen[pair.key] {
                log.report(.duplicateNode(pair.key, firstLine: first.line), at: pair.keyLocation)
                continue
            }
            seen[pair.key] = pair.keyLocation
            if !Self.isKebabCase(pair.key) {
                log.report(.badNodeID(pair.key), at: pair.keyLocation)
            }
            if let node = decodeNode(id: pair.key, pair.value, at: pair.keyLocation) {
                nodes.append(node)
            }
        }
        return nodes
    }

    /// An optional text key; a value of nothing but spaces is reported with `blank`, at the value.
    private func text(_ key: String, in reader: MappingReader, blank: @autoclosure () -> DiagnosticMessage)
        -> String?
    {
        let value = reader.string(key)
        if let value, value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            log.report(blank(), at: reader.location(of: key))
        }
        return value
    }

    func decodeNode(id: String, _ value: YAMLValue, at location: SourceLocation) -> Node? {
        let subject = "node '\(id)'"
        guard let reader = MappingReader(value, subject: subject, knownKeys: Self.nodeKeys, log: log) else {
            return nil
        }
        var node = Node(id: id, location: location)
        node.kind = nodeKind(reader, subject: subject)
        node.say = reader.string("say", required: node.kind != .end)
        node.narrate = text("narrate", in: reader, blank: .blankNarration(in: subject))
        node.speaker = text("speaker", in: reader, blank: .blankSpeaker(in: subject))
        node.prompt = reader.string("prompt")
        node.hint = reader.string("hint")
        node.debrief = reader.string("debrief")
        node.model = text("model", in: reader, blank: .blankModel(in: subject))
        if node.kind == .choice || node.kind == .end, reader.has("model") {
            log.report(.modelOnNode(subject, kind: node.kind), at: reader.keyLocation(of: "model"))
        }
        let expect = reader.list("expect", example: "[apology, ownership]") ?? []
        let avoid = reader.list("avoid", example: "[blame-shifting]") ?? []
        for (technique, location) in expect { refer(technique, .expect, location) }
        for (violation, location) in avoid { refer(violation, .avoid, location) }
        node.expect = expect.map(\.0)
        node.avoid = avoid.map(\.0)

        if node.kind != .end, reader.has("breach") {
            log.report(.breachOffEnd, at: reader.keyLocation(of: "breach"))
        }
        if node.kind != .end, reader.has("score_cap") {
            log.report(.scoreCapOffEnd, at: reader.keyLocation(of: "score_cap"))
        }
        switch node.kind {
        case .end:
            for key in [
                "next", "choices", "after_violations", "after_silence", "expect", "avoid", "prompt", "hint",
            ]
            where reader.has(key) {
                log.report(.keyOnEndNode(subject, key: key), at: reader.keyLocation(of: key))
            }
            if let word = reader.string("end") {
                if let ending = Ending(rawValue: word) {
                    node.ending = ending
                } else {
                    log.report(
                        .unknownEnding(word), at: reader.location(of: "end"),
                        suggestion: Suggestion.closest(to: word, among: Ending.allCases.map(\.rawValue)))
                }
            }
            node.breach = reader.bool("breach") ?? false
            if node.breach, node.ending == .resolved || node.ending == .exit {
                log.report(
                    .breachOnGoodEnding(subject, ending: node.ending?.rawValue ?? ""),
                    at: reader.location(of: "breach"))
            }
            node.scoreCap = reader.int("score_cap", in: 0...100, meaning: "a score cap")
        case .choice:
            for key in ["expect", "avoid", "next"] where reader.has(key) {
                log.report(.choicesMixedWith(key, in: subject), at: reader.keyLocation(of: key))
            }
            if let items = reader.sequence("choices", required: true, example: "a list of {text, goto}") {
                if items.isEmpty {
                    log.report(.noChoices(subject), at: reader.location(of: "choices"))
                }
                node.choices = items.enumerated().compactMap { decodeChoice($1, number: $0 + 1, node: id) }
            }
            if reader.has("after_violations") {
                node.afterViolations = reader.requireKey("after_violations").flatMap {
                    decodeViolationRoute($0, node: id)
                }
            }
            if reader.has("after_silence") {
                node.afterSilence = reader.requireKey("after_silence").flatMap {
                    decodeViolationRoute($0, node: id, key: "after_silence")
                }
            }
        case .freeText, .reframe:
            if reader.has("debrief") {
                log.report(.debriefOffEnd, at: reader.keyLocation(of: "debrief"))
            }
            if reader.has("after_violations") {
                log.report(.violationRouteOffChoice(subject), at: reader.keyLocation(of: "after_violations"))
            }
            if reader.has("after_silence") {
                log.report(.silenceRouteOffChoice(subject), at: reader.keyLocation(of: "after_silence"))
            }
            if reader.has("next") { referenceLog.nextKeys[id] = reader.keyLocation(of: "next") }
            if let items = reader.sequence("next", example: "a list of branches, each with a 'goto'") {
                node.next = items.compactMap { decodeBranch($0, node: id) }
            } else {
                referenceLog.malformedNext.insert(id)
            }
            if !reader.has("next") {
                log.report(.noNext(subject), at: location)
            }
        }
        return node
    }

    func nodeKind(_ reader: MappingReader, subject: String) -> Node.Kind {
        var kind: Node.Kind =
            reader.has("end") ? .end : reader.has("choices") ? .choice : .freeText
        if reader.has("end") && reader.has("choices") {
            log.report(.endAndChoices(subject), at: reader.keyLocation(of: "choices"))
        }
        if let word = reader.string("kind") {
            let aliases = ["text": Node.Kind.freeText, "free": .freeText, "freetext": .freeText]
            if let named = Node.Kind(rawValue: word) ?? aliases[word] {
                if named != kind && !(named == .reframe && kind == .freeText) {
                    log.report(
                        .kindDisagrees(subject, says: word, keysMake: kind), at: reader.location(of: "kind"))
                }
                if named == .reframe && kind == .freeText { kind = .reframe }
            } else {
                log.report(
                    .unknownNodeKind(word), at: reader.location(of: "kind"),
                    suggestion: Suggestion.closest(to: word, among: Node.Kind.allCases.map(\.rawValue)))
            }
        }
        return kind
    }

    func decodeBranch(_ value: YAMLValue, node: String) -> Branch? {
        let subject = "a branch of node '\(node)'"
        guard let reader = MappingReader(value, subject: subject, knownKeys: Self.branchKeys, log: log) else {
            return nil
        }
        let condition = reader.pairs["if"].flatMap { decodeCondition($0.value, node: node) }
        let mood = reader.int("mood", in: -10...10, meaning: "a mood change") ?? 0
        let reply = reader.string("reply")
        let reason = reader.string("reason")
        let credits = reader.list("credits", example: "[boundary-setting]") ?? []
        for (id, location) in credits { refer(id, .branchCredits, location) }
        guard let goto = reader.string("goto", required: true) else { return nil }
        var branch = Branch(
            condition: condition, mood: mood, reply: reply, reason: reason, credits: credits.map(\.0),
            goto: goto,
            location: itemLocation(value),
            gotoLocation: reader.location(of: "goto"))
        if reader.has("if"), condition == nil {
            // A condition that failed to load must not turn into a default branch.
            branch.condition = Condition(met: ["<invalid>"])
        }
        return branch
    }

    func decodeCondition(_ value: YAMLValue, node: String) -> Condition? {
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
        if let items = reader.list("names_day", example: "[thursday, friday]") {
            condition.namesDay = decodeDays(items, at: reader.location(of: "names_day"))
        }
        if let items = reader.list("names_number", example: "[12, 45]") {
            condition.namesNumber = decodeNumbers(items, at: reader.location(of: "names_number"))
        }
        if case .mapping(let pairs) = value.content, pairs.isEmpty {
            log.report(.emptyCondition(subject), at: value.location)
        }
        return condition
    }

    /// The days of `names_day`: each a weekday's full name (any case, kept in lower case); a
    /// word that is not one, or an empty list, is an error at its place.
    func decodeDays(_ items: [(String, SourceLocation)], at location: SourceLocation) -> [String] {
        if items.isEmpty { log.report(.noDaysNamed, at: location) }
        var days: [String] = []
        for (word, place) in items {
            let day = word.lowercased()
            if NamedDays.weekdays.contains(day) {
                days.append(day)
            } else {
                log.report(
                    .unknownDay(word), at: place,
                    suggestion: Suggestion.closest(to: day, among: NamedDays.weekdays.sorted()))
                // A bad day must not leave the condition empty, and so always true.
                days.append("<invalid>")
            }
        }
        return days
    }

    /// The numbers of `names_number`: each a whole number from 0 to 999,999,999; anything else,
    /// or an empty list, is an error at its place.
    func decodeNumbers(_ items: [(String, SourceLocation)], at location: SourceLocation) -> [Int] {
        if items.isEmpty { log.report(.noNumbersNamed, at: location) }
        var numbers: [Int] = []
        for (word, place) in items {
            if let number = NamedNumbers.digits(word), !word.contains(",") {
                numbers.append(number)
            } else {
                log.report(.notANamedNumber(word), at: place)
                // A bad number must not leave the condition empty, and so always true.
                numbers.append(-1)
            }
        }
        return numbers
    }

    /// `after_violations: { at_least: 2, goto: too-late }` (or `after_silence`, same shape) on a
    /// choice node.
    func decodeViolationRoute(_ value: YAMLValue, node: String, key: String = "after_violations")
        -> ViolationRoute?
    {
        let subject = "'\(key)' of node '\(node)'"
        guard
            let reader = MappingReader(
                value, subject: subject, knownKeys: Self.violationRouteKeys, log: log)
        else { return nil }
        let atLeast =
            reader.requireKey("at_least") == nil
            ? nil
            : reader.int(
                "at_least", in: 1...20,
                meaning: key == "after_silence"
                    ? "a number of typed replies read as nothing" : "a number of turns with a violation")
        let goto = reader.string("goto", required: true)
        guard let atLeast, let goto else { return nil }
        return ViolationRoute(atLeast: atLeast, goto: goto, gotoLocation: reader.location(of: "goto"))
    }

    func decodeChoice(_ value: YAMLValue, number: Int, node: String) -> Choice? {
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
}
