/// A compliance breach committed by saying yes to it: after a client line that asks for one
/// (the breach's own `soft-if-client` list: a dinner or free goods for `offers-value`, a price
/// match for `unauthorised-concession`, a size for an unlabelled use for `off-label-promotion`,
/// "you'll scrub in, right?" for `breaches-sterile-field`, "let's not open a complaint" or "Joanne's
/// about to bin it" for `delays-reporting`, "then you can do the legwork" for `falsifies-record`,
/// slides for `unapproved-material`), a reply that gives in (`capitulates`, with no limit stated)
/// and says yes in so many words commits what was asked, however politely it is put: "Sure
/// thing, I'll be in by six", "No, you're fine, go ahead".
///
/// The other way round from ``GoesAlongRule``, which reads a breach in the client's words as
/// giving in. Only a reply whose own words name no compliance breach: when they do ("Let's do
/// forty off"), the lists have said which one, and a line asking for several things is not read
/// as granted in full.
struct TakesUpBreachRule: GradingRule {
    /// The breaches a client can ask a rep to commit, each read from the line by its own
    /// `soft-if-client` list.
    static let breaches = [
        "offers-value", "unauthorised-concession", "off-label-promotion", "breaches-sterile-field",
        "delays-reporting", "falsifies-record", "unapproved-material",
    ]

    /// Every compliance violation: a reply that names one has said which breach it commits.
    /// A yes on the cover the line asked for ("Saturdays should be fine", `promises-coverage`)
    /// names what it grants as well (review23 A finding 3).
    static let compliance = breaches + ["shares-patient-data", "disparages-competitor", "promises-coverage"]

    /// Words of a plain yes at the start of a reply ("Sure thing", "Yes, please", "No
    /// problem", "Of course", "Happy to").
    static let yes: Set<String> = [
        "sure", "yes", "yeah", "yep", "yup", "ok", "okay", "fine", "absolutely", "certainly", "deal", "done",
        "happy", "glad", "course", "problem", "whatever", "definitely", "totally", "perfect", "great",
    ]

    func apply(to board: inout Board) {
        guard board.isPresent(.capitulates), !board.isPresent(.boundarySetting),
            !Self.compliance.contains(where: { board.isPresent($0) }), Self.saysYes(board),
            !Self.namesItsOwnTerms(board)
        else { return }
        let words = board.quoted(board.evidence(.capitulates))
        for id in Self.breaches where board.client(id) == true {
            board.add(
                id, board.evidence(.capitulates),
                explanation: "gives in (\(words)) to a line that asks for \(id)")
        }
    }
}

extension TakesUpBreachRule {
    /// Whether the reply says yes in so many words: a word of assent among its first five, or
    /// "go ahead" anywhere. "Let me see what I can do" and "that's your decision" give in
    /// without granting anything, and are left to `capitulates`.
    static func saysYes(_ board: Board) -> Bool {
        let tokens = board.text.tokens
        if tokens.prefix(5).contains(where: { yes.contains($0.word) && !$0.quoted }) { return true }
        return tokens.indices.dropLast().contains {
            tokens[$0].word == "go" && tokens[$0 + 1].word == "ahead"
        }
    }

    /// Words after a commitment's verb that grant whatever was asked rather than name it: "I'll
    /// do it", "I'll make that work", "whatever you need".
    static let blank: Set<String> = [
        "it", "that", "this", "them", "those", "these", "whatever", "you", "need", "want", "for", "all",
        "everything", "anything", "of", "so", "too", "then", "now", "right", "away", "happen", "work", "the",
        "rest", "up", "out", "sorted", "done", "care",
    ]

    /// Whether the reply says what the rep will do in words of its own ("ok sure, whatever you
    /// want, I'll cover Saturdays", "I'll send you new boxes"): a first-person commitment with a
    /// word after its verb that is not a pronoun or "whatever". Such a yes grants what it names;
    /// a line that asked for several things is not read as granted in full.
    static func namesItsOwnTerms(_ board: Board) -> Bool {
        let tokens = board.text.tokens
        return board.clauses.contains { clause in
            guard clause.subject == .me || clause.subject == .we, clause.negation == nil,
                clause.future || clause.ability, let verb = clause.verb
            else { return false }
            return (verb + 1..<clause.range.upperBound).contains { !blank.contains(tokens[$0].word) }
        }
    }
}

/// A breach told, not committed: after a manager asks for an account ("What exactly did he ask
/// you for?"), a compliance breach in the reply's words is what the client asked for, reported
/// ("he asked for … the cutting blocks free from now on", "she floated the usual team dinner
/// thing", "asked for a balloon size, six by forty"), unless the rep commits to it in the first
/// person ("I told her we'd cover the dinner", "I'll match it"). `delays-reporting` and
/// `shares-patient-data` are left as they are: holding something back from the manager, or
/// naming a patient, is done in the report itself.
struct ReportedBreachRule: GradingRule {
    static let reported = [
        "offers-value", "unauthorised-concession", "off-label-promotion", "breaches-sterile-field",
        "unapproved-material", "falsifies-record", "disparages-competitor",
    ]

    func apply(to board: inout Board) {
        guard board.client(.objectiveReport) == true else { return }
        for id in Self.reported where board.isPresent(id) {
            let matches = board.matches(id)
            // A verdict from a structural rule (no match of the list) is left alone.
            guard !matches.isEmpty else { continue }
            let committed = matches.filter { Self.committed($0.range, board) }
            if committed.isEmpty {
                let words = matches.map { board.text.quote($0.range) }.joined(separator: "”, “")
                board.cancel(id, because: "“\(words)” reports what was asked, in an account to a manager")
            }
        }
    }

    /// Whether the words of `range` sit in a clause where the rep or the company commits to
    /// something: "I"/"we" as subject with a future, "can", a progressive or a perfect, or "let
    /// me".
    static func committed(_ range: Range<Int>, _ board: Board) -> Bool {
        guard
            let clause = board.clauses.first(where: {
                $0.range.contains(range.lowerBound) || $0.range.contains(range.upperBound - 1)
            })
        else { return false }
        guard clause.subject == .me || clause.subject == .we, clause.negation == nil else { return false }
        return clause.future || clause.ability || clause.progressive || clause.perfect
    }
}

/// A limit stated beside a breach in the same sentence is not `boundary-setting`: "I can't do
/// forty, but I'll get both generators placed free", "I can't give you a size, but between us
/// six by forty works". The refusal is a preface to the breach, not a line held. A limit in a
/// sentence of its own still counts.
struct BreachButLimitRule: GradingRule {
    func apply(to board: inout Board) {
        guard board.isPresent(.boundarySetting) else { return }
        let tokens = board.text.tokens
        for id in TakesUpBreachRule.compliance where board.isPresent(id) {
            let sentences = Set(board.matches(id).map(\.sentence))
            guard !sentences.isEmpty else { continue }
            let limits = board.matches(.boundarySetting)
            let limitSentences: Set<Int>
            if limits.isEmpty {
                // A limit read from structure: the rep's own negated clauses.
                limitSentences = Set(
                    board.clauses.filter {
                        ($0.subject == .me || $0.subject == .we) && $0.negation != nil && !$0.question
                    }.map { tokens[$0.range.lowerBound].sentence })
            } else {
                limitSentences = Set(limits.map(\.sentence))
            }
            guard !limitSentences.isEmpty, limitSentences.isSubset(of: sentences) else { continue }
            let words = board.quoted(board.evidence(id))
            board.cancel("boundary-setting", because: "the same sentence commits \(id) (\(words))")
            return
        }
    }
}
