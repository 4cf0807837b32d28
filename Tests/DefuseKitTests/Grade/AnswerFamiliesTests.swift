import DefuseKit
import Testing

/// rules15 (issue 12): families of the retired sets EA-ED that the grader missed, each read by
/// its shape. Replies written for these tests, each family beside look-alikes that must keep
/// their verdict.
@Suite struct AnswerFamiliesTests {
    // MARK: "Me." to "who?" (SelfNamedRule)

    @Test(arguments: [
        ("Somebody has to sit down with my techs before Friday. Who?", "Me, personally."),
        ("Who's going to count the consignment with us on Friday?", "That'll be me."),
        ("Whose job is it to check the tray before it ships?", "Mine."),
        ("Who's on the hook for this, you or distribution?", "Honestly? Me. No one else."),
        ("What exactly happens, who does it, and by when?", "Who: me. What: a recount of your shelf."),
        ("Who is going to call the OR about it?", "I will."),
    ])
    func meToWho(_ client: String, _ reply: String) {
        #expect(detected(reply, client: client).contains("ownership"))
    }

    @Test(arguments: [
        // Not the rep: the job is put on someone else, or asked back.
        ("Who's going to check the tray before it ships?", "Not me, the warehouse does that."),
        ("Who's going to check the tray before it ships?", "Me? I only drop them off."),
        ("Who's going to check the tray before it ships?", "Dana, our scheduler."),
        // Shared, or agreeing with the client rather than taking anything on.
        ("Who's going to check the tray before it ships?", "Me and the warehouse, between us."),
        ("Who else thinks these trainings are a waste of a morning?", "Me too."),
        // No "who" asked: "me" answers nothing.
        ("You'll scrub in for Dr. Osei like Dave did, right?", "Me. Sure."),
    ])
    func notMeToWho(_ client: String, _ reply: String) {
        #expect(!detected(reply, client: client).contains("ownership"))
    }
}
