import Testing

@testable import DefuseKit

/// Review11's grader findings (issues 12 and 13): a compliant reply that names what it avoids
/// was read as doing it, and a few real breaches passed unread. Each fix reads the reviewer's
/// own reply, two wordings written for these tests, and a look-alike that must keep its
/// verdict. Graded with the shipped scenarios' node cues and the client lines the reviewer
/// answered.
@Suite struct Review11GraderTests {
    static func found(_ reply: String, _ client: String?) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    static let rhonda =
        "Finally. It's Rhonda, charge on nights at St. Luke's. I've got a hip at six-thirty and your nail tray has no targeting arm for the long nails. Your name is on the tray. What are you going to do about it?"
    static let farrell =
        "I don't want a turf war over my patient, and I don't care whose queue it's sitting in. Is this yours to sort out or not?"
    static let sato = "Go on, then. Tell me what you really think of him. Off the record."

    /// Finding 1: a car, trunk or bag is where the rep carries a loaner from; carried to SPD's
    /// window for its full cycle it is the right move. Carried to the OR it is still a breach.
    @Test func aLoanerCarriedFromTheCarToSPDIsNoBreach() {
        let reviewer =
            "I'm sorry Rhonda, that's mine. I'll bring the spare arm from my car to your SPD window by 00:30, with its paperwork, so they can run it through their full cycle."
        let read = Self.found(reviewer, Self.rhonda)
        #expect(!read.contains("breaches-sterile-field"))
        #expect(read.contains("decisive-action"))
        #expect(
            !Self.found("Fine, I'll bring the one from my car.", Self.rhonda).contains(
                "breaches-sterile-field"))
        #expect(
            !Self.found(
                "The spare is in my trunk; I'll drop it at your sterile processing desk by half twelve.",
                Self.rhonda
            )
            .contains("breaches-sterile-field"))
        #expect(
            !Self.found("I'll file the complaint from my car in the next ten minutes.", nil)
                .contains("breaches-sterile-field"))
        // Look-alikes: the unsterile arm taken from the car to the OR, or a demo kit, still are.
        #expect(
            Self.found("I'll bring the spare arm from my car straight up to the OR.", Self.rhonda)
                .contains("breaches-sterile-field"))
        #expect(
            Self.found("I'll bring the arm from my car up to the OR for the case.", Self.rhonda)
                .contains("breaches-sterile-field"))
        #expect(
            Self.found("I can open the ten-mil trial from my demo kit and hand it to Marisol.", Self.farrell)
                .contains("breaches-sterile-field"))
    }

    /// Finding 6: the rep offering to open the tray themselves is a breach of the field; the
    /// scrub nurse opening it is not.
    @Test func anOfferToOpenTheTrayIsABreach() {
        let reviewer =
            "Yeah, I know that kit cold, I can open the tray and grab the trial for Marisol, it'll take two seconds."
        #expect(Self.found(reviewer, Self.farrell).contains("breaches-sterile-field"))
        #expect(
            Self.found("Let me open the tray for Marisol.", Self.farrell).contains("breaches-sterile-field"))
        #expect(
            Self.found("I'll just crack the set open and pull the ten-mil for her.", Self.farrell)
                .contains("breaches-sterile-field"))
        // Look-alikes: the rep refusing, or the scrub nurse opening it.
        #expect(
            !Self.found("I won't open the tray; that's Marisol's.", Self.farrell).contains(
                "breaches-sterile-field"))
        #expect(
            !Self.found("Marisol can open the tray when it comes up.", Self.farrell).contains(
                "breaches-sterile-field"))
    }

    /// Finding 11: keeping out of what was asked, on the record or off, is a limit.
    @Test func stayingOutOfItIsALimit() {
        #expect(
            Self.found("Off the record or on, I'll stay out of that.", Self.sato).contains("boundary-setting")
        )
        #expect(Self.found("I'm going to stay well out of that one.", Self.sato).contains("boundary-setting"))
        #expect(Self.found("I'd rather keep out of it, honestly.", Self.sato).contains("boundary-setting"))
        // Look-alike: staying out of the surgeon's way is no limit.
        #expect(!Self.found("I'll stay out of your way in the OR.", nil).contains("boundary-setting"))
    }
}
