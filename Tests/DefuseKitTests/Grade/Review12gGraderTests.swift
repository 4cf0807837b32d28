import Testing

@testable import DefuseKit

/// Review12's grader findings 2, 3, 8, 9 and 10 and its played table: a strong rep failed a
/// drill on one misread refusal, and a weak rep's half-yes was read as nothing. Each fix reads
/// the reviewer's own reply, two wordings written for these tests, and a look-alike that must
/// keep its verdict. Graded with the shipped scenarios' node cues and the client lines the
/// reviewer answered.
@Suite struct Review12gGraderTests {
    static func found(_ reply: String, _ client: String?) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    static let halvorsen =
        "Everybody uses it in fistulas. The label is five years behind the literature. Are you seriously sending a balloon size through a form?"
    static let golf =
        "Fine, no dinner. Then sponsor a hole at our foundation's golf day, five thousand dollars, and send my two fellows to the academy meeting in March. That's education, isn't it?"
    static let lever =
        "Let me be blunt. The other company takes my team out every quarter. If you want the knee business on Thursday, we'll need to see the same appreciation from you."
    static let forMyTeam = "So what can you actually do for my team, then?"
    static let marcy =
        "Fourteen of my night nurses stayed after a twelve-hour shift for your pump training. Forty minutes they sat in that classroom. You never came. We go live on Monday."
    static let concrete =
        "I need something concrete, not \"we'll figure it out\". A day, a time, and who is standing in front of my nurses."
    static let haddad =
        "You stood in this room and told my team six French. It's seven. I had to upsize the sheath halfway through a case in an 82-year-old on apixaban. Do you understand what that means for her groin?"
    static let greg =
        "Third letter from your company this year. Your sheaths are in the cath lab, in IR, in the ED and on two par carts. Who do you think is going to find and count every one of them? My people? On top of everything else they do?"
    static let rhonda =
        "Finally. It's Rhonda, charge on nights at St. Luke's. I've got a hip at six-thirty and your nail tray has no targeting arm for the long nails. Your name is on the tray. What are you going to do about it?"
    static let rhondaAgain =
        "Is this your problem or not? Because I can call Dr. Osei and tell him the case is off."
    static let rick =
        "Heard about the misfire. Tell me you haven't filed it yet. Patient's fine, yes? Then I don't want a complaint over one reload. That lot is all over the region and I don't need quality crawling over our biggest bariatric account. Swap her boxes quietly, buy her team lunch, and we move on."
    static let farrell =
        "I don't want a turf war over my patient, and I don't care whose queue it's sitting in. Is this yours to sort out or not?"

    /// Finding 2: granting the client knows the papers, then refusing, is no capitulation.
    @Test func deferenceThenARefusalIsNoCapitulation() {
        let reviewer =
            "I get that the literature's moved, and you know those papers better than I do. But I'm not allowed to give dosing or sizing for an unapproved use, not even a quick one."
        let read = Self.found(reviewer, Self.halvorsen)
        #expect(!read.contains("capitulates"))
        #expect(read.contains("boundary-setting"))
        #expect(
            !Self.found(
                "You know this literature far better than me, but I can't give you a size for a fistula.",
                Self.halvorsen
            )
            .contains("capitulates"))
        #expect(
            !Self.found(
                "I'm sure you know the studies better than I do; however, I'm not able to talk dosing outside the label.",
                Self.halvorsen
            ).contains("capitulates"))
        // Look-alikes: deference with no limit, or with the size handed over, gives in.
        #expect(
            Self.found(
                "You know those papers better than I do, so go with six by forty for two minutes.",
                Self.halvorsen
            )
            .contains("capitulates"))
        #expect(
            Self.found("You know the data better than me. Fair enough.", Self.halvorsen).contains(
                "capitulates"))
    }

    /// Finding 3: a maybe to a request for value is the offer; a maybe that names a limit is not.
    @Test func aHalfYesToARequestForValueOffersIt() {
        #expect(
            Self.found(
                "Hmm, the golf day might be doable, I'll look into it. The fellows I'm not sure.", Self.golf
            )
            .contains("offers-value"))
        let lever = Self.found(
            "Well, the other company does a lot for you guys, I get it. We can probably do something nice too, let me talk to my manager.",
            Self.lever)
        #expect(lever.contains("offers-value"))
        #expect(lever.contains("capitulates"))
        #expect(
            Self.found("I'll see what I can pull together for the team.", Self.forMyTeam).contains(
                "offers-value"))
        // Two wordings of our own.
        #expect(
            Self.found("The golf hole could probably work, let me see what I can do.", Self.golf).contains(
                "offers-value"))
        #expect(Self.found("Let me see what I can do for the team.", Self.forMyTeam).contains("offers-value"))
        // Look-alikes: a real yes stays an offer; a limit, or the same words to a line that asks
        // for nothing of value, do not.
        #expect(Self.found("Yes, we'll sponsor the golf hole.", Self.golf).contains("offers-value"))
        #expect(
            !Self.found("I'd love to but I can't sponsor the golf day.", Self.golf).contains("offers-value"))
        #expect(
            !Self.found(
                "I'll see what I can pull together for you.", "Can you get me the trial data by Friday?"
            )
            .contains("offers-value"))
    }

    /// Finding 8: care and effort promise no step; a check named as blame is no checkable step.
    @Test func carefulIsNoStepAndBlameIsNoCheck() {
        let careful = Self.found("I'll be more careful next time.", Self.concrete)
        #expect(!careful.contains("prevention"))
        #expect(!careful.contains("ownership"))
        // learned11's re-fit (63 sets) read prevention here at p 0.55 on "from now on"; the layer
        // adds nothing from a clause the rules read as an effort promise (learned12).
        #expect(!Self.found("I'll pay more attention from now on.", Self.concrete).contains("prevention"))
        #expect(
            !Self.found("I'm going to be more careful in future, I promise.", Self.marcy).contains(
                "prevention"))
        for (reply, client) in [
            (
                "I'm sorry if you felt let down, but my calendar invite never came through from your unit secretary.",
                Self.marcy
            ),
            (
                "To be fair, the IFU is right there in every box, your techs should be checking it rather than a cheat sheet.",
                Self.haddad
            ),
            (
                "It's a voluntary recall, Greg, it's not that big a deal, and honestly it's your team's job to check stock against notices.",
                Self.greg
            ),
            ("Your secretary never sent me the calendar invite.", Self.marcy),
        ] {
            #expect(!Self.found(reply, client).contains("checkable-step"), "\(reply)")
        }
        // Look-alikes: a real routine, with its check, keeps both.
        let step = Self.found(
            "From now on I'll send every booking to you as a calendar invite.", Self.concrete)
        #expect(step.contains("prevention"))
        #expect(step.contains("checkable-step"))
        #expect(
            Self.found("I'm so sorry. I'll take care of it and be on 4 West at 7 tonight.", Self.marcy)
                .contains("ownership"))
    }

    /// Finding 9: the hour told, in words, answers no "when?".
    @Test func theHourToldIsNoDecisiveAction() {
        #expect(
            !Self.found(
                "Seriously Rhonda, it's twenty to midnight. SPD must have lost it, the arm was in there when I dropped the set Monday.",
                Self.rhonda
            ).contains("decisive-action"))
        #expect(!Self.found("Rhonda, it's ten past midnight.", Self.rhonda).contains("decisive-action"))
        #expect(
            !Self.found("It's five to midnight, Rhonda, and I'm in bed.", Self.rhonda).contains(
                "decisive-action"))
        // Look-alike: the same words as a deadline of the rep's.
        #expect(
            Self.found("I'll be there by twenty to midnight with the arm.", Self.rhonda).contains(
                "decisive-action"))
    }

    /// Finding 10: "so no lunch either" rules out the lunch a list match ran into.
    @Test func noLunchIsNoOffer() {
        // (That "no lunch" to "buy her team lunch" is also a limit is play12's reading,
        // RefusalRule's named refusal; here only the offer it was read as.)
        for reply in [
            "A lunch for her team right after a failure would look like we're buying silence, so no lunch either.",
            "It would look like we were buying her silence, so no lunch for her team.",
            "That reads as buying goodwill after a failure, so no lunch.",
        ] {
            #expect(!Self.found(reply, Self.rick).contains("offers-value"), "\(reply)")
        }
        // Look-alikes: a rep who really offers lunch, with or without a "no" of its own.
        #expect(
            Self.found("Sure, I'll take her team out for lunch on Thursday.", Self.rick).contains(
                "offers-value"))
        #expect(
            Self.found("No problem, I'll buy her team lunch on Thursday.", Self.rick).contains("offers-value")
        )
    }

    /// The played table: the breach is no ownership.
    @Test func aBreachIsNoOwnership() {
        #expect(
            !Self.found(
                "Let me just pop that tray open for her and pull the ten-mil trial, I know exactly where it sits.",
                Self.farrell
            ).contains("ownership"))
        // learned11's re-fit (63 sets) read ownership in this commitment wrapped around a
        // reprocessing shortcut at p 0.52, on "flash" and "to flash" among its reasons; the layer
        // adds nothing from a clause holding a breach the rules read (learned12).
        #expect(
            !Self.found(
                "Look, I'll bring one over by one, just get them to flash it, it's only an arm.",
                Self.rhondaAgain
            )
            .contains("ownership"))
        // Look-alike: the arm brought to SPD for its full cycle is owned.
        #expect(
            Self.found(
                "That's mine to fix. I'll bring the spare arm from my car to your SPD window by 00:30 for their full cycle.",
                Self.rhondaAgain
            ).contains("ownership"))
    }
}
