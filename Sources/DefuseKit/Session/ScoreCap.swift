/// An ending's `score_cap` as a run met it: the end node that carries it and the most the run
/// can score there, whatever its replies earned.
///
/// A trainer caps an ending that means a duty missed: a rep who files the complaint but says
/// nothing about the manager who asked for it to be buried ends `exit`, and should not score
/// as if nothing was missed (review12 finding 6). The store keeps the cap with the attempt, so
/// a score computed again after a trainer's review keeps it, and every report says which ending
/// capped the score.
public struct ScoreCap: Sendable, Hashable, Codable {
    /// The id of the end node that carries the cap.
    public var ending: String
    /// The most the run scores, 0…100.
    public var cap: Int

    public init(ending: String, cap: Int) {
        self.ending = ending
        self.cap = cap
    }

    /// `score capped at 60 by ending kept-to-yourself`: what reports print for an attempt whose
    /// score is at its ending's cap.
    public var text: String { "score capped at \(cap) by ending \(ending)" }
}
