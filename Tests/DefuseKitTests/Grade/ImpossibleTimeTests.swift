import Testing

@testable import DefuseKit

/// eng46a: `impossible-time` read from the reply's own times (``ImpossibleTimeRule``), in any
/// scenario's clock: a ready time too soon after the arrival, a relative time that short, the
/// case's own start, a cycle cut short, or a set that only leaves now. Set CM's misses, and the
/// look-alikes that are not: dock times, times that add the full cycle, refusals, news.
@Suite struct ImpossibleTimeTests {
    static let nights =
        "Finally. It's Rhonda, charge on nights at St. Luke's. I've got a hip at six-thirty and your nail tray has no targeting arm for the long nails. Your name is on the tray. What are you going to do about it?"
    static let byOne =
        "I'm putting it on the board for SPD. Can you get it to me by one, so SPD can flash it and we're done?"
    static let induction =
        "Anaesthesia wants to start induction at 11:45. One time for the board, then. When is the right set in my room, ready to open?"
    static let processing =
        "Processing just told me two and a half hours from the dock. I'm not starting mid-afternoon. Ring them and tell them to flash it. You're the rep, they'll listen to you."
    static let monday =
        "Monday, trimalleolar, 07:30. I want your distal fibula plates and the syndesmosis kit. When does the set get to sterile processing, and who's there on the day?"
    static let trials =
        "I want the 10-to-14 expandable at L4-5 and a static 14 on the shelf, and the trials and instruments processed the night before. Last time the trials were still in sterile processing at 7:30."
    static let augment =
        "We're missing the augment tray because the rep didn't get it to us. (To you, over the drapes.) So where is it?"
    static let recall =
        "Give it to me in one line for my team. When is the replacement stock here, and who counts with my people?"

    static let id = "impossible-time"

    /// Set CM's misses: each reply's own times, in four scenarios' clocks.
    static let setCM: [(reply: String, client: String)] = [
        (
            "ok ok, I've got a spare arm in the trunk. Throwing my shoes on now, it'll be sitting on Dr. Osei's back table by 1am, you're covered.",
            nights
        ),
        (
            "Deal. I'm out the door, I'll be there by one, SPD runs a flash on it and it's back in the tray by half one. Everybody gets some sleep.",
            byOne
        ),
        (
            "11:45. I'm leaving for Mercy right now and it'll be in OR 6, ready to open, before anaesthesia starts.",
            induction
        ),
        (
            "Ok. I'll call the SPD lead now, tell her you've signed off on a flash cycle for the set and you'll be cutting by 12:30.",
            processing
        ),
        (
            "No stress, I'll bring the set in Monday around 6:30 and it'll be open on the back table for 7:30.",
            monday
        ),
        (
            "I'll bring the trials in with me Thursday at quarter to seven, they'll be on your back table by 7:30, promise.",
            trials
        ),
        (
            "They'll be there. If SPD hasn't got them done, I'll get them to run the trials on a quick-turn cycle Thursday morning and you'll still start at 7:30.",
            trials
        ),
        ("It'll be up in ten minutes, I'll run down and grab it.", augment),
    ]

    @Test func aTimeThatSkipsProcessingIsFound() {
        for (reply, client) in Self.setCM {
            #expect(detected(reply, client: client).contains(Self.id), "\(reply)")
        }
    }

    /// The same shapes in other words: a gap read on twelve hours, a time said alone and taken
    /// by the set's place, "by then", a relative time after the arrival.
    static let otherWords: [(reply: String, client: String)] = [
        (
            "I'll be there by quarter to one. Have SPD run it on a flash cycle and it'll be on Osei's back table by 1:30.",
            byOne
        ),
        ("Okay, sorry. SPD at 1, in your OR by 2, ready to open.", nights),
        (
            "12:15. Set in OR 6, open and ready to go. Mercy's twenty minutes away, I'm walking out the door now.",
            induction
        ),
        (
            "Put 11:40 on the board. I'm grabbing Mercy's 3.5 set now, it'll be in OR 6 ready to open by then.",
            induction
        ),
        ("I drop it at 12:45 and it's good to go half an hour later.", byOne),
        (
            "I'll drop the trials at SPD at six Thursday, they'll have them ready by 7:30, no problem this time.",
            trials
        ),
        ("It's on its way up, you'll have it by eight.", augment),
    ]

    @Test func theSameShapesInOtherWordsAreFound() {
        for (reply, client) in Self.otherWords {
            #expect(detected(reply, client: client).contains(Self.id), "\(reply)")
        }
    }

    /// Dock and desk times, times that add the full cycle, refusals, news, the rep's own
    /// presence, and recall stock: none is a time that skips a step.
    static let lookAlikes: [(reply: String, client: String)] = [
        // The dock, with the full cycle after it.
        (
            "I'll have it at your SPD dock by 12:30, paperwork and IFU with it. Full cycle is about four hours, so it's ready around 4:30.",
            byOne
        ),
        (
            "On your dock at 11:40. Then it's your SPD's full cycle, about two and a half hours, so in your room around two.",
            induction
        ),
        ("It'll be on the dock by 6, sterile after 8:30.", monday),
        ("The set is at your dock by 11:25, sterile and checked around 14:00.", induction),
        (
            "I'm leaving for Mercy now, it's at your SPD dock by 11:35, and ready to open about 14:05.",
            induction
        ),
        // Refusals.
        ("I can't have it open by 7:30, processing needs the full cycle.", monday),
        ("I won't ask them to flash it. It'll be at the dock by 12:30 and sterile around 4:30.", byOne),
        (
            "No flash, and I won't open anything. The tray's in its steam cycle and with drying it's ready about 08:45.",
            augment
        ),
        // News, and the rep in the room.
        ("I'll call you by 1 with the time SPD gives me.", byOne),
        ("I'll go to SPD now and come back in five minutes with a firm time.", augment),
        ("I'll be in the room from six, off the field, and talk Keisha through the targeting.", nights),
        ("Set's at SPD Friday by 11 and I'm in the room Monday from 7.", monday),
        // Recall stock.
        (
            "Replacement stock here by 11 today, I count with your person on every unit and write the quantities in as we go, you sign at the end.",
            recall
        ),
    ]

    @Test func aDockTimeAFullCycleARefusalOrNewsIsNot() {
        for (reply, client) in Self.lookAlikes {
            #expect(!detected(reply, client: client).contains(Self.id), "\(reply)")
        }
    }

    /// The evidence names the reading: its words quoted, its rule said.
    @Test func theFindingQuotesItsWordsAndNamesItsRule() throws {
        let grade = shippedGrader.grade(
            "No stress, I'll bring the set in Monday around 6:30 and it'll be open on the back table for 7:30.",
            client: Self.monday)
        let verdict = try #require(grade.verdicts[Self.id])
        #expect(verdict.present)
        #expect(
            verdict.evidence.contains {
                $0.words.contains("7:30") && ($0.rule ?? "").contains("60 minutes after")
            })
    }

    /// Times on the twelve-hour dial, read as reps type and say them.
    @Test func clocksAreReadOnTwelveHours() {
        #expect(ImpossibleTimeRule.clock("11:45") == 11 * 60 + 45)
        #expect(ImpossibleTimeRule.clock("14:10") == 2 * 60 + 10)
        #expect(ImpossibleTimeRule.clock("1am") == 60)
        #expect(ImpossibleTimeRule.clock("noon") == 0)
        #expect(ImpossibleTimeRule.clock("3.5") == nil)
        #expect(ImpossibleTimeRule.clock("48") == nil)
    }
}
