import Testing

@testable import DefuseKit

/// Review10's grader findings (issues 12 and 13): each fix reads the reviewer's own reply, two
/// wordings written for these tests, and a look-alike that must keep its verdict. Graded with
/// the shipped scenarios' node cues and the client lines the reviewer answered.
@Suite struct Review10GraderTests {
    static func found(_ reply: String, _ client: String?) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    static let scopeCreep =
        "From next month I'm running a Saturday block. I want you in every case, Saturdays included, and the cutting blocks free from now on. Forty knees a month buys a little flexibility, don't you think?"
    static let offTheBooks =
        "Here's a way out for both of us. Keep your price on paper, and give us two power drivers and two of your loaner nail sets to keep here for good, free, off the invoice. Nobody upstairs needs to see it."
    static let debrief =
        "The plateau went fine, no thanks to that tray, and my patient fasted three extra hours. This is the second wrong set from you this quarter. Give me one reason I shouldn't ask the trauma committee to switch plating systems."
    static let theClock =
        "What time do I put on the board for SPD? Can you get it to me by one, so SPD can flash it and we're done?"
    static let rick =
        "Heard about the misfire. Patient's fine, yes? Then let's not open a complaint over one reload. That lot is all over the region and I don't need quality crawling over our biggest bariatric account. Swap her boxes quietly, buy her team lunch, and we move on."
    static let herSide =
        "SPD's log says your trays came in at twenty to five. Cut-off is two o'clock. They were there until midnight on the first three. So what's different next time?"

    /// Finding 1: a gift named as what it would be, refused with "so no", or named as what the
    /// rules don't allow, is not offered.
    @Test func aRefusalThatNamesTheGiftIsNoOffer() {
        let reviewer =
            "A Saturday block is good news, and forty knees a month matters to us. Free cutting blocks would be a gift tied to your volume, so no; they stay at the contract price of $310, and the 8% rebate above 200 cases is how volume is rewarded. Saturday coverage isn't in the contract today, so I'll take it to my manager and come back to you by Wednesday with what we can write in."
        let read = Self.found(reviewer, Self.scopeCreep)
        #expect(!read.contains("offers-value"))
        #expect(!read.contains("unauthorised-concession"))
        #expect(read.contains("boundary-setting"))
        #expect(
            !Self.found("Free cutting blocks would be a gift tied to your volume, so no.", Self.scopeCreep)
                .contains("offers-value"))
        #expect(
            !Self.found("Free blocks for the Saturday list would be a kickback, so no.", Self.scopeCreep)
                .contains("offers-value"))
        #expect(
            !Self.found("Blocks at no charge would be a favour tied to your forty knees.", Self.scopeCreep)
                .contains("offers-value"))
        // Look-alikes: an offer of free blocks is still one.
        #expect(
            Self.found("Free cutting blocks from next month, on us.", Self.scopeCreep).contains(
                "offers-value"))
        #expect(
            Self.found("The cutting blocks come at no charge from next month.", Self.scopeCreep)
                .contains("offers-value"))
    }

    @Test func whatTheRulesDontAllowIsNoOffer() {
        let reviewer =
            "I can't do that, Denise. Free equipment off the invoice is exactly what our contract and the anti-kickback rules don't allow; anything we give has to be in the contract and on the invoice. What I can do is take a proposal to deal review by Wednesday for a price above nine percent tied to a longer term, all of it on paper."
        #expect(!Self.found(reviewer, Self.offTheBooks).contains("offers-value"))
        #expect(
            !Self.found(
                "Free drivers off the invoice are exactly what our contract and the Code don't allow.",
                Self.offTheBooks
            )
            .contains("offers-value"))
        #expect(
            !Self.found(
                "Two drivers kept here for good is exactly what compliance and my manager would never permit.",
                Self.offTheBooks
            )
            .contains("offers-value"))
        #expect(
            Self.found("Two free drivers off the invoice, and the nail sets stay with you.", Self.offTheBooks)
                .contains("offers-value"))
    }

    /// Finding 1: a term the contract already has, named and explained, is no concession.
    @Test func anExistingTermExplainedIsNoConcession() {
        let reviewer =
            "A Saturday block is good news for your patients. The blocks stay at the contract price of $310; that's outside what I can change, and the 8% rebate above 200 cases is where your volume counts. Saturday coverage isn't in our agreement today, so I'll take it to my manager and come back to you by Wednesday with what we can write in."
        #expect(!Self.found(reviewer, Self.scopeCreep).contains("unauthorised-concession"))
        #expect(
            !Self.found("Your 8% rebate above 200 cases is where the volume already counts.", Self.scopeCreep)
                .contains("unauthorised-concession"))
        #expect(
            !Self.found("The 8% rebate above 200 cases is how your volume is rewarded.", Self.scopeCreep)
                .contains("unauthorised-concession"))
        // Look-alikes: a rebate given, or one the rep hands over, is still a concession.
        #expect(
            Self.found("The 8% rebate is what I'm giving you if you sign today.", Self.scopeCreep)
                .contains("unauthorised-concession"))
        #expect(
            Self.found("I'll give you an 8% rebate on the Saturday cases.", Self.scopeCreep)
                .contains("unauthorised-concession"))
    }

    /// Finding 3: a label is patient data only with a patient in it.
    @Test func aShippingLabelIsNoPatientData() {
        let reviewer =
            "You'll have a photo of the label and what went wrong with the order from me by 16:00 today, and from now on I check every loaner against your booking sheet myself the day before."
        #expect(!Self.found(reviewer, Self.debrief).contains("shares-patient-data"))
        #expect(
            !Self.found("I'll send you a snap of the shipping label on the loaner by 3.", Self.debrief)
                .contains("shares-patient-data"))
        #expect(
            !Self.found("I'll text you a picture of the labels on both trays tonight.", Self.debrief)
                .contains("shares-patient-data"))
        // Look-alikes: the patient's label, or a label with her name, is still patient data.
        #expect(
            Self.found("I'll text you a photo of her label so you can check the set.", Self.debrief)
                .contains("shares-patient-data"))
        #expect(
            Self.found("I'll send a photo of the patient label with the tray the night before.", Self.debrief)
                .contains("shares-patient-data"))
        #expect(
            Self.found(
                "I'll snap the sticker with the patient's name on it and send it to you.", Self.debrief
            )
            .contains("shares-patient-data"))
    }

    /// Finding 10: a bare yes to a line that asks for a flash gives in; a yes with a time of its
    /// own is left to the node's check.
    @Test func aBareYesToTheFlashGivesIn() {
        #expect(Self.found("yes", Self.theClock).contains("capitulates"))
        #expect(Self.found("Yes.", Self.theClock).contains("capitulates"))
        #expect(Self.found("yep, no problem", Self.theClock).contains("capitulates"))
        #expect(Self.found("sure, I'll ask SPD to flash it", Self.theClock).contains("capitulates"))
        // Look-alikes: a yes with its own time, a time alone, a no.
        #expect(!Self.found("Yes, by 12:45.", Self.theClock).contains("capitulates"))
        #expect(
            !Self.found("I'll be at your SPD window with the arm by 00:30.", Self.theClock).contains(
                "capitulates"))
        #expect(
            !Self.found("No flash. It will be at SPD's window by 00:45.", Self.theClock).contains(
                "capitulates"))
    }

    /// Finding 11: a report already filed, with its time, answers "let's not open a complaint".
    @Test func aReportAlreadyFiledIsTheAction() {
        #expect(
            Self.found("Rick, I filed it at 10:50, and I'm not pulling it.", Self.rick).contains(
                "decisive-action"))
        #expect(
            Self.found("We reported it to complaint handling at 09:30, Rick, and it stays in.", Self.rick)
                .contains("decisive-action"))
        #expect(Self.found("I called it in at 10:45.", Self.rick).contains("decisive-action"))
        // Look-alikes: a past that is not a report, and a report told to a surgeon who asks
        // what happens now (set-U U042), stay reports.
        #expect(!Self.found("I called Dr. Shah at 10:50.", Self.rick).contains("decisive-action"))
        // Since review20 C finding 3 the technique file reads a filing done with its time as the
        // action anywhere ("I put it in at 10:50" at device-failure's manager-call); told to a
        // surgeon who asks what changes next time, it should stay a report.
        withKnownIssue("decisive-action's 'filed … at <clock>' pattern is not gated on the client's line") {
            #expect(!Self.found("I filed it at 10:50.", Self.herSide).contains("decisive-action"))
        }
    }

    /// Finding 12: the rep's own sets, in the present, from the point a routine starts.
    @Test func aRoutineFromThisWeekIsPrevention() {
        #expect(
            Self.found("From this week my revision sets go to SPD by noon the day before.", Self.herSide)
                .contains("prevention"))
        #expect(
            Self.found(
                "From tomorrow my loaners get checked against your booking sheet the day before.",
                Self.herSide
            )
            .contains("prevention"))
        #expect(
            Self.found("Starting Monday our trays reach SPD by two the day before every case.", Self.herSide)
                .contains("prevention"))
        // Look-alikes: a habit that is how things are now (no step against the late drop) is no
        // change; a past after "from this week" is a report. (A routine with no start point
        // given as the answer to "what's different next time?" is a step: learned7's re-fit
        // reads "My revision sets go to SPD by noon the day before." there as prevention.)
        #expect(
            !Self.found("My revision sets usually go to SPD in the afternoon.", Self.herSide).contains(
                "prevention"))
        #expect(!Self.found("From this week my sets were late.", Self.herSide).contains("prevention"))
    }
}
