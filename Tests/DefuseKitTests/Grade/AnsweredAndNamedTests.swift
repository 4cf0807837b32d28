import Testing

@testable import DefuseKit

/// play13 (issues 12 and 13): four families the blind play-throughs were misread in, each read
/// from structure with replies written for these tests (not the blind replies' words), and
/// look-alikes that must not be read. The client lines are the shipped scenarios' own, read with
/// their nodes' cues as `defuse grade` and play read them.
@Suite struct AnsweredAndNamedTests {
    static func found(_ reply: String, _ client: String) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    /// bias-client, pushes-again: a question about the rep's record at a node that avoids
    /// `capitulates` and `agrees-with-insult`.
    static let cage = "Doug knew that cage cold. How many TLIFs have you actually stood in on? Convince me."
    /// fold-prospect, his-reasons: terms demanded with a threat.
    static let forty = NamedLimitTests.forty
    /// off-label-request, the-ask: the size and the inflation time demanded.
    static let fistula =
        "Quick one while I have you. Dialysis patient on Thursday, a stenosis just past the anastomosis of her radiocephalic fistula, third time it's come back. I want your drug balloon on it. Six by forty? And how long do I inflate, two minutes or three? Your last rep would just tell me."
    /// oncologist-data, next-step: a node that expects a decisive action.
    static let readable = "Send me something I can actually read. Not a glossy leave-behind."

    // MARK: An answer to the client's question is not a yes (AnsweredQuestionRule)

    @Test(arguments: [
        "Happy to. Just under sixty TLIFs, a dozen of them on the Vantage expandable.",
        "Sure. Around 85 fusions since March, twenty with this cage.",
        "Of course. 112 of them over four years; ask me anything about the expansion.",
    ])
    func aFigureAnswersTheQuestion(_ reply: String) {
        #expect(!Self.found(reply, Self.cage).contains("capitulates"))
    }

    @Test(arguments: [
        // The figure given, then a move toward the demand in the client's words.
        (AnsweredAndNamedTests.cage, "Happy to, about forty. And I'll ask Doug to call you tonight."),
        // The client's own terms handed back: no question about the rep's record.
        (AnsweredAndNamedTests.forty, "Sure, forty percent it is."),
        // The demanded size and time supplied ("how long do I inflate" asks about the client).
        (AnsweredAndNamedTests.fistula, "six by forty, two minutes should do it"),
    ])
    func aYesStillGivesIn(_ client: String, _ reply: String) {
        #expect(Self.found(reply, client).contains("capitulates"))
    }

    @Test func theQuestionIsAboutTheRep() {
        #expect(AnsweredQuestionRule.asksForRecord(Self.cage))
        #expect(AnsweredQuestionRule.asksForRecord("How long have you been doing this, honestly?"))
        // A request, not the rep's record; the client's own step; no question mark.
        #expect(!AnsweredQuestionRule.asksForRecord("How much can you take off? I want forty."))
        #expect(!AnsweredQuestionRule.asksForRecord(Self.fistula))
        #expect(!AnsweredQuestionRule.asksForRecord("Tell me how many cases you have done."))
    }

    // MARK: A question granted fair is not the jab agreed with (AssentRule.grantsQuestion)

    @Test(arguments: [
        "Fair to ask. I have covered about fifty of them, and I know the inserter well.",
        "Fair question, doctor. I did the Vantage lab in June and have covered thirty cases since.",
        "Totally fair to ask. What would you want to see from me on Thursday?",
    ])
    func aQuestionGrantedFair(_ reply: String) {
        #expect(!Self.found(reply, Self.cage).contains("agrees-with-insult"))
    }

    @Test(arguments: [
        // Standing alone, with nothing after it.
        "fair question honestly",
        // The point granted, not the question.
        "Fair point. I've barely done any.",
        "Fair enough, I'm new to this.",
    ])
    func theJabStillAgreed(_ reply: String) {
        #expect(Self.found(reply, Self.cage).contains("agrees-with-insult"))
    }

    // MARK: The thing refused named by a noun (RefusalRule.namedThing)

    @Test(arguments: [
        "Forty percent and net 120 aren't terms we can offer.",
        "Net 120 isn't a payment term we can give you.",
        "Those aren't numbers I can do, but 12% and net 45 are.",
    ])
    func aLimitNamedByItsNoun(_ reply: String) {
        #expect(Self.found(reply, Self.forty).contains("boundary-setting"))
    }

    @Test(arguments: [
        // Conceding, not refusing.
        "Those aren't numbers I can ignore.",
        // Whose call it is, and a promise about a mistake.
        "That's not a call I can make on my own.",
        "It isn't a mistake I'll make again.",
    ])
    func notALimitByItsNoun(_ reply: String) {
        #expect(!Self.found(reply, Self.forty).contains("boundary-setting"))
    }

    // MARK: A deadline told by an event or the end of a period (TimeAnswerRule.deadline)

    @Test(arguments: [
        "The patient-level summary, on your desk before your Thursday clinic.",
        "The regulator's letter and the reprint, in your inbox by the end of the day.",
        "I'd like to try it your way, and we go through the paper together at the end of the week.",
    ])
    func aDeadlineByItsEvent(_ reply: String) {
        #expect(Self.found(reply, Self.readable).contains("decisive-action"))
    }

    @Test(arguments: [
        // After, not before; past.
        "It went to your office after your clinic last week.",
        // Hedged.
        "The summary, maybe before your clinic if I get to it.",
        // A routine's time.
        "At the end of every month we send out a newsletter.",
    ])
    func notADeadlineByItsEvent(_ reply: String) {
        #expect(!Self.found(reply, Self.readable).contains("decisive-action"))
    }

    // MARK: The device called fine after its failure (SmallProblemRule.deviceCalledFine)

    /// device-failure, technique-question: the surgeon asks whether the misfire was her fault.
    static let misfire = NamedLimitTests.fault

    @Test(arguments: [
        "Honestly the reloads are fine, it was probably just one of those days.",
        "Bin it, the device is perfectly fine.",
        "There's nothing wrong with the stapler, doctor.",
    ])
    func theDeviceCalledFine(_ reply: String) {
        #expect(Self.found(reply, Self.misfire).contains("minimizing"))
    }

    @Test(arguments: [
        // A person, not the device; another device; the device not fine.
        "I'm so sorry. The patient is fine, and the misfire goes to complaint handling today.",
        "The replacement stapler is fine, I checked it myself before the case.",
        "The stapler isn't fine, and it goes to quality with the reload today.",
    ])
    func notTheDeviceCalledFine(_ reply: String) {
        #expect(!Self.found(reply, Self.misfire).contains("minimizing"))
    }
}
