/// The scenario's nodes as a directed graph, for reachability and cycle checks.
struct StoryGraph {
    let scenario: Scenario

    /// Edges to nodes that exist.
    func successors(of id: String) -> [String] {
        (scenario.nodes[id]?.successors ?? []).filter { scenario.nodes[$0] != nil }
    }

    /// Every node reachable from `roots`.
    func reachable(from roots: [String]) -> Set<String> {
        var seen = Set<String>()
        var stack = roots.filter { scenario.nodes[$0] != nil }
        while let id = stack.popLast() {
            guard seen.insert(id).inserted else { continue }
            stack.append(contentsOf: successors(of: id))
        }
        return seen
    }

    /// Strongly connected components (Tarjan's algorithm, iterative), in file order of their roots.
    func stronglyConnectedComponents() -> [[String]] {
        var index = 0
        var indices: [String: Int] = [:]
        var lowLinks: [String: Int] = [:]
        var onStack = Set<String>()
        var stack: [String] = []
        var components: [[String]] = []
        for root in scenario.nodeOrder where indices[root] == nil {
            var work: [(id: String, next: Int)] = [(root, 0)]
            indices[root] = index
            lowLinks[root] = index
            index += 1
            stack.append(root)
            onStack.insert(root)
            while var frame = work.popLast() {
                let edges = successors(of: frame.id)
                if frame.next < edges.count {
                    let target = edges[frame.next]
                    frame.next += 1
                    work.append(frame)
                    if indices[target] == nil {
                        indices[target] = index
                        lowLinks[target] = index
                        index += 1
                        stack.append(target)
                        onStack.insert(target)
                        work.append((target, 0))
                    } else if onStack.contains(target) {
                        lowLinks[frame.id] = min(lowLinks[frame.id] ?? 0, indices[target] ?? 0)
                    }
                    continue
                }
                if let parent = work.last {
                    lowLinks[parent.id] = min(lowLinks[parent.id] ?? 0, lowLinks[frame.id] ?? 0)
                }
                if lowLinks[frame.id] == indices[frame.id] {
                    var component: [String] = []
                    while let top = stack.popLast() {
                        onStack.remove(top)
                        component.append(top)
                        if top == frame.id { break }
                    }
                    components.append(component.reversed())
                }
            }
        }
        return components
    }
}
