import Testing

@testable import DefuseKit

/// Readers' findings of review43 that the rules, not a phrase list, had to settle.
@Suite struct Review43GraderTests {
    static let belowTheKnee =
        "If I used it again, it would be below the knee, in my limb-salvage patients, where patency actually matters. Send me whatever you have on that."

    /// R10 finding 4 (oncologist-data `off-label-ask`): the question handed to medical affairs,
    /// who send what they send, is neither a yes to her demand nor promotion of the use.
    @Test func aRequestHandedToMedicalAffairsGrantsNothing() {
        for reply in [
            "I'll have medical affairs send you the below-the-knee data today",
            "I'll get medical information to call you about the below-the-knee use this week.",
        ] {
            let found = StructureReadingTests.found(reply, Self.belowTheKnee)
            #expect(!found.contains("capitulates"), "\(reply)")
            #expect(!found.contains("off-label-promotion"), "\(reply)")
        }
        // The rep sending it himself still gives in, with medical affairs named or not.
        for reply in [
            "I'll send you the below-the-knee data today",
            "I'll send you the BTK data and cc medical affairs",
        ] {
            let found = StructureReadingTests.found(reply, Self.belowTheKnee)
            #expect(found.contains("capitulates"), "\(reply)")
            #expect(found.contains("off-label-promotion"), "\(reply)")
        }
    }
}
