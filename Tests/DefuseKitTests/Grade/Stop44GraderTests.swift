import Testing

@testable import DefuseKit

/// Stop 43's never-read sets, retired and read at stop 44: the families of misses the rules, not
/// a phrase list alone, had to settle.
@Suite struct Stop44GraderTests {
    static let midnight =
        "Finally. It's Rhonda, charge on nights at St. Luke's. I've got a hip at six-thirty and your nail tray has no targeting arm for the long nails. Your name is on the tray. What are you going to do about it?"

    /// Training KE001: a plan told in the present with its clock said in words ("half past
    /// twelve", "quarter to one") names its time as "by 12:30" does.
    @Test func aClockSaidInWordsDatesAPlanInThePresent() {
        for reply in [
            "I bring my spare arm to SPD by half past twelve.",
            "I bring the arm to SPD by quarter to one.",
        ] {
            #expect(StructureReadingTests.found(reply, Self.midnight).contains("decisive-action"), "\(reply)")
        }
        // A fraction with no hour after it is no clock.
        #expect(
            !StructureReadingTests.found("I bring half the set past the desk.", Self.midnight)
                .contains("decisive-action"))
    }

    static let augment =
        "We're missing the augment tray because the rep didn't get it to us. (To you, over the drapes.) So where is it?"

    /// Training KF083, KG084, KH083: the set's own readiness is the deadline ("the second it's
    /// dry"); "as soon as it's out" stays as vague as "soon", and the rep's own knowing is no time.
    @Test func theMinuteTheSetIsReadyIsATime() {
        for reply in [
            "I'll walk it up myself the second it's dry.",
            "I'll go stand at SPD and run it up the minute it's out.",
        ] {
            #expect(StructureReadingTests.found(reply, Self.augment).contains("decisive-action"), "\(reply)")
        }
        for reply in [
            "I'll send you the tracking as soon as it's out.",
            "I'll bring it up the minute I know.",
        ] {
            #expect(!StructureReadingTests.found(reply, Self.augment).contains("decisive-action"), "\(reply)")
        }
    }

    static let cracked =
        "Say it plainly for me. That sheath cracked in a patient: does it get reported, by whom, and when?"

    /// Training KF050: a past verb of the client's in a clause hung on the rep's step ("with what
    /// you just told me") does not put the step in the past; the rep's own past still does.
    @Test func anotherPersonsPastLeavesTheStepToCome() {
        let step = "Yes. I report it to complaint handling before 12:00 today with what you just told me."
        #expect(StructureReadingTests.found(step, Self.cracked).contains("decisive-action"))
        let done = "I reported it to complaint handling before 12:00 today."
        #expect(!StructureReadingTests.found(done, Self.cracked).contains("decisive-action"))
    }

    static let bookingSheet =
        "That's a 4.5 large-frag set. My noon case is a lateral plateau and I need the 3.5 proximal tibia plates. It's five to eleven. Does anybody at your company read a booking sheet?"

    /// Training KH007, KF010: "nobody does" and "some days no" answer "does anybody…?" with a
    /// yes to the jab, whatever fix follows; a no that defends the team does not.
    @Test func nobodyDoesGrantsTheJab() {
        for reply in [
            "yeah, apparently nobody does. I'll get you the right set.",
            "Honestly? Some days no.",
            "no one does, clearly.",
        ] {
            #expect(
                StructureReadingTests.found(reply, Self.bookingSheet).contains("agrees-with-insult"),
                "\(reply)")
        }
        for reply in [
            "No, we read it, and this time we got it wrong. I'm driving the 3.5 set over now.",
            "Nobody's perfect, but I'll have the 3.5 set at your SPD dock by 11:40.",
        ] {
            #expect(
                !StructureReadingTests.found(reply, Self.bookingSheet).contains("agrees-with-insult"),
                "\(reply)")
        }
    }
}
