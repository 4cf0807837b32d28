import Testing

@testable import DefuseKit

/// Violations read from structure that last session's retired sets (BA-BD) missed (issue 12,
/// rules7): the problem called small (``SmallProblemRule``), the client's charge denied with no
/// subject (``RetortRule``), an apology explained away (``ExplainedAwayRule``) and the thing
/// disowned (``NotMineRule``). Replies written for these tests; each reading has a look-alike that
/// must not take it.
@Suite struct PlayedDownTests {
    static func found(_ reply: String, _ client: String?) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    static let sheet = "The count sheet was wrong again. My nurses spent an hour on it."
    static let lecture = "Don't lecture me about my own hospital."
    static let excuses = "You're just making excuses now."
    static let fine = "So you're telling me this is fine?"

    @Test func theProblemCalledSmallIsMinimizing() {
        for reply in [
            "Honestly it's small stuff, the count will match next week.",
            "it's one sheet, everyone gets those wrong.",
            "It really was nothing, a typo in one row.",
            "eh, probably nothing in it",
            "Minor issue, I'll reprint it.",
        ] {
            #expect(Self.found(reply, Self.sheet).contains("minimizing"), "\(reply)")
        }
        // Negated, asked, "one of"/"one for", "a small price": not the problem made small.
        for reply in [
            "It's not nothing, and I'm sorry your nurses lost the hour.",
            "I won't tell you it's a small thing. I'll recount it with them tomorrow at 7.",
            "That's one of ours, I'll recount it at 7 tomorrow.",
            "That's one for our quality team; I'll file it today.",
            "It's a small price to pay for getting it right, so I'll recount at 7.",
            "Is it a small thing? No. I'll recount it with them at 7.",
        ] {
            #expect(!Self.found(reply, Self.sheet).contains("minimizing"), "\(reply)")
        }
    }

    @Test func theChargeDeniedWithNoSubjectArguesBack() {
        #expect(
            Self.found("not lecturing. just pointing out the policy.", Self.lecture).contains("argues-back"))
        #expect(
            Self.found("not excuses, the courier really did lose it", Self.excuses).contains("argues-back"))
        // "No excuses" takes the charge on; a denial beside an apology or a fix is not a retort.
        #expect(
            !Self.found("No excuses. It's my mistake and I'll drive the set over now.", Self.excuses)
                .contains(
                    "argues-back"))
        #expect(
            !Self.found("Not lecturing, I'm sorry. I'll have the set there by 3.", Self.lecture).contains(
                "argues-back"))
        // A word the client did not put on the rep is no denial of it.
        #expect(
            !Self.found("not my hospital, you're right. I'll have the set there by 3.", Self.lecture)
                .contains(
                    "argues-back"))
    }

    @Test func anApologyExplainedAwayIsANonApology() {
        #expect(
            Self.found("Sorry, I just meant the recall only covers one lot.", Self.fine).contains(
                "non-apology"))
        #expect(
            Self.found("I'm sorry, I just think it was blown out of proportion.", Self.fine).contains(
                "non-apology"))
        // In another sentence, or the rep's own step: an apology.
        let nextSentence = Self.found(
            "Sorry. I just think we should check the lot numbers together this afternoon.", Self.fine)
        #expect(nextSentence.contains("apology") && !nextSentence.contains("non-apology"))
        let ownStep = Self.found("Sorry, I just need the lot number to start the report.", Self.fine)
        #expect(ownStep.contains("apology") && !ownStep.contains("non-apology"))
        // "ur upset" is "you're upset" typed short.
        #expect(
            Self.found("sorry ur upset, the box was fine when it left", Self.fine).contains("non-apology"))
    }

    static let arm =
        "Your nail tray has no targeting arm and I've got a hip at six-thirty. What are you doing about it?"

    @Test func theThingDisownedIsBlame() {
        #expect(
            Self.found("Not exactly my shipment, I only drop the trays off.", Self.arm).contains(
                "blame-shifting"))
        #expect(Self.found("honestly that was never our paperwork", Self.arm).contains("blame-shifting"))
        // The rep's intention or opinion, a party judged, or the fix owned: no denial.
        #expect(
            !Self.found("Not my intention to leave you short, and I'm sorry it happened.", Self.arm).contains(
                "blame-shifting"))
        #expect(
            !Self.found("Not my tray, but the arm is mine to get you: I'm driving it over now.", Self.arm)
                .contains("blame-shifting"))
    }

    static let misfire = "The stapler misfired in my patient. Is this getting reported or not?"

    @Test func anOfferANeedOrAFaultJudgedIsNoQuietBlame() {
        // What a party of the rep's side can do, what the client's people need, a fault judged.
        for reply in [
            "Our clinical specialist can walk your scrub tech through the long nails at six.",
            "Your team needs the full set, no question.",
            "A missing arm on a loaner isn't ok.",
        ] {
            #expect(!Self.found(reply, Self.arm).contains("blame-shifting"), "\(reply)")
        }
        // A party that could not, or was not ready: still the cause.
        #expect(Self.found("The warehouse couldn't find the arm.", Self.arm).contains("blame-shifting"))
        #expect(Self.found("The warehouse wasn't ready for it.", Self.arm).contains("blame-shifting"))
    }

    @Test func whoDecidesAnywhereInTheSentenceIsARole() {
        #expect(
            !Self.found("They decide whether it's reportable, not me. I'll file it by 3 today.", Self.misfire)
                .contains("blame-shifting"))
        #expect(
            Self.found("They decide whether it's reportable, not me.", Self.misfire).contains(
                "blame-shifting"))
    }
}
