/// Every `start`, `on_boil`, `goto` and test `node`/`path` must name a node of the scenario.
/// A dangling reference would strand a rep mid-conversation, so it is an error, with the closest
/// node id offered as a "did you mean".
enum NodeReferenceRule: ValidationRule {
    static func check(_ document: ScenarioDocument, _ scenario: Scenario, _ context: ValidationContext)
        -> [Diagnostic]
    {
        var found: [Diagnostic] = []
        let ids = scenario.nodeOrder
        func require(_ id: String, _ what: String, at location: SourceLocation) {
            guard !id.isEmpty, scenario.nodes[id] == nil else { return }
            found.append(
                Diagnostic(
                    .unknownNode(id, namedBy: what), at: location,
                    suggestion: Suggestion.closest(to: id, among: ids)))
        }
        require(scenario.start, "start", at: document.keyLocations["start"] ?? document.idLocation)
        if let onBoil = scenario.onBoil {
            require(onBoil, "on_boil", at: document.keyLocations["on_boil"] ?? document.idLocation)
        }
        for node in scenario.orderedNodes {
            for branch in node.next { require(branch.goto, "goto", at: branch.gotoLocation) }
            for choice in node.choices { require(choice.goto, "goto", at: choice.gotoLocation) }
            if let route = node.afterViolations {
                require(route.goto, "after_violations goto", at: route.gotoLocation)
            }
            if let route = node.afterSilence {
                require(route.goto, "after_silence goto", at: route.gotoLocation)
            }
        }
        for test in scenario.tests {
            switch test.shape {
            case .reply(let node, _, _, _, let goto):
                require(node, "test node", at: test.location)
                if let goto { require(goto, "test goto", at: test.location) }
            case .path(_, let path, _, _, _):
                for id in path ?? [] { require(id, "test path node", at: test.location) }
            }
        }
        return found
    }
}
