import Testing

@testable import DefuseKit

/// Review13's grader findings 1, 3, 4, 5, 6, 10, 11, 14 and 15: a trainer and a compliance
/// officer played the scenarios and a strong, compliant rep was marked down for the reply the
/// scenario teaches. Each family is read from structure, not from the reader's words: the
/// reader's own reply, replies written for these tests in other words, and look-alikes that
/// must keep their verdict. Graded with the shipped scenarios' node cues and the client lines
/// the reader answered.
@Suite struct Review13gGraderTests {
    static func found(_ reply: String, _ client: String?) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    /// off-label-request, when-will-i-hear.
    static let whenWillIHear =
        "All right. If I sign your form, when do I actually hear from someone who can talk about fistulas? My case is Thursday morning."
    /// wrong-information, explain-how.
    static let explainHow =
        "How did this even happen? And why should I believe the next number you give my team?"
    /// device-failure, rick-report: a director asks for an account.
    static let carmen =
        "I saw the Eastbrook complaint come through, with Rick copied. How did it go with him today? Anything I should know?"
    /// competitor-badmouth, the-invite.
    static let offTheRecord = "Go on, then. Tell me what you really think of him. Off the record."
    /// price-match, off-the-books.
    static let offTheBooks =
        "Here's a way out for both of us. Keep your price on paper, and give us two power drivers and two of your loaner nail sets to keep here for good, free, off the invoice. Nobody upstairs needs to see it."
    /// scope-creep, leverage.
    static let leverage =
        "Let me put it another way. Your competitor would cover my Saturdays tomorrow. Forty knees a month. Think about what your manager will say when they're gone."
    /// oncologist-data, a-patient.
    static let aPatient =
        "One of my patients, treated with your balloon three years ago, died last month. They said cardiac. I keep thinking about her."
    /// field-recall, just-swap.
    static let justSwap =
        "Here's the deal. You come in, swap the boxes yourself, and we skip the form. I am not filling in another reconciliation sheet for your quality department."
    /// off-label-request, pushes.
    static let pushes =
        "Everybody uses it in fistulas. The label is five years behind the literature. Are you seriously sending a balloon size through a form?"
    /// personality-clash, last-visit.
    static let lastVisit =
        "Well. I suppose I should thank you for eighteen months. Even if we drove each other round the bend."

    // MARK: Finding 1: whose timing it is, beside the rep's own step, is a role, not blame.

    @Test(arguments: [
        "Medical Affairs aims to answer urgent requests within two business days, but the timing is theirs, not mine, so I can't promise Thursday morning. I'll submit it tonight, check tomorrow by noon that it's been assigned, and text you when it has.",
        "When Medical Affairs answers is their timeline, not mine; I'll submit it tonight and text you by noon tomorrow once it's assigned.",
        "The turnaround is quality's, not mine, but I'm sending it to them by 5 today.",
    ])
    func whoseTimingBesideAStepIsNoBlame(_ reply: String) {
        let found = Self.found(reply, Self.whenWillIHear)
        #expect(!found.contains("blame-shifting"))
        #expect(found.contains("decisive-action"))
    }

    @Test(arguments: [
        // Nothing the rep does: the answer passed on.
        "The timing is theirs, not mine.",
        "Honestly the timing is up to them, not me.",
        // Told in the past: a fault put on someone else.
        "The timing was the courier's, not mine, but I'll have it to you by 3.",
    ])
    func timingDisownedStaysBlame(_ reply: String) {
        #expect(Self.found(reply, Self.whenWillIHear).contains("blame-shifting"))
    }

    // MARK: Finding 3: a figure sourced to the document the client can check.

    @Test(arguments: [
        "It happened because I made my own chart instead of using the approved guide, and I copied a number wrong. From now on I don't make sizing material at all; every size I give your team comes from the IFU or the approved guide, and I'll point to the page when I say it. Thank you for calling me in rather than going around me.",
        "Every size I quote you now comes straight from the IFU, and I'll show you the table it's on.",
        "From today I only quote numbers taken from the approved sizing guide.",
    ])
    func aSourceTheClientCanCheckIsACheckableStep(_ reply: String) {
        #expect(Self.found(reply, Self.explainHow).contains("checkable-step"))
    }

    @Test(arguments: [
        // The document named as where someone else should have looked.
        "The number came from the IFU, your techs should have read it.",
        "Your techs read it from the IFU page themselves.",
        "It won't happen again, you have my word.",
    ])
    func aDocumentNamedAsBlameIsNoStep(_ reply: String) {
        #expect(!Self.found(reply, Self.explainHow).contains("checkable-step"))
    }

    // MARK: Finding 4: another person's request, reported, is not the rep's act.

    @Test func theReadersReportIsAnAccountNotADelay() {
        let found = Self.found(
            "Yes, there is. At 11:30 Rick asked me not to file it, to swap her boxes quietly and buy her team lunch. I told him no and filed it. I'm also going to let compliance know about the call today, because I think they need to hear it.",
            Self.carmen)
        #expect(!found.contains("delays-reporting"))
        #expect(found.contains("objective-report"))
    }

    @Test(arguments: [
        ("At 11:30 Rick asked me not to file it.", "delays-reporting"),
        ("He asked us not to file the complaint and to keep it quiet, and I refused.", "delays-reporting"),
        (
            "Dr. Voss told me to open the implants onto the field on Saturdays; I said I can't.",
            "breaches-sterile-field"
        ),
    ])
    func aRequestReportedIsNotTheBreach(_ reply: String, _ breach: String) {
        #expect(!Self.found(reply, nil).contains(breach))
    }

    @Test(arguments: [
        // The rep asks: their own act.
        "I asked him to swap her boxes quietly.",
        // The request reported, then the rep's own clause does it.
        "Rick asked me to file it, and I'm swapping her boxes quietly this afternoon.",
        "I'll swap her boxes quietly, as Rick asked.",
    ])
    func theRepsOwnActAfterARequestIsStillTheBreach(_ reply: String) {
        #expect(Self.found(reply, nil).contains("delays-reporting"))
    }

    @Test func aReportWithATimeAndWhoAskedIsObjective() {
        #expect(
            Self.found("Around 2pm Dr. Voss told me he wanted the blocks free.", Self.carmen).contains(
                "objective-report"))
        // Look-alikes: no one else's words; a guess at his state spoils it.
        #expect(!Self.found("At 11:30 I filed it.", Self.carmen).contains("objective-report"))
        #expect(
            !Self.found("At 11:30 Rick asked me not to file it. I think he was stressed.", Self.carmen)
                .contains("objective-report"))
    }

    // MARK: Finding 5: declining to comment on a person is a limit.

    @Test(arguments: [
        "Ha, no off the record from me. I'd rather you judge our cage on its data and how it does in your hands, not on what I think of another rep.",
        "No comment from me on him.",
        "There's no off the record for me, Dr. Sato.",
        "No opinions from me about their rep.",
        "I'd rather you judge it on the data, not on what I think of him.",
    ])
    func decliningToCommentOnAPersonIsALimit(_ reply: String) {
        #expect(Self.found(reply, Self.offTheRecord).contains("boundary-setting"))
    }

    @Test(arguments: [
        // About a thing, someone else's comment, the client's view.
        "I have no opinion yet on the new cage.",
        "No comment from him yet on the data.",
        "You've no view on him, fair enough.",
    ])
    func noCommentOnAPersonIsNoLimit(_ reply: String) {
        #expect(!Self.found(reply, Self.offTheRecord).contains("boundary-setting"))
    }

    // MARK: Finding 6: the thing refused, named or judged, is not offered.

    @Test(arguments: [
        (
            Review13gGraderTests.offTheBooks,
            "I can't do that one. Free equipment off the invoice is a hidden discount, and it creates a real problem for both of us under the anti-kickback rules; anything we give has to be in the contract and on the invoice. If power drivers or a set kept on site matter to you, I can ask our contracts team to price them into the agreement openly."
        ),
        (Review13gGraderTests.offTheBooks, "Free power drivers off the books would be a disguised rebate."),
        (Review13gGraderTests.leverage, "What I won't do is promise free product to keep it."),
    ])
    func aThingJudgedOrRefusedIsNotOffered(_ client: String, _ reply: String) {
        let found = Self.found(reply, client)
        #expect(!found.contains("offers-value"))
        #expect(!found.contains("unauthorised-concession"))
    }

    @Test func theRefusalSaidAsWhatIWontDoIsALimit() {
        let found = Self.found(
            "I understand the competitor is an option, and I'd rather keep your business. What's driving the Saturday block, is it hip fractures, your own electives? If I know that, I can take a stronger proposal to my manager. What I won't do is promise free product to keep it.",
            Self.leverage)
        #expect(found.contains("boundary-setting"))
        #expect(!found.contains("offers-value"))
    }

    @Test(arguments: [
        (Review13gGraderTests.offTheBooks, "Free equipment off the invoice is a nice bonus for your team."),
        (Review13gGraderTests.offTheBooks, "The free drivers are a discount I'm happy to give."),
        (Review13gGraderTests.leverage, "What I'll do is send you free product to keep it."),
    ])
    func aThingPraisedOrPromisedIsStillOffered(_ client: String, _ reply: String) {
        #expect(Self.found(reply, client).contains("offers-value"))
    }

    // MARK: Finding 10: a duty routed to a named function with a time is decisive.

    @Test(arguments: [
        "I'm sorry, that's hard to carry. I can't say whether it's related and I won't guess, but a death in a patient treated with our device has to go to our complaint handling team today, and they decide whether it's reportable. I'll need only what you're comfortable giving without identifiers, the date of the procedure and of death and the cause you were told; they may follow up with you directly.",
        "Her death has to go to our complaint team today; I'll need the date of the procedure.",
    ])
    func aDutyRoutedWithATimeIsDecisive(_ reply: String) {
        #expect(Self.found(reply, Self.aPatient).contains("decisive-action"))
    }

    @Test(arguments: [
        // Past, no time, under "if".
        "It went to our complaint team last month.",
        "Her death has to go to our complaint team at some point.",
        "If she was ours, it would go to our complaint team today.",
    ])
    func aDutyWithoutItsTimeIsNotDecisive(_ reply: String) {
        #expect(!Self.found(reply, Self.aPatient).contains("decisive-action"))
    }

    // MARK: Finding 11: the client's quantities written by the rep for a signature.

    @Test(arguments: [
        "I can't skip the form, Greg. It's how we prove every affected unit is out of circulation, and it has to carry your hospital's count, not mine. What I can do is fill in the lot numbers and quantities as we go so it's ready for your signature in two minutes once you've checked it.",
        "I'll write the lot numbers and counts in as we go, so it's ready for your signature.",
        "Let me fill in the reference numbers and quantities for you tonight.",
    ])
    func theQuantitiesWrittenForASignatureFalsifyTheRecord(_ reply: String) {
        #expect(Self.found(reply, Self.justSwap).contains("falsifies-record"))
    }

    @Test(arguments: [
        // The client's team writes; the rep's own paperwork; refused.
        "I'll bring the form with the lot numbers filled in; your team writes what it finds and signs.",
        "I'll fill in our complaint form and lot numbers tonight.",
        "I can't fill in the quantities for your signature.",
    ])
    func theRepsOwnPaperworkIsNoFalseRecord(_ reply: String) {
        #expect(!Self.found(reply, Self.justSwap).contains("falsifies-record"))
    }

    // MARK: Finding 14: the evidence said to be ahead of the label.

    @Test(arguments: [
        "Yes, I am, and I get why that's frustrating when you've read the papers. The literature may well be ahead of the label, but I'm not the right person to answer that, an MSL is, and they can go through the data with you properly. I'll submit it before I leave the suite tonight.",
        "Honestly the data is way ahead of the IFU on fistulas, but I still can't size it.",
        "You're not wrong, the label is behind the evidence. Still, it goes through the form.",
    ])
    func evidenceAheadOfTheLabelIsPromotion(_ reply: String) {
        #expect(Self.found(reply, Self.pushes).contains("off-label-promotion"))
    }

    @Test(arguments: [
        // The client's situation acknowledged (a compliance fixture), negated, his point named,
        // held open.
        "I understand it's frustrating when the literature is ahead of the label. I'm still not able to discuss off-label use.",
        "I'm not saying the literature is ahead of the label; that's for Medical Affairs.",
        "The label lagging the literature, I hear you. I still can't size it.",
        "Whether the evidence is ahead of the label is a question for Medical Affairs.",
    ])
    func theLabelNamedWithoutTheClaimIsNoPromotion(_ reply: String) {
        #expect(!Self.found(reply, Self.pushes).contains("off-label-promotion"))
    }

    // MARK: Finding 15: the colleague who follows up named, with a way to reach the rep.

    @Test(arguments: [
        "Thank you, Evelyn. I learned a lot from how exact you are, and I mean that. Tomás has everything, and you can still call me if anything from the last eighteen months needs explaining.",
        "Thanks, Evelyn. She has the whole history now, and you can always reach me if anything comes up.",
        "Priya has all the notes, and I'll email you both a summary tonight.",
    ])
    func aHandoverWithAFollowUpIsAGracefulExit(_ reply: String) {
        #expect(Self.found(reply, Self.lastVisit).contains("graceful-exit"))
    }

    @Test(arguments: [
        "The tray has everything you need.",
        "Tomás has everything.",
        "He has everything he needs for the case.",
    ])
    func aThingOrANameWithoutAFollowUpIsNoExit(_ reply: String) {
        #expect(!Self.found(reply, Self.lastVisit).contains("graceful-exit"))
    }
}
