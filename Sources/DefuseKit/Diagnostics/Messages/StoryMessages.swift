/// DF301–DF404: the structure of the story (node kinds, branches, lists, paths).
///
/// `subject` names the node in the trainer's words ("node 'opening'").
extension DiagnosticMessage {
    // MARK: DF301 no default branch

    static func emptyNext(node id: String) -> DiagnosticMessage {
        DiagnosticMessage(.noDefaultBranch, "node '\(id)' has an empty 'next'; add a branch without 'if'")
    }

    static func noDefaultBranch(node id: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .noDefaultBranch,
            "node '\(id)' has no branch that always holds; end 'next' with a branch without 'if'")
    }

    static func noNext(_ subject: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .noDefaultBranch,
            "\(subject) has no 'next'; a free-text node needs branches, the last one without 'if'")
    }

    // MARK: DF302 default branch not last

    /// `branch` is 1-based.
    static func defaultBranchNotLast(branch: Int, node id: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .defaultBranchNotLast,
            "branch \(branch) of node '\(id)' has no 'if' but is not last; the branches after it could never be taken"
        )
    }

    // MARK: DF303 mixed node kind

    static func modelOnNode(_ subject: String, kind: Node.Kind) -> DiagnosticMessage {
        DiagnosticMessage(
            .mixedNodeKind,
            "\(subject) is a\(kind == .end ? "n end" : " choice") node and cannot have 'model'; "
                + "only free-text and reframe nodes take a model reply")
    }

    static func keyOnEndNode(_ subject: String, key: String) -> DiagnosticMessage {
        DiagnosticMessage(.mixedNodeKind, "\(subject) is an end node and cannot have '\(key)'")
    }

    static func choicesMixedWith(_ key: String, in subject: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .mixedNodeKind,
            "\(subject) mixes 'choices' with '\(key)'; a choice node credits techniques through "
                + "each choice's 'credits' and moves on through each choice's 'goto'")
    }

    static func violationRouteOffChoice(_ subject: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .mixedNodeKind,
            "\(subject) is a free-text node and cannot have 'after_violations'; only choice nodes take it "
                + "(a free-text node routes with 'violated' in its branches)")
    }

    static func silenceRouteOffChoice(_ subject: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .mixedNodeKind,
            "\(subject) is a free-text node and cannot have 'after_silence'; only choice nodes take it "
                + "(a free-text node routes on what the reply showed in its branches)")
    }

    static let debriefOffEnd = DiagnosticMessage(
        .mixedNodeKind, "only end nodes have a 'debrief'; add 'end:' or move the text")

    static let breachOffEnd = DiagnosticMessage(
        .mixedNodeKind, "only end nodes have 'breach'; it marks an ending where the rep crossed a line")

    static let scoreCapOffEnd = DiagnosticMessage(
        .mixedNodeKind,
        "only end nodes have 'score_cap'; it caps the score of a run that ends there")

    static func breachOnGoodEnding(_ subject: String, ending: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .unknownValue,
            "\(subject) ends \(ending) and is marked 'breach: true'; a line crossed ends lost or escalated")
    }

    static func endAndChoices(_ subject: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .mixedNodeKind, "\(subject) has both 'end' and 'choices'; a node is exactly one kind")
    }

    static func kindDisagrees(_ subject: String, says word: String, keysMake kind: Node.Kind)
        -> DiagnosticMessage
    {
        DiagnosticMessage(
            .mixedNodeKind, "\(subject) says 'kind: \(word)' but its keys make it a \(kind.rawValue) node")
    }

    // MARK: DF304 empty list

    static let noDrillScenarios = DiagnosticMessage(.emptyList, "the drill set lists no scenarios")

    static let noPatterns = DiagnosticMessage(
        .emptyList, "'patterns' is empty; give at least one pattern or leave the key out")

    static let noDaysNamed = DiagnosticMessage(
        .emptyList, "'names_day' is empty; name at least one day, as [friday], or leave the key out")
    static let noNumbersNamed = DiagnosticMessage(
        .emptyList, "'names_number' is empty; name at least one number, as [35], or leave the key out")
    static let noNodes = DiagnosticMessage(.emptyList, "'nodes' is empty; a scenario needs at least one node")

    static func noChoices(_ subject: String) -> DiagnosticMessage {
        DiagnosticMessage(.emptyList, "\(subject) has an empty 'choices' list")
    }

    static func emptyCondition(_ subject: String) -> DiagnosticMessage {
        DiagnosticMessage(.emptyList, "\(subject) is empty; leave out 'if' for a branch that always holds")
    }

    // MARK: DF401–DF405

    static func unreachableNode(_ id: String, from start: String) -> DiagnosticMessage {
        DiagnosticMessage(.unreachableNode, "node '\(id)' is not reached by any path from '\(start)'")
    }

    static func noReachableEnding(from start: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .noReachableEnding, "no end node can be reached from '\(start)'; the scenario can never finish")
    }

    static func inescapableCycle(_ ids: [String]) -> DiagnosticMessage {
        DiagnosticMessage(
            .inescapableCycle,
            "nodes \(ids.map { "'\($0)'" }.joined(separator: ", ")) form a cycle that no branch leaves")
    }

    static let multiLineTitle = DiagnosticMessage(.multiLineTitle, "the title should be one line")

    static func unguardedBreach(
        _ violation: String, branch: Int, node: String, ending: String, breach: Bool, techniques: [String]
    ) -> DiagnosticMessage {
        let kind = breach ? "the breach ending" : "the lost ending"
        let beside = techniques.map { "'\($0)'" }.joined(separator: " or ")
        return DiagnosticMessage(
            .unguardedBreach,
            "branch \(branch) of '\(node)' sends '\(violation)' to \(kind) '\(ending)', but no earlier "
                + "branch takes '\(violation)' read beside \(beside) to a check; a good reply misread as "
                + "'\(violation)' would fail the run")
    }

    /// DF406 (review14 finding 6).
    static func hiddenGate(_ id: String, branch: Int, node: String, better: String, worse: String)
        -> DiagnosticMessage
    {
        DiagnosticMessage(
            .hiddenGate,
            "branch \(branch) of '\(node)' needs '\(id)' to reach '\(better)', but '\(node)' does not "
                + "expect it: a reply that does everything the turn asks without it scores 100% and goes to "
                + "'\(worse)'; put '\(id)' in expect, or credit an expected technique on the branch")
    }

    /// DF407 (review14 finding 2).
    static func creditNotExpected(_ id: String, branch: Int, node: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .creditNotExpected,
            "branch \(branch) of '\(node)' credits '\(id)', which '\(node)' does not expect; only expected "
                + "techniques are counted")
    }

    /// DF408 (review15 finding 1).
    static func uncreditedBreachLine(choice: Int, node: String, ending: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .uncreditedBreachLine,
            "line \(choice) of '\(node)' goes to the breach ending '\(ending)' but credits no violation; "
                + "credit the violation the line is, so the turn scores 0 and the scorecard names it")
    }
}
