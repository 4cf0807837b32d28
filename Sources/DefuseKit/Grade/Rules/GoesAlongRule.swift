/// `capitulates` when the reply carries out a breach the client asked for: a compliance breach
/// (flashing a tray, an off-label size, something off the invoice, a report held back…) in the
/// reply, in words the client's own line used ("yeah one's fine, they can flash it" to "can you
/// get it to me by one, so SPD can flash it?"; "ya, I'll scrub in" to "you'll scrub in and run
/// the targeting, right?"). The breach is the rep's own, and it is also giving in to the
/// demand: the rubric's "gives in to an unacceptable demand".
///
/// Not when the breach is refused (the compliance lists' exceptions already leave out "I won't
/// ask them to flash it"), asked about, quoted, or when the reply states a limit.
struct GoesAlongRule: GradingRule {
    static let id = "capitulates"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.capitulates

    /// The compliance violations a client can ask a rep to commit. Not `falsifies-record`: its
    /// list also reads the rep filling in a form that is theirs to fill ("I'll fill the request
    /// form in myself right now" to "are you going to make me fill in a form?").
    static let breaches = [
        "breaches-sterile-field", "off-label-promotion", "offers-value", "unauthorised-concession",
        "delays-reporting", "shares-patient-data", "unapproved-material",
    ]

    func apply(to board: inout Board) {
        // Only a line that asks for something the rep should refuse: a demand by its words, or
        // a request at a node that avoids giving in ("can you get it to me by one, so SPD can
        // flash it?"; not "do you need anything from us?").
        guard !board.isPresent(Self.key), !board.isPresent(.boundarySetting), !board.clientWords.isEmpty,
            board.client(Self.key) == true
                || (board.cue?.avoid.contains(Self.id) == true && board.clientRequests)
        else { return }
        let tokens = board.text.tokens
        for id in Self.breaches where board.isPresent(id) {
            for match in board.matches(id) {
                let range = match.range
                // Within one clause ("where I'd push back is the flash — that arm…" names it).
                guard tokens[range.lowerBound].clause == tokens[range.upperBound - 1].clause,
                    !tokens[range.lowerBound].question, !tokens[range].allSatisfy(\.quoted),
                    range.contains(where: {
                        board.clientWords.contains(tokens[$0].word) && board.text.infos[$0].roles == 0
                    })
                else { continue }
                board.add(Self.id, quoting: range, rule: "does the breach the client asked for (\(id))") {
                    "goes along with the client's improper request: “\($0)”"
                }
                return
            }
        }
    }
}
