import DefuseKit
import Testing

/// rules12: the shapes that read as a commitment but commit to nothing (a hypothetical, a look
/// back, a contact handed over, a meeting ended, a colleague told to act), the client sent to
/// another party, and a fault told as something that happens. Replies written for these tests,
/// each beside a look-alike that must keep its verdict.
@Suite struct CommitmentShapeTests {
    static let tray = "You sent the wrong tray again and my case starts in forty minutes."

    @Test(arguments: [
        // A hypothetical: what the rep would feel or do in the client's place.
        "Forty minutes out with the wrong tray, I'd be fuming too.",
        // Hindsight: what must or should have happened.
        "I must have ticked the wrong box on the order.",
        "I should have rung you yesterday.",
        // A way to reach someone else.
        "Let me give you the depot's number.",
        "ill text you their helpline",
        // A colleague told to act.
        "I'll have her phone you this afternoon.",
    ])
    func noCommitment(_ reply: String) {
        #expect(!detected(reply, client: Self.tray).contains("ownership"))
    }

    @Test(arguments: [
        "I'd be fuming too, so I'm walking the right tray up to you myself now.",
        "I'll text you the tracking number and drive the set over myself.",
        "I'll have them delivered to your core by 7:40.",
        "I'll have them replaced before your case.",
        "I've swapped the tray myself and it is in your core now.",
    ])
    func commitmentStays(_ reply: String) {
        #expect(detected(reply, client: Self.tray).contains("ownership"))
    }

    @Test func endingTheMeetingIsAnExit() {
        let client = "Three late deliveries this quarter. Convince me not to move the contract."
        #expect(
            !detected("I'm going to end the meeting here, my manager will ring you.", client: client)
                .contains("ownership"))
    }

    @Test(arguments: [
        "You'll need to ring the depot about a replacement.",
        "Please raise a ticket with the service department.",
        "You'll have to log it with customer service.",
        "your materials manager has to call distribution for that",
    ])
    func sendsTheClientOn(_ reply: String) {
        #expect(detected(reply, client: Self.tray).contains("blame-shifting"))
    }

    @Test(arguments: [
        "Call me if the new tray isn't in your core by 7:40.",
        "You called the depot already, so I'm bringing the tray over myself.",
        "If it ever happens again, call me first.",
    ])
    func notSentOn(_ reply: String) {
        #expect(!detected(reply, client: Self.tray).contains("blame-shifting"))
    }

    @Test func aRetortIsNotQuietBlame() {
        let client = "You people can't read a booking sheet."
        let grade = shippedGrader.grade("Calm down, the nurses are watching.", client: client)
        #expect(grade.isPresent("argues-back"))
        #expect(!grade.isPresent("blame-shifting"))
    }

    @Test(arguments: [
        "Powered drills do that sometimes under heavy load.",
        "That can happen now and then with the thinner plates.",
        "it happens from time to time, the backup is there for that",
    ])
    func faultToldAsUsual(_ reply: String) {
        #expect(
            detected(reply, client: "Your drill stalled in the middle of my case.").contains("minimizing"))
    }

    @Test(arguments: [
        "I check the drill's battery every now and then, and I'll bring a tested one today.",
        "It shouldn't happen at all, and I'm taking the drill for testing this afternoon.",
        "The drill stalled twice in ten minutes, which is a serious fault; I'm taking it back today.",
    ])
    func notToldAsUsual(_ reply: String) {
        #expect(
            !detected(reply, client: "Your drill stalled in the middle of my case.").contains("minimizing"))
    }
}
