import Foundation

/// A reply labelled by hand with the rubric ids it shows: one line of the answer sets
/// (`{"id", "client", "text", "labels"}`), the data the learned layer is trained and measured on.
public struct LabelledReply: Sendable, Equatable {
    public var id: String
    public var client: String?
    public var text: String
    /// The gold ids; the composite is added when its four parts are all there.
    public var labels: Set<String>

    public init(id: String, client: String?, text: String, labels: Set<String>) {
        self.id = id
        self.client = client
        self.text = text
        var labels = labels
        if Set(CompositeRule.parts).isSubset(of: labels) { labels.insert(CompositeRule.id) }
        self.labels = labels
    }

    /// A line that is not a labelled reply.
    public struct FormatError: Error, CustomStringConvertible {
        public let line: Int
        public let reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// Reads a JSONL file of labelled replies (blank lines skipped).
    public static func read(jsonl text: String) throws(FormatError) -> [LabelledReply] {
        var replies: [LabelledReply] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            guard let object, let text = object["text"] as? String, let labels = object["labels"] as? [String]
            else {
                throw FormatError(line: index + 1, reason: "not an object with \"text\" and \"labels\"")
            }
            let id = (object["id"] as? String) ?? (object["id"].map { "\($0)" } ?? "\(index + 1)")
            replies.append(
                LabelledReply(id: id, client: object["client"] as? String, text: text, labels: Set(labels)))
        }
        return replies
    }
}

/// Precision, recall and F1 per rubric id over a set of replies, their macro average, and the
/// share of replies with every verdict right: the figures of the project's blind sets.
public struct Scorecard: Sendable {
    public struct Row: Sendable {
        public var id: String
        public var precision: Double
        public var recall: Double
        public var f1: Double
        /// How many replies show the id.
        public var gold: Int
    }

    /// One row per rubric id that is in the gold labels or the predictions.
    public var rows: [Row] = []
    public var macroF1: Double
    public var allRight: Int
    public var count: Int

    /// Scores `predicted` against `gold`, reply by reply, over `ids` (the rubric ids unless
    /// told otherwise; the compliance layer's sets are scored over ``LearnedLayer/complianceIDs``).
    public init(predicted: [Set<String>], gold: [Set<String>], ids: [String] = TechniqueCatalog.rubric.ids) {
        let rubric = Set(ids)
        count = gold.count
        allRight =
            zip(predicted, gold).filter { $0.0.intersection(rubric) == $0.1.intersection(rubric) }.count
        for id in ids {
            var (truePositives, falsePositives, falseNegatives) = (0, 0, 0)
            for (guess, truth) in zip(predicted, gold) {
                switch (truth.contains(id), guess.contains(id)) {
                case (true, true): truePositives += 1
                case (false, true): falsePositives += 1
                case (true, false): falseNegatives += 1
                case (false, false): break
                }
            }
            guard truePositives + falsePositives + falseNegatives > 0 else { continue }
            let precision =
                truePositives + falsePositives == 0
                ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
            let recall =
                truePositives + falseNegatives == 0
                ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            rows.append(
                Row(
                    id: id, precision: precision, recall: recall, f1: f1, gold: truePositives + falseNegatives
                ))
        }
        macroF1 = rows.isEmpty ? 0 : rows.map(\.f1).reduce(0, +) / Double(rows.count)
    }

    /// The ids present in `grade`.
    public static func detected(_ grade: Grade) -> Set<String> {
        Set(grade.all.filter(\.present).map(\.id))
    }
}
