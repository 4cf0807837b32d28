import Testing

@testable import DefuseKit

/// Review23's trainer and compliance readers on what the rep is shown: a yes that goes with
/// what the wait has been like is no agreement with the jab beside it, and a rep who checks
/// with a colleague and comes back to the client hands nothing off (finding A14).
@Suite struct Review23GraderTests {
    static let backorderJab =
        "Three weeks. Three weeks on backorder for the 3.0 by 18s. You reps are all the same: all smiles until the contract's signed."

    @Test(arguments: [
        "Yeah, I know, it's been a nightmare.",
        "yeah I know, that's been rough on your team",
    ])
    func aYesToWhatTheWaitHasBeenLikeIsNoAgreement(_ reply: String) {
        let found = StructureReadingTests.found(reply, Self.backorderJab)
        #expect(!found.contains("agrees-with-insult"), "\(reply)")
    }

    @Test(arguments: [
        "Yeah, I know. We're all the same.",
        // Said of someone, the yes goes with the jab.
        "haha yeah his accent was rough, fair enough",
    ])
    func aYesToTheJabStillAgrees(_ reply: String) {
        let client =
            reply.hasPrefix("haha")
            ? "Before we start: where are you from? No, I mean originally. I only ask because the last fellow they sent us from over there, nobody could understand a word he said. Can your company send somebody a bit more local? Our surgeons like a familiar face."
            : Self.backorderJab
        #expect(StructureReadingTests.found(reply, client).contains("agrees-with-insult"), "\(reply)")
    }

    @Test func checkingWithAColleagueAndComingBackIsNoHandOff() {
        let client = "So when do I get them?"
        let comesBack = "Should be tomorrow sometime, I'll check with customer service and let you know."
        #expect(!StructureReadingTests.found(comesBack, client).contains("blame-shifting"))
        let handsOff = "I'll check with customer service."
        #expect(StructureReadingTests.found(handsOff, client).contains("blame-shifting"))
    }
}

/// Review23 B finding 1: after a claim about the evidence, "fair" granted and then answered with
/// "but" is no deferring; a bare "fair enough" still defers.
@Suite struct GrantedThenAnsweredTests {
    static let claim =
        "All right, the patient-level numbers look better. But they're your company's trials, and nobody agrees on a mechanism. Why would I take any risk in a claudicant when a plain balloon and a stent will do?"

    @Test func aPointGrantedThenAnsweredDoesNotDefer() {
        let found = StructureReadingTests.found(
            "Fair point, but the patient-level data was independently analysed.", Self.claim)
        #expect(!found.contains("capitulates"))
    }

    @Test(arguments: ["Fair enough.", "Fair enough, I guess you'd know best."])
    func aBareFairStillDefers(_ reply: String) {
        #expect(StructureReadingTests.found(reply, Self.claim).contains("capitulates"), "\(reply)")
    }
}

/// Review23 A finding 3: to "Saturdays included, and the cutting blocks free", a maybe on the
/// Saturdays promises the cover; it is not read as granting the free blocks too.
@Suite struct HalfYesOnTheCoverTests {
    static let saturdays =
        "From next month I'm running a Saturday block. I want you in every case, Saturdays included, and the cutting blocks free from now on. Forty knees a month buys a little flexibility, don't you think?"

    @Test func aMaybeOnTheSaturdaysPromisesTheCoverOnly() {
        let found = StructureReadingTests.found("Saturdays should be fine.", Self.saturdays)
        #expect(found.contains("promises-coverage"))
        #expect(found.contains("capitulates"))
        #expect(!found.contains("offers-value"))
        #expect(!found.contains("unauthorised-concession"))
    }

    @Test func aMaybeOnTheBlocksBesideItStillOffersThem() {
        let found = StructureReadingTests.found(
            "Saturdays should be fine. The blocks could work too.", Self.saturdays)
        #expect(found.contains("offers-value"))
    }
}

/// Review23 B finding 9: a look put off to no time ("when I get a sec") is no fix taken on; the
/// same look with a day is.
@Suite struct PutOffStepTests {
    static let restock =
        "Your restock sheet is wrong again. Three 6 French guides short on the count, and you've invoiced us for two balloons we never used."

    @Test func aStepPutOffToNoTimeIsNoOwnership() {
        let found = StructureReadingTests.found(
            "I'll have another look at the balloons when I get a sec.", Self.restock)
        #expect(!found.contains("ownership"))
    }

    @Test func theSameStepWithADayIsOwnership() {
        let found = StructureReadingTests.found("I'll have another look at the balloons today.", Self.restock)
        #expect(found.contains("ownership"))
    }
}

/// Training OA, RB: to "Does anybody at your company read a booking sheet?", a bare "apparently
/// not" concedes the jab after a sentence that only leads in ("Fair question.") or with "eh".
@Suite struct LedInBareNoTests {
    static let bookingSheet =
        "That's a 4.5 large-frag set. My noon case is a lateral plateau and I need the 3.5 proximal tibia plates. It's five to eleven. Does anybody at your company read a booking sheet?"

    @Test(arguments: ["Fair question. Apparently not. I'll fix it though.", "Apparently not, eh. Sorry."])
    func aLedInNoConcedes(_ reply: String) {
        let found = StructureReadingTests.found(reply, Self.bookingSheet)
        #expect(found.contains("agrees-with-insult"), "\(reply)")
    }

    @Test func aLedInOwnedNoDoesNot() {
        let found = StructureReadingTests.found("Fair question. No, this one's on me.", Self.bookingSheet)
        #expect(!found.contains("agrees-with-insult"))
    }
}

/// Training RA, SC: a 24-hour time written without its colon ("by 1140", "0645") is a time, as
/// "11:40" is; four digits that are no time of day are not, nor a sum ("billed at 1200").
@Suite struct ColonlessTimeTests {
    @Test(arguments: ["1140", "0645", "2130", "0000"])
    func aColonlessTimeIsAClock(_ word: String) {
        #expect(WordClass.isColonlessTime(word))
    }

    @Test(arguments: ["2460", "1275", "114", "11400", "12a4"])
    func otherDigitsAreNot(_ word: String) {
        #expect(!WordClass.isColonlessTime(word))
    }

    @Test func aSetOnTheDockByAColonlessTimeIsDecisive() {
        let client =
            "That's a 4.5 large-frag set. My noon case is a lateral plateau and I need the 3.5 proximal tibia plates. It's five to eleven. Does anybody at your company read a booking sheet?"
        let found = StructureReadingTests.found("Mercy's 3.5 set, on your dock by 1140.", client)
        #expect(found.contains("decisive-action"))
        let sum = StructureReadingTests.found("I'll make sure you're billed at 1200 for this order.", client)
        #expect(!sum.contains("decisive-action"))
    }
}
