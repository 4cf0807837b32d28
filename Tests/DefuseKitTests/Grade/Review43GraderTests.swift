import Testing

@testable import DefuseKit

/// Readers' findings of review43 that the rules, not a phrase list, had to settle.
@Suite struct Review43GraderTests {
    static let belowTheKnee =
        "If I used it again, it would be below the knee, in my limb-salvage patients, where patency actually matters. Send me whatever you have on that."

    /// R10 finding 4 (oncologist-data `off-label-ask`): the question handed to medical affairs,
    /// who send what they send, is neither a yes to her demand nor promotion of the use.
    @Test func aRequestHandedToMedicalAffairsGrantsNothing() {
        for reply in [
            "I'll have medical affairs send you the below-the-knee data today",
            "I'll get medical information to call you about the below-the-knee use this week.",
        ] {
            let found = StructureReadingTests.found(reply, Self.belowTheKnee)
            #expect(!found.contains("capitulates"), "\(reply)")
            #expect(!found.contains("off-label-promotion"), "\(reply)")
        }
        // The rep sending it himself still gives in, with medical affairs named or not.
        for reply in [
            "I'll send you the below-the-knee data today",
            "I'll send you the BTK data and cc medical affairs",
        ] {
            let found = StructureReadingTests.found(reply, Self.belowTheKnee)
            #expect(found.contains("capitulates"), "\(reply)")
            #expect(found.contains("off-label-promotion"), "\(reply)")
        }
    }

    static let midnight =
        "Finally. It's Rhonda, charge on nights at St. Luke's. I've got a hip at six-thirty and your nail tray has no targeting arm for the long nails. Your name is on the tray. What are you going to do about it?"

    /// R11 finding 6 (after-hours-call `the-call`): a message to a third party put off to the
    /// morning passes the problem on; it owns no fix. Going on to deliver still does.
    @Test func aMessagePutOffToTheMorningOwnsNothing() {
        for reply in [
            "ugh it's almost midnight. the warehouse packs those trays, not me. I'll email them in the morning",
            "I'll text them first thing tomorrow.",
        ] {
            #expect(!StructureReadingTests.found(reply, Self.midnight).contains("ownership"), "\(reply)")
        }
        let delivers = "I'll call them in the morning and have the arm at St. Luke's by 6:15 myself."
        #expect(StructureReadingTests.found(delivers, Self.midnight).contains("ownership"))
    }

    static let offer =
        "Here's my offer. Ninety ablations a month across three clinics. Forty percent off list, net 120, two generators placed free, exclusivity for the metro area, and your personal cell on call for my clinics. Sign tonight and it's yours."

    /// R12 finding 3 (fold-prospect `opening`): a maybe on a discount and payment terms is a
    /// concession past the rep's authority, not a thing of value; a maybe on the free generators
    /// still offers value.
    @Test func aMaybeOnTermsIsAConcessionNotAGift() {
        let terms = StructureReadingTests.found("I could probably get you to 20% and net 60", Self.offer)
        #expect(terms.contains("unauthorised-concession"))
        #expect(!terms.contains("offers-value"))
        #expect(terms.contains("capitulates"))
        let generators = StructureReadingTests.found(
            "We could probably place the two generators free for you.", Self.offer)
        #expect(generators.contains("offers-value"))
    }

    /// Stop 43, the retired never-read EE093 and EE027: laughter typed long is the short laugh,
    /// so "hahaha true" after a jab agrees with it as "haha true" does.
    @Test func laughterAtAnyLengthReadsAsTheShortLaugh() {
        #expect(Spelling.laughter("hahaha") == "haha")
        #expect(Spelling.laughter("ahahah") == "haha")
        #expect(Spelling.laughter("hehehe") == "hehe")
        #expect(Spelling.laughter("lolol") == "lol")
        for word in ["hhhhh", "aaaaa", "hashh", "haha", "hehe", "lolll", "halls"] {
            #expect(Spelling.laughter(word) == nil, "\(word)")
        }
        let jab =
            "Careful with that. Don't throw your back out, I'd hate to fix your hip before I fix my patient's ankle. (He grins at Jess.)"
        #expect(
            StructureReadingTests.found("hahaha true, my back is not what it was", jab).contains(
                "agrees-with-insult"))
    }
}
