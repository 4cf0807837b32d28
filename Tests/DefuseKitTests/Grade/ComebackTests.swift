import Testing

@testable import DefuseKit

/// `argues-back` said as a comeback (``ComebackRule``, issue 12, rules5): an echo question
/// thrown back, "have you even…?", a lecture after a jab, the client's remark judged. Replies
/// written for these tests; each reading has a look-alike that must not take it.
@Suite struct ComebackTests {
    static func found(_ reply: String, _ client: String?) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    /// toxic-client's "pathetic" line: its node avoids `agrees-with-insult`.
    static let pathetic =
        "Honestly, you're pathetic. If you worked for me you'd have been gone on day one. Now stand there and take it while I tell you what I think of your useless company."
    static let discount = "I want forty percent off the plates by Friday, or I'm calling your competitor."
    static let weekly = "Every month the count sheet is wrong. Every single month."

    @Test func anEchoQuestionThrownBackArgues() {
        #expect(
            Self.found("Useless? You couldn't run a lab without us.", Self.pathetic).contains("argues-back"))
        #expect(Self.found("Forty percent? Don't make me laugh.", Self.discount).contains("argues-back"))
        #expect(
            Self.found("Every single month? That's rich, it was wrong once.", Self.weekly).contains(
                "argues-back"))
        #expect(
            Self.found("Seriously? You think I miscounted on purpose?", Self.weekly).contains("argues-back"))
        // An echo that checks the ask, then acts or refuses, is not a comeback.
        #expect(
            !Self.found("By Friday? I'll have the pricing team's answer to you Thursday.", Self.discount)
                .contains("argues-back"))
        #expect(
            !Self.found("Forty percent? I can't go there. Our best is twelve.", Self.discount).contains(
                "argues-back"))
        #expect(
            !Self.found("Every month? I'm sorry, you shouldn't be checking my sheets.", Self.weekly).contains(
                "argues-back"))
    }

    @Test func haveYouEvenDoubtsTheClient() {
        #expect(
            Self.found("Have you even opened the trial summary I left?", Self.discount).contains(
                "argues-back"))
        #expect(Self.found("do you even count them yourself?", Self.weekly).contains("argues-back"))
        // A plain question to the client is not.
        #expect(
            !Self.found("Have you opened the trial summary I left?", Self.discount).contains("argues-back"))
        #expect(!Self.found("Have you even had a minute to eat today?", Self.weekly).contains("argues-back"))
    }

    @Test func aLectureAfterAJabArgues() {
        #expect(
            Self.found("Maybe learn some respect before you call anyone pathetic.", Self.pathetic).contains(
                "argues-back"))
        #expect(
            Self.found("Then maybe don't talk to your reps that way.", Self.pathetic).contains("argues-back"))
        // After a plain demand, "maybe" suggests.
        #expect(
            !Self.found("Maybe talk to purchasing first and I'll bring the numbers.", Self.discount).contains(
                "argues-back"))
    }

    @Test func theClientsRemarkJudgedArgues() {
        #expect(
            Self.found("That's a pretty short-sighted thing to say about a supplier.", Self.discount)
                .contains("argues-back"))
        #expect(Self.found("What a narrow way to look at it.", Self.weekly).contains("argues-back"))
        #expect(
            Self.found("That comment says more about you than about me.", Self.pathetic).contains(
                "argues-back"))
        // A fair remark, or a judgement negated, is not.
        #expect(
            !Self.found("That's a fair thing to say, and I'll fix the sheet.", Self.weekly).contains(
                "argues-back"))
        #expect(
            !Self.found("It's not a silly way to look at it at all.", Self.discount).contains("argues-back"))
    }
}

/// Someone else's failed duty (``FailedDutyRule``) and the jab called right (``ConcedeRule``),
/// issue 12, rules5. Replies written for these tests, each with a look-alike.
@Suite struct DutyAndConcessionTests {
    static func found(_ reply: String, _ client: String?) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    static let missing =
        "Your tray came up without the 6.5 screws and we had to open a second set. What happened?"

    @Test func anotherPartysFailedDutyIsBlame() {
        #expect(
            Self.found("Your charge nurse should have counted them at check-in.", Self.missing).contains(
                "blame-shifting"))
        #expect(
            Self.found("honestly they should've spotted it at check-in", Self.missing).contains(
                "blame-shifting"))
        #expect(
            Self.found("Your scheduler should really be reading the sheet.", Self.missing).contains(
                "blame-shifting"))
        // The rep's own duty, a schedule, or a cause beside owning the fix is not.
        #expect(!Self.found("I should have counted them myself.", Self.missing).contains("blame-shifting"))
        #expect(
            !Self.found("They should have arrived at seven with the rest.", Self.missing).contains(
                "blame-shifting"))
        #expect(
            !Self.found(
                "That's on me. They should have counted them, but I'll bring the screws myself by noon.",
                Self.missing
            ).contains("blame-shifting"))
    }

    @Test func callingTheJabRightAgrees() {
        let jab = ComebackTests.pathetic
        #expect(Self.found("yeah he's sort of right tbh", jab).contains("agrees-with-insult"))
        #expect(
            Self.found("You're dead right, we are useless this month.", jab).contains("agrees-with-insult"))
        #expect(Self.found("Honestly your boss has got a point.", jab).contains("agrees-with-insult"))
        // Disputed, "right to…", or beside an apology, it is not.
        #expect(
            !Self.found("That's not true, and I'm here to get your lab its stents.", jab).contains(
                "agrees-with-insult"))
        #expect(
            !Self.found("You're right to be angry about three weeks.", jab).contains("agrees-with-insult"))
        #expect(
            !Self.found("You're right, and I'm sorry the stents are late.", jab).contains(
                "agrees-with-insult"))
    }
}
