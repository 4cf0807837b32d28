import Foundation

/// Draws a scenario's branching as a Graphviz DOT or Mermaid flowchart: one box per node
/// (labelled with its id and the start of the client's line), one edge per branch or choice
/// (labelled with its condition and mood change), endings shaped and coloured by kind, so a
/// trainer sees the whole story at a glance.
public enum GraphRenderer {
    public enum Format: String, Sendable, CaseIterable {
        case dot
        case mermaid
    }

    public static func render(_ scenario: Scenario, as format: Format) -> String {
        switch format {
        case .dot: dot(scenario)
        case .mermaid: mermaid(scenario)
        }
    }

    /// Fill colours by ending kind, shared by both formats.
    static let endingColours: [Ending: String] = [
        .resolved: "#c8e6c9", .exit: "#bbdefb", .lost: "#e0e0e0", .escalated: "#ffcdd2",
    ]

    /// A short description of what takes an edge: "met apology, ownership · mood −3".
    public static func edgeLabel(
        condition: Condition?, mood: Int, credits: [String]? = nil, choice: Int? = nil
    ) -> String {
        var parts: [String] = []
        if let choice { parts.append("choice \(choice)") }
        if let credits, !credits.isEmpty { parts.append(credits.joined(separator: ", ")) }
        if let condition {
            let lists: [(String, [String]?)] = [
                ("met", condition.met), ("missed", condition.missed), ("violated", condition.violated),
                ("avoided", condition.avoided),
            ]
            for (word, ids) in lists {
                if let ids { parts.append("\(word) \(ids.joined(separator: ", "))") }
            }
            if let passed = condition.passed { parts.append(passed ? "passed" : "not passed") }
            if let score = condition.scoreAtLeast { parts.append("score ≥ \(score)") }
            if let mood = condition.moodAtLeast { parts.append("mood ≥ \(mood)") }
            if let mood = condition.moodBelow { parts.append("mood < \(mood)") }
            if let days = condition.namesDay { parts.append("names \(days.joined(separator: " or "))") }
            if let numbers = condition.namesNumber {
                parts.append("names \(numbers.map(String.init).joined(separator: " or "))")
            }
        } else if choice == nil {
            parts.append("otherwise")
        }
        if mood != 0 { parts.append("mood \(mood > 0 ? "+" : "−")\(abs(mood))") }
        return parts.joined(separator: " · ")
    }

    struct Edge {
        var from: String
        var to: String
        var label: String
        var reply: String?
    }

    static func edges(_ scenario: Scenario) -> [Edge] {
        scenario.orderedNodes.flatMap { node -> [Edge] in
            switch node.kind {
            case .choice:
                node.choices.enumerated().map { index, choice in
                    Edge(
                        from: node.id, to: choice.goto,
                        label: edgeLabel(
                            condition: nil, mood: choice.mood, credits: choice.credits, choice: index + 1))
                }
                    + (node.afterViolations.map {
                        [Edge(from: node.id, to: $0.goto, label: "after \($0.atLeast)+ violations")]
                    } ?? [])
                    + (node.afterSilence.map {
                        [Edge(from: node.id, to: $0.goto, label: "after \($0.atLeast)+ silent replies")]
                    } ?? [])
            case .end: []
            case .freeText, .reframe:
                node.next.map {
                    Edge(
                        from: node.id, to: $0.goto, label: edgeLabel(condition: $0.condition, mood: $0.mood),
                        reply: $0.reply)
                }
            }
        }
    }

    static func excerpt(_ text: String?, limit: Int = 48) -> String {
        let flat = (text ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    }

    static func dot(_ scenario: Scenario) -> String {
        func quote(_ text: String) -> String {
            "\""
                + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
                    of: "\"", with: "\\\""
                )
                .replacingOccurrences(of: "\n", with: "\\n") + "\""
        }
        var lines = [
            "digraph \(quote(scenario.id)) {",
            "  label=\(quote(scenario.title)); labelloc=t; rankdir=TB;",
            "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\"];",
            "  edge [fontname=\"Helvetica\", fontsize=10];",
        ]
        for node in scenario.orderedNodes {
            var label = node.id
            if let say = node.say ?? node.narrate { label += "\n" + excerpt(say) }
            var attributes = ["label=\(quote(label))"]
            switch node.kind {
            case .end:
                let ending = node.ending ?? .lost
                label += "\n[\(ending.rawValue)]"
                attributes = [
                    "label=\(quote(label))", "shape=doubleoctagon",
                    "fillcolor=\(quote(endingColours[ending] ?? "#ffffff"))",
                ]
            case .choice: attributes.append("shape=diamond")
            case .reframe: attributes.append("style=\"rounded,filled,dashed\"")
            case .freeText: break
            }
            if node.id == scenario.start { attributes.append("penwidth=2") }
            lines.append("  \(quote(node.id)) [\(attributes.joined(separator: ", "))];")
        }
        for edge in edges(scenario) {
            var label = edge.label
            if let reply = edge.reply { label += "\n“" + excerpt(reply, limit: 36) + "”" }
            lines.append("  \(quote(edge.from)) -> \(quote(edge.to)) [label=\(quote(label))];")
        }
        if let onBoil = scenario.onBoil {
            lines.append("  \"(mood 10)\" [shape=plaintext, style=\"\"];")
            lines.append("  \"(mood 10)\" -> \(quote(onBoil)) [style=dashed, label=\"boils over\"];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    static func mermaid(_ scenario: Scenario) -> String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "\"", with: "#quot;").replacingOccurrences(of: "\n", with: "<br/>")
                .replacingOccurrences(of: "<", with: "#lt;").replacingOccurrences(of: ">", with: "#gt;")
                .replacingOccurrences(of: "#lt;br/#gt;", with: "<br/>")
        }
        var names: [String: String] = [:]
        for (index, id) in scenario.nodeOrder.enumerated() { names[id] = "n\(index)" }
        func name(_ id: String) -> String {
            names[id] ?? "missing_" + id.replacingOccurrences(of: "-", with: "_")
        }
        var lines = ["---", "title: \(escape(scenario.title))", "---", "flowchart TD"]
        for node in scenario.orderedNodes {
            var label = node.id
            if let say = node.say ?? node.narrate { label += "\n" + excerpt(say) }
            switch node.kind {
            case .end:
                label += "\n[\((node.ending ?? .lost).rawValue)]"
                lines.append(
                    "  \(name(node.id))([\"\(escape(label))\"]):::\((node.ending ?? .lost).rawValue)")
            case .choice: lines.append("  \(name(node.id)){\"\(escape(label))\"}")
            case .reframe: lines.append("  \(name(node.id))[/\"\(escape(label))\"/]")
            case .freeText: lines.append("  \(name(node.id))[\"\(escape(label))\"]")
            }
        }
        for edge in edges(scenario) {
            var label = edge.label
            if let reply = edge.reply { label += "\n“" + excerpt(reply, limit: 36) + "”" }
            lines.append("  \(name(edge.from)) -->|\"\(escape(label))\"| \(name(edge.to))")
        }
        if let onBoil = scenario.onBoil {
            lines.append("  boil((mood 10)) -.->|boils over| \(name(onBoil))")
        }
        for (ending, colour) in endingColours.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            lines.append("  classDef \(ending.rawValue) fill:\(colour)")
        }
        lines.append("  style \(name(scenario.start)) stroke-width:3px")
        return lines.joined(separator: "\n") + "\n"
    }
}
