/// Decoding the `tests:` trainers write inside a scenario file.
extension ScenarioDecoder {
    func decodeTests(_ items: [YAMLValue]) -> [ScenarioTest] {
        items.enumerated().compactMap { decodeTest($1, number: $0 + 1) }
    }

    func decodeTest(_ value: YAMLValue, number: Int) -> ScenarioTest? {
        let subject = "test \(number)"
        guard let reader = MappingReader(value, subject: subject, knownKeys: Self.testKeys, log: log) else {
            return nil
        }
        let name = reader.string("name") ?? "test \(number)"
        let knownIssue = reader.string("known_issue")
        if reader.has("reply") || reader.has("node") {
            for key in ["replies", "path", "outcome", "score_at_least", "score_at_most", "low_exit"]
            where reader.has(key) {
                log.report(.replyTestMixedWithPath(subject, key: key), at: reader.keyLocation(of: key))
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
                location: value.location, knownIssue: knownIssue)
        }
        guard let replies = reader.sequence("replies", required: true, example: "a list of replies") else {
            return nil
        }
        let lines = replies.compactMap {
            MappingReader.text(of: $0, key: "replies", subject: subject, log: log)
        }
        let path = reader.list("path", example: "[opening, the-plan]")?.map(\.0)
        let outcome = decodeOutcome(reader)
        let minimum = reader.int("score_at_least", in: 0...100, meaning: "a scenario score")
        let maximum = reader.int("score_at_most", in: 0...100, meaning: "a scenario score")
        if path == nil && outcome == nil && minimum == nil && maximum == nil && !reader.has("outcome") {
            log.report(.testChecksNothing(subject), at: value.location)
        }
        if let minimum, let maximum, minimum > maximum {
            log.report(
                .testCanNeverPass(subject, atLeast: minimum, atMost: maximum),
                at: reader.location(of: "score_at_most"))
        }
        return ScenarioTest(
            name: name,
            shape: .path(
                replies: lines, path: path, outcome: outcome, scoreAtLeast: minimum, scoreAtMost: maximum),
            location: value.location, knownIssue: knownIssue, lowExit: reader.string("low_exit"))
    }

    /// `outcome:` is one end kind (`resolved`) or a list of the kinds allowed (`[resolved, exit]`);
    /// nil when the key is absent or names no kind at all.
    private func decodeOutcome(_ reader: MappingReader) -> [Ending]? {
        guard reader.has("outcome") else { return nil }
        let words: [(String, SourceLocation)]
        if case .sequence = reader.requireKey("outcome")?.content {
            words = reader.list("outcome", example: "[resolved, exit]") ?? []
        } else if let word = reader.string("outcome") {
            words = [(word, reader.location(of: "outcome"))]
        } else {
            words = []
        }
        var kinds: [Ending] = []
        for (word, location) in words {
            if let kind = Ending(rawValue: word) {
                kinds.append(kind)
            } else {
                log.report(
                    .unknownEnding(word), at: location,
                    suggestion: Suggestion.closest(to: word, among: Ending.allCases.map(\.rawValue)))
            }
        }
        return kinds.isEmpty ? nil : kinds
    }
}
