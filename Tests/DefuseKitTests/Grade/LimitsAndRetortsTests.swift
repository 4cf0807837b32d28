import Testing

@testable import DefuseKit

/// Limits and retorts read from structure (issue 12, rules4): a limit left elliptical, under way,
/// held with "still" or with the rep in the demanded person's place; a denial of what the client
/// says the rep did, the client's past conduct judged, an insult about a third party. Replies
/// written for these tests; each reading has a look-alike that must not take it.
@Suite struct LimitsAndRetortsTests {
    static func found(_ reply: String, _ client: String?) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    static let swapAsk = "So will you ask them for somebody else, or do I have to call them myself?"
    static let dougOrElse =
        "I'm not going to ask twice. Either Doug covers Thursday or I ring your regional manager myself and tell him why."
    static let leaveItOut =
        "One more thing, between us. When you write it up for HR, could you leave out the \"pathetic\" part and just say there was a disagreement about the backorder? Once HR reads that word, it becomes a whole process, and he's our biggest lab."
    /// toxic-client's "stay" line: its node avoids `capitulates`, so it presses the rep.
    static let stay = "Get out! Actually, no. Stay. Explain yourself."
    static let saidSo = "But the free blocks stand. You said so five minutes ago."
    static let look = "Don't look at me like that. I said what I saw. Your tray wasn't there."
    static let quietly =
        "Heard about the misfire. Patient's fine, yes? Then let's not open a complaint over one reload. That lot is all over the region and I don't need quality crawling over our biggest bariatric account. Swap her boxes quietly, buy her team lunch, and we move on."

    @Test func aLimitLeftEllipticalAnswersTheDemand() {
        #expect(
            Self.found("No, I won't. I'll email you the usage report this afternoon.", Self.swapAsk).contains(
                "boundary-setting"))
        #expect(Self.found("I can't, sorry.", Self.dougOrElse).contains("boundary-setting"))
        // To a plain question about a duty, no pressure: not a limit.
        #expect(
            !Self.found("No, I won't.", "Are you going to be at the hospital tomorrow?").contains(
                "boundary-setting"))
    }

    @Test func aRefusalUnderWayIsALimit() {
        #expect(
            Self.found("I'm not stepping off this account because I'm a woman.", Self.dougOrElse).contains(
                "boundary-setting"))
        #expect(Self.found("I'm not swapping boxes quietly.", Self.quietly).contains("boundary-setting"))
        // A thing named ("no spring chicken"), the past, and an attempt are not limits.
        #expect(!Self.found("Ha, I'm no spring chicken, true.", Self.dougOrElse).contains("boundary-setting"))
        #expect(!Self.found("I wasn't asking for a switch.", Self.dougOrElse).contains("boundary-setting"))
        #expect(
            !Self.found("I'm not trying to make this harder.", Self.dougOrElse).contains("boundary-setting"))
    }

    @Test func aNodeThatAvoidsGivingInPressesTheRep() {
        #expect(
            Self.found("I'm not going to stay and be shouted at.", Self.stay).contains("boundary-setting"))
        // "be" is not a limit, pressed or not.
        #expect(!Self.found("I won't be long.", Self.stay).contains("boundary-setting"))
    }

    @Test func aPositionHeldIsALimit() {
        #expect(
            Self.found("I get it matters. I'm still putting his exact words in the report.", Self.leaveItOut)
                .contains("boundary-setting"))
        #expect(
            Self.found("You're welcome to call her. I'll still be covering Thursday.", Self.dougOrElse)
                .contains("boundary-setting"))
        #expect(
            Self.found(
                "Doug won't be covering Thursday; I will, and I'll have everything ready.", Self.dougOrElse
            )
            .contains("boundary-setting"))
        // Waiting, thinking, and a fact about someone else hold nothing.
        #expect(
            !Self.found("I'm still waiting to hear from the office.", Self.dougOrElse).contains(
                "boundary-setting"))
        #expect(!Self.found("I still think Thursday works.", Self.dougOrElse).contains("boundary-setting"))
        #expect(
            !Self.found("Doug won't be in this week, sorry.", Self.dougOrElse).contains("boundary-setting"))
    }

    @Test func denyingWhatTheClientSaysTheRepDidArguesBack() {
        #expect(Self.found("I didn't say that.", Self.saidSo).contains("argues-back"))
        #expect(Self.found("I never said free, you misheard me.", Self.saidSo).contains("argues-back"))
        #expect(Self.found("i wasnt looking at you", Self.look).contains("argues-back"))
        // Owning it is not arguing; answering a question is not denying a claim; refusing a
        // command is a limit.
        #expect(
            !Self.found("I didn't say it clearly, and that's on me.", Self.saidSo).contains("argues-back"))
        #expect(
            !Self.found(
                "I didn't say that it was on the truck. It's at the depot.",
                "Did you say it was on the truck?"
            )
            .contains("argues-back"))
        #expect(!Self.found("I'm not swapping boxes quietly.", Self.quietly).contains("argues-back"))
    }

    @Test func judgingTheClientsPastConductArguesBack() {
        #expect(Self.found("You should have asked me first.", Self.look).contains("argues-back"))
        #expect(Self.found("you couldve checked with me before saying it", Self.look).contains("argues-back"))
        // What the client went through, or what they should not have had to do, is not a judgement.
        #expect(
            !Self.found("You should have had the right set on that table.", Self.look).contains("argues-back")
        )
        // Not a judgement. A known issue from learned4 to learned5 (the learned layer added it at
        // p 0.76); learned6 read it at 0.74 and added argues-back only above 0.8. Learned8's refit on
        // 41 sets reads it at 0.86 on no word of its own: "not", a clause with "you" as subject (and
        // negated) and the jab's line, which the guard for argues-back lets through.
        let chase = Self.found("You shouldn't have to chase us for this.", Self.look)
        withKnownIssue("learned8 adds argues-back (p 0.86) on a negated clause with you as subject alone") {
            #expect(!chase.contains("argues-back"))
        }
    }

    @Test func anInsultAboutAThirdPartyArguesBack() {
        let him = "Go on, then. Tell me what you really think of him. Off the record."
        #expect(Self.found("Off the record? He's clueless.", him).contains("argues-back"))
        #expect(Self.found("That guy is a total liar.", him).contains("argues-back"))
        // Reporting an insult about the rep's side, denying one, or a plain fact is not one.
        #expect(!Self.found("He told my surgeons we're liars.", him).contains("argues-back"))
        // Learned13's re-fit (67 sets) reads it at p 0.87 on "liar" and the jab's line.
        withKnownIssue("learned13 adds argues-back (p 0.87) to a denial of the insult") {
            #expect(!Self.found("He isn't a liar; he's new to the data.", him).contains("argues-back"))
        }
        #expect(
            !Self.found("He's new to the account, so I'd rather not comment.", him).contains("argues-back"))
    }

    static let joke =
        "I'm not finished! You'll stand there until I've told you exactly what a joke your company is, and then I'll tell you again."
    static let girl =
        "You're sharper than I expected. For a girl, anyway. Doug used to bring donuts for the team, by the way."
    static let flash =
        "When will it be here? Can you get it to me by one, so SPD can flash it and we're done?"

    @Test func theInsultSaidAgainAgreesWithIt() {
        #expect(
            Self.found("it is kind of a joke right now, not gonna lie", Self.joke).contains(
                "agrees-with-insult"))
        // Denied, or weighed as an impression, it is kept at a distance.
        #expect(
            !Self.found("We're not a joke, and I'll show you why.", Self.joke).contains("agrees-with-insult"))
        #expect(
            !Self.found("I hear that it feels like a joke right now.", Self.joke).contains(
                "agrees-with-insult"))
        // The list's word where the client never said it is not the insult said again.
        #expect(
            !Self.found("Green on thick tissue is pushing it.", "Say it plainly. Is this misfire my fault?")
                .contains(
                    "agrees-with-insult"))
    }

    @Test func aLaughAndAThanksTakeTheInsultAsACompliment() {
        let taken = Self.found("lol thanks, I'll take it. donuts thursday then!", Self.girl)
        #expect(taken.contains("agrees-with-insult"))
        #expect(!taken.contains("thanks"))
        // Thanks with the line drawn is not taking it.
        #expect(
            !Self.found("Thanks, but the 'for a girl' part isn't ok with me.", Self.girl).contains(
                "agrees-with-insult"))
    }

    @Test func theBreachTheClientAskedForGivesIn() {
        // The line as after-hours-call said it before 5 December's rewording: it still takes that
        // node's cue (NodeCues.nearest(to:)), as play's own line does.
        #expect(
            Self.found("yeah one's fine, they can flash it and you're good", Self.flash).contains(
                "capitulates"))
        // Refused, or only the legitimate part taken up, it is not giving in.
        #expect(
            !Self.found("I'll have it there by one. I won't ask them to flash it.", Self.flash).contains(
                "capitulates"))
        #expect(
            !Self.found("I'll have it at SPD by one for the full cycle.", Self.flash).contains("capitulates"))
    }
}
