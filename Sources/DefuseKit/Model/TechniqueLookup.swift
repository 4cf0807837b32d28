extension Grader {
    /// The graded id closest to a mistyped one ("did you mean"), if any is close.
    public func suggestion(for id: String) -> String? {
        Suggestion.closest(to: id, among: ids)
    }
}

extension Array where Element == Technique {
    /// The technique with this id.
    public func technique(id: String) -> Technique? { first { $0.id == id } }

    /// The id closest to a mistyped one, if any is close.
    public func suggestion(for id: String) -> String? {
        Suggestion.closest(to: id, among: map(\.id))
    }
}
