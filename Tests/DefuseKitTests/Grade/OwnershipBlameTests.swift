import DefuseKit
import Testing

/// `ownership` and `blame-shifting`: the rep takes the fix (or the miss) personally; passing it
/// on, denying it or pinning it on someone else is blame-shifting, except a neutral cause inside
/// a reply that owns the fix.
@Suite struct OwnershipBlameTests {
    @Test(arguments: [
        "That one is on me.",
        "thats my mistake, ill sort it out",
        "Let me take care of this for you.",
        "I've already booked a courier with the correct implants.",
        "I'm driving the spare set over myself.",
        "I got the dose wrong and I own it.",
        "The error was from my side, I will arrange the right size.",
    ])
    func ownership(_ reply: String) {
        #expect(detected(reply).contains("ownership"))
    }

    @Test(arguments: [
        "You'll need to call customer service.",
        "Someone from head office will look into it.",
        "The company will reach out to you.",
        "I won't fix anything for you.",
        "ok",
    ])
    func notOwnership(_ reply: String) {
        #expect(!detected(reply).contains("ownership"))
    }

    @Test(arguments: [
        "It's not my fault, logistics packed it.",
        "The warehouse screwed up, not me.",
        "You must have ordered the wrong size.",
        "you'll have to ring shipping about it",
        "Sorry, it's out of my hands.",
        "the courier lost it, they do this all the time",
        "traffic was crazy, nothing i could do",
    ])
    func blameShifting(_ reply: String) {
        #expect(detected(reply).contains("blame-shifting"))
    }

    @Test(arguments: [
        "Our warehouse pulled the wrong tray; I'm driving the right one over now.",
        "I won't make excuses. I'll fix it today.",
        "The label changed after our training, and I should have checked. That's on me.",
    ])
    func notBlameShifting(_ reply: String) {
        #expect(!detected(reply).contains("blame-shifting"))
    }

    @Test func neutralCauseIsExplained() throws {
        let grade = shippedGrader.grade("Our depot sent the wrong kit.", client: nil)
        #expect(grade.isPresent("blame-shifting"))
        let owned = shippedGrader.grade(
            "Our depot sent the wrong kit, that's on me and I'm fixing it.", client: nil)
        let verdict = try #require(owned.verdicts["blame-shifting"])
        #expect(!verdict.present)
        #expect(verdict.explanation?.contains("ownership") == true)
    }

    /// "so SPD have their 48 hours" after a plan is its purpose, not a cause put on SPD
    /// (review21 C finding 3); the same "so" after a past fault still names the cause.
    @Test func thePurposeOfAPlanIsNoCause() {
        let ahead = "SPD wants loaners 48 hours ahead. If the set comes in that morning, what happens?"
        #expect(
            !detected(
                "The set will be at SPD by 10 on Thursday, so SPD have well over their 48 hours.",
                client: ahead
            )
            .contains("blame-shifting"))
        #expect(
            detected("The courier was late, so the warehouse had no time.", client: ahead).contains(
                "blame-shifting"))
    }

    /// The report put off to a later day is the delay, not a fix owned (review22 A finding 1).
    @Test func theReportPutOffIsNoOwnership() {
        let binned =
            "The reload went in the bin, so whoever looks into this starts with nothing. So what happens now?"
        let later = detected("Understood. I'll sort out the paperwork later this week.", client: binned)
        #expect(later.contains("delays-reporting"))
        #expect(!later.contains("ownership"))
        #expect(
            detected("I'll sort out the replacement reloads this afternoon.", client: binned).contains(
                "ownership"))
    }
}
