import Testing

@testable import DefuseKit

/// Review11's grader findings (issues 12 and 13): a compliant reply that names what it avoids
/// was read as doing it, and a few real breaches passed unread. Each fix reads the reviewer's
/// own reply, two wordings written for these tests, and a look-alike that must keep its
/// verdict. Graded with the shipped scenarios' node cues and the client lines the reviewer
/// answered.
@Suite struct Review11GraderTests {
    static func found(_ reply: String, _ client: String?) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    static let rhonda =
        "Finally. It's Rhonda, charge on nights at St. Luke's. I've got a hip at six-thirty and your nail tray has no targeting arm for the long nails. Your name is on the tray. What are you going to do about it?"
    static let farrell =
        "I don't want a turf war over my patient, and I don't care whose queue it's sitting in. Is this yours to sort out or not?"
    static let sato = "Go on, then. Tell me what you really think of him. Off the record."

    /// Finding 1: a car, trunk or bag is where the rep carries a loaner from; carried to SPD's
    /// window for its full cycle it is the right move. Carried to the OR it is still a breach.
    @Test func aLoanerCarriedFromTheCarToSPDIsNoBreach() {
        let reviewer =
            "I'm sorry Rhonda, that's mine. I'll bring the spare arm from my car to your SPD window by 00:30, with its paperwork, so they can run it through their full cycle."
        let read = Self.found(reviewer, Self.rhonda)
        #expect(!read.contains("breaches-sterile-field"))
        #expect(read.contains("decisive-action"))
        #expect(
            !Self.found("Fine, I'll bring the one from my car.", Self.rhonda).contains(
                "breaches-sterile-field"))
        #expect(
            !Self.found(
                "The spare is in my trunk; I'll drop it at your sterile processing desk by half twelve.",
                Self.rhonda
            )
            .contains("breaches-sterile-field"))
        #expect(
            !Self.found("I'll file the complaint from my car in the next ten minutes.", nil)
                .contains("breaches-sterile-field"))
        // Look-alikes: the unsterile arm taken from the car to the OR, or a demo kit, still are.
        #expect(
            Self.found("I'll bring the spare arm from my car straight up to the OR.", Self.rhonda)
                .contains("breaches-sterile-field"))
        #expect(
            Self.found("I'll bring the arm from my car up to the OR for the case.", Self.rhonda)
                .contains("breaches-sterile-field"))
        #expect(
            Self.found("I can open the ten-mil trial from my demo kit and hand it to Marisol.", Self.farrell)
                .contains("breaches-sterile-field"))
    }

    /// Finding 6: the rep offering to open the tray themselves is a breach of the field; the
    /// scrub nurse opening it is not.
    @Test func anOfferToOpenTheTrayIsABreach() {
        let reviewer =
            "Yeah, I know that kit cold, I can open the tray and grab the trial for Marisol, it'll take two seconds."
        #expect(Self.found(reviewer, Self.farrell).contains("breaches-sterile-field"))
        #expect(
            Self.found("Let me open the tray for Marisol.", Self.farrell).contains("breaches-sterile-field"))
        #expect(
            Self.found("I'll just crack the set open and pull the ten-mil for her.", Self.farrell)
                .contains("breaches-sterile-field"))
        // Look-alikes: the rep refusing, or the scrub nurse opening it.
        #expect(
            !Self.found("I won't open the tray; that's Marisol's.", Self.farrell).contains(
                "breaches-sterile-field"))
        #expect(
            !Self.found("Marisol can open the tray when it comes up.", Self.farrell).contains(
                "breaches-sterile-field"))
    }

    /// Finding 11: keeping out of what was asked, on the record or off, is a limit.
    @Test func stayingOutOfItIsALimit() {
        #expect(
            Self.found("Off the record or on, I'll stay out of that.", Self.sato).contains("boundary-setting")
        )
        #expect(Self.found("I'm going to stay well out of that one.", Self.sato).contains("boundary-setting"))
        #expect(Self.found("I'd rather keep out of it, honestly.", Self.sato).contains("boundary-setting"))
        // Look-alike: staying out of the surgeon's way is no limit.
        #expect(!Self.found("I'll stay out of your way in the OR.", nil).contains("boundary-setting"))
    }

    static let nwosu =
        "She's in recovery and stable. But I had to hand-sew a staple line I should never have had to touch, and if she leaks on day three I'm the one explaining it to her family. So what happens now?"
    static let haddad = "How did this even happen? And why should I believe the next number you give my team?"
    static let brandvold =
        "Look, nothing personal, but I'd be more comfortable with Doug on my cases. Spine hardware has always been a man's business. Can you get him to call me?"

    /// Finding 2: what waits on the investigation is telling the surgeon, not the filing; a
    /// complaint held until quality answers is still a delay.
    @Test func anUpdateAfterTheInvestigationIsNoDelay() {
        let reviewer =
            "I understand, and I'm sorry you're carrying that. I've already started the complaint: the date, the stapler and reload, the lot number, the incomplete line on the third firing and the thirty-minute oversew. I'll submit it before noon today. Our quality team decides whether it's a reportable event, and they may call you for details, no patient name needed. Your hospital may want its own incident report too. I'll send you the complaint reference by 2 pm and update you when the investigation has findings."
        #expect(!Self.found(reviewer, Self.nwosu).contains("delays-reporting"))
        #expect(
            !Self.found(
                "I'll send you the complaint reference by 2 pm and update you when the investigation has findings.",
                nil
            )
            .contains("delays-reporting"))
        #expect(
            !Self.found(
                "The complaint goes in this morning; I'll let you know once the engineers have looked at the reload.",
                Self.nwosu
            )
            .contains("delays-reporting"))
        #expect(
            !Self.found(
                "I'm filing the complaint by 11 and I'll tell you the findings when the investigation closes.",
                Self.nwosu
            )
            .contains("delays-reporting"))
        // Look-alikes: the complaint itself held until quality answers.
        #expect(
            Self.found("I'll hold the complaint until quality gets back to us.", Self.nwosu).contains(
                "delays-reporting"))
        #expect(
            Self.found(
                "I'll update you, and file the complaint once the engineers have looked at it.", Self.nwosu
            )
            .contains("delays-reporting"))
        #expect(
            Self.found(
                "I'll send you the reference by 2 pm and file the complaint after the investigation.",
                Self.nwosu
            )
            .contains("delays-reporting"))
    }

    /// Finding 3: how the chart came about, told in the past, and a "never again", make no new
    /// material; a new chart offered, or one made and put up, still is.
    @Test func anAccountOfTheChartIsNoNewMaterial() {
        let reviewer =
            "It happened because I made my own chart to save your team time, typed the sheath from memory, and never checked it against the IFU. From now on I don't make sizing material at all: every number I give your team comes from the IFU or the approved guide, and I'll show you the page it's on. Thank you for telling me straight away so I could fix it."
        let read = Self.found(reviewer, Self.haddad)
        #expect(!read.contains("unapproved-material"))
        #expect(read.contains("prevention"))
        #expect(
            !Self.found(
                "I typed that chart up myself from memory; that was the mistake. I won't make my own material again.",
                Self.haddad
            )
            .contains("unapproved-material"))
        #expect(
            !Self.found(
                "Honestly, I made my own sizing card and never checked it against the IFU.", Self.haddad
            )
            .contains("unapproved-material"))
        // Look-alikes: a new chart offered, or one already made and put up.
        #expect(
            Self.found("I'll make your team a corrected chart by Friday.", Self.haddad).contains(
                "unapproved-material"))
        #expect(
            Self.found("I made my own slide with the criteria side by side. I'll email it over.", nil)
                .contains(
                    "unapproved-material"))
    }

    /// Finding 14: "It's nearly midnight" tells the hour; it commits to nothing. A time for the
    /// rep's step still counts, and "don't worry" is minimizing.
    @Test func theHourIsNoDecisiveAction() {
        let reviewer =
            "Ugh, seriously? It's nearly midnight. The set was complete when I dropped it Monday, your SPD must have lost it."
        let read = Self.found(reviewer, Self.rhonda)
        #expect(!read.contains("decisive-action"))
        #expect(read.contains("blame-shifting"))
        #expect(!Self.found("It's gone eleven, Rhonda.", Self.rhonda).contains("decisive-action"))
        #expect(!Self.found("It is 23:40 already, you know.", Self.rhonda).contains("decisive-action"))
        // Look-alikes: the arm's time at SPD is a step.
        #expect(Self.found("It'll be at your SPD window by 00:30.", Self.rhonda).contains("decisive-action"))
        let noon = Self.found(
            "I'll have the right one here by noon, don't worry.",
            "That's a 4.5 large-frag set. My noon case is a lateral plateau and I need the 3.5 proximal tibia plates. It's five to eleven. Does anybody at your company read a booking sheet?"
        )
        #expect(noon.contains("minimizing"))
    }

    /// Played, bias-client: after "Can you get him to call me?", sending for Doug with a second
    /// verb ("text him and ask him to give you a ring") is agreeing to the swap.
    @Test func sendingForTheOtherRepWithASecondVerbGivesIn() {
        let reviewer =
            "Ha, no offence taken! I get it, Doug's great. I'll text him and ask him to give you a ring today."
        let read = Self.found(reviewer, Self.brandvold)
        #expect(read.contains("capitulates"))
        #expect(!read.contains("decisive-action"))
        #expect(
            Self.found("Sure, I'll call Doug and get him to ring you this afternoon.", Self.brandvold)
                .contains(
                    "capitulates"))
        #expect(
            Self.found("I'll message Doug and have him call you tonight.", Self.brandvold).contains(
                "capitulates"))
        // Look-alikes: the rep texting the client, then asking the scrub team; and a refusal.
        let own = Self.found(
            "I'll text you the case plan tonight and ask your scrub team to walk through it with me.",
            Self.brandvold)
        #expect(!own.contains("capitulates"))
        #expect(own.contains("decisive-action"))
        #expect(
            !Self.found("I won't be asking Doug to call you; I'm covering Thursday myself.", Self.brandvold)
                .contains("capitulates"))
    }
}
