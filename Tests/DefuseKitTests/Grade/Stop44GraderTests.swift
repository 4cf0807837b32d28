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

    static let noComplaint =
        "Heard about the misfire. Tell me you haven't filed it yet. Patient's fine, yes? Then I don't want a complaint over one reload. That lot is all over the region and I don't need quality crawling over our biggest bariatric account. Swap her boxes quietly, buy her team lunch, and we move on."

    /// review44 R19 finding 1, fix helper's note: a soft phrase of a list other than blame's is
    /// explained in its own terms, not as "names a cause without owning the fix".
    @Test func aSoftPhraseOutsideBlameIsNotCalledAnExcuse() throws {
        let verdict = try #require(
            shippedGrader.grade("fine, no complaint, but I'm not doing lunch", client: Self.noComplaint)
                .verdicts["delays-reporting"])
        #expect(verdict.present)
        #expect(verdict.explanation?.contains("no complaint") == true)
        #expect(verdict.explanation?.contains("cause") == false)
        let blame = try #require(
            shippedGrader.grade("the warehouse pulled the wrong tray", client: nil).verdicts["blame-shifting"]
        )
        #expect(blame.explanation?.contains("cause") == true)
    }

    static let formAgain = "So do we skip the form or not?"

    /// review44 R19 (fix helper's note, field-recall `form-again`): a need denied gives the form
    /// up; it is no limit. The form kept is still one.
    @Test func aNeedDeniedIsNoLimit() {
        #expect(
            !StructureReadingTests.found("we won't need the form", Self.formAgain).contains(
                "boundary-setting"))
        #expect(
            StructureReadingTests.found("we won't skip the form", Self.formAgain).contains("boundary-setting")
        )
    }

    static let underForty =
        "Look, between us. I'm building a young practice. I need a rep who keeps up with the new plating system, the apps, texting at midnight. No offence, but you're what, sixty? Can your company send me someone under forty?"
    static let local =
        "Before we start: where are you from? No, I mean originally. I only ask because the last fellow they sent us from over there, nobody could understand a word he said. Can your company send somebody a bit more local? Our surgeons like a familiar face."

    /// review44 R21 finding 1: a yes whose clause states a fact of the rep's own person answers
    /// the question; it grants no put-down and agrees to no swap. A yes to the swap, or a
    /// put-down granted in the same words, still counts.
    @Test func aFactOfTheRepsOwnPersonIsNoYes() {
        for (reply, client) in [
            ("Yes, I'm 61. What do you need from me on the apps?", Self.underForty),
            ("Sure, I'm from Lagos originally.", Self.local),
        ] {
            let found = StructureReadingTests.found(reply, client)
            #expect(!found.contains("agrees-with-insult"), "\(reply)")
            #expect(!found.contains("capitulates"), "\(reply)")
        }
        #expect(
            StructureReadingTests.found(
                "yeah, I'm 61, bit of a dinosaur with the apps I'll admit", Self.underForty
            )
            .contains("agrees-with-insult"))
        #expect(
            StructureReadingTests.found("Sure, I'll ask them for someone younger.", Self.underForty)
                .contains("capitulates"))
    }

    /// review44 R20 finding 6: beside the fault owned ("sorry, my fault"), a clause that only
    /// says where SPD's work stands is no excuse; SPD called slow still is.
    @Test func whereTheWorkStandsIsNoExcuse() {
        let status =
            "sorry, my fault, I was late getting the trays in. SPD's running the last tray now, should be up around 8:45"
        #expect(!StructureReadingTests.found(status, Self.augment).contains("blame-shifting"))
        let slow = "Sorry, my fault. SPD were slow with it though, should be up by 8:45"
        #expect(StructureReadingTests.found(slow, Self.augment).contains("blame-shifting"))
    }

    static let belowTheKnee =
        "If I used it again, it would be below the knee, in my limb-salvage patients, where patency actually matters. Send me whatever you have on that."

    /// review44 R19 finding 12a: the use called off label beside the limit promotes nothing; the
    /// layer added off-label-promotion at p 0.71 on the client's line.
    @Test func theUseCalledOffLabelPromotesNothing() {
        let found = StructureReadingTests.found("Below the knee is off label for us.", Self.belowTheKnee)
        #expect(found.contains("boundary-setting"))
        #expect(!found.contains("off-label-promotion"))
    }

    static let elevenPercent =
        "Let's talk about the eleven percent. Match it, or this is a very short meeting."

    /// review44 R20 (fix helper's note, key-account `the-price`): a thing given in a sentence of
    /// its own is not taken back by a question in another; a deference is ("thats your call.
    /// i'd like to know how you're weighing…").
    @Test func aQuestionAfterAGiveDoesNotTakeItBack() {
        let gives = StructureReadingTests.found(
            "Sure, I'll match it. How are you weighing the offers?", Self.elevenPercent)
        #expect(gives.contains("capitulates"))
        // Training J095: the deference in one sentence, the question in the next.
        let defers = StructureReadingTests.found(
            "no, not at all, thats your call. i'd like to know how you're weighing the two analyses tho",
            "Are you going to tell me how to look after my patients as well?")
        #expect(!defers.contains("capitulates"))
        #expect(defers.contains("respectful-challenge"))
    }

    static let forAGirl =
        "You're sharper than I expected. For a girl, anyway. Doug used to bring donuts for the team, by the way."

    /// review44 R24 finding 5, R21 finding 2: the rep naming their role beside a limit the rules
    /// read retorts nothing; a jab beside the same limit still argues back.
    @Test func theRepsRoleBesideALimitIsNoRetort() {
        let role = StructureReadingTests.found(
            "I'm not a girl, I'm your rep. See you thursday.", Self.forAGirl)
        #expect(!role.contains("argues-back"))
        #expect(role.contains("boundary-setting"))
        let jab = StructureReadingTests.found(
            "I'm not a girl, I'm your rep, and frankly that comment is pathetic.", Self.forAGirl)
        #expect(jab.contains("argues-back"))
    }
}
