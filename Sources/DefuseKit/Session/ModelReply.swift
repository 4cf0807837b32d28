extension Session {
    /// A reply that does what `node` asks, to show a rep who missed: the trainer's `model`
    /// when the node has one, else the first reply test written for the node that passes it
    /// (meets every expected technique, no violation). Nil at choice and end nodes, and when
    /// neither exists.
    public func modelReply(at node: Node) -> String? {
        guard node.isFreeText else { return nil }
        if let model = node.model { return model }
        for test in scenario.tests {
            guard case .reply(let at, let reply, _, _, _) = test.shape, at == node.id else { continue }
            if let (turn, _) = evaluate(reply, at: node, mood: mood), turn.passed { return reply }
        }
        return nil
    }
}
