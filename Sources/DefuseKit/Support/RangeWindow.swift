extension Range where Bound == Int {
    /// `lower..<upper`, or the empty range at `lower` when `upper` comes before it.
    ///
    /// The rules look a few words past an index ("the two words after the verb") with an upper
    /// bound clipped to the clause, the sentence or the reply; when the index sits at the very end
    /// of its clause, the clipped bound falls below the start, and `lower..<upper` traps. A reply
    /// that ends on the refused verb ("I won't push", "sorry doctor, I can't get") crashed the
    /// program that way (review45 R26 finding 1). The window is empty there: nothing follows.
    init(from lower: Int, upTo upper: Int) {
        self = lower..<Swift.max(lower, upper)
    }
}
