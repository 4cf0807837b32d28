/// Runs the tests trainers write inside scenario files (the `tests:` key): reply tests grade one
/// reply at one node; path tests play a list of replies from the start. Both go through the same
/// ``Session`` logic as real play, so a green test means the scenario plays that way.
public struct ScenarioTestRunner: Sendable {
    /// The outcome of one test.
    public struct Outcome: Sendable, Hashable {
        public var scenario: String
        public var name: String
        public var passed: Bool
        /// Why it failed, one sentence per problem.
        public var problems: [String]
        public var location: SourceLocation
        /// The test's `known_issue`: a failure the author expects for now, which does not fail
        /// the run.
        public var knownIssue: String?
        /// Things worth an author's look that do not fail the test (review7 finding 9): a path
        /// test that ends `exit`, "the rep got out well", with a run score under
        /// ``ScenarioTestRunner/lowExitScore``.
        public var warnings: [String] = []
        /// The test's `low_exit` reason, set when the run did end `exit` under
        /// ``ScenarioTestRunner/lowExitScore`` and the warning was silenced for it.
        public var lowExit: String?
    }

    /// A run that ends `exit` below this score is told it got out well while scoring as a weak
    /// run: `defuse test` warns about every path test that does (review7 finding 9).
    public static let lowExitScore = 50

    let grader: any ReplyAssessing
    let catalog: TechniqueCatalog

    public init(grader: any ReplyAssessing, catalog: TechniqueCatalog) {
        self.grader = grader
        self.catalog = catalog
    }

    /// Runs every test of `scenario`, in file order.
    public func run(_ scenario: Scenario) -> [Outcome] {
        scenario.tests.map { test in
            let problems: [String]
            var warnings: [String] = []
            var lowExit: String?
            switch test.shape {
            case .reply(let node, let reply, let detects, let rejects, let goto):
                problems = checkReply(
                    scenario, node: node, reply: reply, detects: detects, rejects: rejects, goto: goto)
            case .path(let replies, let path, let outcome, let minimum, let maximum):
                let checked = checkPath(
                    scenario, replies: replies, path: path, outcome: outcome, minimum: minimum,
                    maximum: maximum)
                problems = checked.problems
                let result = checked.result
                let low = result.outcome == Ending.exit.rawValue && result.score < Self.lowExitScore
                if low, let reason = test.lowExit {
                    lowExit = reason
                } else if let reason = test.lowExit {
                    warnings.append(
                        "has low_exit (\(reason)) but ends \(result.outcome) with a run score of "
                            + "\(result.score): remove the low_exit")
                } else if low {
                    let end = result.path.last.map { " at '\($0)'" } ?? ""
                    warnings.append(
                        "ends exit\(end) (the rep got out well) with a run score of \(result.score), "
                            + "under \(Self.lowExitScore): a weak or silent run should not be told it got out well"
                    )
                }
            }
            return Outcome(
                scenario: scenario.id, name: test.name, passed: problems.isEmpty, problems: problems,
                location: test.location, knownIssue: test.knownIssue, warnings: warnings,
                lowExit: lowExit)
        }
    }

    func checkReply(
        _ scenario: Scenario, node id: String, reply: String, detects: [String], rejects: [String],
        goto: String?
    ) -> [String] {
        guard let node = scenario.nodes[id] else { return ["node '\(id)' does not exist"] }
        guard node.isFreeText else { return ["node '\(id)' is not a free-text node"] }
        let session = Session(scenario: scenario, grader: grader, catalog: catalog)
        guard let (turn, branch) = session.evaluate(reply, at: node, mood: scenario.persona.mood) else {
            return ["node '\(id)' has no branch to take"]
        }
        let detected = Set(turn.detected)
        var problems: [String] = []
        let missing = detects.filter { !detected.contains($0) }
        if !missing.isEmpty {
            problems.append(
                "expected \(missing.joined(separator: ", ")) to be detected; detected: \(list(turn.detected))"
            )
        }
        let unwanted = rejects.filter(detected.contains)
        if !unwanted.isEmpty {
            let words = unwanted.map { id in
                "\(id) (\((turn.evidence[id] ?? []).map { "“\($0)”" }.joined(separator: ", ")))"
            }
            problems.append(
                "expected \(unwanted.joined(separator: ", ")) not to be detected, but found \(words.joined(separator: "; "))"
            )
        }
        if let goto, branch.goto != goto {
            problems.append(
                "expected the reply to go to '\(goto)', but it goes to '\(branch.goto)' (branch \(turn.branch + 1))"
            )
        }
        return problems
    }

    func checkPath(
        _ scenario: Scenario, replies: [String], path: [String]?, outcome: [Ending]?, minimum: Int?,
        maximum: Int?
    ) -> (problems: [String], result: SessionResult) {
        var session = Session(scenario: scenario, grader: grader, catalog: catalog)
        _ = session.start()
        var problems: [String] = []
        for (index, reply) in replies.enumerated() {
            guard !session.isOver else {
                problems.append(
                    "the scenario ended after reply \(index); \(replies.count - index) replies were left over"
                )
                break
            }
            let events = session.respond(reply)
            if case .rejected(let reason) = events.first {
                problems.append("reply \(index + 1) (\"\(reply)\") was not taken: \(reason)")
                break
            }
        }
        let result = session.result
        if let path, path != result.path {
            problems.append(
                "expected path \(path.joined(separator: " → ")), got \(result.path.joined(separator: " → "))")
        }
        if let outcome, !outcome.map(\.rawValue).contains(result.outcome) {
            problems.append(
                "expected outcome \(outcome.map(\.rawValue).joined(separator: " or ")), got \(result.outcome)"
            )
        }
        if let minimum, result.score < minimum {
            problems.append("expected a score of at least \(minimum), got \(result.score)")
        }
        if let maximum, result.score > maximum {
            problems.append("expected a score of at most \(maximum), got \(result.score)")
        }
        return (problems, result)
    }

    private func list(_ ids: [String]) -> String { ids.isEmpty ? "nothing" : ids.joined(separator: ", ") }
}
