import DefuseKit
import Testing

/// `boundary-setting` and `graceful-exit`: calm limits, and leaving politely with a follow-up.
@Suite struct BoundaryExitTests {
    @Test(arguments: [
        "I want to help, and I need us to keep this respectful.",
        "I'm not going to discuss my background; let's focus on your order.",
        "That's outside our contract, but here is what I can do.",
        "I can't offer free units.",
        "That comment isn't okay with me.",
        "not while I'm being shouted at",
    ])
    func boundaries(_ reply: String) {
        #expect(detected(reply).contains("boundary-setting"))
    }

    @Test(arguments: [
        "I'm not going to make excuses.",
        "Keep it civil or find yourself another rep, genius.",
        "sure, no problem",
    ])
    func notBoundaries(_ reply: String) {
        #expect(!detected(reply).contains("boundary-setting"))
    }

    @Test(arguments: [
        "I'm going to step away now; my manager will follow up this afternoon.",
        "Let's pick this up tomorrow, I'll email you a summary.",
        "im gonna hop off the call, my lead Sam will reach out about the invoice",
        "I'll excuse myself here. My regional manager will contact you.",
    ])
    func exits(_ reply: String) {
        #expect(detected(reply).contains("graceful-exit"))
    }

    @Test(arguments: [
        "I'm done with you.", "I'll step out now.", "let me check with my manager and get back to you",
    ])
    func notExits(_ reply: String) {
        #expect(!detected(reply).contains("graceful-exit"))
    }

    /// Issue 13 (personality-clash, last-visit): handing the account over names who follows up.
    @Test func aHandoverGoodbyeIsAnExit() {
        let goodbye =
            "Well. I suppose I should thank you for eighteen months. Even if we drove each other round the bend."
        #expect(
            detected("Thanks, Evelyn. You're in good hands with Tomás. Take care.", client: goodbye).contains(
                "graceful-exit"))
        #expect(
            detected(
                "Thank you. Tomás will look after you, and if anything from my time comes up, you have my number.",
                client: goodbye
            ).contains("graceful-exit"))
        // The same words about something other than the client are not a goodbye.
        #expect(
            !detected(
                "Your stock is in good hands with our new process; I'll fix the count.", client: goodbye
            )
            .contains("graceful-exit"))
        #expect(!detected("The patient is in good hands.", client: goodbye).contains("graceful-exit"))
    }
}
