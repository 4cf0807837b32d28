import DefuseKit
import Testing

/// One test per general reading added for issue 12, each tried with several phrasings written
/// for these tests (none copied from a labelled set), and near misses that must stay out.
@Suite struct ReadingMeaningTests {
    static let complaint = "You sent the wrong set and my case starts in an hour."
    static let demand = "Forty percent off list or I take the volume to your competitor."
    static let insult = "You reps are all useless. A monkey could do your job."
    static let claim = "The subgroup data shows it doesn't work in my older patients."

    // Minimizing: the problem shrunk by calling it common, rare, luck, or fine in the end.
    @Test(arguments: [
        "delays like that happen on every product launch",
        "printers go wrong now and then, it's nobody's doing",
        "these reactions are rare, it was most likely just bad luck",
        "everyone in the industry had those shortages",
        "shortages are part of the trade, I'm afraid",
        "I wouldn't lose any sleep over it",
        "honestly it's nothing worth a fuss",
        "the surgery turned out fine in the end though",
        "the stock counts are normally accurate",
        "couldn't your team just use the older kit?",
        "we'll sort something, don't worry",
    ])
    func shrinkingTheProblemIsMinimizing(_ reply: String) {
        #expect(detected(reply, client: Self.complaint).contains("minimizing"), "\(reply)")
    }

    @Test(arguments: [
        "I won't pretend this is rare or that it doesn't matter",
        "don't worry about the paperwork, I'll handle all of it",
        "I'm driving the right set over now and it will be there by 10:40",
    ])
    func owningTheSizeIsNotMinimizing(_ reply: String) {
        #expect(!detected(reply, client: Self.complaint).contains("minimizing"), "\(reply)")
    }

    // Argues back: the client's reading dismissed, a dare, a jab at who they are.
    @Test(arguments: [
        "that's hardly what the trial tells you",
        "that is not exactly fair, I was here every Monday",
        "nobody in their right mind would read a forest plot like that",
        "the overall result stands, end of discussion",
        "you can't base a whole policy on forty patients",
        "maybe back in the seventies it was",
        "you might want to read the paper a bit more carefully",
        "that remark says a lot about you",
        "why are you so fixated on the old rep?",
        "you sound like a real dinosaur",
        "ring my boss then, see how far that gets you",
        "keep those opinions to yourself",
        "sort out your own rota, I'm not your scrub nurse",
    ])
    func disputingCombativelyArguesBack(_ reply: String) {
        #expect(detected(reply, client: Self.claim).contains("argues-back"), "\(reply)")
    }

    @Test(arguments: [
        "ok, go on, I'm listening",
        "I'll make sure you're never left without trials again",
        "I read the interval a little differently; how are you weighing the interaction test?",
    ])
    func engagingIsNotArguingBack(_ reply: String) {
        #expect(!detected(reply, client: Self.claim).contains("argues-back"), "\(reply)")
    }

    // Acknowledgement by naming the impact, without a stock phrase.
    @Test(arguments: [
        "I can see this leaves your list in real trouble",
        "I know the delay shook your whole team",
        "being corrected in front of your board must have felt humiliating",
        "a cancelled list is frightening for the patients waiting on it",
        "the wasted evening cost your staff sleep they needed",
        "that left you in a bind on a Friday",
        "nobody should have to start a case without the right plates",
        "a late specialist is not what you pay us for",
        "the extra bleeding risk at her access site is real",
    ])
    func namingTheImpactAcknowledges(_ reply: String) {
        #expect(detected(reply, client: Self.complaint).contains("acknowledge-dont-agree"), "\(reply)")
    }

    @Test(arguments: [
        "I appreciate you giving me the time",
        "sorry if the change upset you",
        "I know you ordered the 3.5",
    ])
    func thanksOrConditionalsAreNotAcknowledgement(_ reply: String) {
        #expect(!detected(reply, client: Self.complaint).contains("acknowledge-dont-agree"), "\(reply)")
    }

    // Blame: the rep's own part denied, or the fix handed to the client's side.
    @Test(arguments: [
        "pricing is set upstairs and I have zero say over it",
        "my hands were tied by the plant",
        "how was I supposed to know the date changed?",
        "I only passed on what I was given by training",
        "no one reminded me about the session",
        "your coordinator was supposed to confirm with me",
        "he's not technically one of ours, he's a contractor",
        "that figure came straight off the launch slides",
        "it's been a wild month and a couple of things slipped",
        "perhaps your ward educator could cover it on Sunday?",
        // An imperative that turns the blame elsewhere is no refusal.
        "Don't blame me, blame the warehouse.",
    ])
    func denyingOurPartIsBlame(_ reply: String) {
        #expect(detected(reply, client: Self.complaint).contains("blame-shifting"), "\(reply)")
    }

    @Test(arguments: [
        "I'll send the summary and the regulatory letter later this week",
        "shortages are part of the trade",
        "I'm not going to blame the plant, I'll have a set with you by 10:15",
        // The "I" dropped, as typed in a hurry: the clause opens on its negation.
        "Not gonna blame the warehouse. It's my set, I'm fixing it.",
        "won't blame the plant, set's with you by 10:15",
    ])
    func objectsAndOwnedCausesAreNotBlame(_ reply: String) {
        #expect(!detected(reply, client: Self.complaint).contains("blame-shifting"), "\(reply)")
    }

    // Capitulation: giving in outright, or deferring without engaging.
    // After a demand: giving in capitulates; a limit in plain words is a boundary.
    @Test(arguments: [
        ("whatever gets the deal over the line", "capitulates"),
        ("fine, let's make it work at forty", "capitulates"),
        ("I'll put the discount in just like you asked", "capitulates"),
        ("you'd know far better than me, doctor", "capitulates"),
        ("never mind me, it's your specialty", "capitulates"),
        ("say whatever you need to say", "capitulates"),
        ("Weekend cover isn't part of our agreement, so I can't just agree to it.", "boundary-setting"),
        ("Reps aren't allowed to scrub in or handle the patient.", "boundary-setting"),
        ("I'll talk it through with you, but not like this.", "boundary-setting"),
        ("I'll put in writing what we already agreed. Nothing more.", "boundary-setting"),
    ])
    func afterADemand(_ reply: String, _ id: String) {
        #expect(detected(reply, client: Self.demand).contains(id), "\(reply)")
    }

    @Test func assentThatStrengthensARefusalIsNotAssent() {
        let reply = "Absolutely not, forty percent is outside anything I can sign."
        #expect(!detected(reply, client: Self.demand).contains("capitulates"))
        #expect(detected("will do, forty it is", client: Self.demand).contains("capitulates"))
    }

    @Test func engagingTheReasoningIsNotCapitulating() {
        let reply =
            "That's your decision entirely. What would you need to see in the older patients to feel comfortable?"
        let found = detected(reply, client: Self.claim)
        #expect(found.contains("respectful-challenge"))
        #expect(!found.contains("capitulates"))
    }

    // Quoted speech: a report of what was said earlier is not said now.
    @Test func singleQuotedSpeechIsReported() {
        let client = "Tell me exactly what he said, and what you said back."
        let reply =
            "He said: 'you're a useless joke.' Then I said: 'I'm stepping out now and will email you by 17:00.' Then I left."
        let found = detected(reply, client: client)
        #expect(!found.contains("argues-back"))
        #expect(!found.contains("decisive-action"))
        #expect(!found.contains("graceful-exit"))
        // An apostrophe is not a quotation mark: the rest of the reply is still read.
        #expect(
            detected("'cause it's on me, I'll have the set there by 9:30", client: Self.complaint).contains(
                "ownership"))
    }

    // Negation of a noun ("no say") is not the rep disowning an excuse.
    @Test func noSayIsNotADisownedExcuse() {
        #expect(detected("I've no say in the pricing really", client: Self.demand).contains("blame-shifting"))
        #expect(
            !detected("I'm not going to make excuses about the plant", client: Self.complaint).contains(
                "blame-shifting"))
    }

    // Ownership: things put somewhere are not a hand-off; agreeing with an insult owns nothing.
    @Test func gettingThingsToTheClientIsOwnership() {
        #expect(
            detected("I'll get them to you before your first case", client: Self.complaint).contains(
                "ownership"))
        #expect(!detected("I'll get them to call you", client: Self.complaint).contains("ownership"))
        #expect(
            !detected("haha fair, I'll fetch some pastries then", client: Self.insult).contains("ownership"))
    }

    @Test func stayingIsNotALimit() {
        #expect(
            !detected("I'm not going anywhere, I'll fix this", client: Self.insult).contains(
                "boundary-setting"))
    }

    // Decisive action: an offer ("I can get you…"), a promise to come back, a meeting proposed.
    @Test(arguments: [
        "how about we go through the set together on Wednesday at 4 p.m.?",
        "I can get you a written proposal by Thursday.",
        "I'm happy to price it and come back to you by Wednesday at 10:00.",
    ])
    func offersWithATimeAreDecisive(_ reply: String) {
        #expect(detected(reply, client: Self.complaint).contains("decisive-action"), "\(reply)")
    }

    @Test func asSoonAsICanIsVague() {
        #expect(
            !detected("I'll get them to you as early as I can tomorrow", client: Self.complaint).contains(
                "decisive-action"))
    }

    // "Sorry, but…" takes the apology back whatever the excuse: a dispute or a shrug too.
    @Test(arguments: [
        "Sorry, but forty patients isn't enough to conclude anything.",
        "sorry but he's fine though, right?",
        "Sorry, but the plant's the one dropping the ball, not me.",
    ])
    func sorryButTakesTheApologyBack(_ reply: String) {
        let found = detected(reply, client: Self.complaint)
        #expect(found.contains("non-apology"), "\(reply)")
        #expect(!found.contains("apology"), "\(reply)")
    }

    // A fix handed on, with nothing kept by the rep, sends the client elsewhere.
    @Test(arguments: [
        "I'll check with our logistics people and have them get in touch",
        "we'll have somebody from the service desk pop over at some point",
        "someone in our office will get it sorted",
        "I'll ask the depot about it",
    ])
    func handingTheFixOnIsBlame(_ reply: String) {
        #expect(detected(reply, client: Self.complaint).contains("blame-shifting"), "\(reply)")
    }

    @Test(arguments: [
        "let me check with my manager and get back to you within the hour",
        "let me check my diary",
        "I'll have them on your loading dock by 6 a.m.",
    ])
    func keepingTheFollowUpIsNotBlame(_ reply: String) {
        #expect(!detected(reply, client: Self.complaint).contains("blame-shifting"), "\(reply)")
    }

    // Owning the fix does not make a fault put on the client's side neutral.
    @Test func aPastFaultOfTheClientsSideIsBlameEvenWithOwnership() {
        let found = detected(
            "I'll have the plates in theatre by 7:15. They came late because your sterile services were swamped that morning.",
            client: Self.complaint)
        #expect(found.contains("ownership"))
        #expect(found.contains("blame-shifting"))
        let impact = detected(
            "Your nurses gave up an evening and I wasted it. I'll run the session myself on Sunday at 18:00.",
            client: Self.complaint)
        #expect(!impact.contains("blame-shifting"))
        #expect(impact.contains("acknowledge-dont-agree"))
    }

    // A yes that stands alone, or one after an acknowledgement, still gives in.
    @Test func aYesIsNotUndoneByAQuestionOrAnAcknowledgement() {
        #expect(detected("Done! When can I send the contract?", client: Self.demand).contains("capitulates"))
        let doug = "I'd rather have Doug on my cases. Can you get him to call me?"
        #expect(
            detected("I get wanting a familiar face. Sure, I'll ask Doug to give you a call.", client: doug)
                .contains("capitulates"))
    }

    @Test func aQuotedLimitIsReported() {
        let client = "What did you say to him before you left?"
        let reply = "I told him, \"I'm not going to be spoken to this way,\" and walked out."
        #expect(!detected(reply, client: client).contains("boundary-setting"))
    }
}
