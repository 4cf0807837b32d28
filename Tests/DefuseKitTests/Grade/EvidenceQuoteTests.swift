import Testing

@testable import DefuseKit

/// What a rep reads for the evidence of a credited technique: a span of a word or two widened
/// to the clause around it (review9 finding 13), while the evidence `grade --jsonl` prints
/// stays the matched span.
@Suite struct EvidenceQuoteTests {
    /// angry-surgeon's opening, as the reviewer answered it.
    static let opening =
        "Dr. Castellanos, I'm sorry, that's our error and the second time, which makes it worse. "
        + "Mercy has a complete 3.5 proximal tibia set they'll release to me. I can have it at your "
        + "SPD dock by 11:30, but SPD needs about two and a half hours, so realistically the set is "
        + "ready around 14:00, not noon. I'll leave now unless you want me to do something else first."
    static let client =
        "That's a 4.5 large-frag set. My noon case is a lateral plateau and I need the 3.5 proximal "
        + "tibia plates. It's five to eleven. Does anybody at your company read a booking sheet?"

    func quoter(_ reply: String) -> EvidenceQuote {
        EvidenceQuote(shippedGrader.tokenizer.tokenize(reply))
    }

    static func words(_ text: String) -> Int { text.split(whereSeparator: \.isWhitespace).count }

    @Test func aShortSpanShowsItsClause() {
        let quoter = quoter(Self.opening)
        #expect(quoter.quote("I'll") == "I'll leave now unless you want me to do something else first")
        // "that's our error" ends where "and the second time" starts: cut away from punctuation.
        #expect(quoter.quote("that's") == "that's our error…")
    }

    @Test func aClauseOfTwoWordsTakesInTheNextOne() {
        #expect(quoter(Self.opening).quote("sorry") == "I'm sorry, that's our error…")
    }

    @Test func aLongClauseIsCutAroundTheSpanWithAnEllipsis() {
        let reply =
            "Thank you for telling me face to face rather than going straight to the trauma committee about it."
        let quote = quoter(reply).quote("Thank")
        #expect(quote.hasPrefix("Thank you for telling me"))
        #expect(quote.hasSuffix("…"))
        #expect(quote.count <= EvidenceQuote.maximumLength + 1)
    }

    @Test func aSpanThatSaysSomethingIsShownAsItIs() {
        let quoter = quoter(Self.opening)
        #expect(quoter.quote("I can have it at your SPD dock") == "I can have it at your SPD dock")
        // Words the reply does not hold (a rule's paraphrase) are shown as they are.
        #expect(quoter.quote("sorri") == "sorri")
    }

    @Test func quotesAnotherQuoteAlreadyShowsAreLeftOut() {
        let quotes = quoter(Self.opening).quotes(["that's", "sorry"])
        #expect(quotes == ["I'm sorry, that's our error…"])
    }

    /// The finding's own example: at angry-surgeon's opening every credited technique is shown
    /// with a quote of three words or more, and each quote holds the evidence it widens.
    @Test func theOpeningShowsThreeWordsForEveryCreditedTechnique() throws {
        let assessment = shippedGrader.assess(Self.opening, client: Self.client)
        let credited = assessment.detected.filter { !(assessment.evidence[$0] ?? []).isEmpty }
        #expect(credited.count >= 2, "\(assessment.detected)")
        for id in credited {
            let evidence = try #require(assessment.evidence[id])
            let quotes = try #require(assessment.quotes[id])
            #expect(quotes.contains { Self.words($0) >= 3 }, "\(id): \(quotes)")
            #expect(quotes.allSatisfy { $0.count <= EvidenceQuote.maximumLength + 2 }, "\(id): \(quotes)")
            for quote in quotes {
                #expect(
                    evidence.contains { quote.contains($0) }, "\(id): \(quote) widens none of \(evidence)")
            }
        }
        // The grade itself (what `grade --jsonl` prints) keeps the matched span.
        let grade = shippedGrader.grade(Self.opening, client: Self.client)
        let ownership = grade.all.first { $0.id == "ownership" }?.evidence.map(\.words) ?? []
        #expect(ownership == assessment.evidence["ownership"])
    }
}
