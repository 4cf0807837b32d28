import Foundation

/// Per-id thresholds of the learned layer, chosen by cross-validation: for each id, the
/// probability above which a verdict the rules missed is added and the one below which a
/// verdict they gave is withdrawn, picked on replies the model was not trained on.
public enum LearnedThresholds {
    /// One id's own thresholds; nil keeps the model's default.
    public struct Pair: Sendable, Equatable {
        public var add: Double?
        public var remove: Double?

        public init(add: Double?, remove: Double?) {
            self.add = add
            self.remove = remove
        }
    }

    /// One held-out reply as a model fitted without it reads it: what the rules found, the
    /// model's probability per id and whether its reasons for each id (the strongest features
    /// towards it that carry meaning, ``LearnedModel/reasons(_:column:width:weights:)``) show
    /// words of the reply or a clause (a verdict is only added then), and the gold ids.
    public struct Outcome: Sendable {
        public var rules: Set<String>
        public var probabilities: [Double]
        public var wordsLead: [Bool]
        public var gold: Set<String>
    }

    /// The add thresholds tried (1 never adds) and the withdraw thresholds (0 never withdraws).
    static let addGrid: [Double] = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1]
    static let removeGrid: [Double] = [0, 0.05, 0.1, 0.15, 0.2, 0.3]

    /// For each of `ids` (the model's columns), the pair with the best F1 on `outcomes` whose
    /// precision stays within `slack` of the rules' own precision on them: the layer may find
    /// more, but not by being wrong more often. The grid is walked in order (add thresholds
    /// rising, then withdraw thresholds rising) and only a strictly better F1 replaces the best.
    /// The ids in `addOnly` are never withdrawn (their withdraw threshold stays 0).
    public static func choose(
        _ outcomes: [Outcome], ids: [String], slack: Double = 0.02, addOnly: Set<String> = []
    ) -> [String: Pair] {
        var chosen: [String: Pair] = [:]
        for (column, id) in ids.enumerated() {
            let rules = counts(outcomes, column: column, id: id, add: 1, remove: 0)
            let floor = rules.precision - slack
            var best: (f1: Double, add: Double, remove: Double)?
            for add in addGrid {
                for remove in addOnly.contains(id) ? [0] : removeGrid {
                    let found = counts(outcomes, column: column, id: id, add: add, remove: remove)
                    guard found.precision >= floor else { continue }
                    if found.f1 > (best?.f1 ?? -1) + 1e-12 { best = (found.f1, add, remove) }
                }
            }
            if let best { chosen[id] = Pair(add: best.add, remove: best.remove) }
        }
        return chosen
    }

    static func counts(_ outcomes: [Outcome], column: Int, id: String, add: Double, remove: Double)
        -> (precision: Double, f1: Double)
    {
        var (truePositives, falsePositives, falseNegatives) = (0, 0, 0)
        for outcome in outcomes {
            let probability = outcome.probabilities[column]
            let predicted =
                outcome.rules.contains(id)
                ? !(probability < remove) : probability > add && outcome.wordsLead[column]
            switch (predicted, outcome.gold.contains(id)) {
            case (true, true): truePositives += 1
            case (true, false): falsePositives += 1
            case (false, true): falseNegatives += 1
            case (false, false): break
            }
        }
        let precision =
            truePositives + falsePositives == 0
            ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        let f1 =
            truePositives == 0
            ? 0 : 2 * Double(truePositives) / Double(2 * truePositives + falsePositives + falseNegatives)
        return (precision, f1)
    }

    /// The thresholds file (`Training/learned/thresholds.tsv`): `add-above ID P` and
    /// `remove-below ID P` lines, as the weights file writes them.
    public static func text(of thresholds: [String: Pair], ids: [String]) -> String {
        var out = """
            # Per-id thresholds of the learned layer, chosen by defuse-train evaluate --choose-on.
            # An id held back with --hold-back reads add-above 1, remove-below 0: the rules alone decide it.

            """
        for id in ids {
            if let add = thresholds[id]?.add { out += "add-above \(id) \(LearnedModel.format(add))\n" }
            if let remove = thresholds[id]?.remove {
                out += "remove-below \(id) \(LearnedModel.format(remove))\n"
            }
        }
        return out
    }

    /// Reads a thresholds file.
    public static func parse(_ text: String) throws(LearnedModel.FormatError) -> [String: Pair] {
        var thresholds: [String: Pair] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let words = line.split(separator: " ").map(String.init)
            guard words.count == 3, words[0] == "add-above" || words[0] == "remove-below",
                let value = Double(words[2]), value >= 0, value <= 1
            else {
                throw LearnedModel.FormatError(
                    line: index + 1, reason: "expected 'add-above|remove-below ID P'")
            }
            var pair = thresholds[words[1]] ?? Pair(add: nil, remove: nil)
            if words[0] == "add-above" { pair.add = value } else { pair.remove = value }
            thresholds[words[1]] = pair
        }
        return thresholds
    }
}

extension LearnedModel {
    /// How the model reads one reply as `grader`'s rules leave it (its own learned layer left out):
    /// each id's probability (the order of ``ids``), whether the layer could add it (its reasons
    /// show the reply's words or a clause, and the client-line and own-words guards hold), and the
    /// ids the rules found. For `defuse-train probe`: a pinned case's distance from a threshold.
    public func reading(_ reply: String, client: String?, grader: Grader, layer: LearnedLayer = .rubric)
        -> (probabilities: [Double], canAdd: [Bool], rules: Set<String>)
    {
        let read = outcome(features: layer.features(of: reply, client: client, grader: grader), gold: [])
        return (read.probabilities, read.wordsLead, read.rules)
    }

    /// The add and withdraw thresholds of each id (the order of ``ids``), defaults filled in.
    public var thresholdsByColumn: [(add: Double, remove: Double)] {
        Array(zip(adds, removes)).map { (add: $0.0, remove: $0.1) }
    }

    /// How the model reads a reply from its feature names (a snapshot's), as ``apply(to:)``
    /// would: each id's probability and whether its three strongest positive features include
    /// the reply's words.
    func outcome(features names: [String], gold: Set<String>) -> LearnedThresholds.Outcome {
        let width = ids.count
        var logits = Array(weights[0..<width])
        var found: [(row: Int, name: String)] = []
        var seen = Set<Int>()
        for name in names {
            guard let row = rows[LearnedFeature.key(of: name)], seen.insert(Int(row)).inserted else {
                continue
            }
            found.append((Int(row), name))
            for column in 0..<width { logits[column] += weights[Int(row) * width + column] }
        }
        let probabilities = logits.map { 1 / (1 + exp(-$0)) }
        let wordsLead = (0..<width).map { column -> Bool in
            // As ``LearnedModel/apply(to:)``: the reasons are the strongest features that carry
            // meaning (a function word never counts), and they must show words or a clause.
            let id = ids[column]
            let reasons = found.filter { FunctionWords.isReason(name: $0.name) }
                .map { (weight: weights[$0.row * width + column], name: $0.name) }
                .filter { $0.weight > 0 }
                .sorted { ($0.weight, $1.name) > ($1.weight, $0.name) }
                .prefix(LearnedModel.reasonCount)
                .map(\.name)
            // An id read against the client's line is only added after a line read as its cue.
            if LearnedModel.readAgainstClient.contains(id),
                !names.contains("client:" + id)
                    || !reasons.contains(where: { FunctionWords.isContent(name: $0) })
            {
                return false
            }
            if LearnedModel.needsOwnWords.contains(id), !LearnedModel.answersBack(reasons) {
                return false
            }
            if !LearnedModel.namesTerms(id, reasons) { return false }
            return LearnedModel.shows(reasons)
        }
        return LearnedThresholds.Outcome(
            rules: Set(names.filter { $0.hasPrefix("rule:") }.map { String($0.dropFirst(5)) }),
            probabilities: probabilities, wordsLead: wordsLead, gold: gold)
    }
}
