import Testing

@testable import DefuseKit

/// Review25's readers and stop 40's retired sets on single replies: dismay is no answer to
/// "does anybody…?", and a refusal may name what it refuses first.
@Suite struct Review25GraderTests {
    /// angry-surgeon's opening line: a complaint that ends in a jab at the rep's company.
    static let wrongSet =
        "That's a 4.5 large-frag set. My noon case is a lateral plateau and I need the 3.5 proximal tibia plates. It's five to eleven. Does anybody at your company read a booking sheet?"

    /// Review25 A finding 1: "Oh no." is dismay, not a no that concedes "does anybody…?"; a bare
    /// "No." still does, and the jab granted later in the reply is still read.
    @Test func dismayIsNoAnswerToTheJab() {
        let owned = "Oh no. I'm so sorry, that's on me. I'll drive the right set over from Mercy myself."
        let read = StructureReadingTests.found(owned, Self.wrongSet)
        #expect(!read.contains("agrees-with-insult"))
        #expect(read.isSuperset(of: ["apology", "ownership"]))
        #expect(
            StructureReadingTests.found("No. Apparently not.", Self.wrongSet).contains("agrees-with-insult"))
        #expect(
            StructureReadingTests.found("Oh no. Honestly our warehouse is a mess lately.", Self.wrongSet)
                .contains("agrees-with-insult"))
    }

    /// Stop 40 (training YA): the thing refused named first, at some length, then the rep's
    /// refusal ends the clause; a refusal that goes on with its own object keeps its reading.
    @Test func aLongThingNamedBeforeTheRefusalIsRefused() {
        let field =
            "And my Saturday crew is thin, so you'll help get the patient positioned and open the implants onto the field."
        let refused = "Opening the implants onto the field I won't do."
        let read = StructureReadingTests.found(refused, field)
        #expect(read.contains("boundary-setting"))
        #expect(!read.contains("breaches-sterile-field"))
        let dinner = "Between us, I want to thank my team properly. Dinner at Calder's, spouses included."
        #expect(
            StructureReadingTests.found("A dinner at Calder's with spouses we cannot pay.", dinner)
                .contains("boundary-setting"))
        // The rep doing it is no refusal: the breach stands.
        #expect(
            StructureReadingTests.found("Opening the implants onto the field I can do for you.", field)
                .contains("breaches-sterile-field"))
    }

    /// Review25 A finding 2 and C finding 1: not making a fuss lets the matter go; it refuses
    /// nothing. A refusal that makes no exception is still a limit.
    @Test func notMakingAFussIsNoLimit() {
        let form = "So do we skip the form or not?"
        #expect(
            !StructureReadingTests.found("Look, I'm not going to make a big thing of it.", form)
                .contains("boundary-setting"))
        #expect(
            !StructureReadingTests.found("I'd rather not make a whole thing of it.", form)
                .contains("boundary-setting"))
        #expect(
            StructureReadingTests.found(
                "I'm not going to make an exception on this one. The form goes back.", form
            )
            .contains("boundary-setting"))
    }

    /// Review25 B findings 1 and 2: the thing named as off the table is refused, not offered,
    /// and the limit is read; free goods put on the table are still an offer.
    @Test func freeGoodsOffTheTableAreRefused() {
        let deal =
            "Here's a way out for both of us. Keep your price on paper, and give us two power drivers and two of your loaner sets, free and off the invoice."
        let past = StructureReadingTests.found(
            "Forty off and free drivers are more than I can offer. Our terms are nine percent.", deal)
        #expect(!past.contains("offers-value"))
        #expect(past.contains("boundary-setting"))
        let refused = StructureReadingTests.found(
            "Free drivers off the invoice are off the table, Denise. Anything we give has to be in the contract.",
            deal)
        #expect(!refused.contains("offers-value"))
        #expect(refused.contains("boundary-setting"))
        #expect(
            StructureReadingTests.found("Free drivers are on the table if you sign today, Denise.", deal)
                .contains("offers-value"))
    }

    /// Review25 A finding 4: "so SPD has it…" after a plan told in the present with its time is
    /// the plan's purpose, as after "will"; after a clause with no time it still names a cause.
    @Test func thePurposeOfAPresentPlanIsNoBlame() {
        let when =
            "Monday, trimalleolar, 07:30. I want your distal fibula plates and the syndesmosis kit. When does the set get to sterile processing, and who's there on the day?"
        #expect(
            !StructureReadingTests.found(
                "The set goes to the loaner desk Friday by 2 pm, so SPD has it well over 48 hours before.",
                when
            ).contains("blame-shifting"))
        #expect(
            StructureReadingTests.found("The set was late, so SPD had it too late.", when).contains(
                "blame-shifting"))
    }
}
