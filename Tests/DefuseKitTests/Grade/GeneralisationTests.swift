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

    @Test(arguments: ["I SENT IT YESTERDAY, check your inbox", "read the email. IT IS ALL THERE", "WHY WOULD I LIE"])
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
        #expect(!detected(reply, client: "The tray came late and my list starts at eight.").contains("agrees-with-insult"))
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
