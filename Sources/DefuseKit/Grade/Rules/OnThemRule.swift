/// `blame-shifting` said as whose it is: "that's on corporate for not being flexible", "it's on
/// them to recheck it", "that's on your side". "That's on me" owns a fault; the same shape with a
/// party, a person or the client's side after "on" puts it on them, whatever the party is called.
/// "that", "it" or "this", a form of "be", then "on" (after "all" or "really" perhaps) and a
/// party of the rep's company or the client's (``WordRole/party``, ``WordRole/person``, "your …").
///
/// Not a place or a thing something sits on ("it's on your desk", "on the table", "on your mind",
/// "on the truck", "on the way": ``places``), not negated ("it's not on them"), asked or
/// conditional, and not beside `ownership` (a neutral cause inside a reply that owns the fix).
struct OnThemRule: GradingRule {
    static let id = "blame-shifting"
    static let key = RubricID.blameShifting

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), !board.isPresent(.ownership), !board.opensWithReframe else {
            return
        }
        let tokens = board.text.tokens
        // Leave early: no "on" in the reply.
        guard Self.onSet.any(in: tokens.indices, of: board.text) else { return }
        let infos = board.text.infos
        for clause in board.clauses where !clause.question && !clause.conditional && clause.negation == nil {
            guard clause.subject == .other, clause.subjectRange.count == 1,
                ["that", "it", "this"].contains(tokens[clause.subjectRange.lowerBound].word)
            else { continue }
            var index = clause.subjectRange.upperBound
            var sawBe = false
            while index < clause.range.upperBound,
                ["is", "was", "are", "were", "all", "really", "totally", "entirely", "squarely"].contains(
                    tokens[index].word)
            {
                if ["is", "was", "are", "were"].contains(tokens[index].word) { sawBe = true }
                index += 1
            }
            guard sawBe, index + 1 < clause.range.upperBound, tokens[index].word == "on",
                !tokens[index].quoted
            else { continue }
            // The party within three words after "on": "on the loaner team", "on your side".
            let your = tokens[index + 1].word == "your"
            var party: Int?
            for next in Range(from: index + 1, upTo: min(index + 4, clause.range.upperBound)) {
                let word = tokens[next].word
                if Self.places.contains(word) || ["me", "us", "you", "my", "our"].contains(word) { break }
                if infos[next].roles & (WordRole.party.rawValue | WordRole.person.rawValue) != 0
                    || (your && ["side", "end", "people", "folks"].contains(word))
                {
                    party = next
                    break
                }
            }
            guard let party else { continue }
            board.add(
                Self.id, quoting: clause.range.lowerBound..<(party + 1), rule: "puts it on another party"
            ) {
                "says whose it is, and it is not the rep's: “\($0)”"
            }
            return
        }
    }

    static let onSet = WordSet(["on"])
    /// Words after "on" that name a place, a thing or a state, not a party: "on your desk", "on
    /// the way", "on the schedule".
    static let places: Set<String> = [
        "desk", "table", "mind", "way", "truck", "van", "shelf", "calendar", "schedule", "list", "books",
        "record", "site", "floor", "phone", "email", "system", "form", "sheet", "chart", "label", "invite",
        "booking", "backorder", "radar", "plate", "agenda", "board", "order", "hold", "track", "time",
    ]
}
