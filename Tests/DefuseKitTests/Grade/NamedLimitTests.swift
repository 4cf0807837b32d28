import Testing

@testable import DefuseKit

/// play12 (issues 12 and 13): limits said as what the rep will not do or cannot give, in the
/// shapes blind writers used, and a client's stance called fair. Each shape is read from
/// structure, not from the blind replies' words: replies written for these tests, each family
/// beside look-alikes that must not be read. The client lines are the shipped scenarios' own,
/// read with their nodes' cues as `defuse grade` and play read them.
@Suite struct NamedLimitTests {
    static func found(_ reply: String, _ client: String) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    /// after-hours-call, the-clock: a request whose node avoids `capitulates`.
    static let flash =
        "What time do I put on the board for SPD? Can you get it to me by one, so SPD can flash it and we're done?"
    /// bias-client, opening: a demand to swap reps.
    static let doug =
        "Look, nothing personal, but I'd be more comfortable with Doug on my cases. Spine hardware has always been a man's business. Can you get him to call me?"
    /// gift-request, the-golf: a sponsorship ask.
    static let golf =
        "Fine, no dinner. Then sponsor a hole at our foundation's golf day, five thousand dollars, and send my two fellows to the academy meeting in March. That's education, isn't it?"
    /// device-failure, manager-call: a manager's demand to skip the complaint.
    static let rick =
        "Heard about the misfire. Tell me you haven't filed it yet. Patient's fine, yes? Then I don't want a complaint over one reload. That lot is all over the region and I don't need quality crawling over our biggest bariatric account. Swap her boxes quietly, buy her team lunch, and we move on."
    /// fold-prospect, his-reasons: terms demanded with a threat.
    static let forty =
        "Every vendor in this city wants my volume. The last one gave me net 120 and I paid them. Eventually. Forty percent, or I call someone who wants the business more than you."
    /// oncologist-data, her-reasoning: a claim about the evidence.
    static let trials =
        "All right, the patient-level numbers look better. But they're your company's trials, and nobody agrees on a mechanism. Why would I take any risk in a claudicant when a plain balloon and a stent will do?"
    /// device-failure, technique-question: a question, not a demand.
    static let fault = "Say it plainly. Is this misfire my fault?"

    @Test(arguments: [
        // Refusing to get someone else to act ("tell/get … to"), as refusing to ask.
        (NamedLimitTests.flash, "I'm not going to get SPD to rush it; how they run it is their call."),
        (
            NamedLimitTests.flash,
            "I won't tell anyone there to shorten the cycle. It'll be at your window by 00:40."
        ),
        // The thing named first, then "isn't something I'll/we can …".
        (
            NamedLimitTests.doug,
            "A different rep because of my gender isn't something I'll arrange. I'm your rep for Thursday."
        ),
        (
            NamedLimitTests.doug,
            "Swapping me out for Doug is not something we can offer, but I'm glad to walk you through Thursday's set."
        ),
        // Not the rep's to give.
        (
            NamedLimitTests.golf,
            "Golf sponsorships are not ours to hand out; our grants team reviews those requests."
        ),
        // "no" and the thing demanded, by the client's own word.
        (NamedLimitTests.rick, "It's going in today, Rick. And no boxes swapped on the quiet either."),
        // The terms held with "still" and a figure.
        (NamedLimitTests.forty, "I hear you. It's still fourteen percent and net 60, as I said."),
        // The "I'm" dropped, as clipped speakers say it (stop 38).
        (NamedLimitTests.doug, "Not asking for Doug. I'm on your TLIF Thursday, set's in SPD by two."),
        (NamedLimitTests.flash, "Never cutting a cycle short. Full run, at your window by 00:40."),
    ])
    func aLimitInOtherWords(_ client: String, _ reply: String) {
        #expect(Self.found(reply, client).contains("boundary-setting"))
    }

    @Test(arguments: [
        // Disowning, not a limit.
        (NamedLimitTests.fault, "The reload isn't something I can control."),
        // Past, and no helper of a verb.
        (NamedLimitTests.fault, "That wasn't something I expected to see today."),
        // Whose decision it is, not what the rep will give.
        (NamedLimitTests.golf, "It isn't mine to decide, the grants committee does that."),
        // The client's own "no complaint" said back, and a "no" that says yes.
        (NamedLimitTests.rick, "No complaint, then. I'll sort the boxes."),
        (NamedLimitTests.rick, "No problem, I'll swap her boxes this afternoon."),
        // "still" with a time, or with no figure.
        (NamedLimitTests.flash, "Your arm is still on for 12:45 at SPD."),
        (NamedLimitTests.forty, "The generator is still broken from last month, sorry."),
        // A dropped "I'm" before no verb, or before "trying to".
        (NamedLimitTests.rick, "Sorry, but the backorder's at the plant, not something I control."),
        (NamedLimitTests.rick, "Not trying to make your day harder, I'll call you by three."),
    ])
    func notALimit(_ client: String, _ reply: String) {
        #expect(!Self.found(reply, client).contains("boundary-setting"))
    }

    @Test(arguments: [
        "Reasonable to be wary of company data. How are you weighing the independent review?",
        "It's understandable to feel uneasy about who ran the trials.",
        "That's a legitimate doubt, given who paid for the trials.",
        "Totally fair to be wary of company trials.",
    ])
    func aStanceCalledFair(_ reply: String) {
        let found = Self.found(reply, Self.trials)
        #expect(found.contains("acknowledge-dont-agree"))
        // The stance granted is not the claim deferred to.
        #expect(!found.contains("capitulates"))
    }

    @Test(arguments: [
        // A question granted: the labelled sets read it as a courtesy, not an acknowledgement.
        "Fair question.",
        // A hedge of the rep's own.
        "Fair to say the data is mixed, then.",
        // Negated.
        "It's not fair to be that hard on the trial design.",
    ])
    func notAStanceCalledFair(_ reply: String) {
        #expect(!Self.found(reply, Self.trials).contains("acknowledge-dont-agree"))
    }

    @Test func notAfterAnInsult() {
        let client = "Does anybody at your company actually read a booking sheet?"
        #expect(
            !Self.found("Fair to be fed up with us, honestly.", client).contains("acknowledge-dont-agree"))
    }
}
