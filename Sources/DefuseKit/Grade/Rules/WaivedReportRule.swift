/// `delays-reporting` said as a report waived: a clause that calls a report, or bringing
/// compliance or quality in, unnecessary or not worth it ("there's nothing for us to file on the
/// device", "it's not something we'd need to report", "no point dragging compliance into what the
/// last guy did", "I wouldn't bother compliance with it"). A dismissal ("no need", "no point",
/// "not worth", "nothing … to", "not something … need", "wouldn't bother") followed in its
/// clause by a verb of reporting, or by a verb of involving with the body that would be told
/// (compliance, quality, complaints, HR): "no need to make it a compliance thing", "nothing
/// compliance needs to hear about". The list names the pairs it has seen; this reads any verb
/// of the class after any dismissal.
///
/// Not when the rep reports it anyway ("no need for you to file anything, I'm filing it today":
/// a first-person report that is not negated, asked or conditional), not asked, conditional or
/// quoted, not a dismissal of something else ("no point guessing the cause"), and a verb of
/// reporting alone only where the line or the reply names a device problem or a harm.
struct WaivedReportRule: GradingRule {
    static let id = "delays-reporting"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.delaysReporting

    /// Words that call what follows unnecessary.
    static let dismissals = BreachShapes.phrases([
        "no need", "no point", "no reason", "no call", "not worth", "nothing to", "nothing for",
        "not something", "would not bother", "will not bother", "not going to bother", "do not need to",
        "does not need", "need not", "not need to", "not have to", "nothing much to", "no sense",
        "not really something", "nothing",
    ])
    /// Verbs of reporting: each is a report whatever its object.
    static let reporting: Set<String> = [
        "report", "reporting", "reported", "file", "filing", "log", "logging", "notify", "notifying",
        "escalate", "escalating", "lodge", "lodging", "submit", "submitting", "flag", "flagging", "raise",
        "raising",
        "filed", "logged", "lodged", "submitted", "flagged", "raised", "escalated", "notified",
    ]
    /// Verbs of involving someone: a report when the body told is named too.
    static let involving: Set<String> = [
        "bother", "bothering", "bring", "bringing", "drag", "dragging", "involve", "involving", "loop",
        "looping",
        "tell", "telling", "mention", "mentioning", "trouble", "troubling", "get", "getting", "call",
        "calling",
        // compliance6: the body made a party to it, or kept from hearing it ("no need to make it a
        // compliance thing", "nothing compliance needs to hear about", "no need to let quality know").
        "make", "making", "hear", "know",
    ]
    /// The bodies a report goes to.
    /// Not the rep's manager: "no need to drag my manager into this" answers a client's threat
    /// to complain about the rep, and holds back no report.
    static let bodies: Set<String> = [
        "compliance", "quality", "complaints", "complaint", "regulatory", "vigilance", "hr", "legal", "fda",
        "mhra", "regulator",
    ]

    /// Words before a verb of reporting that make it a noun ("the case log", "a usage report").
    static let nounMarkers: Set<String> = ["case", "usage", "incident", "your", "that", "this", "any"]

    /// Every dismissal holds one of these words (``ClientLineReadOnceTests`` checks it), so a reply
    /// without any of them dismisses nothing and is left before its clauses are read.
    static let negators: Set<String> = ["no", "not", "nothing"]

    /// ``negators`` by word number (``WordSet``).
    static let negatorWords = WordSet(negators)
    /// The verbs a waived report needs after its dismissal: a clause without one of them
    /// (``reporting``, ``involving``, which holds "bother") waives nothing and is not scanned.
    static let verbWords = WordSet(reporting.union(involving))

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key) else { return }
        let text = board.text
        let tokens = text.tokens
        guard Self.negatorWords.any(in: tokens.indices, of: text) else { return }
        if Self.reportsAnyway(board) { return }
        // Read only when a clause reports without involving a body (it splits no line: cheap,
        // but not free).
        var problemNamed: Bool?
        for clause in board.clauses
        where !clause.question && !clause.conditional && !tokens[clause.range].contains(where: \.quoted)
            && Self.negatorWords.any(in: clause.range, of: text)
            && Self.verbWords.any(in: clause.range, of: text)
        {
            let range = clause.range
            for dismissal in Self.dismissals {
                guard let start = BreachShapes.find(dismissal, in: range, tokens) else { continue }
                let after = Range(
                    from: start + dismissal.count, upTo: min(range.upperBound, start + dismissal.count + 5))
                // A verb, not a noun: "the case log" files nothing.
                func verb(_ index: Int, _ verbs: Set<String>) -> Bool {
                    verbs.contains(tokens[index].word)
                        && text.infos[index - 1].roles & WordRole.determiner.rawValue == 0
                        && !Self.nounMarkers.contains(tokens[index - 1].word)
                }
                let reports = after.contains { verb($0, Self.reporting) }
                // "I wouldn't bother compliance with it": the dismissal holds the verb.
                let involves =
                    (dismissal.last == "bother" || after.contains { verb($0, Self.involving) })
                    && (start..<range.upperBound).contains { Self.bodies.contains(tokens[$0].word) }
                // A verb of reporting alone waives a report only where there is something to
                // report: a device problem or a harm in the line or the reply ("Went grand,
                // nothing to report really" tells a manager how a visit went).
                if !involves, reports, problemNamed == nil {
                    problemNamed = LaterReportRule.problemNamed(board)
                }
                guard involves || (reports && problemNamed == true) else { continue }
                board.add(
                    Self.id, quoting: range,
                    rule: "a report or compliance called unnecessary, and no report made"
                ) { "waives the report: “\($0)”" }
                return
            }
        }
    }

    /// Whether the reply reports it anyway: a first-person clause with a verb of reporting,
    /// not negated, asked or conditional ("I'm filing it today", "I've already logged it").
    static func reportsAnyway(_ board: Board) -> Bool {
        let tokens = board.text.tokens
        return board.clauses.contains { clause in
            BreachShapes.ownPlainAct(clause, tokens)
                && (clause.future || clause.progressive || clause.perfect || clause.ability
                    || clause.verb.map { reporting.contains(tokens[$0].word) } == true)
                && clause.range.contains { reporting.contains(tokens[$0].word) }
        }
    }
}
