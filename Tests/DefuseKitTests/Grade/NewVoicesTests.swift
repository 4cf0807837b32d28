import Testing

@testable import DefuseKit

/// Techniques read from structure for replies in voices the rules were not tuned on (issue 12,
/// rules10): a question about how the client weighs it (``ReasoningQuestionRule``), a limit with
/// the thing refused put first or kept as a rule (``RefusalRule``), the impact supposed or said to
/// matter (``ImpactRule``), and a routine's "every" that only ends a step
/// (``ScheduledStepRule``). Replies written for these tests; each reading has a look-alike that
/// must not take it.
@Suite struct NewVoicesTests {
    static func found(_ reply: String, _ client: String?) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    static let claim = "The trial was underpowered. I'm not using your device on anyone over seventy."
    static let demand = "Match the competitor's price by Friday or we're done."
    static let complaint = "The battery died mid-case and my team had to finish by hand."

    @Test func aQuestionAboutHowTheClientWeighsItIsAChallenge() {
        for reply in [
            "Fair enough. What has you most worried, the sample size or the follow-up?",
            "Can I ask, if the over-seventy numbers held up, would that still be the deciding thing for you?",
            "Nora, how is your team been seeing it on their own patients?",
            "so which part matters most to you when you choose between the two?",
        ] {
            #expect(Self.found(reply, Self.claim).contains("respectful-challenge"), "\(reply)")
        }
        // Logistics, an offer, a question about the rep, a bare "what do you think?" and a yes/no
        // question of seeing: not the client's reasoning engaged.
        for reply in [
            "What time does your clinic open on Thursday?",
            "Would you like the paper tonight?",
            "Can I drop the reprint off at your clinic?",
            "Did you see my email from Monday?",
            "Do you want me to bring the rep from the other region?",
            "Which day works for you?",
        ] {
            #expect(!Self.found(reply, Self.claim).contains("respectful-challenge"), "\(reply)")
        }
    }

    @Test func aLimitWithTheThingRefusedFirstOrKeptAsARule() {
        for reply in [
            "Twenty percent I can't do, not on this contract.",
            "That part I won't promise.",
            "We don't give out personal cell numbers, but the hotline is staffed all night.",
        ] {
            #expect(Self.found(reply, Self.demand).contains("boundary-setting"), "\(reply)")
        }
        // A question word before the "I", a thing the rep lacks or thinks, and the past: no limit.
        for reply in [
            "When I can't reach you, I text.",
            "The one thing I didn't bring is the price list.",
            "I don't have the new price list with me.",
            "I don't understand the question.",
            "I didn't send the quote yet.",
            "We don't discount often, but this once we might.",
        ] {
            #expect(!Self.found(reply, Self.demand).contains("boundary-setting"), "\(reply)")
        }
    }

    @Test func theImpactSupposedOrSaidToMatterIsAnAcknowledgement() {
        for reply in [
            "Finishing a case by hand must have been so stressful for the whole team.",
            "A battery failing with the patient open, that matters.",
            "It's awful for your team, and I'll bring two spare packs at noon.",
            "You're right to take it seriously.",
        ] {
            #expect(Self.found(reply, Self.complaint).contains("acknowledge-dont-agree"), "\(reply)")
        }
        // The rep's own week, a rule that matters, a party judged: no.
        for reply in [
            "It's been a rough week for us too.",
            "What matters is the battery log.",
            "The courier must be lousy at directions.",
            "You were right to call the hotline.",
        ] {
            #expect(!Self.found(reply, Self.complaint).contains("acknowledge-dont-agree"), "\(reply)")
        }
    }

    @Test func everyThatOnlyEndsAStepIsNoRoutine() {
        let reply = "I'll stay on the unit until every night nurse has swapped a battery herself."
        #expect(!Self.found(reply, Self.complaint).contains("prevention"))
        // A routine still is.
        let routine = "I'll check every pack's charge date every Monday from now on."
        #expect(Self.found(routine, Self.complaint).contains("prevention"))
    }
}
