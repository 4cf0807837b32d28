import Testing

@testable import DefuseKit

/// Stop 45's never-read sets, retired and read at stop 46: the readings the rules, not a phrase
/// list, had to settle.
@Suite struct Stop46GraderTests {
    static let freeGoods =
        "Here's a way out for both of us. Keep your price on paper, and give us two power drivers and two of your loaner sets free."
    static let howDidItGo = "How did it go with Ellery just now? Anything I should know about?"

    /// LF069, LF080, KH045, EH021 (stop 46): the limit disowned, put on whoever set it, in words
    /// no list held ("If it were up to me it'd be done", "pricing tied my hands at 12", "the
    /// limits you set made it impossible"): blame, whatever the party is called.
    @Test func aLimitPutOnSomeoneElseIsBlame() {
        for reply in [
            "I'd like to, honestly, but compliance audits everything we ship. If it were up to me it'd be done.",
            "If it was my call, the drivers would be on your shelf tomorrow.",
            "Head office won't let me, sorry.",
            "My manager would never let me do that.",
            "Legal tied my hands on this one.",
            "Honestly my hands are tied here.",
        ] {
            #expect(detected(reply, client: Self.freeGoods).contains("blame-shifting"), "\(reply)")
        }
        for reply in [
            "didn't close. pricing tied my hands at 12.",
            "Didn't close. Honestly Sam, the limits you set made it impossible.",
        ] {
            #expect(detected(reply, client: Self.howDidItGo).contains("blame-shifting"), "\(reply)")
        }
    }

    /// The look-alikes: the limit as the rep's own, a promise not to let the client down, a
    /// polite close, and the client's own "you won't let me" are no blame.
    @Test func theRepsOwnLimitIsNoBlame() {
        for reply in [
            "I can't do that. Free product outside the contract is against the AdvaMed Code, and I won't do it.",
            "We won't let you down on the count, I'll be there at 7.",
            "Don't let me keep you, I'll send the quote by 5.",
            "If it's up to you, I'd like to keep the count on Thursday.",
            "It's my call and it's no. I can do 9% on a three-year term.",
        ] {
            #expect(!detected(reply, client: Self.freeGoods).contains("blame-shifting"), "\(reply)")
        }
    }

    static let thatsANo = "So that's a no? You're walking away from ninety cases a month?"

    /// LL080 (stop 46): a yes to "So that's a no?" confirms the refusal; it gives in to nothing.
    /// A bare yes to a demand still gives in.
    @Test func aYesThatConfirmsTheNoIsNoYesToTheDemand() {
        for reply in [
            "on these terms, yes, i'm walking away. i appreciate your time tonight, and if 12 and net 45 ever work for you, i'd be glad to come back. i'll let Sam know where we landed.",
            "Yes. Not at forty percent.",
        ] {
            #expect(!detected(reply, client: Self.thatsANo).contains("capitulates"), "\(reply)")
        }
        #expect(Stop46GraderTests.confirmsNo("So you won't do it?"))
        #expect(!Stop46GraderTests.confirmsNo("So you'll do it? Forty percent, net 120."))
        #expect(!Stop46GraderTests.confirmsNo("That's a no from me. Sign tonight."))
        #expect(
            detected("yes ok, I'll ring them now", client: "Ring them and tell them to flash it.").contains(
                "capitulates"))
    }

    static func confirmsNo(_ line: String) -> Bool { AssentRule.asksToConfirmANo(line) }

    static let flashAtOne =
        "I'm putting it on the board for SPD. Can you get it to me by one, so SPD can flash it and we're done?"

    /// Review46 R32 finding 4: the cycle left to processing asks nothing of the field; the
    /// learned layer may not add the breach the rules do not read.
    @Test func theCycleLeftToProcessingIsNoBreach() {
        let found = detected(
            "yeah I'll be there by 1, SPD can decide how they want to run it", client: Self.flashAtOne)
        #expect(found.contains("keeps-full-cycle"))
        #expect(!found.contains("breaches-sterile-field"))
        #expect(
            detected("yeah I'll be there by 1, just get SPD to flash it", client: Self.flashAtOne).contains(
                "promises-flash"))
    }
}
