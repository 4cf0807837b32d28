/// A list of terms belongs to the clause that governs it: "I still can't go to 35%, net 90 or
/// free generators", "Thirty-five off, net ninety and free generators are still outside what I
/// can do", "12% off, net 45, generators on usage is my best". The list's commas cut it into
/// pieces, so the refusal's negation (read a few words back, in the match's own piece) and the
/// violation's `except` phrases (`except-within: clause`) never reach the items, and the terms
/// the rep turns down or the approved terms read as given.
///
/// A term violation (a concession, free goods, a give-in) matched inside an item of a list (a
/// piece with no subject, helper or negation of its own: ``ListDeadlineRule/isItem(_:_:)``)
/// does not count when the clause that governs the list, the piece just before the run of items
/// or just after it in the same sentence, refuses: a negated "can" or "will" with a verb that
/// is not one of thinking ("I can't go to", "still can't do"; not "I can't believe"), a
/// `boundary-setting` phrase, or one of the violation's own `except` phrases ("outside what I
/// can do", "is my best"). A violation matched in the governing clause itself, or in a list
/// that nothing refuses ("sure, 40% off, net 120, free generators"), still counts.
struct ListScopeRule: GradingRule {
    static let violations = ["unauthorised-concession", "offers-value", "capitulates"]
    /// ``violations`` by number (``RubricID``), in the same order.
    static let violationKeys: [RubricID] = [.unauthorisedConcession, .offersValue, .capitulates]
    static let joins: Set<String> = ["and", "or", "nor"]

    func apply(to board: inout Board) {
        guard let matched = board.matched else { return }
        let limits = board.matches(.boundarySetting)
        for (key, id) in zip(Self.violationKeys, Self.violations) {
            // The technique's slot, found once by its number and read directly after.
            guard let position = board.position(of: key), let finding = board.slots[position].finding,
                !finding.matches.isEmpty || !finding.softMatches.isEmpty
            else { continue }
            let phrases = limits + Array(matched[position, .except])
            // Every reading is made before the board changes, in loops: a local function that
            // read the board, handed to `filter`, took a copy of the whole board.
            var keptSoft: [PatternSet.Match] = []
            for match in finding.softMatches where !Self.refusedItem(match, board, besides: phrases) {
                keptSoft.append(match)
            }
            let present = board.slots[position].present
            var inside: [PatternSet.Match] = []
            var outside: [PatternSet.Match] = []
            if present {
                for match in finding.matches {
                    if Self.refusedItem(match, board, besides: phrases) {
                        inside.append(match)
                    } else {
                        outside.append(match)
                    }
                }
            }
            let kept = inside.isEmpty || inside.count == finding.matches.count ? [] : outside
            board.slots[position].finding?.softMatches = keptSoft
            guard present else { continue }
            guard !inside.isEmpty else { continue }
            if inside.count == finding.matches.count {
                let words = inside.map { board.text.quote($0.range) }.joined(separator: "”, “")
                board.cancel(
                    id, because: "“\(words)” is an item of a list the rep refuses or gives as approved terms")
            } else {
                board.set(id, evidence: kept.map { board.evidence(for: $0) })
            }
        }
    }

    /// Whether `match` lies in an item of a list whose governing clause refuses (a negated
    /// "can"/"will", or one of `phrases` in it).
    static func refusedItem(_ match: PatternSet.Match, _ board: Board, besides phrases: [PatternSet.Match])
        -> Bool
    {
        let tokens = board.text.tokens
        let first = match.range.lowerBound
        let piece = tokens[first].clause
        guard tokens[match.range.upperBound - 1].clause == piece else { return false }
        let sentence = tokens[first].sentence
        // The pieces of the sentence, in order, as token ranges.
        var pieces: [Range<Int>] = []
        var index = first
        while index > 0, tokens[index - 1].sentence == sentence { index -= 1 }
        while index < tokens.count, tokens[index].sentence == sentence {
            let clause = tokens[index].clause
            let end =
                tokens[index...].firstIndex { $0.clause != clause || $0.sentence != sentence } ?? tokens.count
            pieces.append(index..<end)
            index = end
        }
        guard let at = pieces.firstIndex(where: { $0.contains(first) }),
            ListDeadlineRule.isItem(pieces[at], board)
        else { return false }
        var before = at - 1
        while before >= 0, ListDeadlineRule.isItem(pieces[before], board) { before -= 1 }
        var after = at + 1
        while after < pieces.count, ListDeadlineRule.isItem(pieces[after], board) { after += 1 }
        // A list: two items or more, or a joining "and", "or", "nor" in the run or beside it
        // ("35%, net 90 or free generators"); one piece alone beside a clause is not one.
        let run = pieces[Range(from: max(before, 0), upTo: min(after + 1, pieces.count))]
        guard
            after - before > 2
                || run.contains(where: { $0.contains { Self.joins.contains(tokens[$0].word) } })
        else { return false }
        func says(_ range: Range<Int>) -> Bool { phrases.contains { $0.range.overlaps(range) } }
        if before >= 0, says(pieces[before]) || refuses(pieces[before], board) { return true }
        if after < pieces.count, says(pieces[after]) { return true }
        return false
    }

    /// Whether the clause at `range` negates "can" or "will" before a verb that is not one of
    /// thinking, with the rep, the company or nobody as its subject: "I still can't go to 35%",
    /// "still can't do 35", "we won't do net 120".
    static func refuses(_ range: Range<Int>, _ board: Board) -> Bool {
        guard
            let clause = board.clauses.first(where: { $0.range.contains(range.lowerBound) }),
            clause.negation != nil, clause.ability || clause.future,
            [.me, .we, .none].contains(clause.subject)
        else { return false }
        if let verb = clause.verb, board.text.infos[verb].roles & WordRole.mental.rawValue != 0 {
            return false
        }
        return true
    }
}
