/// `checkable-step` is a step the rep takes: its words (an invite, every tray, checked against
/// the notice) count only in a clause the rep or the company does ("I check every tray against
/// its list", "every booking goes to you as a calendar invite the moment we set it"), and never
/// in a clause read as blame (review12 finding 8). "My calendar invite never came through from
/// your unit secretary", "the IFU is right there in every box, your techs should be checking
/// it", "it's your team's job to check stock against notices" name a check, but someone else's,
/// offered as the reason for the mistake.
///
/// A match counts when its clause has the rep or the company as subject, or no subject (a step
/// said as a fragment: "every tray against its list before it leaves"), or when its sentence
/// holds a commitment of the rep's (a first-person clause, not negated, asked or supposed, with
/// a future, "can", a progressive or a plain present verb of doing), or when a thing is its
/// subject in a plan told in the present ("the two boxes from that lot come out today") in a
/// sentence with no blame; never for the client's side's duty, a check negated or past, or a
/// clause that holds words of `blame-shifting`.
struct OwnStepRule: GradingRule {
    static let id = "checkable-step"
    /// ``id`` by number (``RubricID``): every reply asks for its verdict.
    static let key = RubricID.checkableStep

    func apply(to board: inout Board) {
        guard board.isPresent(Self.key), let finding = board.finding(Self.key), !finding.matches.isEmpty
        else { return }
        let tokens = board.text.tokens
        let blame: [Range<Int>] =
            board.isPresent(.blameShifting) ? board.evidence(.blameShifting).compactMap(\.span) : []
        let kept = finding.matches.filter { match in
            guard
                let clause = board.clauses.first(where: { $0.range.contains(match.range.lowerBound) })
            else { return true }
            let start = tokens[clause.range.lowerBound].start
            let end = tokens[clause.range.upperBound - 1].end
            if blame.contains(where: { $0.overlaps(start..<end) }) { return false }
            if [.me, .we, .none].contains(clause.subject) { return true }
            let sentence = tokens[match.range.lowerBound].sentence
            if board.clauses.contains(where: { other in
                tokens[other.range.lowerBound].sentence == sentence && Self.commits(other, board)
            }) {
                return true
            }
            // A thing's step in the rep's plan still counts ("The two boxes from that lot come out
            // today, replaced from another lot"); the client's side's duty, a check that never
            // happened or happened before, or one named in a sentence of blame does not.
            // "You'll get a stock report every Monday before 9": what the client will receive.
            if clause.subject == .you, clause.future, clause.negation == nil,
                let verb = clause.verb, ScheduledStepRule.receiving.contains(tokens[verb].word)
            {
                return true
            }
            if [.you, .yourSide].contains(clause.subject) || clause.negation != nil
                || TimeAnswerRule.isPast(clause, tokens)
            {
                return false
            }
            var first = clause.range.lowerBound
            while first > 0, tokens[first - 1].sentence == sentence { first -= 1 }
            var last = clause.range.upperBound
            while last < tokens.count, tokens[last].sentence == sentence { last += 1 }
            let whole = tokens[first].start..<tokens[last - 1].end
            return !blame.contains(where: { $0.overlaps(whole) })
        }
        if kept.isEmpty {
            board.cancel(Self.id, because: "the check it names is not a step the rep takes")
        } else if kept.count < finding.matches.count {
            board.set(Self.id, evidence: Grader.unique(kept).map { board.evidence(for: $0) })
        }
    }

    /// Whether `clause` commits the rep or the company to something: "I'll text you", "we set
    /// it", "I'm sending"; not "I'm sorry", "I think", "I should have".
    static func commits(_ clause: Clause, _ board: Board) -> Bool {
        let tokens = board.text.tokens
        let infos = board.text.infos
        guard clause.subject == .me || clause.subject == .we, clause.negation == nil, !clause.question,
            !clause.conditional, let verb = clause.verb,
            infos[verb].roles & (WordRole.mental.rawValue | WordRole.casual.rawValue) == 0
        else { return false }
        return clause.future || clause.ability || clause.progressive
            || ScheduledStepRule.presentSimple(clause, verb, tokens, infos)
    }
}

/// `prevention` needs a step: a promise whose only content is care or effort ("I'll be more
/// careful next time", "I'll pay more attention from now on", "I'm going to do better in future,
/// I promise") is, in the prevention card's words, neither a step nor a promise (review12
/// finding 8). A `prevention` match is withdrawn when its sentence commits the rep only to how
/// they will be (``ScheduledStepRule/namesNoStep(_:_:_:)``) and to no step besides ("…and I'll
/// text you the day before every session" keeps it).
struct EffortOnlyRule: GradingRule {
    func apply(to board: inout Board) {
        guard board.isPresent(.prevention) else { return }
        let matches = board.matches(.prevention)
        guard !matches.isEmpty else { return }
        let tokens = board.text.tokens
        let sentences = Set(matches.map(\.sentence))
        for sentence in sentences {
            var effort = false
            for clause in board.clauses where tokens[clause.range.lowerBound].sentence == sentence {
                guard clause.subject == .me || clause.subject == .we, let verb = clause.verb else { continue }
                if ScheduledStepRule.namesNoStep(clause, verb, tokens) {
                    effort = true
                } else if OwnStepRule.commits(clause, board), !Self.vows.contains(tokens[verb].word) {
                    return
                }
            }
            if !effort { return }
        }
        let words = board.quoted(board.evidence(.prevention))
        board.cancel(
            "prevention", because: "\(words) promises care or effort, not a step that stops a repeat")
    }

    /// Verbs of vowing, which add no step to a promise ("I promise", "I swear").
    static let vows: Set<String> = ["promise", "swear", "guarantee", "assure", "vow", "mean"]
}
