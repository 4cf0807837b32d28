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

/// `TimeAnswerRule`: after a client line that asks "when?", a time in the reply is the
/// commitment, whatever the words around it; a time told, echoed, hedged or asked is not.
@Suite struct TimeAnswerTests {
    static let when = "The pump's down and my first patient is in at nine. When do I get a working one?"

    @Test(arguments: [
        "8:40, charged and tested, at your nurses' station.",
        "Before eight. Bay 3 has a spare and it's yours.",
        "honestly? by 8:15 latest",
        "Yes, today. The loaner is at reception.",
        "Your desk, 8:50.",
    ])
    func timeAnswersWhen(_ reply: String) {
        #expect(detected(reply, client: Self.when).contains("decisive-action"))
    }

    @Test(arguments: [
        // told in the past
        "It was at reception by 7:30, the night team signed for it.",
        // the client's own time said back, heard not promised
        "I know nine is when your first patient is in.",
        // hedged
        "Maybe by 9:30, depends on the courier.",
        // asked, not promised
        "Is 8:45 too late for you?",
        // a size, not a time
        "It's the 6 by 40 pump set.",
        // handed to someone else
        "My manager will sort it out by 9:30.",
    ])
    func timeThatIsNoAnswer(_ reply: String) {
        #expect(!detected(reply, client: Self.when).contains("decisive-action"))
    }

    @Test func onlyAfterAWhen() {
        // The same fragment after a line that asks nothing about time is not read by this rule.
        #expect(
            !detected("8:40, at your nurses' station.", client: "Who's covering this account now?").contains(
                "decisive-action"))
        // Nor after a request for a report of what happened.
        #expect(
            !detected(
                "Tuesday, about 2:10 p.m., in the control room.",
                client: "Tell me where, when, and who saw it."
            )
            .contains("decisive-action"))
    }
}
