import Testing

@testable import DefuseKit

/// Readings that take the client's line as input (issue 12, rules3): a dare after a threat to
/// go elsewhere, a yes to a sweeping remark, the demanded answer handed over, a fix relayed to a
/// third party, a vague "we'll figure it out". Replies written for these tests; each holds one
/// reading and a look-alike that must not take it.
@Suite struct ClientLineReadingTests {
    static func found(_ reply: String, _ client: String) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    static let threat = "Forty percent, or I call someone who wants the business more than you."
    static let sweeping = "Wrong count again. Nobody ever tells you anything, do they?"
    /// A scenario's off-label sizing question (off-label-request), read by its node.
    static let sizing =
        "Quick one while I have you. Dialysis patient on Thursday, a stenosis just past the anastomosis of her radiocephalic fistula, third time it's come back. I want your drug balloon on it. Six by forty? And how long do I inflate, two minutes or three? Your last rep would just tell me."
    static let complaint = "The tray for my eight o'clock never showed up. Where is it?"

    @Test func aDareToGoElsewhereArguesBack() {
        #expect(Self.found("Then go with them.", Self.threat).contains("argues-back"))
        #expect(Self.found("fine then, ring them", Self.threat).contains("argues-back"))
        #expect(
            !Self.found("Then let's look at what I can do on volume.", Self.threat).contains("argues-back"))
        #expect(
            !Self.found("I'd rather keep you, so let me show you the numbers.", Self.threat).contains(
                "argues-back"))
    }

    @Test func impatienceAndTurningItBackArgue() {
        #expect(Self.found("give me a second, jeez", Self.complaint).contains("argues-back"))
        #expect(Self.found("It's on the label. Read it.", Self.sizing).contains("argues-back"))
        #expect(
            Self.found("that's exactly the kind of thinking that delays a case", Self.threat).contains(
                "argues-back"))
        // Reading the evidence another way is a challenge, not a retort.
        #expect(
            !Self.found("I read it a little differently, can I show you?", Self.sizing).contains(
                "argues-back"))
    }

    @Test func aFlatCorrectionArguesBack() {
        #expect(
            Self.found("Come on, you signed for the 4.5 yourself.", Self.complaint).contains("argues-back"))
        #expect(Self.found("that's just not how it works, I'm afraid", Self.threat).contains("argues-back"))
        #expect(
            Self.found("Friday isn't really your call, the contract says so.", Self.threat).contains(
                "argues-back"))
        // Saying whose decision it is about the rep's own side is not a jab at the client.
        #expect(
            !Self.found("Flashing isn't my call to make; SPD decides.", Self.threat).contains("argues-back"))
    }

    @Test func aQuestionTheReplyAsksReportsNoInsult() {
        let claim = "I read the abstract. The older patients did worse on your arm, so I'm not using it."
        let asked = Self.found("Fair. What does the interaction test look like to you?", claim)
        #expect(!asked.contains("agrees-with-insult"))
        // Said as a statement, the same words report the remark the rep agrees with.
        #expect(Self.found("Fair, I look like a student.", claim).contains("agrees-with-insult"))
    }

    @Test func aYesToASweepingRemarkAgreesWithIt() {
        #expect(Self.found("yeah, nobody tells me anything", Self.sweeping).contains("agrees-with-insult"))
        // "no" after the yes refuses; a negative word inside the remark does not.
        #expect(
            !Self.found("yeah no, I heard at seven and I'm recounting it now", Self.sweeping).contains(
                "agrees-with-insult"))
    }

    @Test func aYesBesideAnApologyConcedesTheMistakeNotTheInsult() {
        let owned = Self.found(
            "You're right, and I'm sorry. I'll recount the shelf with you now.", Self.sweeping)
        #expect(!owned.contains("agrees-with-insult"))
        #expect(owned.contains("apology"))
        #expect(Self.found("You're right lol", Self.sweeping).contains("agrees-with-insult"))
    }

    @Test func handingOverTheDemandedAnswerCapitulates() {
        #expect(Self.found("six by forty, three minutes is about right", Self.sizing).contains("capitulates"))
        #expect(Self.found("Six by forty and two minutes.", Self.sizing).contains("capitulates"))
        #expect(
            !Self.found("Six by forty isn't a size I can advise on for a fistula.", Self.sizing).contains(
                "capitulates"))
        #expect(
            !Self.found("I can't size that for you; medical affairs can, by Wednesday.", Self.sizing)
                .contains("capitulates"))
    }

    @Test func relayingTheProblemToAThirdPartyIsNotOwnership() {
        #expect(!Self.found("I'll call them", Self.complaint).contains("ownership"))
        #expect(
            !Self.found("I'll email the warehouse and let you know.", Self.complaint).contains("ownership"))
        #expect(
            Self.found("I'll drive the set over myself and have it with you by 7:40.", Self.complaint)
                .contains("ownership"))
    }

    @Test func figuringSomethingOutIsNotADecisiveStep() {
        let line = "My nights are off until Sunday, and go-live is Monday at seven."
        #expect(!Self.found("We'll figure something out before Monday.", line).contains("decisive-action"))
        #expect(
            Self.found("I'll run the night session myself on Sunday at 6 pm.", line).contains(
                "decisive-action"))
    }

    /// Scenario lines (angry-surgeon, device-failure, scrub-nurse-blame) as the sets type them.
    static let bookingSheet =
        "That's a 4.5 large-frag set. My noon case is a lateral plateau and I need the 3.5 proximal tibia plates. It's five to eleven. Does anybody at your company read a booking sheet?"
    static let managerPresses =
        "(11:30. Your district manager, Rick Delaney, rings you in the car park.) Heard about the misfire. Patient's fine, yes? Then let's not open a complaint over one reload. That lot is all over the region and I don't need quality crawling over our biggest bariatric account. Swap her boxes quietly, buy her team lunch, and we move on."
    static let surgeonAsks =
        "(Dr. Farrell.) I need the ten-mil augment trial in twenty minutes. Can't SPD just flash the tray? Or you know that kit: open what's there and hand Marisol the trial."

    @Test func aBareNoToDoesAnybodyConcedesTheInsult() {
        #expect(Self.found("Honestly? Clearly not.", Self.bookingSheet).contains("agrees-with-insult"))
        #expect(Self.found("nope lol", Self.bookingSheet).contains("agrees-with-insult"))
        // A no that goes on to the fix is not bare.
        #expect(
            !Self.found("Not well enough today, no. I'm getting you the 3.5 set now.", Self.bookingSheet)
                .contains("agrees-with-insult"))
    }

    @Test func aYesBesideOwnershipConcedesTheMistake() {
        #expect(
            !Self.found("Yep, that's the wrong set, and that's on me.", Self.bookingSheet)
                .contains("agrees-with-insult"))
        #expect(Self.found("yep lol", Self.bookingSheet).contains("agrees-with-insult"))
    }

    @Test func demandsNoListKnewAreReadFromTheirLines() {
        // Dropping the complaint and swapping boxes: doing what the manager asked gives in.
        let swapped = Self.found("ok, I'll swap her boxes and sort the lunch", Self.managerPresses)
        #expect(swapped.contains("capitulates"))
        #expect(!swapped.contains("ownership"))
        #expect(
            !Self.found(
                "No, Rick. I'm filing it today; swapping her boxes is fine on the record.",
                Self.managerPresses
            )
            .contains("capitulates"))
        // Flashing or opening the set for the surgeon.
        #expect(
            Self.found("sure, I'll pull the trial out of the set for her", Self.surgeonAsks).contains(
                "capitulates"))
        #expect(
            Self.found(
                "I can't open anything onto the field, and I won't ask them to flash it.", Self.surgeonAsks
            )
            .contains("boundary-setting"))
    }

    @Test func aReportToAManagerDoesNotSayYesToTheDemandItTells() {
        let manager =
            "(16:30. Carla Nguyen, your regional manager, returns your call.) You said something came up with Dr. Whitlock. Walk me through it, from when you walked in."
        #expect(
            !Self.found(
                "ok so he said he wanted to send me someone under forty, and I told him I'm covering his cases.",
                manager
            ).contains("capitulates"))
    }

    @Test func aClosingWithAFollowUpIsAnExit() {
        let busy = "I've got a clinic starting. Are we done?"
        #expect(
            Self.found("Thanks for your time today. I'll email you the summary tonight.", busy)
                .contains("graceful-exit"))
        #expect(
            Self.found("Then I'll go, your clinic first. I'll call your office Thursday.", busy)
                .contains("graceful-exit"))
        #expect(
            Self.found("Have a good evening, doctor; I'll be in touch tomorrow.", busy).contains(
                "graceful-exit"))
        #expect(
            Self.found("I'll leave the proposal with you and check in on the 12th.", busy)
                .contains("graceful-exit"))
        // Taking care of the problem is not a farewell; thanks for listening is not a closing.
        #expect(
            !Self.found("I'll take care of it and call you by 4 with the answer.", busy).contains(
                "graceful-exit"))
        #expect(
            !Self.found("Thanks for hearing me out. I'll call you tomorrow.", busy).contains("graceful-exit"))
    }

    @Test func afterADemandRefusingWhatWasAskedIsALimit() {
        let match = "Let's talk about the eleven percent. Match it, or this is a very short meeting."
        #expect(
            Self.found("I can't get to eleven, the most I can do is six.", match).contains("boundary-setting")
        )
        #expect(Self.found("I can't promise eleven by Friday.", match).contains("boundary-setting"))
        // Without a demand the same verbs are not limits.
        #expect(
            !Self.found("I can't get there before 3, so I'm sending the set by courier now.", Self.complaint)
                .contains("boundary-setting"))
        #expect(
            Self.found(
                "I'll pass on that one, off the record or not.", "Go on. Tell me what you think of him."
            )
            .contains("boundary-setting"))
    }
}
