/// How much of each recorded turn a report reads from the database.
///
/// The table, CSV and xAPI reports only count techniques and scores, so they skip the reply
/// text, the node id and the evidence: over a million turns that is most of the bytes read and
/// most of the JSON to parse.
public enum ReportDetail: Sendable, Hashable {
    /// Every field of every turn (JSON and HTML reports).
    case full
    /// Turns without `node`, `reply` and `evidence` (left empty).
    case tallies
}
