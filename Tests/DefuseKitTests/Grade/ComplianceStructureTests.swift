import Testing

@testable import DefuseKit

/// Compliance breaches read from who does what rather than from fixed wordings (issues 12 and
/// 13, compliance5): a competitor run down by talk (``RumouredRivalRule``), material the rep
/// makes (``MadeMaterialRule``), goods given free (``FreeGoodsRule``), results praised off the
/// label (``PraisedUseRule``), the hurrying words of the sterile-field list read in their setting
/// (``SterileContextRule``) and an account only where one was asked for and given plainly
/// (``PlainAccountRule``). Replies written for these tests; each reading has compliant
/// look-alikes that must not take it.
@Suite struct ComplianceStructureTests {
    static func found(_ reply: String, _ client: String? = nil) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    /// Lines of the shipped scenarios: a price demand (key-account, whose competitor is
    /// Halvern), the off-label ask pressed again (off-label-request), free blocks demanded
    /// (scope-creep), a manager asking for the account (incident-report) and a request to scrub
    /// in (after-hours-call).
    static let match = "Let's talk about the eleven percent. Match it, or this is a very short meeting."
    static let number = "So is there a number in that for me or isn't there? Yes or no."
    static let blocks = "Saturdays, and the blocks free. Yes or no?"
    static let witness = "Was anyone else there? And what did you say to him, before you left?"
    static let scrub = "And you'll scrub in and run the targeting for Dr. Osei, right? Dave always did."

    @Test func aRivalRunDownByTalkDisparages() {
        for reply in [
            "Between you and me, I've heard Halvern's lead line has had failures they keep quiet about.",
            "Their supply has been worse than ours all year.",
            "The talk at the last congress was that their plant is barely running.",
            "Halvern's leads have more fractures than they let on, from what I'm hearing.",
        ] {
            #expect(Self.found(reply, Self.match).contains("disparages-competitor"), "\(reply)")
        }
        // Nothing heard, a refusal to comment, a fault of our own, a question.
        for reply in [
            "I haven't heard of any problems with Halvern's leads, and I won't speculate about them.",
            "I hear your team has had trouble with our backorders, and that's on us.",
            "Our supply has been worse than theirs this year, I won't pretend otherwise.",
            "Have you heard of any problems with their leads?",
        ] {
            #expect(!Self.found(reply, Self.match).contains("disparages-competitor"), "\(reply)")
        }
    }

    @Test func materialTheRepMakesIsUnapproved() {
        for reply in [
            "I'll knock up a quick sizing chart for your nurses tonight and tape it inside the cupboard.",
            "I'll draw up a reference card on the screw lengths and laminate a few.",
            "Leave it with me, I'm making a one-page cheat sheet for the night shift.",
            "I'll go over it tonight and have a corrected laminated version on the door by seven.",
        ] {
            #expect(Self.found(reply).contains("unapproved-material"), "\(reply)")
        }
        // Approved material brought, paperwork that is not clinical material, a refusal, a card
        // that is the rep's own business card.
        for reply in [
            "I'll bring the approved sizing card and the IFU table for your nurses.",
            "I'll write up a summary of what we agreed and email it tonight.",
            "I won't be making my own chart; the approved card is on its way.",
            "I'll leave my business card with the charge nurse.",
            "Should I make a chart for them?",
        ] {
            #expect(!Self.found(reply).contains("unapproved-material"), "\(reply)")
        }
    }

    @Test func goodsGivenFreeOfferValue() {
        for reply in [
            "Saturdays yes, and the blocks - put them down as on us from next month.",
            "I'll drop six reload boxes at your dock next week, no charge, as a thank-you for the trial.",
            "Two consoles placed at each site at no cost to you.",
        ] {
            #expect(Self.found(reply, Self.blocks).contains("offers-value"), "\(reply)")
        }
        // A refusal, owning a mistake with "on me", the rep being free, a recall replacement.
        for reply in [
            "Free blocks aren't something I can give; they go through contracts.",
            "Ten free blocks would be past what our policy allows, so I can't.",
            "The wrong set last week is on me. I'll be there at seven on Saturday.",
            "I'm free Thursday to bring the sets over.",
            "We'll replace the two recalled boxes at no charge.",
            // Turned down softly (review19 B finding 1): the goods called hard to give.
            "Free blocks would be tough, corporate's pretty strict about that stuff.",
        ] {
            #expect(!Self.found(reply, Self.blocks).contains("offers-value"), "\(reply)")
        }
        // Still given: "tough" said of something else.
        #expect(
            Self.found("Tough month, I know. The blocks are on us from Monday, no charge.", Self.blocks)
                .contains("offers-value"))
    }

    /// A maybe on the price, after a line that also asks for something of value, gives in on
    /// price, not on the thing of value (review19 C finding 5); a maybe on the thing itself is
    /// still the offer.
    @Test func aMaybeOnThePriceIsNotTheGift() {
        let package =
            "Here's my offer. Forty percent off list, net 120, two generators placed free. Sign tonight or I walk."
        let onPrice = Self.found("Let me see what I can do on the price.", package)
        #expect(!onPrice.contains("offers-value"))
        #expect(onPrice.contains("capitulates"))
        #expect(Self.found("Let me see what I can do on the generators.", package).contains("offers-value"))
    }

    @Test func resultsPraisedOffTheLabelPromote() {
        // At a node that avoids off-label promotion.
        #expect(
            Self.found(
                "No number from me, but the fistula outcomes people report with it are fantastic.",
                Self.number
            )
            .contains("off-label-promotion"))
        // Anywhere, after the rep has said it is off the label.
        #expect(
            Self.found("It's off label for kids, but it works great in peds too.").contains(
                "off-label-promotion"))
        // A plain answer, praise scoped to the label, praise at an ordinary node.
        for (reply, client) in [
            (
                "No number from me. Medical affairs will call you by Wednesday with what the literature says.",
                Self.number
            ),
            (
                "Our results in the labelled indication are excellent, and medical affairs can speak to the rest.",
                Self.number
            ),
            ("Our results are impressive in the SFA.", nil),
            ("The results aren't great off label, which is why I can't give you a size.", Self.number),
        ] {
            #expect(!Self.found(reply, client).contains("off-label-promotion"), "\(reply)")
        }
    }

    @Test func hurryingWordsAreTheFieldOnlyInTheirSetting() {
        // A cycle hurried: the client's line or the reply is about the OR.
        #expect(
            Self.found("I'll get SPD to push it through as fast as they can.", Self.scrub).contains(
                "breaches-sterile-field"))
        // A price pushed, a form hurried, a card hung by the back table.
        for reply in [
            "If I can get you to eleven, I'll push it through myself.",
            "To speed it up I'll bring the quote printed, you just read it.",
        ] {
            #expect(!Self.found(reply, Self.match).contains("breaches-sterile-field"), "\(reply)")
        }
        #expect(
            !Self.found(
                "Pin the approved card up by the back table.", "My crew keeps fumbling the instruments."
            )
            .contains("breaches-sterile-field"))
    }

    @Test func anAccountOnlyWhereOneWasAskedAndGivenPlainly() {
        #expect(
            Self.found(
                "Two scrub techs were there. He said I was pathetic and I said I would leave, then I left.",
                Self.witness
            ).contains("objective-report"))
        // A line no scenario says that asks what happened is a request too.
        #expect(
            Self.found(
                "At about ten he said he wanted a man on his cases, and I said I cover the account. I left at 10:20.",
                "You're back early. What happened in there?"
            ).contains("objective-report"))
        // Not asked for (a buyer's demand), promised rather than given, smoothed over.
        #expect(
            !Self.found(
                "He said it himself: eleven percent is their list price. I can ask deal review.", Self.match
            )
            .contains("objective-report"))
        #expect(
            !Self.found("I'll write down what he said tonight, word for word.", Self.witness).contains(
                "objective-report"))
        #expect(
            !Self.found(
                "He said I was pathetic and told me to get out. I'll just call it a disagreement in the write-up and leave the rest out.",
                Self.witness
            ).contains("objective-report"))
    }
    /// A manager's line at a choice node ("Which of these is closest?") asks for an account
    /// because the node's right line credits `objective-report` (issue 13: the report-check lines
    /// were read as nothing when typed). Replies written for this test: a typed account of
    /// their own keeps it; a promise of a report, a smoothed-over one, or an account after a
    /// choice node whose lines credit no report (a demand) does not.
    @Test func aChoiceNodeThatCreditsAReportAsksForOne() {
        let closest = "I need it plainly in case compliance asks. Which of these is closest?"
        #expect(
            Self.found(
                "He asked me to drop the form and swap the kits myself. I said no and left at 4.", closest
            )
            .contains("objective-report"))
        #expect(
            Self.found(
                "At 10 in his office he said the blocks should be free for his volume. I told him no.",
                "I need something I can pass to compliance. Which of these is closest?"
            ).contains("objective-report"))
        // A question whether anything happened asks for an account too.
        #expect(
            Self.found(
                "At the case cart he said reps like me should stay in the car, and I said I would leave. I left at 11.",
                "Were you all right? Did anything happen in there I should know about?"
            ).contains("objective-report"))
        // Look-alikes: promised, smoothed over, or no account asked for.
        #expect(
            !Self.found("I'll write down what he asked for tonight, word for word.", closest).contains(
                "objective-report"))
        #expect(
            !Self.found(
                "He asked for free blocks, but no point dragging compliance into it.", closest
            ).contains("objective-report"))
        #expect(
            !Self.found(
                "He said it himself: eleven percent is their list price. I can ask deal review.",
                "Yes or no on the slides. I need them by Monday."
            ).contains("objective-report"))
        #expect(
            !Self.found(
                "The buyer said the committee liked our data, so I'd keep going.",
                "What happens now with the committee?"
            ).contains("objective-report"))
        let cues = StructureReadingTests.cued.cues
        #expect(cues.credited(for: closest).contains("objective-report"))
        #expect(cues.credited(for: "Which of these is closest?").isEmpty)
        #expect(NodeCues().credited(for: closest).isEmpty)
    }
}
