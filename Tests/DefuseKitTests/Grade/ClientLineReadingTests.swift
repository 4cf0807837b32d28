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
}
