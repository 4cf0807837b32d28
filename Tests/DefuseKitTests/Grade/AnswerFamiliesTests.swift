import DefuseKit
import Testing

/// rules15 (issue 12): families of the retired sets EA-ED that the grader missed, each read by
/// its shape. Replies written for these tests, each family beside look-alikes that must keep
/// their verdict.
@Suite struct AnswerFamiliesTests {
    // MARK: "Me." to "who?" (SelfNamedRule)

    @Test(arguments: [
        ("Somebody has to sit down with my techs before Friday. Who?", "Me, personally."),
        ("Who's going to count the consignment with us on Friday?", "That'll be me."),
        ("Whose job is it to check the tray before it ships?", "Mine."),
        ("Who's on the hook for this, you or distribution?", "Honestly? Me. No one else."),
        ("What exactly happens, who does it, and by when?", "Who: me. What: a recount of your shelf."),
        ("Who is going to call the OR about it?", "I will."),
    ])
    func meToWho(_ client: String, _ reply: String) {
        #expect(detected(reply, client: client).contains("ownership"))
    }

    @Test(arguments: [
        // Not the rep: the job is put on someone else, or asked back.
        ("Who's going to check the tray before it ships?", "Not me, the warehouse does that."),
        ("Who's going to check the tray before it ships?", "Me? I only drop them off."),
        ("Who's going to check the tray before it ships?", "Dana, our scheduler."),
        // Shared, or agreeing with the client rather than taking anything on.
        ("Who's going to check the tray before it ships?", "Me and the warehouse, between us."),
        ("Who else thinks these trainings are a waste of a morning?", "Me too."),
        // No "who" asked: "me" answers nothing.
        ("You'll scrub in for Dr. Osei like Dave did, right?", "Me. Sure."),
    ])
    func notMeToWho(_ client: String, _ reply: String) {
        #expect(!detected(reply, client: client).contains("ownership"))
    }

    // MARK: what the rival's figure rests on (BasisQuestionRule)

    static let undercut = "Castellan is twenty percent under you on stents. Match it by Monday or we switch."
    static let registry = "Your balloon did worse than theirs in the registry, one in five failed."

    @Test(arguments: [
        (Self.undercut, "Does the Castellan price include the consigned stock on your shelves?"),
        (
            Self.undercut,
            "Understood. Before you decide, what does Castellan's number cover: loaners, weekend cover?"
        ),
        (Self.registry, "Do you know how the registry counted a failure?"),
        (Self.registry, "Can I ask where the one in five comes from?"),
    ])
    func asksWhatItRestsOn(_ client: String, _ reply: String) {
        #expect(detected(reply, client: client).contains("respectful-challenge"))
    }

    @Test(arguments: [
        // The client's own act, an offer of the rep's, or nothing of the client's words.
        (Self.undercut, "Did you include the loaners in your count?"),
        (Self.undercut, "Can I include the loaners in a new quote for you by Friday?"),
        (Self.undercut, "Does that include tax?"),
        // After a complaint a question of fact checks the count; it challenges nothing.
        (
            "Your restock count was off again, three guides short.",
            "Does the count include the guides in the cath lab?"
        ),
        // Not asked: a retort in statement order.
        (Self.undercut, "Castellan includes consignment? You're kidding yourself."),
    ])
    func notWhatItRestsOn(_ client: String, _ reply: String) {
        #expect(!detected(reply, client: client).contains("respectful-challenge"))
    }

    // MARK: validation in therapy words (ValidatedFeelingRule)

    static let missed = "My nurses gave up their morning and you never showed."

    @Test(arguments: [
        "That's so valid, and I'm going to make it right.",
        "Totally understandable. I'll be there Thursday at 7.",
        "I totally hear the frustration your nurses must feel.",
        "Your frustration is completely legitimate.",
        "it's natural to want an apology first, and you have mine.",
    ])
    func validates(_ reply: String) {
        #expect(detected(reply, client: Self.missed).contains("acknowledge-dont-agree"))
    }

    @Test(arguments: [
        "That's not valid, I was there at eight.",
        "Is that reasonable? I was stuck in traffic.",
        "It's natural, trainings get moved all the time.",
        "Valid parking was the problem, the lot was full.",
    ])
    func doesNotValidate(_ reply: String) {
        #expect(!detected(reply, client: Self.missed).contains("acknowledge-dont-agree"))
    }

    @Test func validatingAnInsultIsNoAcknowledgement() {
        let insult = "You people are useless, every single one of you."
        #expect(!detected("That's so valid.", client: insult).contains("acknowledge-dont-agree"))
    }

    @Test func anOfferOfEasierVisitsIsNoChallenge() {
        let client = "We don't work well together. You talk fast and I'm more tired after your visits."
        #expect(
            !detected("thanks for saying it. what would make the visits easier for you?", client: client)
                .contains("respectful-challenge"))
        #expect(
            detected("What would change your mind about the visits?", client: client).contains(
                "respectful-challenge"))
    }
}
