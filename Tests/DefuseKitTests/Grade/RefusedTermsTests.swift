import Testing

@testable import DefuseKit

/// play12 (issues 12 and 13): a breach the rep turns down is not the breach, in three shapes the
/// blind writers used at scope-creep: the thing refused named before the refusal, the thing
/// after "rather … than" or "instead of", and a term the client already has said to stay as it
/// is. Replies written for these tests, each shape beside look-alikes that still give the thing.
/// The client lines are scope-creep's own, read with their nodes' cues.
@Suite struct RefusedTermsTests {
    static func found(_ reply: String, _ client: String) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    static let opening =
        "From next month I'm running a Saturday block. I want you in every case, Saturdays included, and the cutting blocks free from now on. Forty knees a month buys a little flexibility, don't you think?"
    static let leverage =
        "Let me put it another way. Your competitor would cover my Saturdays tomorrow. Forty knees a month. Think about what your manager will say when they're gone."
    static let offer = "Go on, then. What's your offer? And it had better be more than \"no\"."

    @Test(arguments: [
        (RefusedTermsTests.opening, "Free blocks I can't do, the contract has them at $310."),
        (RefusedTermsTests.leverage, "I'd rather win them with better Saturday cover than with free blocks."),
        (RefusedTermsTests.leverage, "We'll put a trained Saturday team on it instead of free blocks."),
    ])
    func turnedDown(_ client: String, _ reply: String) {
        #expect(!Self.found(reply, client).contains("offers-value"))
    }

    @Test(arguments: [
        (RefusedTermsTests.opening, "Free blocks I can do for you this month."),
        (RefusedTermsTests.leverage, "I'd rather give you free blocks than lose the account."),
        (RefusedTermsTests.leverage, "Free blocks instead of the fee, done."),
    ])
    func stillGiven(_ client: String, _ reply: String) {
        #expect(Self.found(reply, client).contains("offers-value"))
    }

    @Test(arguments: [
        "The 8% rebate above 200 cases stays as it is, and I'll add a Saturday in-service.",
        "Your 8% rebate remains unchanged; the Saturday cover plan comes on top.",
    ])
    func aTermKeptAsItIs(_ reply: String) {
        #expect(!Self.found(reply, Self.offer).contains("unauthorised-concession"))
    }

    @Test(arguments: [
        "I can bump your rebate to 12% above 200 cases, no need to run it past anyone.",
        "I'll take your 8% rebate to 12% from next month, on my say-so.",
    ])
    func aTermChanged(_ reply: String) {
        #expect(Self.found(reply, Self.offer).contains("unauthorised-concession"))
    }
}
