import Testing

@testable import DefuseKit

/// rules13 (issue 12): the voices the grader read worst on last session's retired sets, courtly
/// and wordy (DB) and tentative, hedging everything (DD). Each family is read from structure or a
/// bounded word class, not from those sets' words: replies written for these tests, each family
/// beside look-alikes that must not be read. The client lines are the shipped scenarios' own.
@Suite struct CourtesyAndHedgeTests {
    static func found(_ reply: String, _ client: String?) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    /// toxic-client: a sweeping insult.
    static let vanish =
        "Three weeks. Three weeks on backorder for the 3.0 by 18s. You reps are all the same: all smiles until the contract's signed, then you vanish."
    /// device-failure, technique-question.
    static let technique = "Are you suggesting this is my technique? In my OR?"
    /// wrong-information: how did it happen.
    static let howHappen =
        "How did this even happen? And why should I believe the next number you give my team?"

    // MARK: A limit said inside a hedge (``RefusalRule.framed``, ``RefusalRule.unwilling``, the
    // clause reader's hedges, and ``RefusalRule.uptalk``).

    @Test(arguments: [
        (NamedLimitTests.flash, "I kind of can't get them to flash it, sorry. It'll be at SPD by 12:40."),
        (NamedLimitTests.doug, "I don't think I can ask Doug to cover for me, honestly."),
        (
            NamedLimitTests.golf,
            "I'm not sure I'd be comfortable sponsoring the golf day with the vote this close."
        ),
        (NamedLimitTests.rick, "I don't feel ok swapping her boxes without a complaint on file."),
        (NamedLimitTests.golf, "I think I probably can't fund the fellows' trip, sorry."),
        (NamedLimitTests.rick, "I sort of won't be skipping the complaint? I'll file it today."),
    ])
    func aHedgedLimitIsALimit(_ client: String, _ reply: String) {
        #expect(Self.found(reply, client).contains("boundary-setting"), "\(reply)")
    }

    @Test(arguments: [
        // A negated frame over a clause with no modal: a denial of the past, not a limit.
        (NamedLimitTests.flash, "I don't think I said one o'clock earlier."),
        // A feeling about what happened, not a limit (a verb of knowing after "good").
        (
            NamedLimitTests.flash,
            "I don't feel good knowing you waited up for this. It'll be at SPD by 12:40."
        ),
        // An unnegated frame over an unnegated clause: a yes.
        (NamedLimitTests.rick, "I think I can get her boxes swapped this afternoon."),
        // A question put with the helper first.
        (NamedLimitTests.flash, "Can't I bring it straight up to you at one?"),
        // Not a frame of thinking: knowing whether.
        (NamedLimitTests.flash, "I don't know if I can make one, but I'll try my best."),
    ])
    func aHedgeAroundNoLimitIsNone(_ client: String, _ reply: String) {
        #expect(!Self.found(reply, client).contains("boundary-setting"), "\(reply)")
    }

    @Test func aHedgedRefusalOfTheBreachIsNoBreach() {
        // The hedged refusal reaches the breach the client asked for, as a plain one does.
        let found = Self.found("I don't think I can ask SPD to flash it.", NamedLimitTests.flash)
        #expect(found.contains("boundary-setting"))
        #expect(!found.contains("breaches-sterile-field"))
        #expect(!found.contains("capitulates"))
    }

    // MARK: "sorry, but" and a cause said with a rising tone (``SorryButRule``).

    @Test func sorryButACauseAskedInStatementOrderIsANonApology() {
        for reply in [
            "sorry, but the pick list said 4.5, so SPD could have caught it?",
            "sorry but your scheduler booked it as a 4.5?",
        ] {
            let found = Self.found(reply, Self.howHappen)
            #expect(found.contains("non-apology"), "\(reply)")
            #expect(!found.contains("apology"), "\(reply)")
        }
        // A question with its helper first asks; the apology stands.
        for reply in [
            "I'm sorry, but could I see the sheet? I'll fix it now.",
            "So sorry. But could we go through the sheet together at 2?",
        ] {
            #expect(!Self.found(reply, Self.howHappen).contains("non-apology"), "\(reply)")
        }
    }

    // MARK: Seniority held over the client (``SeniorityRule``) and courteous corrections.

    @Test(arguments: [
        "With respect, Doctor, I was fitting plates when you were still at school.",
        "I've been doing these cases since before you qualified, so I know the set.",
        "I've sold more stents than you've had lunches, Doctor.",
        "Doctor, someone in your chair should really know better.",
        "Now, now, no need to get worked up about a backorder.",
    ])
    func seniorityAndCorrectionsArgueBack(_ reply: String) {
        #expect(Self.found(reply, Self.vanish).contains("argues-back"), "\(reply)")
    }

    @Test(arguments: [
        // The client's time of day, not their stage of life.
        "I was at the loading dock before you called, and the leads are on the shelf now.",
        // A comparison the client's verb leaves open.
        "I've had more backorders this year than you'd think, and I'm sorry this one hit you.",
        // The rep's own future.
        "I'll have the leads on your shelf before you finish your morning list.",
        // The rep's own fault.
        "I should have known better than to promise three weeks. I'm sorry.",
        // Deference, not a correction (`capitulates` reads it).
        "You'd know better than me, Doctor.",
    ])
    func notSeniorityOrCorrection(_ reply: String) {
        #expect(!Self.found(reply, Self.vanish).contains("argues-back"), "\(reply)")
    }

    // MARK: The demanded terms taken up in a formula of acceptance (capitulates' soft list).

    /// key-account: a price match demanded with a threat.
    static let eleven = "Let's talk about the eleven percent. Match it, or this is a very short meeting."

    @Test(arguments: [
        "Consider it matched, ma'am.",
        "Eleven it is, then.",
        "Friday at noon it is, and I'll bring the paperwork.",
    ])
    func aFormulaOfAcceptanceGivesIn(_ reply: String) {
        #expect(Self.found(reply, Self.eleven).contains("capitulates"), "\(reply)")
    }

    @Test(arguments: [
        "Matching it is not something I can do; I can take a line-item proposal to deal review by Friday.",
        "Maybe it is a short meeting, then. What matters most to you beyond the price?",
        // No demand: a meeting time agreed is no yes to anything improper.
        "Monday it is, I'll see you at nine.",
    ])
    func aFormulaThatAcceptsNothingImproper(_ reply: String) {
        let client = reply.hasPrefix("Monday") ? "Can we meet Monday instead?" : Self.eleven
        #expect(!Self.found(reply, client).contains("capitulates"), "\(reply)")
    }

    // MARK: Reassurance that it is small or will pass (``SmallProblemRule.usualFault``, phrases).

    @Test(arguments: [
        "Oh, these little mix-ups happen to all of us, Doctor.",
        "It could happen to anyone, honestly.",
        "Please don't fret, it'll all blow over by Monday.",
        "I wouldn't read too much into one reload.",
    ])
    func reassuranceMinimizes(_ reply: String) {
        #expect(Self.found(reply, Self.technique).contains("minimizing"), "\(reply)")
    }

    @Test(arguments: [
        // Negated: a promise it will not happen.
        "I'll make sure it doesn't happen to anyone on your team again.",
        // Whom a step reaches, not how often a fault happens.
        "I'll send the reprint to everyone on your team today.",
        // The client asked to read the data closely, not told it means nothing.
        "I'd read the patient-level data closely before deciding.",
    ])
    func notReassurance(_ reply: String) {
        #expect(!Self.found(reply, Self.technique).contains("minimizing"), "\(reply)")
    }
}
