/// `unauthorised-concession` withdrawn when the terms are what the rep takes to someone who
/// decides: "I can take eleven percent on dual-chamber to our contracts team today" names the
/// figure as the request the rep carries, not a price the rep grants. A list match counts as a
/// grant only where the rep gives it; in a clause that routes it ("take", "bring", "put",
/// "send", "pass", "run", "raise", "submit" with "to", "past" or "through" before a reviewer:
/// deal review, the contracts or pricing team, the rep's manager or director) it is the route.
///
/// Not when the same clause also grants ("I'll give you eleven percent and take it to contracts
/// afterwards": a verb of giving), not when the reply takes the authority itself or puts the
/// approval after the promise (``SelfAuthorisedTermsRule/ownAuthority``: "square it with
/// pricing afterwards"), and only when every match of the list sits in such a clause.
struct RoutedTermsRule: GradingRule {
    static let id = "unauthorised-concession"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.unauthorisedConcession

    /// Verbs that carry a request to someone who decides.
    static let routing: Set<String> = ["take", "bring", "put", "send", "pass", "run", "raise", "submit"]
    /// Verbs that grant terms: a clause with one of them gives, whatever it also routes.
    static let granting: Set<String> = [
        "give", "get", "offer", "match", "do", "knock", "cut", "drop", "make", "beat",
    ]
    /// The words before a reviewer that send something to them.
    static let toward: Set<String> = ["to", "past", "through"]
    /// Who decides terms.
    static let deciders = BreachShapes.phrases([
        "deal review", "contracts team", "contracts desk", "contracts", "pricing team", "pricing desk",
        "pricing",
        "my manager", "my director", "my boss", "my regional manager", "our director",
    ])

    func apply(to board: inout Board) {
        guard board.isPresent(Self.key) else { return }
        let matches = board.matches(Self.key)
        let text = board.text
        let tokens = text.tokens
        guard !matches.isEmpty,
            !SelfAuthorisedTermsRule.ownAuthorityList.contains(in: 0..<tokens.count, text)
        else { return }
        var route: Range<Int>?
        for match in matches {
            guard let clause = board.clauses.first(where: { $0.range.contains(match.range.lowerBound) }),
                let routed = Self.routes(clause.range, tokens)
            else { return }
            route = route ?? routed
        }
        guard let route else { return }
        board.cancel(
            Self.id,
            because: "the terms are what the rep takes to someone who decides: “\(text.quote(route))”")
    }

    /// The clause `range` when it routes terms to someone who decides and grants nothing before
    /// the route ("I can take eleven percent to our contracts team today and get you their
    /// answer by Friday" routes; "I'll give you eleven percent and take it to contracts" grants).
    static func routes(_ range: Range<Int>, _ tokens: [Token]) -> Range<Int>? {
        for decider in deciders {
            guard let start = BreachShapes.find(decider, in: range, tokens) else { continue }
            let before = max(range.lowerBound, start - 2)..<start
            let lead = range.lowerBound..<start
            if before.contains(where: { toward.contains(tokens[$0].word) }),
                lead.contains(where: { routing.contains(tokens[$0].word) }),
                !lead.contains(where: { granting.contains(tokens[$0].word) })
            {
                return range
            }
        }
        return nil
    }
}
