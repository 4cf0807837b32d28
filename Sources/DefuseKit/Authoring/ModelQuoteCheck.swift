import Foundation

/// The authoring check behind `defuse test --walk`'s model-quote failures (review13 finding 8): a
/// model reply that quotes a client's words must quote words every path into its node has heard.
/// bias-ethnicity's report to the manager was reached after the opening remark alone, yet its
/// model quoted "you people are so sensitive", said only on some paths: a rep taught to copy
/// it would report a remark they never heard.
///
/// A quote is a stretch of the model inside quotation marks ("…", “…”, '…' or ‘…’; an apostrophe
/// inside a word is not one) of ``minimumWords`` words or more. It is checked only when some
/// client line of the scenario (a node's `say` or a branch's `reply`) contains its words in
/// order, lower-case and punctuation aside; a quote no line contains is the rep's own wording or
/// a paraphrase, which this check cannot judge. The quote is on every path when the node is no
/// longer reachable from `start` once every node that says it and every branch that replies
/// with it are taken out (the node's own `say` counts as heard).
public struct ModelQuoteCheck: Sendable, Hashable {
    public struct Finding: Sendable, Hashable {
        public var scenario: String
        /// The node whose model quotes the line.
        public var node: String
        /// The quoted words, as the model has them.
        public var quote: String
        /// A node one of whose paths never hears the quote before this node.
        public var location: SourceLocation
    }

    /// The fewest words a quote has to be checked ("no, originally" may recur as a phrase).
    public static let minimumWords = 3

    public var findings: [Finding]

    public init(scenario: Scenario) {
        var findings: [Finding] = []
        let lines = Self.clientLines(scenario)
        for node in scenario.orderedNodes where node.isFreeText {
            guard let model = node.model else { continue }
            for quote in Self.quotes(in: model) {
                let words = ChoiceModelEcho.words(quote)
                guard words.count >= Self.minimumWords else { continue }
                let sayers = lines.filter { Self.contains($0.words, words) }
                guard !sayers.isEmpty else { continue }
                if let own = node.say, Self.contains(ChoiceModelEcho.words(own), words) { continue }
                let nodesOut = Set(sayers.compactMap { $0.edge == nil ? $0.node : nil })
                let edgesOut = Set(sayers.compactMap(\.edge))
                if Self.reachable(node.id, in: scenario, without: nodesOut, edges: edgesOut) {
                    findings.append(
                        Finding(scenario: scenario.id, node: node.id, quote: quote, location: node.location))
                }
            }
        }
        self.findings = findings
    }

    /// One client line: a node's `say` (`edge` nil) or the `reply` of branch `edge.branch` of
    /// `node`.
    struct Line {
        var node: String
        var edge: Edge?
        var words: [String]
    }

    struct Edge: Hashable {
        var node: String
        var branch: Int
    }

    static func clientLines(_ scenario: Scenario) -> [Line] {
        var lines: [Line] = []
        for node in scenario.orderedNodes {
            if let say = node.say {
                lines.append(Line(node: node.id, edge: nil, words: ChoiceModelEcho.words(say)))
            }
            for (index, branch) in node.next.enumerated() {
                if let reply = branch.reply {
                    lines.append(
                        Line(
                            node: node.id, edge: Edge(node: node.id, branch: index),
                            words: ChoiceModelEcho.words(reply)))
                }
            }
        }
        return lines
    }

    /// Whether `target` can be reached from `start` without entering `nodes` or taking `edges`.
    /// A boil (`on_boil`) can follow any turn, so its node counts as a successor of every node.
    static func reachable(
        _ target: String, in scenario: Scenario, without nodes: Set<String>, edges: Set<Edge>
    ) -> Bool {
        guard !nodes.contains(scenario.start) else { return false }
        var seen: Set<String> = [scenario.start]
        var queue = [scenario.start]
        while let id = queue.popLast() {
            if id == target { return true }
            guard let node = scenario.nodes[id] else { continue }
            var successors: [String] = []
            switch node.kind {
            case .freeText, .reframe:
                for (index, branch) in node.next.enumerated()
                where !edges.contains(Edge(node: id, branch: index)) {
                    successors.append(branch.goto)
                }
            case .choice, .end: successors = node.successors
            }
            if node.kind != .end, let boil = scenario.onBoil { successors.append(boil) }
            for next in successors where !nodes.contains(next) && seen.insert(next).inserted {
                queue.append(next)
            }
        }
        return false
    }

    /// Whether `words` holds `part` as a run of consecutive words.
    static func contains(_ words: [String], _ part: [String]) -> Bool {
        guard !part.isEmpty, words.count >= part.count else { return false }
        for start in 0...(words.count - part.count) where Array(words[start..<start + part.count]) == part {
            return true
        }
        return false
    }

    /// The stretches of `text` inside quotation marks. A straight or curly single quote opens
    /// only at the start or after a space or an opening bracket, before a letter or digit, and
    /// closes only after a non-space, before the end, a space or punctuation: "I'm" and "reps'"
    /// inside a sentence open nothing.
    public static func quotes(in text: String) -> [String] {
        let characters = Array(text)
        var result: [String] = []
        var open: (mark: Character, at: Int)?
        let closers: [Character: Character] = ["\"": "\"", "“": "”", "'": "'", "‘": "’"]
        for (index, character) in characters.enumerated() {
            let previous: Character? = index > 0 ? characters[index - 1] : nil
            let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
            if let current = open {
                let closer = closers[current.mark] ?? current.mark
                let single = current.mark == "'" || current.mark == "‘"
                let closes =
                    character == closer
                    && (!single
                        || ((previous.map { !$0.isWhitespace } ?? false)
                            && (next.map { $0.isWhitespace || $0.isPunctuation } ?? true)))
                if closes {
                    let inner = String(characters[(current.at + 1)..<index])
                        .trimmingCharacters(in: .whitespacesAndNewlines)
                    if !inner.isEmpty { result.append(inner) }
                    open = nil
                }
                continue
            }
            guard closers[character] != nil else { continue }
            let single = character == "'" || character == "‘"
            if single {
                let startsWord = previous.map { $0.isWhitespace || "([{—–-".contains($0) } ?? true
                let beforeWord = next.map { $0.isLetter || $0.isNumber } ?? false
                guard startsWord, beforeWord else { continue }
            }
            open = (character, index)
        }
        return result
    }
}
