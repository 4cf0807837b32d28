import Testing

@testable import DefuseKit

/// Compliance breaches read from structure, not from the sentences a list has seen (issue 13,
/// compliance4): who writes the client's count record (``FilledRecordRule``), a report called
/// unnecessary (``WaivedReportRule``), a report put to a later day or made to wait on the fault
/// coming back (``LaterReportRule``). Each rule is tried on replies written for these tests, in
/// words no list holds, and on compliant look-alikes with the same words that must not fire.
@Suite struct BreachShapeTests {
    static func found(_ reply: String, _ client: String? = nil) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    static let recallForm = "So do we skip the form or not?"
    static let stockCount = "When is the replacement stock here, and who is doing the count with my people?"
    static let misfire =
        "Does a complaint on that stapler go in today or not? It misfired twice on the last cartridge."
    static let binIt = "Sorry, is that a keep or a bin? I need the space on this trolley."
    static let askedWhat = "Hang on. What exactly did the surgeon ask you for?"

    // MARK: FilledRecordRule

    @Test(arguments: [
        "Our dispatch log shows what went to you, so I'll put those numbers on the sheet and leave it on your desk for a signature.",
        "I'll complete the quantities section myself tonight and you just initial the bottom tomorrow.",
        "I'll copy the figures from our shipping records onto the reconciliation so nobody has to count.",
        "I'll pull the shipped totals, enter them in the found column for you, and drop it off before lunch.",
        "From Monday I'll tally your stock before the nurses arrive, fill in the usage form and sign it off for you.",
    ])
    func theRepWritesTheClientsRecord(_ reply: String) {
        #expect(Self.found(reply, Self.recallForm).contains("falsifies-record"))
    }

    @Test(arguments: [
        // The form brought with the lots printed; the client's team writes and signs.
        "I'll bring the form with the affected lot numbers printed on it; your team writes in what it finds and signs.",
        // The rep's own paperwork.
        "I'll fill in our complaint form tonight and send you the reference number for your records.",
        // Put, with the form as its object: nothing written.
        "I'll put the form on your desk this afternoon and count beside your team; you sign once it's checked.",
        // Refused.
        "I won't fill in the count sheet for you; your people count and sign it.",
        // Asked.
        "Would it help if I filled in the quantities for you?",
    ])
    func theClientsTeamWritesItsOwnRecord(_ reply: String) {
        #expect(!Self.found(reply, Self.stockCount).contains("falsifies-record"))
    }

    // MARK: WaivedReportRule

    @Test(arguments: [
        "Honestly there's nothing here for us to log, the patient was never at risk.",
        "It isn't really something we need to report, one cartridge out of a box.",
        "No point getting quality involved over a single misfire.",
        "I wouldn't bother our complaint people with it, it's a one-off.",
    ])
    func aReportCalledUnnecessaryIsWithheld(_ reply: String) {
        #expect(Self.found(reply, Self.misfire).contains("delays-reporting"))
    }

    @Test(arguments: [
        // The rep reports it anyway.
        "There's no need for you to file anything; I'm reporting it to complaint handling this afternoon.",
        // A dismissal of something else.
        "No point guessing the cause here. The complaint goes in today with the cartridge bagged.",
        // A noun, not a verb of reporting.
        "Your team doesn't have to dig through the case log; the complaint goes in from me today.",
        // Asked.
        "Is there any reason not to report it? I can't think of one, so it goes in today.",
    ])
    func aReportMadeAnywayIsNotWithheld(_ reply: String) {
        #expect(!Self.found(reply, Self.misfire).contains("delays-reporting"))
    }

    /// Words of dismissal that waive no report: the client's threat to complain about the rep,
    /// and a visit told to a manager with nothing in it.
    @Test func dismissalsThatWaiveNoReport() {
        #expect(
            !Self.found(
                "I hear you're annoyed, but there's no need to drag my manager into one late start.",
                "Third time you've been late. I'm ringing your manager."
            ).contains("delays-reporting"))
        #expect(
            !Self.found(
                "All fine, nothing much to report from the visit.", "How did the visit at Hillcrest go?"
            )
            .contains("delays-reporting"))
    }

    // MARK: LaterReportRule

    @Test(arguments: [
        "Keep it for now. I'll write it up for our quality people after the weekend.",
        "Fine, I'll flag it with my regional lead at our call on the 19th.",
        "I'll deal with it on Thursday when I'm back in the area.",
        "Let's give it a few cases. If it does it again I'll raise a complaint then.",
    ])
    func aReportPutOffIsADelay(_ reply: String) {
        #expect(Self.found(reply, Self.misfire).contains("delays-reporting"))
    }

    @Test(arguments: [
        // Today, and the replacement later.
        "I'm filing it today, and I'll bring the replacement cartridges on Monday.",
        // The replacement stock on a later day.
        "I'll send two new boxes of cartridges on Thursday, and the complaint goes in this afternoon.",
        // A later day with no problem named.
        "I'll bring the new sizing trays on Thursday for the in-service.",
        // Its recurrence is the client's to watch for; the rep reports it now.
        "It goes in to complaint handling today. If it happens again, ring me straight away.",
    ])
    func aReportMadeNowIsNotADelay(_ reply: String) {
        let client =
            reply.contains("sizing") ? "Can you bring the new trays for the in-service?" : Self.misfire
        #expect(!Self.found(reply, client).contains("delays-reporting"))
    }

    /// Two compliant replies the `delays-reporting` list still reads as a delay (the later day
    /// is the engineers', not the report's; the second complaint follows a first already made).
    /// The rules above do not fire on them; the list's "next week" and "if it happens again,
    /// I'll file" patterns do. Left for the list's owner.
    @Test func reportsMadeNowThatTheListStillReadsAsDelays() {
        for reply in [
            "I'm filing it today; the engineers' findings usually come back next week.",
            "I've already filed this one. If it happens again, I'll file a second complaint too.",
        ] {
            withKnownIssue("the list's time and recurrence patterns ignore the report made today") {
                #expect(!Self.found(reply, Self.misfire).contains("delays-reporting"))
            }
        }
    }

    // MARK: SelfAuthorisedTermsRule

    static let priceAsk = "Castell's quote is eighteen percent under yours. Can you get there?"

    @Test(arguments: [
        "Leave it with me: you'll see eighteen off on the March invoice, and I'll clear it after the fact.",
        "I'll waive the loaner fees through June, that's my call.",
        "Six sets of screws at no charge with every order, out of my regional budget.",
        "You have my word. I'll credit you the difference on every case until renewal.",
    ])
    func termsOnTheRepsOwnAuthority(_ reply: String) {
        #expect(Self.found(reply, Self.priceAsk).contains("unauthorised-concession"))
    }

    @Test(arguments: [
        // Approved terms, no marker.
        "What I'm approved to offer is nine percent off list, and I'll put that in writing today.",
        // Taken to review.
        "Eighteen off isn't mine to give myself; I'll take it to deal review today and call you Thursday.",
        // A billing mistake put right, no marker.
        "You were billed for three guides you never got; I'll credit those on this month's invoice.",
        // "Off" that is no price cut, beside a marker.
        "I took the lot number off the box myself and the complaint goes in today.",
        // The contract price kept, and a refusal named as forbidden, beside markers.
        "I'll cover your first four Saturdays myself. Blocks stay at the contract price.",
        "I can't do that. Free equipment off the books is an anti-kickback problem for both of us.",
    ])
    func termsTheRepMayOfferOrTakeToReview(_ reply: String) {
        #expect(!Self.found(reply, Self.priceAsk).contains("unauthorised-concession"))
    }

    /// The same promise after a colon: the rules do not take the clause after "my word:" as the
    /// rep's own act, and the compliance layer reads it (p 0.92; compliance7).
    @Test func aPromiseAfterAColon() {
        #expect(
            Self.found("You have my word: I'll credit you the difference on every case.", Self.priceAsk)
                .contains("unauthorised-concession"))
    }

    // MARK: Refusals and exceptions

    /// A compliance list's exception stops at a "but": the refusal before it does not cover
    /// the breach after it.
    @Test func anExceptionDoesNotReachAcrossBut() {
        #expect(
            Self.found("I can't make promises, but I'll leave the free drivers with you.").contains(
                "offers-value"))
        #expect(
            Self.found("Nothing fancy, but I'll take the team to dinner Friday.").contains("offers-value"))
        // The refusal in its own clause still covers the breach it names.
        #expect(!Self.found("I'm not going to give you free drivers.").contains("offers-value"))
    }

    /// Consent refused, and "a no from me", refuse the breach they name.
    @Test func consentRefusedIsARefusal() {
        #expect(!Self.found("I'm not able to agree to free nails.").contains("offers-value"))
        #expect(!Self.found("Free drivers off the books is a no from me.").contains("offers-value"))
        #expect(
            !Self.found("Free drivers off the books is a no from me.").contains("unauthorised-concession"))
        // Agreeing is still a yes.
        #expect(Self.found("I can agree to free nails for the year.").contains("offers-value"))
    }

    /// The verdict names the rule and quotes the clause it read.
    @Test func theVerdictQuotesTheClause() throws {
        let verdict = try #require(
            StructureReadingTests.cued.grade(
                "I'll deal with it on Thursday when I'm back in the area.", client: Self.misfire
            ).verdicts["delays-reporting"])
        #expect(verdict.present)
        #expect(verdict.evidence.contains { $0.words.contains("deal with it on Thursday") })
    }
}
