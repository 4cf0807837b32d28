extension Grader {
    /// Grades `reply` as ``grade(_:client:reading:reasons:)`` does with ``Reasons/omitted`` and
    /// hands `body` the verdicts where the grader left them, without building a ``Grade``: the
    /// batch form (`grade --jsonl`) writes each reply's line straight from them. Making a
    /// ``Verdict`` per technique and freeing it again cost about 12 k instructions a reply.
    public func withVerdicts<Result>(
        _ reply: String, client: String? = nil, reading: ClientReading? = nil,
        _ body: (VerdictsInPlace) -> Result
    ) -> Result {
        let board = graded(reply, client: client, reading: reading, reasons: .omitted)
        return board.slots.withUnsafeBufferPointer { body(VerdictsInPlace(slots: $0)) }
    }
}

/// One reply's verdicts, read in place, by technique position (``Grader/ids``): what
/// ``Grade/all`` would hold, without explanations or rule labels. Valid only inside the
/// closure of ``Grader/withVerdicts(_:client:reading:_:)``.
public struct VerdictsInPlace {
    let slots: UnsafeBufferPointer<Board.Slot>

    /// How many techniques were graded.
    public var count: Int { slots.count }

    /// Whether the technique at `position` is present (``Verdict/present``).
    public func isPresent(_ position: Int) -> Bool { slots[position].present }

    /// The evidence of the technique at `position` (``Verdict/evidence``: none when absent).
    public func evidence(_ position: Int) -> [Evidence] {
        slots[position].present ? slots[position].evidence : []
    }
}
