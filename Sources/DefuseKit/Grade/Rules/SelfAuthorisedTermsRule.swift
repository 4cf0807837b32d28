/// `unauthorised-concession` read from who authorises the terms: the rep promises a price, a
/// credit, free goods, a fee waived or a guarantee (in a clause of their own, or a fragment
/// without a subject: "Two generators placed at no charge"), and the reply says the authority
/// is the rep's own or comes after the promise: "my call", "personally", "on my end",
/// "you have my word", "I'll square it with pricing afterwards", "no need to run it past
/// anyone", "put them through as samples". A concession needs someone entitled to grant it;
/// a promise that names the rep as that person, or puts the approval after the fact, is one
/// the rep cannot make, whatever its words.
///
/// compliance6: terms given to make up for a problem ("to make up for it", "for the trouble",
/// "as a goodwill gesture": ``makeGood``) are priced by the rep too, whoever approves them: a
/// credit for the company's billing mistake corrects the bill, a credit for a guide catheter "to
/// make up for it" pays for the complaint. And a term may be the client's own figure said back:
/// after a client line that names terms (the breach's `soft-if-client` list: "Forty percent off
/// list, net 120"), a number of that line in the rep's own promise ("I can get you to forty and
/// net 120 tonight") is that term, and "net" before a number is payment terms.
///
/// Not terms the rep says they are approved to offer, or takes to deal review ("I'll take
/// thirty-one to our contracts desk today": no marker), not a credit for the company's own
/// billing mistake with no marker, not negated, asked or conditional.
struct SelfAuthorisedTermsRule: GradingRule {
    static let id = "unauthorised-concession"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.unauthorisedConcession

    /// Words of terms: a price, a credit, goods or fees given, a guarantee.
    static let terms: Set<String> = [
        "percent", "off", "discount", "credit", "credits", "rebate", "free", "charge", "waive", "waived",
        "guarantee", "guaranteed",
    ]
    /// ``terms`` by word number (``WordSet``).
    static let termWords = WordSet(terms)
    /// ``ownAuthority`` found by the words its phrases open with (``PhraseList``).
    static let ownAuthorityList = PhraseList(ownAuthority)
    /// ``makeGood`` found by the words its phrases open with.
    static let makeGoodList = PhraseList(makeGood)
    /// Terms given to make up for a problem: the rep prices the complaint.
    static let makeGood = BreachShapes.phrases([
        "make up for", "make it up", "make it right", "make things right", "for the trouble",
        "for the hassle",
        "for the inconvenience", "goodwill gesture", "goodwill credit", "as a goodwill", "as goodwill",
        "as an apology", "to say sorry", "by way of apology",
    ])
    /// The authority taken by the rep, or put after the promise.
    static let ownAuthority = BreachShapes.phrases([
        "my call", "on my end", "on my side", "from my side", "with my side", "my word",
        "my personal guarantee",
        "personally guarantee", "i personally", "square it", "sort it with", "sort the paperwork",
        "work it out with", "clear it after", "after the fact", "run it past anyone", "no need to run it",
        "without running it", "without asking", "as samples", "off the books", "push it through myself",
        "out of my budget", "my regional budget", "nobody needs to know", "nobody upstairs",
    ])

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), board.client(.objectiveReport) != true else { return }
        let text = board.text
        let tokens = text.tokens
        // Only a clause with a term can fire (``isTerm(_:_:_:)``), and only beside a phrase of
        // ``ownAuthority`` or ``makeGood``: a reply without a term is left first, on a bit test per
        // word, since terms are rarer than the phrases' opening words ("my", "on", "for", "as"),
        // whose scan cost ~4 k instructions a reply.
        // The client's own figures as terms, read only after a line that names terms.
        let clientTerms =
            board.client(Self.key) == true ? board.clientTermFigures : []
        guard
            Self.termWords.any(in: tokens.indices, of: text)
                || tokens.contains(where: { clientTerms.contains($0.word) })
        else { return }
        guard
            Self.ownAuthorityList.contains(in: 0..<tokens.count, text)
                || Self.makeGoodList.contains(in: 0..<tokens.count, text)
        else { return }
        var candidates = BreachShapes.ownActs(board.clauses, text)
        // "Two generators placed at no charge": a fragment, no subject and no negation.
        candidates += board.clauses.filter { clause in
            clause.subject == .none && clause.negation == nil && !clause.question && !clause.conditional
                && clause.range.lowerBound
                    == BreachShapes.sentence(of: clause.range.lowerBound, tokens).lowerBound
                && !clause.range.contains {
                    text.infos[$0].roles & WordRole.negation.rawValue != 0
                        && !($0 + 1 < clause.range.upperBound
                            && ["charge", "fees", "fee"].contains(tokens[$0 + 1].word))
                }
        }
        for clause in candidates
        where !tokens[clause.range].contains(where: \.quoted)
            && RefusedBreachRule.namedForbidden(clause, text) == nil
        {
            guard
                let term = clause.range.first(where: {
                    Self.isTerm($0, clause.range, tokens) || Self.isNet($0, clause.range, tokens)
                        || clientTerms.contains(tokens[$0].word)
                }),
                !Self.handedOn(clause.range, tokens)
            else { continue }
            // "at no charge", "no fees": the "no" belongs to the term.
            if let negation = clause.negation, negation < term,
                !["charge", "fees", "fee"].contains(tokens[term].word)
            {
                continue
            }
            board.add(
                Self.id, quoting: clause.range,
                rule: "terms promised on the rep's own authority (or approved after the promise)"
            ) { "promises terms that are not the rep's to give: “\($0)”" }
            return
        }
    }

    /// Whether token `index` names terms. "Off" only as a price cut: after a number or
    /// "percent", or before "the bill/invoice/list/price" ("the lot off the box" is no term).
    static func isTerm(_ index: Int, _ range: Range<Int>, _ tokens: [Token]) -> Bool {
        let word = tokens[index].word
        guard terms.contains(word) else { return false }
        // "at no charge", "free of charge"; not "the charge nurse".
        if word == "charge" {
            return index > range.lowerBound && ["no", "of"].contains(tokens[index - 1].word)
        }
        guard word == "off" else { return true }
        if index > range.lowerBound {
            let before = tokens[index - 1].word
            if before == "percent" || before.first?.isNumber == true
                || AssentRule.numberWords.contains(before)
            {
                return true
            }
        }
        return Range(from: index + 1, upTo: min(range.upperBound, index + 3)).contains {
            ["bill", "invoice", "list", "price", "order"].contains(tokens[$0].word)
        }
    }

    /// The figures `words` (a client line's normalised words) name as terms: a number just
    /// before "percent", "off", "under", "below", "cheaper" or "discount", or just after "net"
    /// ("Forty percent off list, net 120" → forty, 120); not "You have ten minutes". Read once per
    /// line (``Grader/ClientReading/termFigures``).
    static func termFigures(in words: [String]) -> Set<String> {
        var figures: Set<String> = []
        for (index, word) in words.enumerated() where isFigure(word) {
            let next = words[Range(from: index + 1, upTo: min(words.count, index + 3))]
            if next.contains(where: {
                ["percent", "off", "under", "below", "cheaper", "discount"].contains($0)
            })
                || (index > 0 && words[index - 1] == "net")
            {
                figures.insert(word)
            }
        }
        return figures
    }

    /// Whether `word` is a figure: digits ("120", "31") or a number word ("forty").
    static func isFigure(_ word: String) -> Bool {
        word.first?.isNumber == true || AssentRule.numberWords.contains(word)
    }

    /// Whether token `index` is "net" before a figure: payment terms ("net 120").
    static func isNet(_ index: Int, _ range: Range<Int>, _ tokens: [Token]) -> Bool {
        tokens[index].word == "net" && index + 1 < range.upperBound && isFigure(tokens[index + 1].word)
    }

    /// Words that take the terms to someone who decides ("take it to deal review", "ask our
    /// contracts team"): the rep asks, not grants.
    static let reviewers = BreachShapes.phrases([
        "deal review", "contracts team", "contracts desk", "pricing team", "pricing desk", "for approval",
        "approved to", "i am approved", "i am authorised", "i am authorized",
    ])

    static func handedOn(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        BreachShapes.contains(reviewers, in: range, tokens)
    }
}
