/// Negation belongs to its clause: "I'm **not** going to blame the warehouse", "I **won't**
/// pretend this is no big deal", "I'm **not** blaming our distribution centre". A first-person
/// clause that negates a verb of blaming, pretending or excusing (``WordRole/disown``) turns
/// the words after it into what the rep refuses to say, so a violation found there does not
/// count.
///
/// A verb joined to the negated one by "and" is negated too ("I'm not going to stand here and
/// blame the warehouse"). Only a negation of the verb disowns ("I'm not going to blame…", "I never pretend…"); "I've
/// no say in it" negates a noun and denies the rep's part instead.
///
/// The withdrawal itself (``withdraw(_:inside:on:)``) is shared: ``RefusedBreachRule`` finds
/// the stretches where a compliance breach is named as what the rep refuses or what a rule
/// forbids, and withdraws those ids the same way.
struct DisownedClauseRule: GradingRule {
    static let verbNegations: Set<String> = ["not", "never"]

    /// A stretch of the reply whose words are what the rep does not do or say: a violation
    /// matched there does not count. `words` are the words that say so (the refusal, the rule
    /// named), quoted in the withdrawn verdict's reason, and `reading` says how they read.
    struct Scope {
        var range: Range<Int>
        var words: Range<Int>
        var reading: String
    }

    func apply(to board: inout Board) {
        guard board.clauses.contains(where: { Self.isRepsOwn($0) && $0.negation != nil }) else { return }
        let infos = board.text.infos
        let disowned = board.clauses.compactMap { clause -> Scope? in
            guard Self.isRepsOwn(clause), let negation = clause.negation, let verb = clause.verb,
                Self.verbNegations.contains(board.text.tokens[negation].word),
                // The verb, or one joined to it: "I'm not going to stand here and blame…".
                (verb..<clause.range.upperBound).contains(where: {
                    infos[$0].roles & WordRole.disown.rawValue != 0
                        && ($0 == verb || board.text.tokens[$0 - 1].word == "and")
                })
            else { return nil }
            let range = negation..<clause.range.upperBound
            return Scope(range: range, words: range, reading: "what the rep refuses to do")
        }
        Self.withdraw(QuotedSpeechRule.violations, inside: disowned, on: &board)
    }

    /// A clause the rep says of themselves: "I'm not going to blame…", or one with the "I"
    /// dropped that opens on its negation, as people type in a hurry ("Not gonna blame the
    /// warehouse.", "Won't pretend it's fine."); not "Can't blame you", which agrees.
    static func isRepsOwn(_ clause: Clause) -> Bool {
        switch clause.subject {
        case .me: return true
        case .none:
            guard !clause.ability, let negation = clause.negation else { return false }
            return negation <= clause.range.lowerBound + 1
        default: return false
        }
    }

    /// Withdraws each of `ids` whose every match lies in one of `scopes`, with a reason that
    /// quotes the matched words and the words of the scope; a verdict with matches outside keeps
    /// only those as evidence. Soft matches inside are dropped.
    static func withdraw(_ ids: [String], inside scopes: [Scope], on board: inout Board) {
        guard !scopes.isEmpty else { return }
        let text = board.text
        func scope(of match: PatternSet.Match) -> Scope? { scopes.first { $0.range.overlaps(match.range) } }
        for id in ids {
            board.filterSoftMatches(id) { scope(of: $0) == nil }
            guard board.isPresent(id) else { continue }
            let matches = board.finding(id)?.matches ?? []
            let inside = matches.filter { scope(of: $0) != nil }
            guard !inside.isEmpty else { continue }
            if inside.count == matches.count {
                // Built only when reasons are written (`cancel` takes an autoclosure).
                func reason() -> String {
                    let words = inside.map { text.quote($0.range) }
                    var readings: [String] = []
                    for found in inside.compactMap(scope(of:)) {
                        let reading = "\(found.reading) (“\(text.quote(found.words))”)"
                        if !readings.contains(reading) { readings.append(reading) }
                    }
                    return "“\(words.joined(separator: "”, “"))” is \(readings.joined(separator: "; "))"
                }
                board.cancel(id, because: reason())
            } else {
                let kept = matches.filter { scope(of: $0) == nil }
                board.set(id, evidence: kept.map { board.evidence(for: $0) })
            }
        }
    }
}
