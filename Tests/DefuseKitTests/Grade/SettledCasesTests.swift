import Testing

@testable import DefuseKit

/// "Reading the rubric: settled cases" (`shared/spec/techniques.md`), every case as a test: the
/// reply, the client line it answers, the ids that must be present and those that must not.
@Suite struct SettledCasesTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var reply: String
        var client: String?
        var present: Set<String>
        var absent: Set<String>
        init(_ reply: String, client: String?, present: Set<String>, absent: Set<String>) {
            self.reply = reply
            self.client = client
            self.present = present
            self.absent = absent
        }
        var testDescription: String { reply }
    }

    static let cases: [Case] = [
        Case(
            "I'm not going to blame the warehouse, this one's mine",
            client: "Wrong tray again. My case is at noon.", present: ["ownership"],
            absent: ["blame-shifting"]),
        Case(
            "I won't pretend this is no big deal", client: "You sent the wrong set.", present: [],
            absent: ["minimizing"]),
        Case("I'm not sorry", client: nil, present: [], absent: ["apology"]),
        Case(
            "that's not really on me", client: "You sent the wrong set.", present: ["blame-shifting"],
            absent: []),
        Case(
            "nothing I could do", client: "You sent the wrong set.", present: ["blame-shifting"], absent: []),
        Case(
            "not like I made it up", client: "Your chart was wrong.", present: ["blame-shifting"], absent: []),
        Case(
            "the system showed them in stock", client: "Where are my stents?", present: ["blame-shifting"],
            absent: []),
        Case(
            "IT told me it was pushed", client: "The update never arrived.", present: ["blame-shifting"],
            absent: []),
        Case(
            "the booking form did say 3.5", client: "You sent the 3.5, I needed the 4.5.",
            present: ["blame-shifting"], absent: []),
        Case(
            "your front desk told me you were in surgery", client: "You never came to the meeting.",
            present: ["blame-shifting"], absent: []),
        Case(
            "it's been a crazy week", client: "You missed the in-service.", present: ["blame-shifting"],
            absent: []),
        Case(
            "our warehouse pulled the wrong tray; I'm driving the right one over now", client: "Wrong tray.",
            present: ["ownership"], absent: ["blame-shifting"]),
        Case(
            "So sorry. The courier lost the box, nothing I could do.", client: "Where is my box?",
            present: ["apology", "blame-shifting"], absent: ["non-apology"]),
        Case(
            "sorry, but that's not on us", client: "Wrong tray.", present: ["non-apology"],
            absent: ["apology"]),
        Case("sorry if you're upset", client: "Wrong tray.", present: ["non-apology"], absent: ["apology"]),
        Case(
            "an hour before a case, that's the last thing you need", client: "Wrong tray, case in an hour.",
            present: ["acknowledge-dont-agree"], absent: []),
        Case(
            "your night nurses gave up their time for nothing", client: "You never showed up.",
            present: ["acknowledge-dont-agree"], absent: []),
        Case(
            "that's an awful position to be put in", client: "You left me without a set.",
            present: ["acknowledge-dont-agree"], absent: []),
        Case(
            "leave the courier with me", client: "The courier never came.", present: ["ownership"], absent: []
        ),
        Case(
            "I'm driving to Mercy now and will have the set in sterile processing by 11:20",
            client: "Wrong set!", present: ["decisive-action", "ownership"], absent: []),
        Case("this one's my responsibility", client: "Wrong set!", present: ["ownership"], absent: []),
        Case(
            "distribution now scans every tray against the booking sheet",
            client: "How do I know this won't happen again?", present: ["prevention"], absent: []),
        Case("ok will do", client: "Do our billing for us.", present: ["capitulates"], absent: []),
        Case("yeah sure", client: "Send Doug instead.", present: ["capitulates"], absent: []),
        Case("fine", client: "40% off or we walk.", present: ["capitulates"], absent: []),
        Case("whatever you need", client: "Do our billing for us.", present: ["capitulates"], absent: []),
        Case("yeah, fair", client: "You reps are useless.", present: ["agrees-with-insult"], absent: []),
        Case("lol probably", client: "You people are clowns.", present: ["agrees-with-insult"], absent: []),
        Case("true", client: "Your company is a joke.", present: ["agrees-with-insult"], absent: []),
        Case(
            "Dr. Patel, I'm sorry, I'll have the right tray in your OR by 11:30", client: "Wrong tray.",
            present: ["apology", "decisive-action", "ownership"], absent: []),
        Case(
            "sorry for any inconvenience", client: "Wrong tray.", present: ["apology"],
            absent: ["non-apology"]),
        Case(
            "sorry if this caused any inconvenience", client: "Wrong tray.", present: ["non-apology"],
            absent: ["apology"]),
        Case(
            "I won't be asking Doug to call", client: "Get Doug to call me.", present: ["boundary-setting"],
            absent: ["capitulates"]),
        Case(
            "I'm not going to stand here and be called pathetic", client: "You're pathetic.",
            present: ["boundary-setting"], absent: []),
        Case(
            "that's just bad logic", client: "It doesn't work in that group.", present: ["argues-back"],
            absent: []),
        Case(
            "you should read more carefully", client: "Your chart says six French.", present: ["argues-back"],
            absent: []),
        Case(
            "that comment says more about you than me", client: "Girls like you don't last in sales.",
            present: ["argues-back"], absent: []),
        Case(
            "how do you decide for your fit older patients?", client: "I won't give it to my over-75s.",
            present: ["respectful-challenge"], absent: []),
        Case(
            "fair enough, I'll have my manager put Doug back on your cases",
            client: "I'd be more comfortable with Doug on my cases.", present: ["capitulates"],
            absent: ["ownership"]),
        Case(
            "sure, I'll open the implants onto the field on Saturdays",
            client: "You'll position the patient and open the implants onto the field.",
            present: ["capitulates"], absent: []),
        Case(
            "yeah, we can swap you to a male rep", client: "I want a man covering my account.",
            present: ["capitulates"], absent: []),
        Case(
            "go ahead, it's your call whether we meet Tuesday or Wednesday", client: "When can we meet?",
            present: [], absent: ["capitulates"]),
    ]

    @Test(arguments: cases)
    func holds(_ example: Case) {
        let found = detected(example.reply, client: example.client)
        #expect(example.present.isSubset(of: found), "missing \(example.present.subtracting(found))")
        #expect(example.absent.isDisjoint(with: found), "unwanted \(example.absent.intersection(found))")
    }

    @Test func dottedAbbreviationsDoNotEndASentence() {
        let text = shippedGrader.tokenizer.tokenize(
            "Dr. Patel, it'll be at St. Brigid's by 7 a.m. on Tuesday, e.g. early")
        #expect(Set(text.tokens.map(\.sentence)) == [0])
        // "7 a.m." is a time of day.
        let seven = text.tokens.firstIndex { $0.word == "7" }
        #expect(seven.map { text.infos[$0].flags & TokenInfo.clock != 0 } == true)
        let ends = shippedGrader.tokenizer.tokenize("I'll call by 3 p.m. Then we talk.")
        #expect(Set(ends.tokens.map(\.sentence)).count == 2)
    }

    @Test func quotedWordsAreMarked() {
        let text = shippedGrader.tokenizer.tokenize(#"He said "you're pathetic" and left"#)
        #expect(text.tokens.filter(\.quoted).map(\.word) == ["you", "are", "pathetic"])
        #expect(!detected(#"He said "you're pathetic" and left"#).contains("argues-back"))
    }

    @Test func clausesKnowTheirSubjectAndPolarity() {
        let text = shippedGrader.tokenizer.tokenize(
            "I'm not going to blame the warehouse, the courier lost it but I'll have the set there by 11")
        let clauses = ClauseReader.clauses(of: text)
        #expect(clauses.map(\.subject) == [.me, .party, .me])
        #expect(clauses[0].negation != nil && clauses[0].future)
        #expect(clauses[1].negation == nil && !clauses[1].future)
        #expect(clauses[2].negation == nil && clauses[2].future)
        #expect(clauses[0].verb.map { text.tokens[$0].word } == "blame")
    }

    @Test func aFixHandedToSomeoneElseIsNotOwnership() {
        for reply in ["I'll have my manager call you about it", "I'll ask the warehouse to look into it"] {
            #expect(
                !detected(reply, client: "You sent the wrong tray again.").contains("ownership"), "\(reply)")
        }
    }

    @Test func commitmentsInAnyWordsAreOwnership() {
        for reply in [
            "I'm couriering the 3.5 set over now", "I'll run two extra sessions for nights on Sunday",
        ] {
            #expect(
                detected(reply, client: "You sent the wrong tray again.").contains("ownership"), "\(reply)")
        }
    }
}
