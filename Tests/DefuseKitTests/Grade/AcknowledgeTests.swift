import DefuseKit
import Testing

/// `acknowledge-dont-agree`, `agrees-with-insult` and `argues-back`: recognising the feeling
/// counts only when the reply neither agrees with the insult nor hits back.
@Suite struct AcknowledgeTests {
    @Test(arguments: [
        "I can hear how stressful this is.",
        "I understand this puts your afternoon list at risk.",
        "that sounds really frustrating",
        "I hear you.",
        "You're right to be annoyed about it.",
        "I know the delay has hurt your schedule.",
    ])
    func acknowledgements(_ reply: String) {
        #expect(detected(reply).contains("acknowledge-dont-agree"))
    }

    @Test(arguments: ["okay", "I see.", "Understood.", "I'm sorry.", "I don't understand why you're angry."])
    func notAcknowledgements(_ reply: String) {
        #expect(!detected(reply).contains("acknowledge-dont-agree"))
    }

    @Test(arguments: [
        "I hear you, our shipping has been a joke lately.",
        "I get it, people like me can be hard to work with.",
        "honestly ur not wrong, we have been a total mess",
        "yeah fair enough, our support is rubbish",
    ])
    func agreementCancelsAcknowledgement(_ reply: String) {
        let found = detected(reply)
        #expect(found.contains("agrees-with-insult"))
        #expect(!found.contains("acknowledge-dont-agree"))
    }

    @Test(arguments: [
        "I hear you, but you need to calm down.",
        "I understand your concern but you're wrong about that.",
        "there's no need to yell",
        "With all due respect, the sheet says left.",
        "im done with you, find another rep",
    ])
    func arguingBack(_ reply: String) {
        let found = detected(reply)
        #expect(found.contains("argues-back"))
        #expect(!found.contains("acknowledge-dont-agree"))
    }

    @Test func cancelledVerdictExplainsWhy() throws {
        let verdict = try #require(
            shippedGrader.grade("I hear you, but calm down.", client: nil).verdicts["acknowledge-dont-agree"])
        #expect(!verdict.present)
        #expect(verdict.explanation?.contains("argues-back") == true)
    }
}
