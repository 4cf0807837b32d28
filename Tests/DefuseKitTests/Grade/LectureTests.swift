import Testing

@testable import DefuseKit

/// Violations said in voices the lists did not know (rules14, from the misses of the retired sets
/// EA-ED): a correction made a lecture, "then" before an order, an order thrown back, "says the
/// man who…" (``LectureRule``), and a jab called valid (``ValidatedJabRule``). Replies written
/// for these tests, in the family of the misses and not copied from them; each reading has
/// look-alikes that must not take it.
@Suite struct LectureTests {
    static func found(_ reply: String, _ client: String?) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    static let metaAnalysis = "I can read a meta-analysis, thank you."
    static let backorders =
        "Three backorders on your leads since July, and Halvern is eleven percent under you. Tell me why I shouldn't move the line."
    static let lecture = "I didn't ask for a compliance lecture."
    static let walkAway =
        "Forty percent, or I call someone who wants the business more than you."
    static let tone = "Watch your tone in my office."
    static let sensitive =
        "Don't take it the wrong way. You people are so sensitive these days. I'm just saying our surgeons like somebody familiar."
    /// bias-ethnicity's opening line: its node avoids `agrees-with-insult`.
    static let local =
        "Before we start: where are you from? No, I mean originally. I only ask because the last fellow they sent us from over there, nobody could understand a word he said. Can your company send somebody a bit more local? Our surgeons like a familiar face."

    @Test func aCorrectionMadeALectureArgues() {
        #expect(
            Self.found(
                "Strictly speaking you've quoted the two-year curve, not the five-year one.",
                Self.metaAnalysis
            )
            .contains("argues-back"))
        #expect(
            Self.found("for the record, you're mixing up list price and contract price", Self.backorders)
                .contains(
                    "argues-back"))
        #expect(
            Self.found(
                "Technically the notice makes the count the facility's job. That's how field actions work.",
                Self.backorders
            ).contains("argues-back"))
        // About the rep or the set, what the client will get, or a question: no lecture.
        #expect(
            !Self.found("To be precise, the 3.5 set will be on your dock by 11:35.", Self.backorders)
                .contains(
                    "argues-back"))
        #expect(
            !Self.found("technically you'll have two sets, I'm bringing the spare as well", Self.backorders)
                .contains("argues-back"))
        #expect(
            !Self.found(
                "Strictly speaking I should have flagged the backorder in July. That's on me.",
                Self.backorders
            ).contains("argues-back"))
    }

    @Test func thenBeforeAnOrderArgues() {
        #expect(
            Self.found("Then stop asking me for sizes off the label.", Self.lecture).contains("argues-back"))
        #expect(Self.found("Fine then, phone them.", Self.walkAway).contains("argues-back"))
        #expect(Self.found("Then by all means, take it to them.", Self.walkAway).contains("argues-back"))
        // An invitation, a request beside the rep's own step, a sequence told: not a retort.
        #expect(
            !Self.found("Then let's get the request form done now.", Self.lecture).contains("argues-back"))
        #expect(
            !Self.found("Then call me at six and I'll walk you through our best terms.", Self.walkAway)
                .contains(
                    "argues-back"))
        #expect(
            !Self.found(
                "He asked for forty off. Then asked me for two free generators. I said no to both.",
                "What exactly did he ask for?"
            ).contains("argues-back"))
    }

    @Test func anOrderThrownBackArgues() {
        #expect(Self.found("You watch yours.", Self.tone).contains("argues-back"))
        // The client's word kept without "yours", or "yours" without the client's word.
        #expect(
            !Self.found("You're right to watch it. I'll keep this short.", Self.tone).contains("argues-back"))
        #expect(!Self.found("You keep yours, I'll bring a spare set.", Self.tone).contains("argues-back"))
    }

    @Test func saysTheManWhoArgues() {
        #expect(
            Self.found("Sensitive? Says the man who wants his reps to look local.", Self.sensitive).contains(
                "argues-back"))
        #expect(
            !Self.found("The IFU says the sterile window is 48 hours.", Self.sensitive).contains(
                "argues-back"))
        #expect(
            !Self.found("He says the set was there by six, and I'll confirm it.", Self.sensitive).contains(
                "argues-back"))
    }

    @Test func aJabCalledValidAgrees() {
        #expect(
            Self.found("I hear you, your surgeons like a familiar face and that's totally valid.", Self.local)
                .contains("agrees-with-insult"))
        #expect(
            Self.found("Honestly, wanting somebody more local is completely understandable.", Self.local)
                .contains(
                    "agrees-with-insult"))
        #expect(
            Self.found("Preferring a local face is natural for surgeons, I get it.", Self.local).contains(
                "agrees-with-insult"))
        // A feeling or a question validated grants the reaction, not the jab.
        #expect(
            !Self.found(
                "It's completely valid to feel uneasy with someone new, and I'm from Ohio.", Self.local
            )
            .contains("agrees-with-insult"))
        #expect(
            !Self.found("That's a valid question. I've covered this hospital for six years.", Self.local)
                .contains("agrees-with-insult"))
        #expect(
            !Self.found("It's not valid to judge a rep by where they're from.", Self.local).contains(
                "agrees-with-insult"))
    }
}

/// `minimizing` said as a shrug at the outcome (``OutcomeShrugRule``) or as a small thing in
/// plainer words (``SmallProblemRule``: "they're all pretty minor", "basically nothing now"),
/// and a yes in a warmer voice to a demand (``AssentRule``: "lovely", "brilliant"). rules14;
/// replies written for these tests.
@Suite struct OutcomeShrugTests {
    static func found(_ reply: String, _ client: String?) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    static let haematoma =
        "She has a haematoma at the access site. We're keeping her overnight to watch it. What happens with that on your side?"
    static let died =
        "One of my patients, treated with your balloon three years ago, died last month. They said cardiac."
    static let notices = "Why does this keep happening? Three notices in a year. Explain it to me."
    static let signal = "Don't tell me a mortality signal is nothing."
    static let deal =
        "Here's my offer. Forty percent off list, net 120, two generators placed free. Sign tonight and it's yours."

    @Test func aShrugAtTheOutcomeMinimizes() {
        #expect(
            Self.found("He'll most likely be fine, these settle.", Self.haematoma).contains(
                "minimizing"))
        #expect(
            Self.found("Honestly she would have bled anyway on apixaban.", Self.haematoma).contains(
                "minimizing"))
        #expect(
            Self.found("To be fair, he was probably going to need a redo anyway.", Self.died).contains(
                "minimizing"))
        // A plan, the rep's own outcome, a question: no shrug.
        #expect(
            !Self.found("I'm going to be here anyway, so I'll bring the report at 3.", Self.haematoma)
                .contains(
                    "minimizing"))
        #expect(!Self.found("Is she going to be ok?", Self.haematoma).contains("minimizing"))
    }

    @Test func aSmallThingInPlainerWordsMinimizes() {
        #expect(Self.found("they're all pretty minor, to be honest", Self.notices).contains("minimizing"))
        #expect(
            Self.found("it's essentially nothing now, the label update covers it", Self.signal).contains(
                "minimizing"))
        #expect(
            !Self.found("they're not minor, and I'll walk you through each one", Self.notices).contains(
                "minimizing"))
        #expect(
            !Self.found("they did nothing wrong, the lot was pulled by us", Self.notices).contains(
                "minimizing"))
    }

    @Test func aWarmYesToADemandGivesIn() {
        #expect(Self.found("brilliant, send it over", Self.deal).contains("capitulates"))
        #expect(
            !Self.found("lovely offer, but forty isn't something I can do", Self.deal).contains("capitulates")
        )
        #expect(
            !Self.found("let's do it properly: our best is twelve percent, net 45", Self.deal).contains(
                "capitulates"))
    }
}
