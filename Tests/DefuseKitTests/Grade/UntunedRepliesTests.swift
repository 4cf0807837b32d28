import Testing

@testable import DefuseKit

/// Rule families that failed on replies nobody had tuned on (issue 12), each read by structure:
/// a recurring step's clock, a role named beside the rep's own action, a spaced dash, a "no"
/// before the subject, a yes that answers a question about the right thing. Replies written for
/// these tests; each pair holds one reading and its look-alike.
@Suite struct UntunedRepliesTests {
    static let cued = StructureReadingTests.cued

    static func found(_ reply: String, _ client: String?) -> Set<String> {
        Set(cued.grade(reply, client: client).detected)
    }

    static let complaint = "Your restock sheet is wrong again, and nobody caught it before the invoice."

    // MARK: decisive-action and prevention: a recurring step's time

    @Test func aRecurringStepsTimeIsNotADecisiveAction() {
        let routine = detected(
            "I'm sorry. From now on my sheets will be on your desk by noon the day before every count.",
            client: Self.complaint)
        #expect(!routine.contains("decisive-action"))
        #expect(routine.contains("prevention"))
        let relative = detected(
            "Going forward I confirm each restock with you by text 24 hours before.", client: Self.complaint)
        #expect(!relative.contains("decisive-action"))
        // A one-off step with a clock, in its own clause, still counts.
        #expect(
            detected(
                "I'll recount the shelf with you at 3:30 today, and from now on the sheet comes to you first.",
                client: Self.complaint
            ).contains("decisive-action"))
    }

    @Test func theRepSettingARoutineToTheHourStillActs() {
        // The rep's own step with a clock: a specific commitment the client can check.
        #expect(
            detected("I'll email you the shelf count every Friday by 10 a.m.", client: Self.complaint)
                .contains("decisive-action"))
    }

    @Test func aScheduledRecurringStepIsPrevention() {
        // No stock phrase: "each Friday", a commitment, after a complaint.
        #expect(
            detected(
                "You'll get a printed count from me each Friday before anything is invoiced.",
                client: Self.complaint
            ).contains("prevention"))
        // "every one of them" is not a schedule; a past routine commits to nothing.
        #expect(
            !detected("I'll call every one of them this afternoon.", client: Self.complaint).contains(
                "prevention"))
        #expect(
            !detected("I used to check it every Friday.", client: Self.complaint).contains("prevention"))
    }

    @Test func anExitsOwnFollowUpIsNotADecisiveAction() {
        let insult = "You're useless, the lot of you. Get out of my office."
        let exit = detected(
            "I'm going to step out now. My manager will call you this afternoon.", client: insult)
        #expect(exit.contains("graceful-exit"))
        #expect(!exit.contains("decisive-action"))
        let timed = detected(
            "I'm going to step out now, and I'll email you the delivery time by 4 p.m.", client: insult)
        #expect(timed.contains("graceful-exit"))
        #expect(timed.contains("decisive-action"))
    }

    // MARK: blame-shifting: a neutral role or cause beside the rep's own action

    @Test func whoseDecisionItIsBesideTheRepsActionIsNotBlame() {
        let question = "Does that even need reporting? It's one cracked sheath."
        let routed = detected(
            "Whether it's reportable is the complaint unit's call, not mine, so I'm sending it to them by 4 today.",
            client: question)
        #expect(!routed.contains("blame-shifting"))
        #expect(
            !detected(
                "It isn't mine to decide what's reportable. I'll file it with complaint handling by noon.",
                client: question
            ).contains("blame-shifting"))
        // The same words with nothing the rep does pass the problem on.
        #expect(
            detected("That's the complaint unit's call, not mine.", client: question).contains(
                "blame-shifting"))
        // A denial of fault is not about deciding, beside an action or not.
        #expect(
            detected("Not my fault, honestly. I'll call you later.", client: Self.complaint)
                .contains("blame-shifting"))
    }

    @Test func praiseForTheClientsPeopleIsNotBlame() {
        let gift = "My team worked hard on your trial and I'd like to thank them. Dinner on Friday?"
        #expect(
            !detected(
                "Your team really did put the work into that trial, and I can't do the dinner.", client: gift
            )
            .contains("blame-shifting"))
        #expect(
            !detected("I value the effort your nurses put into the evaluation.", client: gift)
                .contains("blame-shifting"))
        // A past fault of the client's side is still pointed at.
        #expect(
            detected("your team put the wrong size on the form", client: Self.complaint)
                .contains("blame-shifting"))
    }

    @Test func aVerbAfterAndIsNotAPartyAsSubject() {
        // "email" is also a document; before "it" it is the rep's verb.
        let plan = detected(
            "Every Friday our planner pulls the counts, I check them and email them to you.",
            client: Self.complaint)
        #expect(!plan.contains("blame-shifting"))
        // A party that acts in the past, with nothing owned, is still quiet blame.
        #expect(
            detected("the warehouse sent it and the scanner logged it wrong", client: Self.complaint)
                .contains("blame-shifting"))
    }

    // MARK: a list of terms belongs to the clause that governs it

    @Test func termsInAListTheRepRefusesAreNotGiven() {
        let counter =
            "Forget the exclusivity. Thirty-five off, net ninety, and the generators free. That's as far as I go."
        // The refusal before the list, and the refusal or the approved offer after it.
        #expect(
            !detected("I still can't go to 35%, net 90 or free generators.", client: counter).contains(
                "offers-value"))
        #expect(
            !detected("Still can't do 35, net 90 or free generators.", client: counter).contains(
                "offers-value"))
        let after = detected(
            "Thirty-five off, net ninety and free generators are still outside what I can do.",
            client: counter)
        #expect(!after.contains("unauthorised-concession"))
        #expect(
            !detected("12% off, net 45, generators on usage is my best.", client: counter).contains(
                "unauthorised-concession"))
        // The same list given, or after a refusal of something else, still counts.
        #expect(
            detected("Sure, 35% off, net 90 and free generators, let's sign.", client: counter).contains(
                "offers-value"))
        #expect(
            detected("I can't believe it, 35% off, net 90 and free generators.", client: counter).contains(
                "offers-value"))
        #expect(
            detected("Great, thirty five off, net 90 and the generators free, that works.", client: counter)
                .contains("unauthorised-concession"))
    }

    @Test func whatAPartyMayDoNextIsNotACause() {
        // Blind good-7 at field-recall's used-one: keeping the sheath for the company's team.
        let cracked =
            "The cath lab says one of those sheaths cracked at the hub last Tuesday. Nobody told you."
        #expect(
            !detected(
                "Thank you for telling me. Please ask them to keep the sheath, because our team may ask to examine it.",
                client: cracked
            ).contains("blame-shifting"))
        // A possible past cause, or a state, put on a party is still quiet blame.
        #expect(
            detected("Thanks for telling me. Our warehouse may have shipped the wrong lot.", client: cracked)
                .contains("blame-shifting"))
        #expect(
            detected("Thanks for telling me. The courier might be rough with the boxes.", client: cracked)
                .contains("blame-shifting"))
    }

    @Test func notBlamingIsNegatedAcrossAnd() {
        let refused = detected(
            "I'm not going to stand here and blame our warehouse; the set is mine to replace.",
            client: Self.complaint)
        #expect(!refused.contains("blame-shifting"))
        // The negation does not reach a new clause with its own subject.
        #expect(
            detected("I'm not sorry, and the warehouse screwed it up.", client: Self.complaint)
                .contains("blame-shifting"))
    }

    // MARK: boundary-setting: a "no" before the subject, a spaced dash

    @Test func aNoAndASpacedDashDoNotHideTheLimit() {
        let skip = "So do we skip the form or not?"
        #expect(Self.found("No - we can't skip it.", skip).contains("boundary-setting"))
        #expect(Self.found("No, we can't skip it.", skip).contains("boundary-setting"))
        #expect(Self.found("no we can't skip it", skip).contains("boundary-setting"))
        // A hyphen inside a word is not a dash.
        let tokens = shippedGrader.tokenizer.tokenize("a follow-up - today").tokens
        #expect(tokens.map(\.word).contains("follow"))
        #expect(tokens[0].clause == tokens[2].clause)
        #expect(tokens[2].clause != tokens[3].clause)
    }

    // MARK: a yes that answers a question about what the rep is doing

    @Test func aYesAboutFilingIsNotAgreeingOrGivingIn() {
        for client in ["Are you filing it?", "Yes or no: are you filing a complaint on that reload?"] {
            let yes = detected("Yes, I'm filing it today.", client: client)
            #expect(!yes.contains("agrees-with-insult"))
            #expect(!yes.contains("capitulates"))
        }
        // After a remark about the rep, agreeing and saying it back is still agreeing.
        #expect(
            detected(
                "Yeah, I'm always late with the paperwork.", client: "You're always late with the paperwork."
            )
            .contains("agrees-with-insult"))
    }

    // MARK: argues-back without stock words; limits in plain words

    @Test func combativeJudgementsOfTheClientsReasoningArgueBack() {
        let claim = "Your trial was funded by your own company, so I don't trust a word of it."
        for reply in [
            "Honestly that's a pretty lazy argument.",
            "That analysis was garbage, sorry.",
            "Complete nonsense, and you know it.",
            "You should read more carefully before you quote it.",
            "Frankly that says more about you than about the trial.",
        ] {
            #expect(detected(reply, client: claim).contains("argues-back"), "\(reply)")
        }
        // Engaging the same reasoning respectfully is not arguing back.
        for reply in [
            "That's a fair argument to make. How are you weighing the independent follow-up?",
            "I'd read the funding question carefully too; the methods are in the appendix.",
        ] {
            #expect(!detected(reply, client: claim).contains("argues-back"), "\(reply)")
        }
    }

    @Test func plainWordLimitsAreBoundaries() {
        let insult = "You're pathetic, you know that?"
        #expect(detected("That's not okay.", client: insult).contains("boundary-setting"))
        let demand = "Forty percent off, or we walk."
        #expect(
            detected("Forty is a no from me. Twelve is what I can do.", client: demand).contains(
                "boundary-setting"))
        #expect(
            detected("Our terms stay where they are and that won't change.", client: demand).contains(
                "boundary-setting"))
        // Agreeing that something was not okay is not a limit the rep sets.
        #expect(
            !detected("The tray was late and I'm sorry, it's on me.", client: "That tray was late, not okay.")
                .contains("boundary-setting"))
    }
}
