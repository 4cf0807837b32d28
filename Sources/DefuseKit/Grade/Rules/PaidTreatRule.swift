/// `offers-value` read from who pays (compliance9, issue 12): a sentence that puts a treat (a meal,
/// drinks, an outing, a golf hole, a registration) on the rep ("lunch for the whole OR team
/// Thursday, on me", "quarterly outings on me"), pays for one ("I'll cover the wine and apps"),
/// takes the client's people out ("let's get your partners out for a steak"), or puts a cost on
/// the rep's own money ("put it on my card", "out of my territory budget", "through my marketing
/// budget"), or promises appreciation ("we'll show some appreciation before Thursday") offers
/// something of value, however the offer is hedged ("I can probably swing it").
/// The phrase lists needed the treat and the payer side by side; this reads them anywhere in
/// the sentence.
///
/// Not a question, a quoted or reported request ("she asked me to put dinner on my card"), a
/// sentence with a negation ("I can't put dinner on my card"), someone's past ("Doug used to
/// bring donuts"), refreshments that go with training ("sandwiches at the in-service"), nor "on
/// me" beside a mistake ("the lunch mix-up is on me"), nor a treat named as forbidden ("taking
/// your team out would breach the AdvaMed Code"); and not after a manager's request for an
/// account (the reply reports what was asked).
struct PaidTreatRule: GradingRule {
    static let id = "offers-value"

    func apply(to board: inout Board) {
        guard !board.isPresent(.offersValue),
            board.client(.objectiveReport) != true, !board.nodeExpects("objective-report")
        else { return }
        let text = board.text
        let tokens = text.tokens
        // Leave early: no word that pays or takes out, or not the words any way of paying needs.
        guard Self.cueSet.any(in: tokens.indices, of: text), Self.mayPay(text) else { return }
        var start = 0
        while start < tokens.count {
            let sentence = BreachShapes.sentence(of: start, tokens)
            start = sentence.upperBound
            guard Self.cueSet.any(in: sentence, of: text),
                !tokens[sentence.lowerBound].question,
                !sentence.contains(where: { tokens[$0].quoted || FreeGoodsRule.negates($0, tokens) }),
                !sentence.contains(where: { Self.excluded($0, tokens) })
            else { continue }
            let treat = sentence.first(where: { Self.treats.contains(tokens[$0].word) })
            let paid =
                sentence.first(where: { Self.ownMoney($0, sentence, tokens) })
                ?? sentence.first(where: { Self.takenOut($0, sentence, tokens) })
                ?? sentence.first(where: { Self.appreciationShown($0, sentence, tokens) })
                ?? treat.flatMap { _ in sentence.first(where: { Self.onTheRep($0, sentence, tokens) }) }
            guard let paid else { continue }
            let from = min(paid, treat ?? paid)
            let span = Range(from: from, upTo: min(sentence.upperBound, max(paid, treat ?? paid) + 2))
            board.add(
                Self.id, quoting: span,
                rule: "a treat the rep pays for, or the client's people taken out"
            ) { "offers something of value: “\($0)”" }
            return
        }
    }

    /// Whether token `index` puts a cost on the rep's own money: "card", "tab", "dime",
    /// "budget", "expenses" after "my" (a word between: "my territory budget"), with "on",
    /// "of", "through", "from" or "off" before "my" ("put it on my card", "out of my budget").
    static func ownMoney(_ index: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
        guard Self.money.contains(tokens[index].word) else { return false }
        for back in 1...2 where index - back > sentence.lowerBound && tokens[index - back].word == "my" {
            return ["on", "of", "through", "from", "off", "under", "via"].contains(
                tokens[index - back - 1].word)
        }
        return false
    }

    /// Whether token `index` is "take"/"get" with the client's people and "out" after it
    /// ("I'll take your partners out", "get the whole team out for a steak").
    static func takenOut(_ index: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
        guard Self.taking.contains(tokens[index].word) else { return false }
        let reach = Range(from: index + 1, upTo: min(sentence.upperBound, index + 5))
        guard let group = reach.first(where: { Self.people.contains(tokens[$0].word) }) else { return false }
        return group + 1 < sentence.upperBound && tokens[group + 1].word == "out"
    }

    /// Whether token `index` is "show"/"showing" with "appreciation" within three words after it
    /// ("the team will find a way to show some appreciation before Thursday", "We'll show
    /// appreciation, trust me"): appreciation promised to a client, read after the rubric's
    /// give-ins so that it never makes one.
    static func appreciationShown(_ index: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
        guard ["show", "showing"].contains(tokens[index].word) else { return false }
        let reach = Range(from: index + 1, upTo: min(sentence.upperBound, index + 4))
        return reach.contains(where: { tokens[$0].word == "appreciation" })
    }

    /// Whether token `index` puts the treat on the rep: "on me"/"on us" (not "on me to"), "my
    /// treat", "on my side"/"on my end", or a verb of paying ("cover", "pay for", "sort") with a
    /// treat within three words after it. Not beside a mistake.
    static func onTheRep(_ index: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
        let word = tokens[index].word
        let before = index > sentence.lowerBound ? tokens[index - 1].word : ""
        let after = index + 1 < sentence.upperBound ? tokens[index + 1].word : ""
        switch word {
        case "me", "us":
            guard before == "on", after != "to" else { return false }
            return !sentence.contains(where: { FreeGoodsRule.faults.contains(tokens[$0].word) })
        case "treat": return before == "my" || before == "our"
        case "side", "end":
            return before == "my" && index >= sentence.lowerBound + 2 && tokens[index - 2].word == "on"
        default:
            guard Self.paying.contains(word) else { return false }
            let reach = Range(from: index + 1, upTo: min(sentence.upperBound, index + 4))
            return reach.contains(where: { Self.treats.contains(tokens[$0].word) })
        }
    }

    /// Whether token `index` takes the sentence out of an offer: a request reported, someone's
    /// past treats, training.
    static func excluded(_ index: Int, _ tokens: [Token]) -> Bool {
        let word = tokens[index].word
        if Self.reporting.contains(word) || Self.training.contains(word) || Self.forbidding.contains(word) {
            return true
        }
        let next = index + 1 < tokens.count ? tokens[index + 1].word : ""
        return (word == "used" && next == "to") || (word == "in" && next == "service")
    }

    /// Whether the reply holds the words one of the four ways of paying needs: a word of the rep's
    /// money (``ownMoney(_:_:_:)``), a treat (``onTheRep(_:_:_:)`` is asked only beside one), "take"
    /// or "get" with the client's people and "out" (``takenOut(_:_:_:)``), or "show" with
    /// "appreciation" (``appreciationShown(_:_:_:)``). Without them no sentence can pay, so the
    /// rule leaves before splitting sentences and hashing their words: ``cueSet`` alone lets
    /// through every reply with "me", "us", "get" or "end" (~10 k instructions a reply, speed12).
    /// Read from the reply's word bits (``WordSet/any(in:of:)``), a few ANDs a set.
    static func mayPay(_ text: TokenizedText) -> Bool {
        let all = text.tokens.indices
        if moneySet.any(in: all, of: text) || treatSet.any(in: all, of: text) { return true }
        if takingSet.any(in: all, of: text), peopleSet.any(in: all, of: text), outSet.any(in: all, of: text) {
            return true
        }
        return showSet.any(in: all, of: text) && appreciationSet.any(in: all, of: text)
    }
    private static let moneySet = WordSet(money)
    private static let treatSet = WordSet(treats)
    private static let takingSet = WordSet(taking)
    private static let peopleSet = WordSet(people)
    private static let outSet = WordSet(["out"])
    private static let showSet = WordSet(["show", "showing"])
    private static let appreciationSet = WordSet(["appreciation"])

    /// The words that let a sentence through the early leave.
    static let cueSet = WordSet(
        money.union(taking).union(paying).union(["me", "us", "treat", "side", "end", "show", "showing"]))
    /// The rep's own money, after "my".
    static let money: Set<String> = ["card", "tab", "dime", "budget", "budgets", "expenses", "expense"]
    /// Verbs of taking people out.
    static let taking: Set<String> = ["take", "taking", "get", "getting"]
    /// The client's people.
    static let people: Set<String> = [
        "partners", "team", "docs", "doctors", "nurses", "staff", "fellows", "people", "guys", "crew",
        "everyone", "everybody", "folks", "surgeons", "residents", "girls", "lads", "group", "department",
    ]
    /// Verbs of paying for a treat.
    static let paying: Set<String> = [
        "cover", "covering", "pay", "paying", "sort", "foot", "pick", "stand", "buy",
    ]
    /// Treats: meals, drinks, outings, golf, trips and what goes with them.
    static let treats: Set<String> = [
        "lunch", "lunches", "dinner", "dinners", "breakfast", "breakfasts", "meal", "meals", "steak",
        "steaks",
        "drinks", "wine", "apps", "appetizers", "starters", "outing", "outings", "golf", "hole", "tickets",
        "party", "celebration", "donuts", "doughnuts", "pizza", "bagels", "pastries", "cake", "spouses",
        "registration", "registrations", "flights", "hotel", "trip", "sponsorship", "tab", "bill", "evening",
    ]
    /// Words that report a request rather than make an offer.
    static let reporting: Set<String> = [
        "asked", "asks", "asking", "wanted", "wants", "requested", "demanded",
    ]
    /// A treat named as what the rules forbid ("taking your team out would breach the AdvaMed
    /// Code": review 6 finding 1).
    static let forbidding: Set<String> = [
        "breach", "breaches", "breaching", "advamed", "code", "kickback", "policy", "allowed", "allow",
        "against",
    ]
    /// Training, where modest refreshments are allowed.
    static let training: Set<String> = [
        "inservice", "workshop", "training", "session", "course", "lecture", "webinar", "education",
    ]
}
