import Foundation

/// How a turn's ``Turn/spans`` are kept in the results store (`turn.evidenceSpans`): a JSON
/// object from id to a list as long as the id's evidence, each entry `[start, end]` (UTF-8
/// offsets in the reply) or `null` where the place is not known:
/// `{"apology": [[4, 9], null]}`.
///
/// A turn recorded before the column was added reads as no spans, and its evidence is quoted
/// where its words first occur, as it always was.
enum EvidenceSpans {
    /// The column's text for `spans`.
    static func text(_ spans: [String: [Range<Int>?]]) throws -> String {
        try JSONColumn.text(spans.mapValues { $0.map { $0.map { [$0.lowerBound, $0.upperBound] } } })
    }

    /// The spans the column's bytes hold; none for NULL. A pair that is not two offsets in
    /// order reads as an unknown place.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>?) throws -> [String: [Range<Int>?]] {
        guard let bytes else { return [:] }
        let pairs = try JSONDecoder().decode([String: [[Int]?]].self, from: Data(buffer: bytes))
        return pairs.mapValues { list in
            list.map { pair in
                guard let pair, pair.count == 2, pair[0] >= 0, pair[0] <= pair[1] else { return nil }
                return pair[0]..<pair[1]
            }
        }
    }
}
