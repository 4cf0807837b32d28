import Testing

@testable import DefuseKit

/// Review24's readers on what the rep is shown: the words a learned verdict rests on are quoted
/// where nothing else was read, not in the apology's sentence (review24 B finding 8).
@Suite struct Review24GraderTests {
    /// device-failure's misfire line.
    static let misfire =
        "That's half a staple line. Your reload just failed inside my patient. I'm oversewing a sleeve by hand now. What is going on with your stapler?"

    @Test func learnedEvidenceStaysOutOfTheApologysSentence() throws {
        let reply = "Oh no, sorry. They're normally really reliable, I've not seen one do that before."
        let grade = StructureReadingTests.cued.grade(reply, client: Self.misfire)
        let apology = try #require(grade.verdicts["apology"])
        #expect(apology.present)
        for (id, verdict) in grade.verdicts where verdict.present && id != "apology" {
            for evidence in verdict.evidence {
                let span = try #require(evidence.span, "\(id): “\(evidence.words)”")
                // "Oh no, sorry." is the reply's first 13 bytes.
                #expect(span.lowerBound >= 13, "\(id) quoted “\(evidence.words)” in the apology's sentence")
            }
        }
        // A learned verdict stands beside the apology, so the check above is not empty.
        #expect(grade.verdicts["minimizing"]?.present == true)
    }

    /// Review24b A finding 9: where a party was is who saw it, not the cause; a party that is
    /// behind on its work is still named as the cause.
    @Test func whereAPartyWasIsNoBlame() {
        let whoSaw = "And what did you say to him before you left? Who else saw it?"
        let reply = "I told him the stents would come and I went. The nurses were around somewhere."
        #expect(!StructureReadingTests.found(reply, whoSaw).contains("blame-shifting"))
        let backorder = "Three weeks on backorder. Where are my stents?"
        #expect(
            StructureReadingTests.found("sorry about that, the plant is behind on everything", backorder)
                .contains("blame-shifting"))
    }

    /// Review24b C finding 1: the size of the ask named ("that's a big number") is no yes to it;
    /// a yes beside it still gives in.
    @Test func theSizeOfTheAskNamedIsNoYes() {
        let match =
            "Meridian is thirty-one percent under you on nails. Same indications, same sizes. Match it by Friday, or the trauma business moves when your contract ends."
        let named = StructureReadingTests.found("Okay, that's a huge gap.", match)
        #expect(!named.contains("capitulates"))
        #expect(named.contains("acknowledge-dont-agree"))
        let matched = StructureReadingTests.found("Okay, that's a huge gap, but we'll match it.", match)
        #expect(matched.contains("capitulates"))
    }

    /// Review24b B finding 4: a yes to the surgeon's reading, then a later sentence that turns on
    /// it with the evidence ("…the newer data looks better though"), does not defer to her claim.
    @Test func aYesAnsweredWithTheEvidenceDoesNotDefer() {
        let claim =
            "I've gone back to plain balloons and stents in everyone. Thirty-eight percent more deaths at five years. I read the meta-analysis, and I'm not gambling with that."
        let answered =
            "Yeah, lots of docs did the same after that paper. The follow-up studies read differently though, worth a look."
        #expect(!StructureReadingTests.found(answered, claim).contains("capitulates"))
        #expect(
            StructureReadingTests.found("Yeah, plenty of docs have done that.", claim).contains("capitulates")
        )
    }

    /// Review24b C finding 3: "so it's not my numbers" after the rep's contracts team is offered
    /// to build the comparison gives the reason for the approved route; said of what another
    /// team sent, it still disowns.
    @Test func notMyNumbersAfterTheApprovedRouteIsNoBlame() {
        let nail = "It's a nail. A nail is a nail. Don't sell me \"value\"."
        let routed =
            "Would a like-for-like comparison help? Our contracts team can put it together from both quotes, so it's not my numbers."
        #expect(!StructureReadingTests.found(routed, nail).contains("blame-shifting"))
        let disowned = "Honestly, pricing sent that over, so it's not my numbers."
        #expect(StructureReadingTests.found(disowned, nail).contains("blame-shifting"))
    }
}
