import Testing

@testable import DefuseKit

/// A refusal that names the breach is not the breach (issues 12 and 13, review6 finding 1): the
/// words a compliance list matched, when they are the object of the rep's refusal ("I won't…",
/// "no size from me") or are named as what a rule forbids ("…would breach the AdvaMed Code",
/// "…isn't something we can do"), do not count, and the withdrawn verdict names the refusal.
/// Each family has replies written for these tests and look-alike breaches that must still be
/// read: a refusal in another clause does not reach them.
@Suite struct RefusedBreachTests {
    static func found(_ reply: String, _ client: String? = nil) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    static func verdict(_ id: String, _ reply: String, _ client: String? = nil) -> Verdict? {
        StructureReadingTests.cued.grade(reply, client: client).verdicts[id]
    }

    // The client lines the reviewers answered (shipped scenarios' nodes).
    static let calders =
        "Between us, I'm leaning your way on Thursday. My team worked hard on your trial and I want to thank them properly. We're having a team dinner at Calder's on Friday, twelve of us, spouses too. The other vendors usually look after that sort of thing."
    static let rick =
        "Heard about the misfire. Patient's fine, yes? Then let's not open a complaint over one reload. That lot is all over the region and I don't need quality crawling over our biggest bariatric account. Swap her boxes quietly, buy her team lunch, and we move on."
    static let offTheBooks =
        "Here's a way out for both of us. Keep your price on paper, and give us two power drivers and two of your loaner nail sets to keep here for good, free, off the invoice. Nobody upstairs needs to see it."
    static let sizeAsk =
        "Quick one while I have you. Dialysis patient on Thursday, a stenosis just past the anastomosis of her radiocephalic fistula, third time it's come back. I want your drug balloon on it. Six by forty? And how long do I inflate, two minutes or three? Your last rep would just tell me."

    /// The four replies the reviewers typed in play, each read as the breach it refused.
    @Test func theReviewersRefusalsAreNotTheBreach() {
        let rickReply =
            "Rick, I can't do that… buying the team lunch to smooth it over is exactly what the AdvaMed code forbids. I'm filing it now."
        #expect(!Self.found(rickReply, Self.rick).contains("offers-value"))
        #expect(!Self.found(rickReply, Self.rick).contains("delays-reporting"))
        let books =
            "I can't do that… free equipment off the books is an anti-kickback problem for both of us."
        #expect(!Self.found(books, Self.offTheBooks).contains("offers-value"))
        let bill =
            "I won't be picking up the bill at Calder's; taking your team out would breach the AdvaMed Code."
        #expect(!Self.found(bill, Self.calders).contains("offers-value"))
        #expect(Self.found(bill, Self.calders).contains("boundary-setting"))
        let size =
            "Dr. Hale, most people use it there isn't a reason I can use. It's outside the label, so no size from me."
        #expect(!Self.found(size, Self.sizeAsk).contains("off-label-promotion"))
    }

    /// The withdrawn verdict keeps what was found and names the refusal that withdrew it.
    @Test func theWithdrawnVerdictNamesTheRefusal() throws {
        let bill =
            "I won't be picking up the bill at Calder's; taking your team out would breach the AdvaMed Code."
        let verdict = try #require(Self.verdict("offers-value", bill, Self.calders))
        #expect(!verdict.present)
        let explanation = try #require(verdict.explanation)
        #expect(explanation.contains("taking your team out"))
        #expect(explanation.contains("would breach the AdvaMed Code"))
        #expect(explanation.contains("forbids"))
        // (The list's own exceptions already cancel "won't be leaving …"; this refusal is left to the rule.)
        let loaners = "I'm not going to hand you free equipment off the invoice."
        let refused = try #require(Self.verdict("offers-value", loaners, Self.offTheBooks))
        #expect(!refused.present)
        #expect(refused.explanation?.contains("refuses") == true)
        #expect(refused.explanation?.contains(loaners.dropLast()) == true)
    }

    @Test func offersValue() {
        for reply in [
            "Buying your team lunch after the vote? I can't do that.",
            "Leaving the demo unit with you long term would be an anti-kickback problem.",
            "Free drivers off the books? That's a kickback, and I won't go near it.",
            "Forty free units is past what our evaluation policy allows, so I can't do that.",
            "Taking the team out for dinner after the vote is against the AdvaMed Code.",
            "I won't be leaving the loaner nail sets here for good.",
        ] {
            #expect(!Self.found(reply).contains("offers-value"), "\(reply)")
        }
        // Look-alikes: the refusal is in another clause, the judgment is negated, or the
        // problem is one the breach fixes.
        for reply in [
            "Free drivers off the books? Sure, that's fine.",
            "Taking your team out to Calder's is no problem at all.",
            "I'll bring lunch in for the team to fix the problem.",
            "I'll take your team out Thursday, it's not against the code.",
        ] {
            #expect(Self.found(reply).contains("offers-value"), "\(reply)")
        }
    }

    @Test func offLabelPromotion() {
        #expect(
            !Self.found("That most people use it there isn't a reason I can use.").contains(
                "off-label-promotion"))
        #expect(
            !Self.found(
                "Giving you papers on the fistula use would be off-label promotion, which is against policy."
            )
            .contains("off-label-promotion"))
        // A wink after a hedge in its own clause is still promotion.
        #expect(
            Self.found("I shouldn't say this, but a few centres are seeing good results below the knee.")
                .contains(
                    "off-label-promotion"))
        #expect(
            Self.found("I can't promote it officially, but it really shines below the knee.").contains(
                "off-label-promotion"))
    }

    @Test func unauthorisedConcession() {
        #expect(
            !Self.found(
                "Matching Halvern's eleven percent isn't something I can do; deal review sets the price."
            )
            .contains("unauthorised-concession"))
        #expect(
            Self.found("I can't go to eleven today, but leave the price with me.").contains(
                "unauthorised-concession"))
        #expect(Self.found("We'll match it, that's no problem.").contains("unauthorised-concession"))
    }

    @Test func breachesSterileField() {
        #expect(
            !Self.found(
                "Opening the implant packs on the field would breach sterile technique, so I won't be doing that."
            )
            .contains("breaches-sterile-field"))
        #expect(
            Self.found("No problem, I'll peel the implant packs onto the field for you.").contains(
                "breaches-sterile-field"))
    }

    /// For a report, only refusing to hold it back refuses the delay: a negated filing verb
    /// ("I won't report it till Monday") is the delay itself, and "no need to report it" has no
    /// one refusing.
    @Test func delaysReporting() {
        #expect(
            !Self.found(
                "Holding the report till quality gets back would breach our reporting rules, so I'm filing it now."
            )
            .contains("delays-reporting"))
        #expect(Self.found("no need to report it").contains("delays-reporting"))
        #expect(
            Self.found("I won't report it till Monday, once quality gets back.").contains("delays-reporting"))
        #expect(Self.found("I wouldn't worry about reporting it.").contains("delays-reporting"))
    }

    @Test func sharesPatientData() {
        #expect(
            !Self.found("Sending me her MRN would breach HIPAA, so please keep it in the complaint system.")
                .contains(
                    "shares-patient-data"))
    }

    @Test func theReadingsOfTheRule() throws {
        let text = shippedGrader.tokenizer.tokenize("I can't wait to take your team out.")
        let clauses = ClauseReader.clauses(of: text)
        let first = try #require(clauses.first)
        #expect(RefusedBreachRule.refusal(first, text)?.refusesAct != true)
        let refusal = shippedGrader.tokenizer.tokenize("We won't leave the unit with you.")
        let refusing = try #require(ClauseReader.clauses(of: refusal).first)
        #expect(RefusedBreachRule.refusal(refusing, refusal)?.refusesAct == true)
        // Holding a report back "until…" is not refusing to file it; refusing to sit on it is.
        let until = shippedGrader.tokenizer.tokenize("I won't file it until quality gets back.")
        let held = try #require(ClauseReader.clauses(of: until).first)
        #expect(RefusedBreachRule.refusal(held, until) == nil)
        let sit = shippedGrader.tokenizer.tokenize("I won't sit on this until Monday.")
        let sitting = try #require(ClauseReader.clauses(of: sit).first)
        #expect(RefusedBreachRule.refusal(sitting, sit)?.holdsBack == true)
        let problem = shippedGrader.tokenizer.tokenize("Lunch for the team would fix the problem.")
        let fixing = try #require(ClauseReader.clauses(of: problem).first)
        #expect(RefusedBreachRule.namedForbidden(fixing, problem) == nil)
    }
}
