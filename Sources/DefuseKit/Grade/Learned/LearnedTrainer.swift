import Foundation

/// Fits a ``LearnedModel`` to labelled replies, deterministically: the same examples in the
/// same order always give the same weights, bit for bit (full-batch gradient descent from
/// zero, a fixed number of steps, features in name order; no randomness anywhere).
public struct LearnedTrainer: Sendable {
    /// One labelled reply, as the rules saw it: its features by name and its gold ids.
    public struct Example: Sendable, Equatable {
        public var id: String
        public var labels: Set<String>
        public var features: [String]

        public init(id: String, labels: Set<String>, features: [String]) {
            self.id = id
            self.labels = labels
            self.features = features
        }
    }

    /// L2 penalty on every weight but the bias.
    public var penalty = 0.001
    /// Gradient steps, and the step size.
    public var steps = 300
    public var rate = 2.0
    /// A feature seen in fewer examples than this is left out.
    public var minimumCount = 2
    /// A weight smaller than this (after rounding to two decimals) is dropped, to keep the
    /// file small and readable; the bias is always kept.
    public var smallest = 0.05
    public var addAbove = 0.8
    public var removeBelow = 0.0
    /// Per-id thresholds written into the model (`Training/learned/thresholds.tsv`, chosen by
    /// cross-validation with `defuse-train evaluate --choose-on`).
    public var thresholds: [String: LearnedThresholds.Pair] = [:]
    /// The ids modelled: every rubric id but the composite (its four parts decide it) and
    /// `fromle` (a restatement of the client's own line, read by its rule; too few examples).
    public var ids: [String] = TechniqueCatalog.rubric.ids.filter { $0 != CompositeRule.id && $0 != "fromle" }

    /// Whether what the client's line was, by itself (`client:capitulates`, not crossed with
    /// what the reply does: `client:capitulates+assent`), is left out of the fit (learned10).
    public var leavesOutClientLine = false

    public init() {}

    /// The features of one reply as `grader`'s rules leave it (the learned layer left out).
    public static func features(of reply: String, client: String?, grader: Grader) -> [String] {
        grader.learnedFeatures(reply, client: client).map(\.name)
    }

    /// Fits one logistic regression per id, each class weighted so that the rare verdict
    /// counts as much as the common one.
    public func fit(_ examples: [Example]) -> LearnedModel {
        var counts: [String: Int] = [:]
        for example in examples {
            for name in Set(example.features)
            where !leavesOutClientLine || !(name.hasPrefix("client:") && !name.contains("+")) {
                counts[name, default: 0] += 1
            }
        }
        let names = [LearnedModel.bias] + counts.filter { $0.value >= minimumCount }.keys.sorted()
        var row: [String: Int] = [:]
        for (index, name) in names.enumerated() { row[name] = index }
        // Each example as its sorted rows, bias first.
        let rows: [[Int]] = examples.map { example in
            [0] + Set(example.features.compactMap { row[$0] }).sorted()
        }
        let width = ids.count
        let count = Double(max(examples.count, 1))
        var targets = [Double](repeating: 0, count: examples.count * width)
        var scales = [Double](repeating: 0, count: examples.count * width)
        for (column, id) in ids.enumerated() {
            let positives = examples.filter { $0.labels.contains(id) }.count
            let negatives = examples.count - positives
            for (index, example) in examples.enumerated() {
                let positive = example.labels.contains(id)
                targets[index * width + column] = positive ? 1 : 0
                scales[index * width + column] =
                    count / (2 * Double(max(positive ? positives : negatives, 1))) / count
            }
        }
        var weights = [Double](repeating: 0, count: names.count * width)
        var gradient = [Double](repeating: 0, count: names.count * width)
        var logits = [Double](repeating: 0, count: width)
        for _ in 0..<steps {
            for index in gradient.indices { gradient[index] = 0 }
            for (index, features) in rows.enumerated() {
                for column in 0..<width { logits[column] = 0 }
                for feature in features {
                    for column in 0..<width { logits[column] += weights[feature * width + column] }
                }
                for column in 0..<width {
                    let probability = 1 / (1 + Self.exp(-logits[column]))
                    let cell = index * width + column
                    logits[column] = (probability - targets[cell]) * scales[cell]
                }
                for feature in features {
                    for column in 0..<width { gradient[feature * width + column] += logits[column] }
                }
            }
            for index in weights.indices {
                let decay = index < width ? 0 : penalty * weights[index]
                weights[index] -= rate * (gradient[index] + decay)
            }
        }
        // The file keeps two decimals; the model graded with is the one the file holds.
        let rounded = weights.enumerated().map { index, value in
            let kept = (value * 100).rounded() / 100
            return index >= width && abs(kept) < smallest ? 0 : kept
        }
        var keptNames: [String] = []
        var kept: [Double] = []
        for (index, name) in names.enumerated() {
            let values = Array(rounded[index * width..<(index + 1) * width])
            if index == 0 || values.contains(where: { $0 != 0 }) {
                keptNames.append(name)
                kept += values
            }
        }
        return LearnedModel(
            ids: ids, addAbove: addAbove, removeBelow: removeBelow, thresholds: thresholds, names: keptNames,
            weights: kept)
    }

    /// `exp` through Foundation's, named here so the training loop reads plainly.
    static func exp(_ value: Double) -> Double { Foundation.exp(value) }
}
