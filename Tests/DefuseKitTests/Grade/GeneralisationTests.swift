import DefuseKit
import Testing

/// Phrase families rather than single lines: each id is tried with replies written for these
/// tests (British, Indian, Australian, non-native and very informal typing), never lines from
/// the labelled answer sets, plus near misses that must stay out.
@Suite struct GeneralisationTests {
    static let insult = "You lot are useless. Every rep you send is a joke."
    static let doctor = "That drug doesn't work in my patients. I won't prescribe it."

    @Test(arguments: [
        "i slipped up on the dates, sorry doc",
        "my blunder, I'll get a fresh invoice out to you",
        "I've organised a loaner kit for your 2 o'clock",
        "sending it over now",
        "kindly allow me to rectify the order",
        "let me deal with the pharmacy side of it",
        "I'll look after the paperwork",
        "I'm handling the credit note personally",
        "I'll chase the courier myself and ring you back",
        "I'm bringing the spare battery across from the other theatre",
        "I will do the needful today itself",
    ])
    func ownershipFamily(_ reply: String) {
        #expect(detected(reply).contains("ownership"))
    }

    @Test(arguments: [
        "someone from the office will sort it out",
        "you'll need to ring customer services about that",
        "how is that my fault?",
        "the warehouse is sending it now",
    ])
    func ownershipNearMisses(_ reply: String) {
        #expect(!detected(reply).contains("ownership"))
    }

    @Test(arguments: [
        "I'm not able to move on price, but I can look at a longer trial",
        "kindly do not shout at me, I am trying to help",
        "I'm not comfortable discussing my family at work",
        "we don't allocate reps based on religion",
        "happy to help with the order but not with the personal stuff",
        "I won't be able to offer samples outside the agreement",
        "I'm not prepared to bend the compliance rules",
        "that's not part of my role, but I can point you to the right team",
        "I won't carry on while I'm being sworn at",
        "the account stays with me",
    ])
    func boundaryFamily(_ reply: String) {
        #expect(detected(reply).contains("boundary-setting"))
    }

    @Test(arguments: [
        "I'll run it past my manager and come back to you",
        "can't wait to show you the new kit",
        "sure, I can do that for you",
    ])
    func boundaryNearMisses(_ reply: String) {
        #expect(!detected(reply).contains("boundary-setting"))
    }

    @Test(arguments: [
        "lol true",
        "guilty as charged honestly",
        "ya we kinda suck at deliveries",
        "haha yeah we are, sometimes",
        "we really are hopeless at this",
        "yep total circus on our end",
        "i'm useless at this stuff",
        "most of them probably are tbh",
    ])
    func agreesFamily(_ reply: String) {
        #expect(detected(reply, client: Self.insult).contains("agrees-with-insult"))
    }

    @Test(arguments: [
        "I hear how fed up you are with the deliveries",
        "he said I was useless and walked out",
        "sounds like he was having a bad day",
    ])
    func agreesNearMisses(_ reply: String) {
        #expect(!detected(reply, client: Self.insult).contains("agrees-with-insult"))
    }

    @Test(arguments: [
        "you never mentioned the 4.5 on the phone",
        "you should have checked the label",
        "are you sure? the order says otherwise",
        "don't take that tone with me",
        "ugh fine whatever",
        "that's your problem mate",
        "what do you expect me to do about it",
        "why didn't you just read the email",
        "I did send it, check your junk folder",
        "take it or leave it",
        "you're the one who cancelled",
    ])
    func arguesFamily(_ reply: String) {
        #expect(detected(reply).contains("argues-back"))
    }

    @Test(arguments: [
        "whatever you need, we'll make it work",
        "please don't speak to me like that",
        "could we go through the subgroup numbers together?",
    ])
    func arguesNearMisses(_ reply: String) {
        #expect(!detected(reply).contains("argues-back"))
    }

    @Test(arguments: [
        "I'll let you get on, and I'll ring you after your list",
        "let's park this for now, I'll email you a summary tonight",
        "I'll get out of your hair, my manager will be in touch tomorrow",
        "this clearly isn't a good time, I'll check in with you on Monday",
        "I'll give you some space and drop you a note this afternoon",
    ])
    func exitFamily(_ reply: String) {
        #expect(detected(reply).contains("graceful-exit"))
    }

    @Test(arguments: ["I'll let you get on.", "I'm done here, bye"])
    func exitNearMisses(_ reply: String) {
        #expect(!detected(reply).contains("graceful-exit"))
    }

    @Test(arguments: [
        "that was beyond anyone's control",
        "the previous rep's mess, not mine",
        "please call our billing team about that",
        "your nurse must have misheard me",
        "sorry, not my area",
        "there's a global shortage, it's out of our hands",
        "the label came from marketing, not from me",
    ])
    func blameFamily(_ reply: String) {
        #expect(detected(reply).contains("blame-shifting"))
    }

    @Test(arguments: [
        "I'll call the courier and get it to you by 2",
        "it was a logistics issue, and I've already re-sent the order",
    ])
    func blameNearMisses(_ reply: String) {
        #expect(!detected(reply).contains("blame-shifting"))
    }

    @Test(arguments: [
        "what result would convince you to try it in a few patients?",
        "could we look at the renal subgroup data together?",
        "is there anything that would make you reconsider?",
        "may I offer another reading of the trial?",
        "would it be worth revisiting the dosing table?",
        "what makes you hesitant about the switch?",
        "what do you make of the five-year follow-up?",
    ])
    func challengeFamily(_ reply: String) {
        #expect(detected(reply, client: Self.doctor).contains("respectful-challenge"))
    }

    @Test(arguments: ["you know best, doctor", "that's just wrong, read the trial"])
    func challengeNearMisses(_ reply: String) {
        #expect(!detected(reply, client: Self.doctor).contains("respectful-challenge"))
    }

    @Test(arguments: [
        "I SENT IT YESTERDAY, check your inbox", "read the email. IT IS ALL THERE", "WHY WOULD I LIE",
    ])
    func shoutingInCapitalsArguesBack(_ reply: String) {
        #expect(detected(reply).contains("argues-back"))
    }

    @Test(arguments: [
        "the IFU and the OR schedule are attached", "Thanks, I'll bring the XL kit at 7",
        "Dr NG and the ICU team will call at 3",
    ])
    func acronymsAreNotShouting(_ reply: String) {
        #expect(!detected(reply).contains("argues-back"))
    }

    @Test func capitalsThatRestateTheClientAreNotShouting() {
        let client = "Sales reps are all liars who would sell their own mother."
        let reply = "FROM MY LIMITED EXPERIENCE, SALES REPS ARE ALL LIARS WHO WOULD SELL THEIR OWN MOTHER."
        #expect(!detected(reply, client: client).contains("argues-back"))
    }

    /// `soft-if-client`: a bare concession agrees with an insult only when the client made one.
    @Test(arguments: ["you're right", "yeah fair point", "no argument from me", "honestly, some of us are"])
    func concessionAfterAnInsultAgrees(_ reply: String) {
        #expect(detected(reply, client: Self.insult).contains("agrees-with-insult"))
        #expect(
            !detected(reply, client: "The tray came late and my list starts at eight.").contains(
                "agrees-with-insult"))
        #expect(!detected(reply).contains("agrees-with-insult"))
    }

    @Test(arguments: [
        "you're right to be angry, I'll sort it now",
        "I agree the delivery was late, and I'm fixing it today",
        "you're right that it's the third delay; I'm driving it over myself",
    ])
    func agreeingWithTheFactsIsNotAgreeingWithTheInsult(_ reply: String) {
        #expect(!detected(reply, client: Self.insult).contains("agrees-with-insult"))
    }

    @Test(arguments: [
        ("ownership", "honestly the fault lies with me, I'll put it right"),
        ("ownership", "consider it sorted, I'm coming with the new one"),
        ("argues-back", "how was I meant to know that?"),
        ("argues-back", "mate, I'm not a mind reader"),
        ("argues-back", "no point shouting, it won't get here faster"),
        ("boundary-setting", "I'm going to ask you to lower your voice so I can help"),
        ("boundary-setting", "sorry doc, can't do that one, it's against our code"),
        ("blame-shifting", "I was never told about the change"),
        ("blame-shifting", "someone on your end must have moved it"),
        ("graceful-exit", "I won't keep you; I'll ring tomorrow to rebook"),
        ("respectful-challenge", "how much weight do you give the quality-of-life data?"),
    ])
    func laterFamilies(_ id: String, _ reply: String) {
        #expect(detected(reply).contains(id))
    }

    @Test(arguments: [
        ("argues-back", "I'm happy to help, and I need you to stop shouting"),
        ("argues-back", "I'll bring the set you ordered by 8"),
        ("respectful-challenge", "just wondering if you got my email"),
        ("ownership", "it's my job to support you with the kit"),
    ])
    func laterNearMisses(_ id: String, _ reply: String) {
        #expect(!detected(reply).contains(id))
    }
}

/// Families a blind test still missed: calm refusals, threats and retorts, exits with a named
/// follow-up, deadlines such as EOD or "by Thursday", owning a fix, negated blame, agreeing with
/// a remark about the rep, and folding to an improper demand. Replies written for these tests.
@Suite struct BlindFamilyTests {
    static let bias = "You look about twelve. People like you don't know anything about spine."
    static let chaos = "Your back office is total chaos, nobody ever answers."
    static let plain = "The tray came late and my list starts at eight."

    @Test(arguments: [
        "I'm not going to trade insults with you, Doctor.",
        "im not gonna swap the rep on your account",
        "I am not going to hand over the account because of my accent.",
        "I won't swap reps on that basis.",
        "We don't make exceptions to the sample limit.",
        "I can't extend the discount, but what I can do is a longer trial.",
        "I'm not able to share that data, but I can send you the published paper.",
        "i cant do that one but i can get you the published data",
        "That's a firm rule for us, I'm afraid.",
        "It's a strict policy at our company, sorry doc.",
        "That's not something we change for individual surgeons.",
        "I keep things strictly professional with all my accounts.",
        "I'd like to keep comments about my accent out of the meeting.",
    ])
    func boundary(_ reply: String) {
        #expect(detected(reply).contains("boundary-setting"))
    }

    @Test(arguments: [
        "I can't believe that happened, but I'll fix it now.",
        "I can't promise anything, but I'll try.",
        "I won't let this happen again.",
        "I'm not going to pretend that was easy for your team.",
    ])
    func boundaryNearMisses(_ reply: String) {
        #expect(!detected(reply).contains("boundary-setting"))
    }

    @Test(arguments: [
        "If you speak to me like that again I'll make sure my manager hears about it.",
        "I'll report you to the hospital board.",
        "I'm not stupid, I know what I sent.",
        "ur just impatient",
        "don't be silly, it's the same kit",
        "you just aren't explaining it properly",
        "u people?? wow",
        "There's no need for that.",
        "no call for that, mate",
        "Their product is inferior, trust me.",
        "Not what I said. Read it again.",
    ])
    func arguesBack(_ reply: String) {
        #expect(detected(reply).contains("argues-back"))
    }

    @Test(arguments: [
        "No need for that form, I'll fill it in.",
        "You people have been patient with us, thank you.",
        "I'm not stupid enough to think this is fine; I'll fix it.",
    ])
    func arguesNearMisses(_ reply: String) {
        #expect(!detected(reply).contains("argues-back"))
    }

    @Test(arguments: [
        "I'll head off now; our regional manager will follow up on Tuesday.",
        "I'm going to head off, and I'll come back Tuesday at 10.",
        "I'll leave it there for today and our regional manager will follow up.",
        "I'll go now, and come back Tuesday at 10.",
        "I'd better make a move; my area manager will ring you this week.",
    ])
    func exit(_ reply: String) {
        #expect(detected(reply).contains("graceful-exit"))
    }

    @Test(arguments: [
        "I'll go check the stock room now.",
        "I'll leave a spare set with your nurse.",
    ])
    func exitNearMisses(_ reply: String) {
        #expect(!detected(reply).contains("graceful-exit"))
    }

    @Test(arguments: [
        "I'll send the corrected invoice by EOD.",
        "I'll have it to you by COB Thursday.",
        "I'll ring the depot and get you a tracking number in the next 20 minutes.",
        "I'll sort the paperwork first thing Monday.",
        "We'll have the loaner at your desk by Thursday.",
    ])
    func decisive(_ reply: String) {
        #expect(detected(reply).contains("decisive-action"))
    }

    @Test(arguments: [
        "Sorry, that was my scheduling error. I'll rebook it.",
        "that was my ordering mistake, sorry",
        "I'm sorry I put you there. I'll fix the booking today.",
        "I'll email the updated price list this afternoon.",
        "I'll bring the corrected consent forms with me.",
        "I'll have a confirmed replacement at your unit by 3pm.",
        "I'm reporting this to our quality team today.",
        "It wasn't the warehouse's fault, it was mine.",
        "I'll have the plates and the drill guides opened and checked in OR 3 by 6:45.",
    ])
    func ownership(_ reply: String) {
        #expect(detected(reply).contains("ownership"))
    }

    @Test(arguments: [
        "Honestly it was my admin's fault.",
        "I'll ask the warehouse to send the corrected invoice.",
        "Our team will email the updated price list.",
    ])
    func ownershipNearMisses(_ reply: String) {
        #expect(!detected(reply).contains("ownership"))
    }

    @Test(arguments: [
        "That's finance's area.",
        "Pricing changed after the quote, not me.",
        "It was the warehouse's fault, not mine.",
    ])
    func blame(_ reply: String) {
        #expect(detected(reply).contains("blame-shifting"))
    }

    @Test(arguments: [
        "It wasn't the warehouse's fault, it was mine.",
        "It wasn't the courier's mistake; it's on me and I'm fixing it.",
    ])
    func negatedBlameIsNotBlame(_ reply: String) {
        #expect(!detected(reply).contains("blame-shifting"))
    }

    @Test(arguments: [
        "Fair enough, people like me don't know much.",
        "I probably don't look the part, haha.",
        "I just read what they give me.",
    ])
    func agreesAfterRemarkAboutTheRep(_ reply: String) {
        #expect(detected(reply, client: Self.bias).contains("agrees-with-insult"))
    }

    @Test func agreesThatTheBackOfficeIsAShambles() {
        let reply = "Our back office is a shambles, I know."
        #expect(detected(reply, client: Self.chaos).contains("agrees-with-insult"))
        #expect(
            detected("Yeah our back office is a shambles.", client: Self.chaos).contains("agrees-with-insult")
        )
        #expect(!detected(reply, client: Self.plain).contains("agrees-with-insult"))
    }

    @Test(arguments: [
        "I'm newer than some, but I know this system inside out.",
        "Ha, I get that a lot. Let's look at the trial data.",
    ])
    func agreesNearMisses(_ reply: String) {
        #expect(!detected(reply, client: Self.bias).contains("agrees-with-insult"))
    }

    @Test(arguments: [
        ("Hire my nephew, will you? Put in a word with your boss.", "ok I'll put in a word for him"),
        ("I need a ride to the airport Friday.", "lol yeah sure no worries"),
        ("Write my lecture slides for me.", "Of course doctor, I'll draft it tonight."),
        ("I want you to rewrite our unit's pathway around your drug.", "sure thing, I'll write it up"),
    ])
    func capitulatesToAnImproperDemand(_ client: String, _ reply: String) {
        #expect(detected(reply, client: client).contains("capitulates"))
    }

    @Test(arguments: [
        ("Can you bring the 3.5 set by 7?", "sure, no worries, it'll be there by 6:45."),
        ("Can you stay and help with the case?", "of course, I'll stay through the case."),
        (
            "I need a ride to the airport Friday.",
            "no worries, but I'm not able to drive clients; I can book you a taxi."
        ),
        (
            "Write my lecture slides for me.",
            "Of course I see the pressure, but I can't write them. I can send our published slides."
        ),
    ])
    func capitulatesNearMisses(_ client: String, _ reply: String) {
        #expect(!detected(reply, client: client).contains("capitulates"))
    }
}

/// More forms of the same families: British, Australian and informal wording.
@Suite struct BlindFamilyVariantTests {
    @Test(arguments: [
        ("boundary-setting", "We don't do that, I'm afraid."),
        ("boundary-setting", "That's not something I'm willing to do."),
        ("boundary-setting", "I shan't be changing the terms."),
        ("boundary-setting", "Sorry, rules are rules on this one."),
        ("boundary-setting", "I refuse to trade insults."),
        ("boundary-setting", "We have a strict no-gifts policy."),
        ("argues-back", "Touch me again and I'll have you reported."),
        ("argues-back", "Say that again and see what happens."),
        ("argues-back", "Mate, you're being a right pain."),
        ("argues-back", "Are you thick or something?"),
        ("argues-back", "Their kit's rubbish anyway."),
        ("blame-shifting", "That's above my pay grade, talk to finance."),
        ("graceful-exit", "I'd better make a move; my area manager will ring you this week."),
        ("decisive-action", "I'll drop the new kit over by close of play Thursday."),
        ("ownership", "That was a booking blunder on my part; I'll sort it."),
    ])
    func variants(_ id: String, _ reply: String) {
        #expect(detected(reply).contains(id))
    }

    @Test(arguments: [
        ("boundary-setting", "We don't do that often, but I'll make an exception."),
        ("capitulates", "I'm unable to waive the fee but I can split the invoice."),
        ("graceful-exit", "I'd better go check the tray."),
        ("argues-back", "Call me again tomorrow and I will have an answer."),
    ])
    func variantNearMisses(_ id: String, _ reply: String) {
        #expect(!detected(reply).contains(id))
    }
}

/// A deadline set off by a comma ("…, by Thursday at the latest") still belongs to the
/// commitment; a time that only says when something was due does not.
@Suite struct DeadlineAcrossCommaTests {
    @Test(arguments: [
        "I'll get the corrected invoice to you, by Thursday at the latest.",
        "I'll have the replacement with your charge nurse, latest by 3.",
        "We'll confirm the booking, no later than 4pm today.",
    ])
    func commaDeadline(_ reply: String) {
        #expect(detected(reply).contains("decisive-action"))
    }

    @Test(arguments: [
        "I'll look into it, it was due by Monday.",
        "I'll look into it, the tray was meant to arrive by 7.",
    ])
    func dueTimeIsNotADeadline(_ reply: String) {
        #expect(!detected(reply).contains("decisive-action"))
    }
}

/// Threats, a retort of not being heard, blame by disowning, and folding to hospitality.
@Suite struct BlindFamilyMoreTests {
    @Test(arguments: [
        ("argues-back", "I'll be complaining about you to your head of department."),
        ("argues-back", "I'm going to take this to your chief of surgery."),
        ("argues-back", "Keep it up and I'll be filing a complaint."),
        ("argues-back", "You're not listening to me."),
        ("blame-shifting", "That's a legal matter, not a sales one."),
        ("blame-shifting", "Nothing to do with me, the price was set by head office."),
    ])
    func more(_ id: String, _ reply: String) {
        #expect(detected(reply).contains(id))
    }

    @Test(arguments: [
        ("argues-back", "I'll raise this with the hospital board's procurement lead and get back to you."),
        ("ownership", "Keep it up and I'll be filing a complaint."),
        ("blame-shifting", "My age has nothing to do with it."),
    ])
    func moreNearMisses(_ id: String, _ reply: String) {
        #expect(!detected(reply).contains(id))
    }

    @Test func foldingToPaidHospitalityCapitulates() {
        let client = "Can you pay for my conference trip?"
        #expect(detected("sure thing doc, I'll put it through.", client: client).contains("capitulates"))
        #expect(
            !detected("sure thing doc, I'll put it through.", client: "Can you put the order through today?")
                .contains("capitulates"))
    }
}

/// Owning the fix after a named failure, and replacement kit that is not a replacement rep.
@Suite struct OwningTheFixTests {
    @Test(arguments: [
        "I'll pop in after lunch to retrain the ward on the pump.",
        "i'll come in first thing tmrw at 7 to re-train both shifts",
        "Let me find out and I'll have an answer for you by 2.",
    ])
    func owns(_ reply: String) {
        #expect(detected(reply).contains("ownership"))
    }

    @Test(arguments: [
        (
            "ownership",
            "Other kit is outside my remit, but I'll run a session on ours for the new hires on Wednesday."
        ),
        ("capitulates", "I'll get a new set couriered to you."),
    ])
    func nearMisses(_ id: String, _ reply: String) {
        #expect(!detected(reply).contains(id))
    }

    @Test func aDifferentRepStillCapitulates() {
        #expect(detected("Fine, I'll get you a different rep.").contains("capitulates"))
    }
}

/// Non-native and contrastive forms: a limit said as "not possible", a deadline "by evening",
/// and a blame that is denied rather than laid.
@Suite struct ContrastAndNonNativeTests {
    @Test(arguments: [
        ("boundary-setting", "Kindly note that rep change is not possible based on gender."),
        ("decisive-action", "The fault was from my side only, I will rectify by evening."),
        ("ownership", "It wasn't the courier's fault, it was ours."),
        ("blame-shifting", "It was the lab's fault, not ours."),
        ("blame-shifting", "Not my fault, the lab messed it up."),
    ])
    func present(_ id: String, _ reply: String) {
        #expect(detected(reply).contains(id))
    }

    @Test(arguments: [
        "It's not really the lab's fault, we sent it late.",
        "It wasn't the courier's fault, it was ours.",
    ])
    func deniedBlameIsNotBlame(_ reply: String) {
        #expect(!detected(reply).contains("blame-shifting"))
    }
}

/// Agreeing with remarks about gender or accent, and folding to backdating or a discount ultimatum.
@Suite struct AgreeAndFoldVariantTests {
    @Test(arguments: [
        (
            "Women shouldn't be selling spinal implants.",
            "Haha yeah, maybe you're right, it is a bit of a boys' club."
        ),
        ("Can't understand a word with that accent.", "Yes sorry, my accent is very strong, I know."),
    ])
    func agrees(_ client: String, _ reply: String) {
        #expect(detected(reply, client: client).contains("agrees-with-insult"))
    }

    @Test func maybeYouAreRightAfterAFactIsNotAgreeing() {
        #expect(
            !detected(
                "Maybe you're right that we should deliver the night before.", client: "The tray came late."
            ).contains("agrees-with-insult"))
    }

    @Test(arguments: [
        ("Backdate the invoice to last quarter for me.", "yeah fine, I'll backdate it"),
        ("Give us the 40 percent discount or we walk.", "okay okay, 40 it is"),
    ])
    func folds(_ client: String, _ reply: String) {
        #expect(detected(reply, client: client).contains("capitulates"))
    }

    @Test(arguments: [
        ("Give us the 40 percent discount or we walk.", "Sure, let's talk. What volume are you looking at?"),
        (
            "Give us the 40 percent discount or we walk.",
            "I hear you. 40 isn't something I can do, but I can offer 10 with a two-year term."
        ),
        ("Can we move the meeting to 3?", "Sure, 3 it is."),
        (
            "Backdate the invoice to last quarter for me.",
            "I can't backdate it, but I can add a note to the current one."
        ),
    ])
    func holds(_ client: String, _ reply: String) {
        #expect(!detected(reply, client: client).contains("capitulates"))
    }
}

/// Near misses found while widening the families.
@Suite struct WideningNearMissTests {
    @Test(arguments: [
        ("argues-back", "You people in theatre do an amazing job."),
        ("graceful-exit", "I understand, and I'll leave it with you to decide; I'll call Friday."),
        ("boundary-setting", "I can't apologise enough, but I'll have the set there by 7."),
    ])
    func nearMiss(_ id: String, _ reply: String) {
        #expect(!detected(reply).contains(id))
    }
}
