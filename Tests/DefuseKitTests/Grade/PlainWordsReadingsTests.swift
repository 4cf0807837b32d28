import Foundation
import Testing

@testable import DefuseKit

/// Readings added in stop 36 from the retired sets JA–JD and the training sets MA–MD and NA–NB:
/// a deliverable promised without its verb, an exit whose follow-up is named by who brings it or
/// where it lands, blame put on where the rep's information came from, a dispute or a shrug in
/// plain words, the weight of a loss acknowledged, a no held after pushback and the rep named as
/// the one who answers for it. Replies written for these tests, each beside a look-alike that
/// must not take the reading.
@Suite struct PlainWordsReadingsTests {
    static func found(_ reply: String, _ client: String?) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    static let short = "Your restock sheet is wrong again. Two guides short on the count."
    static let notAnswer = "That isn't an answer. When do I get it?"

    @Test func aDeliverableWithoutItsVerbIsDecisive() {
        for reply in [
            "Corrected invoice to you by 4.",
            "Count sheet in your inbox by 3 today.",
            "Replacement guides on your dock 10:30 tomorrow.",
        ] {
            #expect(Self.found(reply, Self.short).contains("decisive-action"), "\(reply)")
        }
        // Something already sent is no commitment, and a place without a time is no deadline.
        #expect(!Self.found("The invoice went to you last week.", Self.short).contains("decisive-action"))
        #expect(!Self.found("Corrected invoice to you.", Self.short).contains("decisive-action"))
    }

    @Test func anExitNamesWhoFollowsUpOrWhereItLands() {
        let done = "Then we have nothing more to discuss."
        #expect(
            Self.found("Understood. I'm stopping the meeting here. Alicia will call you.", done).contains(
                "graceful-exit"))
        #expect(
            Self.found("I'll let you get your lunch; the summary will be in your inbox by 5.", done).contains(
                "graceful-exit"))
        // Stop 37: the return named without its verb, the client sent back to their work.
        let committee = "I'm done with this. It goes to the committee."
        #expect(
            Self.found("Ok. I'll let you get on. Back at 11 with the replacement stock.", committee).contains(
                "graceful-exit"))
        #expect(
            Self.found("Go see your patient, doc. I'll catch you after clinic.", done).contains(
                "graceful-exit"))
        // Moving on to business is no exit.
        #expect(!Self.found("Shall we go through Monday's case instead?", done).contains("graceful-exit"))
    }

    @Test func theSourceOfTheRepsInformationNamedInsteadOfOwningIt() {
        let chart = "You told my team six French. It's seven."
        for reply in [
            "I was working off their calendar, so I went by that.",
            "Six French is what the product manager gave us at launch.",
            "Honestly, Marketing's numbers, not mine.",
        ] {
            #expect(Self.found(reply, chart).contains("blame-shifting"), "\(reply)")
        }
        // The chart owned is no excuse.
        #expect(!Self.found("The chart was mine and it was wrong.", chart).contains("blame-shifting"))
        #expect(Self.found("Sorry, crazy launch week.", chart).contains("blame-shifting"))
    }

    /// "…and email the signed sheet to your SPD lead": after the rep's own "I count…", the
    /// second verb is the rep acting, not a party named as the cause (review20 A finding 1).
    @Test func theRepsSecondActIsNoPartyBlamed() {
        let stops = "One thing, then. What's different before your next tray reaches me?"
        #expect(
            !Self.found(
                "From today I count every set before it leaves me and email the signed sheet to your SPD lead.",
                stops
            ).contains("blame-shifting"))
        #expect(
            Self.found("The email from your SPD lead said 4.5, so that's what we sent.", stops).contains(
                "blame-shifting"))
    }

    @Test func aDisputeOrAShrugInPlainWords() {
        #expect(Self.found("Their guy's full of it.", Self.short).contains("argues-back"))
        #expect(Self.found("Call whoever you like.", Self.short).contains("argues-back"))
        #expect(Self.found("Two guides, sounds minor to me.", Self.short).contains("minimizing"))
        #expect(Self.found("Nobody remembers it by now.", Self.short).contains("minimizing"))
        #expect(
            !Self.found("I won't pretend two guides is minor for your nurses.", Self.short).contains(
                "minimizing"))
    }

    @Test func theWeightOfALossIsAcknowledged() {
        let death =
            "One of my patients, treated with your balloon, died last month. I keep thinking about it."
        #expect(Self.found("I'm so sorry. That stays with you.", death).contains("acknowledge-dont-agree"))
        #expect(
            Self.found("You've got every reason to be fed up.", Self.short).contains("acknowledge-dont-agree")
        )
        #expect(!Self.found("I'm so sorry. I'll report it today.", death).contains("acknowledge-dont-agree"))
    }

    @Test func aNoHeldAfterPushback() {
        let biggest = "Excuse me? I'm your biggest account in this county."
        #expect(Self.found("I know. Still a no on free blocks.", biggest).contains("boundary-setting"))
        #expect(Self.found("Nope, not happening.", biggest).contains("boundary-setting"))
        // News that something is still missing is no limit.
        #expect(
            !Self.found("There's still no word from the warehouse.", Self.notAnswer).contains(
                "boundary-setting"))
    }

    @Test func theRepAsTheOneWhoAnswersForIt() {
        #expect(
            Self.found("Set's my responsibility. I'm on the road now.", Self.notAnswer).contains("ownership"))
        #expect(Self.found("Getting it fixed is my job.", Self.notAnswer).contains("ownership"))
        #expect(!Self.found("Getting it fixed is the warehouse's job.", Self.notAnswer).contains("ownership"))
    }

    /// Stop 37 (retired LA–LD): the jab granted in a stock phrase of the rep's own.
    @Test func theJabGrantedInOtherWords() {
        let undecided = "So nobody at your company can decide anything. Good to know."
        let driver = "You know what you are? A delivery driver with a company car and a nice smile."
        #expect(Self.found("Ha, you got that right.", undecided).contains("agrees-with-insult"))
        #expect(Self.found("You said it.", undecided).contains("agrees-with-insult"))
        #expect(
            Self.found("honestly some days that's how it feels lol", driver).contains("agrees-with-insult"))
        // "You got it" is a yes to a request, not a grant of the jab.
        #expect(
            !Self.found("You got it, I'll have an answer by noon.", undecided).contains("agrees-with-insult"))
        // After a line that is no jab, the same words grant nothing.
        #expect(
            !Self.found("Ha, you got that right.", "The set arrived at six and it was complete.").contains(
                "agrees-with-insult"))
    }

    /// Stop 37 (training PB): harm, a word or a signal waved off; a yes to a demand in other
    /// words; a count delivered to a place without its verb.
    @Test func waivedOffGivenInOrDeliveredInOtherWords() {
        let cracked = "The cath lab says one of those sheaths cracked at the hub last Tuesday."
        #expect(Self.found("Glad she went home, so no real harm done.", cracked).contains("minimizing"))
        #expect(Self.found("It was just one word in a heated moment.", Self.short).contains("minimizing"))
        #expect(!Self.found("I won't say no harm was done.", cracked).contains("minimizing"))
        let died = "One of my patients, treated with your balloon, died last month. I keep thinking about it."
        #expect(
            Self.found("Cardiac at three years is very unlikely to be related.", died).contains("minimizing"))
        #expect(Self.found("I wouldn't dwell on it.", died).contains("minimizing"))
        let saturdays = "Free blocks on Saturdays, or we talk to Meridian."
        #expect(Self.found("Okay, let's just say yes on the Saturdays.", saturdays).contains("capitulates"))
        let late = "Where are my stents? I have three PCIs tomorrow."
        #expect(Self.found("Mine to deliver: six in your lab at 7 am.", late).contains("decisive-action"))
        #expect(!Self.found("Six in your lab last week.", late).contains("decisive-action"))
    }

    /// Stop 37 (training PC, PF): a comeback with no rude word; a yes to a demand in other words.
    @Test func aComebackOrAYesInOtherWords() {
        let plant = "Are you going to stand there, or tell me when I get my stents?"
        #expect(Self.found("It's the plant, so don't take it out on me.", plant).contains("argues-back"))
        #expect(Self.found("Good thing I don't work for you then.", plant).contains("argues-back"))
        #expect(Self.found("Threats don't really work on me, Doc.", plant).contains("argues-back"))
        let drivers =
            "Keep your price on paper, and give us two power drivers and two of your loaner nail sets to keep here for good, free, off the invoice."
        #expect(Self.found("I can probably make that work quietly.", drivers).contains("capitulates"))
        let younger =
            "So will you ask them for someone younger, or do I call your manager and tell her myself?"
        #expect(
            Self.found("I hear you. Let me ask Carla about a younger rep.", younger).contains("capitulates"))
        // "See how that works out" dares; it gives nothing.
        #expect(
            !Self.found("Go ahead and call, see how that works out for you.", drivers).contains("capitulates")
        )
    }
}
