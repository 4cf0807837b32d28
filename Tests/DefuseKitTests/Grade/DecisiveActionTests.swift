import DefuseKit
import Testing

/// `decisive-action`: a concrete commitment with a concrete time, in the same sentence.
@Suite struct DecisiveActionTests {
    @Test(arguments: [
        "I'll have the 3.5 mm set in your OR by 11:30.",
        "I'll call you back within the hour with the tracking number.",
        "It'll be in your lab first thing tomorrow.",
        "I'll drop the spare in before your noon case.",
        "ill text u in 10 mins",
        "I'll be there at 7am.",
        "my manager will call you by 3 today",
    ])
    func decisive(_ reply: String) {
        #expect(detected(reply).contains("decisive-action"))
    }

    @Test(arguments: [
        "I'll look into it.",
        "It should show up soon.",
        "I'll make sure you're billed at 1200 for this order.",
        "If it's still missing by 3pm I might look at it.",
        "It's 1 am, I'm not coming in.",
        "they should show up monday probably",
    ])
    func vague(_ reply: String) {
        #expect(!detected(reply).contains("decisive-action"))
    }
}

/// An `except` pattern also cancels the `needs` match it overlaps: "for today" is not a deadline,
/// but another time in the same sentence still is.
@Suite struct DecisiveExceptTests {
    @Test func forTodayIsNoDeadline() {
        #expect(!detected("I'll leave it there for today.").contains("decisive-action"))
        #expect(
            detected("I'll leave it here for today and email you a summary tonight.").contains(
                "decisive-action"))
    }
}

/// The time must belong to the promise: `needs-within: clause`.
@Suite struct DecisiveClauseTests {
    @Test func timeInAnotherClauseIsNotADeadline() {
        #expect(!detected("Sorry, I was off on Monday, I'll look into it.").contains("decisive-action"))
        #expect(detected("grabbing the spare now, there in 15").contains("decisive-action"))
    }
}
