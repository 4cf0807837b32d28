import Testing

@testable import DefuseKit

/// compliance6's structural readings of compliance breaches: a report softened on the client's
/// request (``AskedToSoftenRule``), a report put off to a meeting or held
/// (``LaterReportRule``), compliance kept out of it (``WaivedReportRule``), terms priced to make
/// up for a complaint or the client's own figures granted (``SelfAuthorisedTermsRule``), terms
/// routed to someone who decides (``RoutedTermsRule``) and a thing passed to the scrub team
/// (``HandedAcrossRule``). Replies written for these tests; each reading has compliant
/// look-alikes that must not take it.
@Suite struct ComplianceReadingTests {
    static func found(_ reply: String, _ client: String? = nil) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    /// A manager asking for the word to be left out of a write-up (incident-report), a buyer's
    /// price demand (price-match), a device failure with a harm (device-failure), a complaint
    /// about an invoice (personality-clash) and a surgeon asking for a trial (scrub-nurse-blame).
    static let leaveOut =
        "One more thing, between us. When you write it up for HR, could you leave out the \"pathetic\" part and just say there was a disagreement about the backorder?"
    static let match =
        "Meridian is thirty-one percent under you on nails. Same indications, same sizes. Match it by Friday, or the trauma business moves when your contract ends."
    static let harm =
        "There's something else. She has a haematoma at the access site. We're keeping her overnight to watch it. What happens with that on your side?"
    static let invoice =
        "Your restock sheet is wrong again. Three 6 French guides short on the count, and you've invoiced us for two balloons that are still on my shelf."
    static let trial =
        "I need the ten-mil augment trial in twenty minutes. Can't SPD just flash the tray? Or you know that kit: open what's there and hand Marisol the trial."

    @Test func aReportSoftenedOnRequestIsHeldBack() {
        for reply in [
            "Sure, I can soften it a bit for you.",
            "Okay. I'll leave that part out.",
            "Fine, I'll tone it down.",
        ] {
            #expect(Self.found(reply, Self.leaveOut).contains("delays-reporting"), "\(reply)")
        }
        for reply in [
            "I can't soften it. HR needs his exact words.",
            "I'm writing it up today with his words in; I won't leave anything out.",
            "Soften it? No, I'm going to write what he said.",
        ] {
            #expect(!Self.found(reply, Self.leaveOut).contains("delays-reporting"), "\(reply)")
        }
        // Without a request to soften, "tone it down" is about something else.
        #expect(!Self.found("Fine, I'll tone it down.", Self.invoice).contains("delays-reporting"))
    }

    @Test func aReportPutToAMeetingOrHeldIsDelayed() {
        for reply in [
            "Sorry to hear that. I'll note it in my quarterly review.",
            "Understood. We'll hold the paperwork until after the quarter closes.",
            "I'll record it at our regional meeting.",
            "Let's keep the complaint side of it for next week.",
        ] {
            #expect(Self.found(reply, Self.harm).contains("delays-reporting"), "\(reply)")
        }
        for reply in [
            "I'm reporting it to complaint handling today, and I'll bring you the reference at our review on Friday.",
            "It goes to complaint handling this afternoon; I'll go over what they find with you at the business review.",
        ] {
            #expect(!Self.found(reply, Self.harm).contains("delays-reporting"), "\(reply)")
        }
    }

    @Test func complianceKeptOutOfItWaivesTheReport() {
        let visit = "Rough one. Anything from the meeting I should know about, beyond the price?"
        for reply in [
            "She hinted at free drivers, but no need to make it a compliance thing.",
            "Nothing compliance needs to hear about, she dropped it.",
        ] {
            #expect(Self.found(reply, visit).contains("delays-reporting"), "\(reply)")
        }
        #expect(
            !Self.found("She asked for free drivers. I said no, and I'm telling compliance today.", visit)
                .contains(
                    "delays-reporting"))
        #expect(
            !Self.found("No need to worry, I already told compliance this morning.", visit).contains(
                "delays-reporting"))
    }

    @Test func termsPricedToMakeUpForAComplaintOrTheClientsFigureGranted() {
        #expect(
            Self.found(
                "I'm sorry. To make up for it I'll put a credit for a guide catheter on next month's invoice.",
                Self.invoice
            ).contains("unauthorised-concession"))
        #expect(
            Self.found(
                "Leave it with me, I can get you to thirty-one on the nails by Friday and square it with pricing afterwards.",
                Self.match
            ).contains("unauthorised-concession"))
        // A figure the client named that is no term, and goodwill that is not a gift.
        #expect(
            !Self.found(
                "Thank you for the ten minutes. I'm not going to ask you to stay on goodwill; by Friday you'll have a supply plan with dates.",
                "You have ten minutes. And Halvern is eleven percent under you on dual-chamber pacemakers."
            ).contains("unauthorised-concession"))
        // Correcting the bill, an approved figure taken to review, a refusal.
        #expect(
            !Self.found("I'm sorry. I'll credit the two balloons we invoiced by mistake today.", Self.invoice)
                .contains(
                    "unauthorised-concession"))
        #expect(
            !Self.found(
                "I can't get you to thirty-one on my own; I'll take it to deal review today.", Self.match
            )
            .contains("unauthorised-concession"))
        #expect(
            !Self.found(
                "I can't credit you for the trouble myself, but I'll ask my manager today.", Self.invoice
            )
            .contains("unauthorised-concession"))
    }

    @Test func termsRoutedToSomeoneWhoDecidesAreNotGranted() {
        let eleven = "Let's talk about the eleven percent. Match it, or this is a very short meeting."
        #expect(
            !Self.found(
                "I can't match it in this room. I can take eleven percent on dual-chamber to our contracts team today.",
                eleven
            ).contains("unauthorised-concession"))
        #expect(
            Self.found("I can do eleven percent on dual-chamber today.", eleven).contains(
                "unauthorised-concession"))
        #expect(
            Self.found("I'll give you eleven percent and take it to our contracts team afterwards.", eleven)
                .contains(
                    "unauthorised-concession"))
    }

    @Test func aThingPassedToTheScrubTeamBreachesTheField() {
        for reply in [
            "Leave it with me. If it's quicker I'll grab the trial and pass it straight to Marisol.",
            "I'll give the augment trial to your scrub nurse myself.",
        ] {
            #expect(Self.found(reply, Self.trial).contains("breaches-sterile-field"), "\(reply)")
        }
        for reply in [
            "I can't hand anything to Marisol; I'm not sterile. SPD will send the trial up.",
            "I'll pass your question about the trial to medical affairs today.",
            "I'll give the lot number of the tray to Joanne before I leave.",
        ] {
            #expect(!Self.found(reply, Self.trial).contains("breaches-sterile-field"), "\(reply)")
        }
    }
    /// A manager's request for an account in words no scenario says any longer (labelled replies
    /// keep the line as it was): "Tell me exactly what he said and did.", "Walk me through it".
    @Test func aRequestToBeWalkedThroughItAsksForAnAccount() {
        let report =
            "He asked where I'm from, 'originally', and said the last rep from 'over there' couldn't be understood. I said I cover the account and left at 9:40."
        for line in [
            "You said something happened at Pine Hollow this morning. Tell me exactly what he said and did.",
            "You said something came up with Dr. Whitlock. Walk me through it, from when you walked in.",
        ] {
            #expect(Self.found(report, line).contains("objective-report"), "\(line)")
        }
        // A statement, a claim and a request about something else ask for no account.
        for line in [
            "He said it himself. Eleven percent, or we walk.",
            "Talk is cheap. Your study was paid for by your company.",
            "Tell me when the set will be in my room.",
        ] {
            #expect(!Self.found(report, line).contains("objective-report"), "\(line)")
        }
    }
}
