import DefuseKit
import Testing

/// `prevention`, `thanks` and the composite `apology-ownership-prevention-thanks`.
@Suite struct PreventionThanksTests {
    @Test(arguments: [
        "It won't happen again.",
        "From now on I'll confirm sizes the day before.",
        "going forward ill check every pick list myself",
        "To make sure this never happens again I'll call the night before.",
        "From next time onwards I will verify before sending.",
    ])
    func prevention(_ reply: String) {
        #expect(detected(reply).contains("prevention"))
    }

    @Test(arguments: [
        "I'll get the right one to you today.",
        "My manager will be in touch about the account going forward.",
        "It will happen again, trust me.",
    ])
    func notPrevention(_ reply: String) {
        #expect(!detected(reply).contains("prevention"))
    }

    @Test(arguments: [
        "Thanks for flagging it.", "thank u for ur patience", "I appreciate you telling me straight.",
        "cheers for waiting",
        "thx for the heads up",
    ])
    func thanks(_ reply: String) {
        #expect(detected(reply).contains("thanks"))
    }

    @Test(arguments: [
        "Wow, thanks a lot for yelling at me.", "thanks for nothing",
        "I'd appreciate it if you stopped shouting.",
    ])
    func notThanks(_ reply: String) {
        #expect(!detected(reply).contains("thanks"))
    }

    @Test func sarcasticThanksArguesBack() {
        #expect(detected("gee thanks for going over my head").contains("argues-back"))
    }

    @Test func compositeNeedsAllFourParts() throws {
        let full = shippedGrader.grade(
            "So sorry, that's on me. From now on I'll check every tray. Thanks for your patience.",
            client: nil)
        #expect(full.isPresent("apology-ownership-prevention-thanks"))
        #expect(full.verdicts["apology-ownership-prevention-thanks"]?.fraction == 1)
        let partial = shippedGrader.grade("So sorry, that's on me.", client: nil)
        let verdict = try #require(partial.verdicts["apology-ownership-prevention-thanks"])
        #expect(!verdict.present)
        #expect(verdict.fraction == 0.5)
        #expect(verdict.explanation?.contains("prevention") == true)
    }
}
