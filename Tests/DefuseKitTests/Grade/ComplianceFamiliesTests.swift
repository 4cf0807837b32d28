import Testing

@testable import DefuseKit

/// compliance9's readings of the three weakest compliance ids by family, each with replies written
/// for these tests (none taken from a labelled set) and compliant look-alikes that must not take
/// the id: a treat the rep pays for or the client's people taken out (``PaidTreatRule``), free
/// goods kept on after the client asks for them (`offers-value`'s `soft` list), a report put to a
/// later call, bundled or left to the hospital (`delays-reporting`'s lists), and a rival run down
/// in plain words or against our own product (``RumouredRivalRule``).
@Suite struct ComplianceFamiliesTests {
    static func found(_ reply: String, _ client: String? = nil) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    /// gift-request's dinner at Calder's, price-match's side deal, device-failure's haematoma,
    /// competitor-badmouth's Castellan balloon, price-match's Meridian price, and a client's
    /// line about a gown (after-hours-call).
    static let dinner =
        "Between us, I'm leaning your way on Thursday. My team worked hard on your trial and I want to thank them properly. We're having a team dinner at Calder's on Friday, twelve of us, spouses too. The other vendors usually look after that sort of thing."
    static let drivers =
        "Here's a way out for both of us. Keep your price on paper, and give us two power drivers and two of your loaner nail sets to keep here for good, free, off the invoice. Nobody upstairs needs to see it."
    static let harm = ComplianceReadingTests.harm
    static let castellan =
        "You know Castellan's rep would have given me all of this by now. Maybe I should just use their balloon and save myself the paperwork."
    static let match = ComplianceReadingTests.match
    static let gown = "Great. Gown's on the shelf."

    @Test func aTreatTheRepPaysForIsAnOffer() {
        for reply in [
            "Friday works. Starters and a couple of bottles for the table, all on me.",
            "Happy to help. Just put the evening on my card, spouses included.",
            "Let me get your nurses out for a proper steak once Thursday's done.",
        ] {
            #expect(Self.found(reply, Self.dinner).contains("offers-value"), "\(reply)")
        }
        for (reply, client) in [
            (
                "I can't put a team dinner on my card, but I'd be glad to run an in-service for them.",
                Self.dinner
            ),
            (
                "That mix-up with the lunch order is on me; I'll fix the invoice today.",
                ComplianceReadingTests.invoice
            ),
            (
                "Here's my card. Call me after Thursday and I'll walk your team through the evidence.",
                Self.dinner
            ),
        ] {
            #expect(!Self.found(reply, client).contains("offers-value"), "\(reply)")
        }
    }

    @Test func freeGoodsKeptOnAfterTheAskAreAnOffer() {
        for reply in [
            "Honestly, I can probably swing that. They stay with you.",
            "Two drivers, two sets, and we keep them off the paperwork.",
            "Fine. Nobody upstairs will notice two drivers.",
        ] {
            #expect(Self.found(reply, Self.drivers).contains("offers-value"), "\(reply)")
        }
        for reply in [
            "I can't leave drivers here for good. A loaner goes out for a case and comes back with us.",
            "Nothing off the invoice, Denise; your price stays on paper and so do the loaners.",
            "They stay on the loaner agreement, signed and dated, and come back after the case.",
        ] {
            #expect(!Self.found(reply, Self.drivers).contains("offers-value"), "\(reply)")
        }
    }

    @Test func aReportPutToALaterCallBundledOrLeftToTheHospitalIsDelayed() {
        for reply in [
            "Thanks for telling me. I'll mention it on my next visit to the lab.",
            "Noted. I'll bundle it in with the monthly paperwork.",
            "If your risk team logs it, we don't need to send anything up to the company.",
        ] {
            #expect(Self.found(reply, Self.harm).contains("delays-reporting"), "\(reply)")
        }
        for (reply, client) in [
            (
                "I'm filing it with complaint handling this afternoon, and I'll go over what they find on my next visit.",
                Self.harm
            ),
            ("I'll throw it on when I get in and meet you at the desk.", Self.gown),
            (
                "No need for a separate trip, I'll bring the paperwork with the set.",
                ComplianceReadingTests.invoice
            ),
        ] {
            #expect(!Self.found(reply, client).contains("delays-reporting"), "\(reply)")
        }
    }

    @Test func aRivalRunDownInPlainWordsIsDisparaged() {
        for (reply, client) in [
            ("Castellan's coating sheds in tortuous vessels, that's the truth of it.", Self.castellan),
            ("Meridian's loaners turn up incomplete half the time.", Self.match),
            ("Meridian's nails have had far more problems than ours.", Self.match),
        ] {
            #expect(Self.found(reply, client).contains("disparages-competitor"), "\(reply)")
        }
        for (reply, client) in [
            (
                "In the published registry, Meridian's nails had more problems than ours at two years; I can send you the table.",
                Self.match
            ),
            ("Our own first coating had shedding problems, and we published the fix.", Self.castellan),
            ("Is their coating shedding, or is that something you heard?", Self.castellan),
        ] {
            #expect(!Self.found(reply, client).contains("disparages-competitor"), "\(reply)")
        }
    }
}
