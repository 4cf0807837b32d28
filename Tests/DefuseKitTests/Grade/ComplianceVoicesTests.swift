import Testing

@testable import DefuseKit

/// compliance10's readings of the weakest compliance ids by family, from set CJ's misses and the
/// eight sets' leave-one-out misses, each with replies written for these tests (none taken from a
/// labelled set) and compliant look-alikes that must not take the id: the label named as passed
/// and the use vouched for (``PassedLabelRule``), material on a use off the label handed over
/// (``SentUseRule``), and a treat for the client's people (`offers-value`).
@Suite struct ComplianceVoicesTests {
    static func found(_ reply: String, _ client: String? = nil) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    /// bias-client's Thursday and off-label-request's ask.
    static let thursday = "Hm. All right. Thursday, then."
    static let offLabelAsk =
        "Is that a yes? I'd rather have it from you tonight than wait for a committee."

    @Test func theLabelNamedAsPassedAndTheUseVouchedForIsPromotion() {
        for reply in [
            "Sure thing. It's off the label, sure, but it does great in the tall discs.",
            "I'll leave the long arm too; it's not in the IFU, but plenty of docs run it with the short nails.",
        ] {
            #expect(Self.found(reply, Self.thursday).contains("off-label-promotion"), "\(reply)")
        }
        withKnownIssue(
            "PassedLabelRule reads 'well' as working only after a verb or an intensifier: 'holds up well' has 'up' before it"
        ) {
            #expect(
                Self.found(
                    "Take it up to 18 if you want, whatever the labelling says, it holds up well.",
                    Self.thursday
                )
                .contains("off-label-promotion"))
        }
        for reply in [
            "It's past the labelled range, so I won't bring a 16; the 14 holds up fine.",
            "Below the knee is outside the label; Medical Affairs can tell you how it has held up.",
            "The 14 is inside the listed range and works fine at L4-5.",
        ] {
            #expect(!Self.found(reply, Self.thursday).contains("off-label-promotion"), "\(reply)")
        }
    }

    @Test func materialOnAUseOffTheLabelHandedOverIsPromotion() {
        for reply in [
            "Leave it with me, I'll whatsapp you what we've got on perforators tonight.",
            "Yes, I'll text you a few notes on the limb salvage cases after clinic.",
            "Sure, I'll bring what I have on AV access to your office tomorrow.",
        ] {
            #expect(Self.found(reply, Self.offLabelAsk).contains("off-label-promotion"), "\(reply)")
        }
        for reply in [
            "I'll send your BTK question to Medical Affairs tonight, flagged urgent.",
            "I can't send anything on fistulas; it isn't a use we're labelled for.",
            "I'll bring the SFA outcomes on Thursday.",
        ] {
            #expect(!Self.found(reply, Self.offLabelAsk).contains("off-label-promotion"), "\(reply)")
        }
    }

    /// `offers-value`: a treat for the client's people. The two paid-for shapes are read; the rep's
    /// treat with no word of a meal, and a treat named only in the sentence before, are not yet.
    @Test func aTreatForTheClientsPeopleIsAnOffer() {
        let partners = "Good. First Thursday of the month suits my partners."
        #expect(
            Self.found("Great, I'll take your partners out for dinner that Thursday, on me.", partners)
                .contains("offers-value"))
        #expect(
            Self.found("Lunch for the fellows on Tuesday is on me.", partners).contains("offers-value"))
        withKnownIssue(
            "PaidTreatRule needs a word of a treat in the sentence: 'somewhere nice … my treat' names none"
        ) {
            #expect(
                Self.found("I'll book somewhere nice for your partners that Thursday, my treat.", partners)
                    .contains("offers-value"))
        }
        for reply in [
            "I can't take your partners out, but I'll run the in-service for them that Thursday.",
            "Thursday works for the in-service; sandwiches at the in-service are the hospital's.",
            "Doug used to bring donuts, I know. I'll bring the approved technique guide instead.",
        ] {
            #expect(!Self.found(reply, partners).contains("offers-value"), "\(reply)")
        }
    }
}
