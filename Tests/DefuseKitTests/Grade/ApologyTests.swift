import DefuseKit
import Testing

/// `apology` and `non-apology`: plain apologies count, conditional or feeling-shifting ones,
/// negated ones and "sorry, but <excuse>" do not.
@Suite struct ApologyTests {
    @Test(arguments: [
        "Im so sorry about the mix up with the plates",
        "My apologies, the tray should have been complete.",
        "I do apologise for the wait this morning.",
        "sorry sorry, that was a bad miss",
        "Really sorrry doc",
        "I’m sorry that happened to your patient.",
        "Please forgive me, I dropped that one.",
        "my bad, wrong box",
    ])
    func apologies(_ reply: String) {
        #expect(detected(reply).contains("apology"))
        #expect(!detected(reply).contains("non-apology"))
    }

    @Test(arguments: [
        "I'm not sorry, I followed the order sheet.",
        "Sorry you feel that way.",
        "I apologise if anyone took offence.",
        "sorry if u r upset",
        "I'm sorry you're frustrated with us.",
        "Sorry, but that's on the courier, not on us.",
    ])
    func notApologies(_ reply: String) {
        #expect(!detected(reply).contains("apology"))
    }

    @Test(arguments: [
        "Sorry you feel that way.",
        "I apologise if anyone took offence.",
        "Sorry, but that's on the courier, not on us.",
        "sorry if this upset you",
    ])
    func nonApologies(_ reply: String) {
        #expect(detected(reply).contains("non-apology"))
    }

    @Test func apologyForSomeoneElseStillCounts() {
        let found = detected("I'm sorry our depot sent the wrong kit. I'm bringing the right one now.")
        #expect(found.contains("apology"))
        #expect(!found.contains("blame-shifting"))
    }

    @Test func evidenceQuotesTheTypedWords() throws {
        let verdict = try #require(shippedGrader.grade("ok im SO sorry doc", client: nil).verdicts["apology"])
        #expect(verdict.present)
        #expect(verdict.evidence.map(\.words) == ["sorry"])
        #expect(verdict.evidence.first?.rule?.contains("sorry") == true)
    }
}
