import DefuseKit

/// A grader for session tests: a reply "shows" an id when it contains `[id]`, so tests say
/// exactly what is detected and session logic is tested apart from grading accuracy.
struct FakeGrader: ReplyAssessing {
    func assess(_ reply: String, client: String?) -> Assessment {
        var detected = Set<String>()
        var rest = reply[...]
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
            detected.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return Assessment(
            detected: detected, evidence: Dictionary(uniqueKeysWithValues: detected.map { ($0, ["[\($0)]"]) })
        )
    }
}

/// Plays `replies` through a scenario loaded from `text`.
func play(_ text: String, _ replies: [String]) throws -> Session {
    let document = loadScenario(text)
    guard let scenario = document.scenario, !document.hasErrors else {
        throw SessionTestError.doesNotLoad(document.diagnostics.map(\.line))
    }
    var session = Session(scenario: scenario, grader: FakeGrader())
    _ = session.start()
    for reply in replies where !session.isOver {
        _ = session.respond(reply)
    }
    return session
}

enum SessionTestError: Error {
    case doesNotLoad([String])
}
