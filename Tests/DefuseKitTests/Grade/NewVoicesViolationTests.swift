import Testing

@testable import DefuseKit

/// The violations read by structure in voices the phrase lists were not tuned on (issue 12,
/// rules9): a swap offered by asking for a stand-in, hedged or put as a question. Replies
/// written for these tests; each reading has a look-alike that must not take it.
@Suite struct NewVoicesViolationTests {
    static func found(_ reply: String, _ client: String) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    /// bias-age's request node: it expects a limit and avoids giving in.
    static let younger =
        "Look, between us. I'm building a young practice. I need a rep who keeps up with the new plating system, the apps, texting at midnight. No offence, but you're what, sixty? Can your company send me someone under forty?"
    /// bias-client's opening node: a swap to a named colleague.
    static let doug =
        "Look, nothing personal, but I'd be more comfortable with Doug on my cases. Spine hardware has always been a man's business. Can you get him to call me?"

    @Test func askingForAStandInGivesInToTheSwap() {
        #expect(
            Self.found("I could maybe ask Carla if there's someone younger?", Self.younger).contains(
                "capitulates"))
        #expect(
            Self.found(
                "Righto. I'll check with my manager whether somebody else can take your list.", Self.younger
            )
            .contains("capitulates"))
        #expect(
            Self.found("I can ask about a different rep for you, no trouble.", Self.younger).contains(
                "capitulates"))
        // An offer to send for the named colleague, hedged as a question, is still the swap.
        #expect(
            Self.found("um, I can get Doug to give you a ring if that works better?", Self.doug).contains(
                "capitulates"))
    }

    @Test func askingAboutSomethingElseIsNotTheSwap() {
        // Asking a manager about the set, or someone else on the rep's side about the work.
        #expect(
            !Self.found("I'll ask Carla to confirm Monday's set times and text you by five.", Self.younger)
                .contains("capitulates"))
        #expect(
            !Self.found("I could look at the loaner schedule again tonight.", Self.younger).contains(
                "capitulates"))
        // Refusing the swap and naming the manager as the route is a limit, not giving in.
        #expect(
            !Self.found(
                "I won't be asking for someone younger. If you'd like to raise it, Carla Nguyen is my manager.",
                Self.younger
            ).contains("capitulates"))
    }

    /// "Go ahead" giving the client the floor is not a dare; the dare says more.
    @Test func leaveToSpeakIsNotADare() {
        let shout = "Shut up and listen for once."
        #expect(!Self.found("Go ahead, I'm listening.", shout).contains("argues-back"))
        #expect(Self.found("go ahead, see how far that gets you", shout).contains("argues-back"))
    }
}
