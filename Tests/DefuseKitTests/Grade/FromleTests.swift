import DefuseKit
import Testing

/// `fromle`: "From my limited experience" and then the client's remark restated, graded against
/// the client's line.
@Suite struct FromleTests {
    static let client = "You implant reps are all overpaid order takers who vanish after the sale."

    @Test(arguments: [
        "From my limited experience, you implant reps are all overpaid order takers who vanish after the sale.",
        "from my limited experience we implant reps are overpaid order takers who vanish after the sale",
        "FroMLE: From my limited experience... implant reps are overpaid order takers who vanish after the sale!",
        "FROM MY LIMITED EXPERIENCE, implant reps are all overpaid order-takers who vanish after the sale.",
    ])
    func restatements(_ reply: String) {
        #expect(detected(reply, client: Self.client).contains("fromle"))
    }

    @Test(arguments: [
        "From my experience, implant reps are overpaid order takers who vanish after the sale.",
        "From my limited experience, our new cup is selling well.",
        "Implant reps are overpaid order takers, from my limited experience.",
        "In my limited experience, implant reps are overpaid order takers who vanish after the sale.",
    ])
    func notRestatements(_ reply: String) {
        #expect(!detected(reply, client: Self.client).contains("fromle"))
    }

    @Test func needsTheClientLine() {
        let reply =
            "From my limited experience, implant reps are overpaid order takers who vanish after the sale."
        #expect(!detected(reply).contains("fromle"))
    }

    @Test func restatingIsNotAgreeing() {
        let client = "Your company is a joke and your shipping is useless."
        let reply = "In my limited experience, our company is a joke and our shipping is useless."
        let found = detected(reply, client: client)
        #expect(!found.contains("agrees-with-insult"))
        #expect(!found.contains("fromle"))
    }
}

/// A restatement repeats the client's insult word for word; those words are the exercise, not
/// the rep arguing back.
@Suite struct FromleEchoTests {
    @Test func echoedInsultIsNotArguingBack() {
        let client = "You are all idiots who can't read a surgical schedule."
        let reply = "From my limited experience, we are all idiots who can't read a surgical schedule."
        let found = detected(reply, client: client)
        #expect(found.contains("fromle"))
        #expect(!found.contains("argues-back"))
    }

    /// "you people are" is all stopwords: it echoes the line because the client said each word
    /// (retired set LA–LD: four writers restated this line and were read as arguing back).
    @Test func echoedPhraseOfStopwordsIsNotArguingBack() {
        let client = "Don't take it the wrong way. You people are so sensitive these days."
        let found = detected(
            "From my limited experience, you people are so sensitive these days.", client: client)
        #expect(found.contains("fromle"))
        #expect(!found.contains("argues-back"))
        // The same words the client never said are the rep's own.
        #expect(
            detected(
                "From my limited experience, you people are so sensitive these days.",
                client: "Typical vendor."
            )
            .contains("argues-back"))
    }

    @Test func ownInsultStillArguesBack() {
        let client = "You are all useless at reading a surgical schedule."
        #expect(
            detected("From my limited experience, you're an idiot.", client: client).contains("argues-back"))
    }
}

/// Agreeing and then saying the client's remark back is agreeing with it; the same words behind
/// a reframe opener are the exercise.
@Suite struct RestatementAgreementTests {
    static let client = "Nobody from your outfit ever turns up on time."

    @Test func agreeingThenRestating() {
        let found = detected("Yeah, nobody from our outfit ever turns up on time.", client: Self.client)
        #expect(found.contains("agrees-with-insult"))
    }

    @Test func reframeOpenerIsNotAgreeing() {
        let found = detected(
            "In my limited experience, nobody from our outfit ever turns up on time.", client: Self.client)
        #expect(!found.contains("agrees-with-insult"))
        #expect(!found.contains("fromle"))
    }
}

/// The insult is often one sentence of a longer line: a restatement keeps that sentence's words,
/// not the whole line's; agreeing and saying one sentence back is still read against the whole.
@Suite struct FromleSentenceTests {
    static let client =
        "Three weeks. Three weeks on backorder for the 3.0 by 18s. You reps are all the same: all smiles until the contract's signed, then you vanish."

    @Test(arguments: [
        "from my limited experience reps are all the same, all smiles until the contract's signed, then we vanish",
        "From my limited experience: you reps are all smiles until the contract is signed, then you vanish.",
    ])
    func restatingTheInsultingSentence(_ reply: String) {
        #expect(detected(reply, client: Self.client).contains("fromle"))
    }

    @Test(arguments: [
        "From my limited experience, backorders happen to everyone.",
        "From my limited experience, reps are all the same.",
    ])
    func tooLittleOfAnySentence(_ reply: String) {
        #expect(!detected(reply, client: Self.client).contains("fromle"))
    }

    @Test func aShortSentenceIsARemark() {
        let client = "Don't take it the wrong way. You people are so sensitive these days. I'm just saying."
        #expect(
            detected("From my limited experience, you people are so sensitive these days.", client: client)
                .contains("fromle"))
    }

    @Test func aRequestSaidBackAfterYesIsNotAgreeing() {
        let client = "I need the 3.5 set in my core by noon. You people are useless."
        let found = detected("Yes, the 3.5 set will be in your core by noon.", client: client)
        #expect(!found.contains("agrees-with-insult"))
    }
}
