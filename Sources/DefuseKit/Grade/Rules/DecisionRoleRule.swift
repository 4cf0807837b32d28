/// Naming whose decision something is, in a reply where the rep acts, is a statement of roles,
/// not `blame-shifting`: "whether it's reportable is complaint handling's call, not mine, so I'm
/// filing it by 5", "it isn't mine to decide what's reportable; I'll file it by three",
/// "flashing is SPD's call, and I won't ask them to".
///
/// The same words with nothing the rep does ("that's medical affairs' call, not mine") still
/// pass the problem on, and stay blame. The rep acts when a first-person clause commits to a
/// step (``CommitmentRule/commits(_:_:)``) or the reply states a limit (`boundary-setting`).
/// Only matches in a sentence about deciding ("call", "decide", "decision", "say") are read this
/// way; "not my fault" beside a fix is still a denial.
///
/// Whose timing it is reads the same way (review13 finding 1): "the timing is theirs, not mine,
/// so I can't promise Thursday; I'll submit it tonight and check by noon tomorrow" says who sets
/// the pace of another team's answer, beside what the rep promises themselves. A word of timing
/// ("timing", "timeline", "turnaround") counts only in a sentence not told in the past: "the
/// timing was the courier's, not mine" looks back at a fault and stays blame.
struct DecisionRoleRule: GradingRule {
    static let id = "blame-shifting"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.blameShifting

    func apply(to board: inout Board) {
        guard board.isPresent(Self.key), let finding = board.finding(Self.key), !finding.matches.isEmpty
        else { return }
        let text = board.text
        let tokens = text.tokens
        // A word of deciding in the match's sentence ("they decide if it's reportable, not me").
        func aboutDeciding(_ match: PatternSet.Match) -> Bool {
            let sentence = tokens[match.range.lowerBound].sentence
            var timing = false
            var past = false
            for index in tokens.indices where tokens[index].sentence == sentence {
                if Self.decisionWordSet.contains(index, in: text) { return true }
                if Self.timingWordSet.contains(index, in: text) { timing = true }
                if Self.pastBeSet.contains(index, in: text) { past = true }
            }
            return timing && !past
        }
        guard finding.matches.contains(where: aboutDeciding) else { return }
        let acts =
            board.isPresent(.boundarySetting)
            || board.clauses.contains { CommitmentRule.commits($0, board) }
        guard acts else { return }
        let kept = finding.matches.filter { !aboutDeciding($0) }
        if kept.isEmpty, finding.softMatches.isEmpty {
            board.cancel(Self.id, because: "it names whose decision it is, and the rep acts on it themselves")
        } else if !kept.isEmpty {
            board.set(Self.id, evidence: Grader.unique(kept).map { board.evidence(for: $0) })
        }
    }

    /// Words that make a sentence about who decides.
    static let decisionWords: Set<String> = ["call", "decide", "decision", "decides", "say"]
    /// ``decisionWords`` by word number (``WordSet``): no word of the sentence is hashed.
    static let decisionWordSet = WordSet(decisionWords)
    /// Words of another team's timing: whose pace it is, like whose call (review13 finding 1).
    static let timingWords: Set<String> = ["timing", "timeline", "timelines", "turnaround", "timescale"]
    static let timingWordSet = WordSet(timingWords)
    /// A sentence with one of these looks back ("the timing was theirs"): a past fault, not a role.
    static let pastBe: Set<String> = ["was", "were", "had", "did"]
    /// ``pastBe`` by word number: read for every word of a sentence with a match (speed12: hashing
    /// each word cost ~1 k instructions a reply).
    static let pastBeSet = WordSet(pastBe)
}
