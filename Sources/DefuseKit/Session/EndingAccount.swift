import Foundation

/// What actually decided how a run ended, read from its turn log, so the ending screen says
/// what happened in this run instead of what an author guessed might have happened: the turns
/// and the rep's words that took the story to its end, and the techniques the run really showed.
///
/// The authored `debrief` of the end node stays the lesson; this account is the evidence.
public struct EndingAccount: Sendable, Hashable {
    /// One turn that decided the ending.
    public struct Moment: Sendable, Hashable {
        /// 1-based position in the run.
        public var turn: Int
        public var node: String
        /// The rep's words (the chosen line at a choice node).
        public var reply: String
        /// The 1-based number of the line picked at a choice node.
        public var choice: Int?
        /// Violations detected at the turn (or credited by the chosen line), with the words
        /// that earned each.
        public var violations: [Finding]
        /// Techniques the node expected that the reply did not show.
        public var missed: [String]
        /// Techniques the node expected that the reply showed.
        public var met: [String]
        /// Whether this turn brought the client's mood to 10.
        public var boiledOver: Bool
        /// Whether the line was picked at a check reached after a miss (``Turn/afterMiss``).
        public var afterMiss = false
        /// The violations that crossed a line at this turn (``Turn/crossedLine``): the turn
        /// scored 0, and what else it showed is not counted.
        public var crossedLine: [String] = []
        /// Why the story went this way after the turn, when a violation read in it decided
        /// the branch (``Turn/cause``).
        public var cause: StoryCause?
        /// Of what the turn asked for and the reply missed, what came only when the next turn
        /// asked again (``Turn/givenWhenAskedAgain``), and that turn; not in ``missed``.
        public var askedAgain: [String] = []
        public var askedAgainAt: Int?
    }

    /// A technique or violation id and the words that earned it.
    public struct Finding: Sendable, Hashable {
        public var id: String
        public var words: [String]
        /// The 1-based turns it was detected at (one for a violation of a moment).
        public var turns: [Int]
    }

    public var ending: Ending
    /// The turns that decided the ending, in order: every turn with a violation or a missed
    /// expected technique, and the last turn (the one whose answer led to the end).
    public var moments: [Moment]
    /// Every technique the run earned (met where its node expected it, or credited by a chosen
    /// line), in the order first shown.
    public var shown: [Finding]
    /// Techniques read in a typed reply at a turn that did not ask for them, and earned nowhere
    /// in the run: listed apart from ``shown`` so the rep sees them (review11 finding 12) without
    /// their being praised as what the scenario grades (review20 B finding 7, review21 B finding 10).
    public var alsoRead: [Finding] = []

    /// Whether the ending is one the rep should aim for.
    public var isGood: Bool { ending == .resolved || ending == .exit }

    /// Reads a finished run. `catalog` tells techniques from violations in a choice's credits;
    /// `graded`, when given, holds the techniques some node of the scenario expects: only those
    /// are listed in ``alsoRead`` (review22 C finding 16: a technique the scenario never grades
    /// is noise there).
    public init(ending: Ending, turns: [Turn], catalog: TechniqueCatalog, graded: Set<String>? = nil) {
        self.ending = ending
        var moments: [Moment] = []
        for (index, turn) in turns.enumerated() {
            let isLast = index == turns.count - 1
            let violations = turn.violations.map {
                Finding(id: $0, words: turn.evidence[$0] ?? [], turns: [index + 1])
            }
            guard isLast || !violations.isEmpty || !turn.missed.isEmpty || turn.afterMiss || turn.cause != nil
            else { continue }
            moments.append(
                Moment(
                    turn: index + 1, node: turn.node, reply: turn.reply, choice: turn.choice,
                    violations: violations, missed: turn.missedAfterAsking,
                    met: Self.techniques(of: turn, catalog),
                    boiledOver: isLast && turn.moodAfter == 10 && turn.moodAfter > turn.moodBefore,
                    afterMiss: turn.afterMiss, crossedLine: turn.crossedLine, cause: turn.cause,
                    askedAgain: turn.missedThenGiven, askedAgainAt: turn.askedAgainAt))
        }
        self.moments = moments
        var shown: [Finding] = []
        var alsoRead: [Finding] = []
        // Techniques a later turn counted from this one (thanks or an apology given a turn early):
        // earned here, where they were said.
        var carried: [Int: Set<String>] = [:]
        for turn in turns {
            for (id, at) in turn.shownEarlier { carried[at - 1, default: []].insert(id) }
        }
        // A turn that crossed a line shows nothing (review13 finding 13): the techniques read in
        // the reply that crossed it are not listed as earned.
        // Nor does a line picked after a miss that scored nothing (a wrong line at the check,
        // issue 13): what it credits was never shown.
        for (index, turn) in turns.enumerated()
        where turn.crossedLine.isEmpty && !(turn.afterMiss && turn.score == 0) {
            // What the turn earned, and apart from it what the reply showed that its node did not
            // ask for (review11 finding 12); not one met only because an earlier reply showed it.
            let detected = turn.detected.filter { catalog.kind(of: $0) == .technique }
            let earned = Self.techniques(of: turn, catalog)
            let credited =
                earned + detected.filter { carried[index]?.contains($0) == true && !earned.contains($0) }
            func note(_ id: String, in list: inout [Finding]) {
                if let at = list.firstIndex(where: { $0.id == id }) {
                    list[at].turns.append(index + 1)
                } else {
                    list.append(Finding(id: id, words: turn.evidence[id] ?? [], turns: [index + 1]))
                }
            }
            for id in credited where turn.shownEarlier[id] == nil { note(id, in: &shown) }
            for id in detected where !credited.contains(id) && turn.shownEarlier[id] == nil {
                note(id, in: &alsoRead)
            }
        }
        self.shown = shown
        self.alsoRead = alsoRead.filter { read in
            !shown.contains { $0.id == read.id } && graded.map { $0.contains(read.id) } != false
        }
    }

    /// Findings as the account lists them: "apology (turn 1); decisive-action (turn 2, 3)".
    private static func listed(_ findings: [Finding]) -> String {
        findings.map { finding in
            "\(finding.id) (turn \(finding.turns.map(String.init).joined(separator: ", ")))"
        }.joined(separator: "; ")
    }

    /// The expected techniques a free-text turn met, or the techniques a chosen line credits.
    private static func techniques(of turn: Turn, _ catalog: TechniqueCatalog) -> [String] {
        turn.choice == nil ? turn.met : turn.detected.filter { catalog.kind(of: $0) == .technique }
    }

    /// The account in plain sentences, one per line, for any front end: what decided the
    /// ending, then what the run showed. No colour and no terminal codes.
    public var sentences: [String] { sentences(naming: { $0 }) }

    /// ``sentences``, with why the story went the way it did at a turn (``Moment/cause``) naming
    /// its violations by `name` (a card's name).
    public func sentences(naming name: (String) -> String) -> [String] {
        var lines: [String] = []
        for moment in moments {
            lines.append(Self.describe(moment, naming: name))
        }
        if shown.isEmpty {
            lines.append("No technique this scenario grades was shown in this run.")
        } else {
            lines.append("Shown in this run: " + Self.listed(shown) + ".")
        }
        if !alsoRead.isEmpty {
            lines.append(
                "Also read in your replies, at turns that did not grade it: " + Self.listed(alsoRead) + ".")
        }
        return lines
    }

    /// One moment as a sentence: where, the words, what they were read as, and which of it
    /// moved the story (its violations named by `name`).
    public static func describe(_ moment: Moment, naming name: (String) -> String = { $0 }) -> String {
        let said =
            moment.choice.map { "you chose line \($0), “\(quote(moment.reply))”" }
            ?? "you said “\(quote(moment.reply))”"
        var parts: [String] = []
        if moment.afterMiss, moment.met.isEmpty, moment.violations.isEmpty {
            // Review24 B finding 16: a line that credits nothing scores 0 for what it is.
            parts.append("chose a line that shows none of what the turn asked for, which counts nothing")
        } else if moment.afterMiss {
            parts.append(
                "chose the line offered after a miss, which counts at most half (wrong lines count nothing)")
        }
        if !moment.violations.isEmpty {
            let read = moment.violations.map { violation in
                let words = violation.words.prefix(2).map { "“\(quote($0))”" }.joined(separator: ", ")
                return violation.id + (words.isEmpty ? "" : " (\(words))")
            }
            parts.append("read as " + list(read))
        }
        if !moment.missed.isEmpty {
            parts.append("the turn asked for \(list(moment.missed)), which the reply did not show")
        }
        if !moment.askedAgain.isEmpty {
            let at = moment.askedAgainAt.map { " (turn \($0))" } ?? ""
            parts.append("\(list(moment.askedAgain)) came only when asked again\(at)")
        }
        if !moment.crossedLine.isEmpty {
            parts.append(
                "a line crossed (\(list(moment.crossedLine))), so the turn scores 0"
                    + (moment.met.isEmpty
                        ? "" : " and what else it showed (\(list(moment.met))) does not count"))
        } else if !moment.met.isEmpty {
            parts.append("it showed \(list(moment.met))")
        }
        if let cause = moment.cause {
            parts.append(cause.clause(naming: name, quoted: Set(moment.violations.map(\.id))))
        }
        if moment.boiledOver {
            parts.append("the client's mood reached 10")
        }
        let tail = parts.isEmpty ? "" : ": " + parts.joined(separator: "; ")
        return "Turn \(moment.turn) (\(moment.node)): \(said)\(tail)."
    }

    static func list(_ ids: [String]) -> String {
        switch ids.count {
        case 0: ""
        case 1: ids[0]
        default: ids.dropLast().joined(separator: ", ") + " and " + ids[ids.count - 1]
        }
    }

    /// The rep's words on one line, cut at a word boundary after about 90 characters.
    static func quote(_ text: String, limit: Int = 90) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
        guard flat.count > limit else { return flat }
        let cut = flat.prefix(limit)
        let head = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return head.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:.")) + "…"
    }
}
