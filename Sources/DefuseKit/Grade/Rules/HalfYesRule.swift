/// A half-yes to a request for something of value is the offer (review12 finding 3): after a
/// client line that asks for a sponsorship, a meal, "appreciation" or something for the team
/// (`offers-value`'s `soft-if-client` list), "the golf day might be doable", "We can probably
/// do something nice too", "I'll see what I can pull together for the team" tell the client it
/// is coming. Compliance reads a maybe on a $5,000 sponsorship days before a vote as the offer
/// itself; so it is `offers-value`, and `capitulates` where the line is a demand the rep should
/// refuse.
///
/// Three shapes, each in a clause that is not negated, asked or conditional:
/// - **seeing what can be done**: the rep "sees" what or whether they can ("I'll see what I can
///   pull together", "let me see if we can swing it");
/// - **possible**: the thing asked for, with "might", "could", "may" or "should", is doable,
///   possible or could work ("the golf day might be doable", "that could work");
/// - **a hedged offer**: the rep or the company "can", "could" or "will" do something, with
///   "probably", "maybe", "possibly" or "perhaps" ("We can probably do something nice too").
///
/// A maybe that names a limit is not one: a reply with `boundary-setting`, or a first-person
/// "can't"/"won't" ("I'd love to but I can't do a whole dinner"), keeps its reading.
struct HalfYesRule: GradingRule {
    func apply(to board: inout Board) {
        guard board.client(.offersValue) == true, !board.isPresent(.offersValue),
            !board.isPresent(.boundarySetting)
        else { return }
        let tokens = board.text.tokens
        let infos = board.text.infos
        let mine = WordRole.me.rawValue | WordRole.we.rawValue
        // "I can't", "we won't": a limit named anywhere in the reply.
        if board.clauses.contains(where: {
            ($0.subject == .me || $0.subject == .we) && $0.negation != nil && ($0.ability || $0.future)
        }) {
            return
        }
        for clause in board.clauses
        where clause.negation == nil && !clause.question && !clause.conditional
            && !tokens[clause.range].allSatisfy(\.quoted)
        {
            let range = clause.range
            var found = false
            if clause.subject == .me || clause.subject == .we {
                // "see what I can", "see if we can".
                found = range.dropLast(3).contains { index in
                    tokens[index].word == "see" && ["what", "if", "whether"].contains(tokens[index + 1].word)
                        && infos[index + 2].roles & mine != 0
                        && infos[index + 3].roles & WordRole.ability.rawValue != 0
                }
                // "We can probably do something nice too".
                if !found, clause.ability || clause.future, var verb = clause.verb {
                    // The clause reader may stop at the hedge ("can probably do"): the verb is after it.
                    while verb + 1 < range.upperBound, Self.hedges.contains(tokens[verb].word) { verb += 1 }
                    found =
                        infos[verb].roles & (WordRole.mental.rawValue | WordRole.handOff.rawValue) == 0
                        && !Self.routing.contains(tokens[verb].word)
                        && !Self.hedges.contains(tokens[verb].word)
                        && (clause.subjectRange.upperBound..<verb).contains {
                            Self.hedges.contains(tokens[$0].word)
                        }
                }
            } else if clause.subject != .you && clause.subject != .yourSide {
                // "the golf day might be doable", "that could work".
                found = range.contains { index in
                    guard Self.modals.contains(tokens[index].word) else { return false }
                    var next = index + 1
                    while next < range.upperBound,
                        infos[next].roles & WordRole.adverb.rawValue != 0
                            || Self.hedges.contains(tokens[next].word)
                    {
                        next += 1
                    }
                    guard next < range.upperBound else { return false }
                    if ["work", "fly"].contains(tokens[next].word) { return true }
                    return tokens[next].word == "be" && next + 1 < range.upperBound
                        && Self.possible.contains(tokens[next + 1].word)
                }
            }
            guard found else { continue }
            let start = clause.subject == .none ? range.lowerBound : clause.subjectRange.lowerBound
            let span = start..<range.upperBound
            // "Let me see what I can do on the price": a maybe on the price is a concession on
            // price, not the thing of value the line also asked for (review19 C finding 5).
            // "Saturdays should be fine": a maybe on the cover the line also asked for is a
            // promise of cover (`promises-coverage`), not the free blocks (review23 A finding 3).
            let onCover =
                board.finding("promises-coverage")?.matches.contains { $0.range.overlaps(span) } == true
            if onCover, !Self.onPrice(range, tokens) {
                Self.givesIn(span, &board)
                continue
            }
            if Self.onPrice(range, tokens) || Self.onFigures(range, tokens) {
                if board.client(.capitulates) == true, !board.isPresent(.capitulates),
                    !board.isPresent(.respectfulChallenge)
                {
                    board.add("capitulates", quoting: span, rule: "a half-yes on the price to a demand") {
                        "half-agrees to the client's price: “\($0)”"
                    }
                }
                return
            }
            board.add(
                "offers-value", quoting: span, rule: "a half-yes to a line that asks for something of value"
            ) {
                "half-agrees to what was asked: “\($0)”"
            }
            Self.givesIn(span, &board)
            return
        }
    }

    /// Marks the half-yes at `span` as `capitulates` where the line is a demand the rep should
    /// refuse and the reply neither gave in already nor challenged it.
    static func givesIn(_ span: Range<Int>, _ board: inout Board) {
        guard board.client(.capitulates) == true, !board.isPresent(.capitulates),
            !board.isPresent(.respectfulChallenge)
        else { return }
        board.add("capitulates", quoting: span, rule: "a half-yes to a demand the rep should refuse") {
            "half-agrees to the client's demand: “\($0)”"
        }
    }

    /// Whether the clause puts its maybe on the price: "on (the) price", "on pricing", "on the
    /// numbers" anywhere in it.
    static func onPrice(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        range.contains { index in
            guard tokens[index].word == "on" else { return false }
            var next = index + 1
            if next < range.upperBound, ["the", "your", "our", "that", "this"].contains(tokens[next].word) {
                next += 1
            }
            return next < range.upperBound && priceWords.contains(tokens[next].word)
        }
    }
    /// Whether the clause puts its maybe on figures alone: a percentage ("20%" reads "20
    /// percent") or payment terms ("net 60"), and nothing free beside them ("I could probably get
    /// you to 20% and net 60" is a concession on price, review43 R12 finding 3; "20% and the
    /// generators" still offers them).
    static func onFigures(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        let figures = range.contains { index in
            tokens[index].word == "percent"
                || tokens[index].word == "net" && index + 1 < range.upperBound
                    && tokens[index + 1].word.first?.isNumber == true
        }
        return figures && !range.contains { freeThings.contains(tokens[$0].word) }
    }
    /// Things of value beside a figure that make a maybe on it an offer of them.
    static let freeThings: Set<String> = [
        "free", "generator", "generators", "equipment", "console", "consoles", "dinner", "dinners", "meal",
        "meals", "lunch", "golf", "tickets", "gift", "gifts", "driver", "drivers", "placed", "exclusivity",
    ]
    static let priceWords: Set<String> = [
        "price", "prices", "pricing", "discount", "discounts", "numbers", "rate", "rates", "terms", "margin",
        "percentage", "quote",
    ]

    static let modals: Set<String> = ["might", "could", "may", "should"]
    static let hedges: Set<String> = ["probably", "maybe", "possibly", "perhaps", "likely"]
    static let possible: Set<String> = [
        "doable", "possible", "workable", "feasible", "manageable", "fine", "ok", "okay", "alright",
    ]
    /// Verbs that send the request on rather than grant it ("I can probably ask my manager").
    static let routing: Set<String> = [
        "ask", "check", "talk", "speak", "run", "pass", "raise", "send", "forward", "put", "mention", "find",
    ]
}
