import Testing

@testable import DefuseKit

/// The structural readings that do not lean on a phrase list: a client line read by the node that
/// says it, a plain "no" to a demand, hardship named in the rep's own words, an action under way
/// "now", and an excuse after "sorry, but". Replies written for these tests.
@Suite struct StructureReadingTests {
    /// The shipped grader with the cues of the shipped scenarios, as `defuse grade` and play use it.
    static let cued = Grader(
        techniques: TechniqueLibrary.builtIn.techniques,
        cues: NodeCues(
            files: LibraryLocator.builtInFiles.map { ($0, LibraryFileKind.of($0.path)) },
            techniques: TechniqueLibrary.builtIn.techniques))

    static func found(_ reply: String, _ client: String?) -> Set<String> {
        Set(cued.grade(reply, client: client).detected)
    }

    /// A line of the shipped bias-age scenario whose node expects a limit and avoids giving in.
    static let younger =
        "So will you ask them for someone younger, or do I call your manager and tell her myself?"

    @Test func aLineIsFoundByItsWordsWhateverTheSpacing() {
        let cues = Self.cued.cues
        #expect(cues.cue(for: Self.younger)?.avoid.contains("capitulates") == true)
        #expect(
            cues.cue(
                for:
                    "  so WILL you ask them for someone younger,\n or do I call your manager and tell her myself?"
            )
                != nil)
        #expect(cues.cue(for: "Will you ask them for someone older?") == nil)
        #expect(NodeCues().cue(for: Self.younger) == nil)
    }

    /// A line as an earlier version of a scenario said it (a labelled reply or a trainer's export
    /// keeps it so) takes the cue of the node that now says it in other words; a line that only
    /// shares a few words with one takes none.
    @Test func aRewordedLineFindsTheNodeThatNowSaysIt() throws {
        let cues = Self.cued.cues
        // after-hours-call's the-clock, as it read before the rewording of 5 December.
        let earlier = "When will it be here? Can you get it to me by one, so SPD can flash it and we're done?"
        // No shipped file says it word for word any more.
        #expect(
            !LibraryLocator.builtInFiles.contains {
                String(decoding: $0.bytes, as: UTF8.self).contains("When will it be here? Can you get it")
            })
        let cue = try #require(cues.cue(for: earlier))
        #expect(cue.avoid.contains("capitulates"))
        #expect(cue.expect.contains("decisive-action"))
        // A stage direction added in front of the younger-rep line still finds it.
        #expect(cues.cue(for: "(He leans back.) " + Self.younger) == cues.cue(for: Self.younger))
        // Few shared words, or a short line, is no match.
        #expect(cues.cue(for: "Can you get it to me by one?") == nil)
        #expect(cues.cue(for: "Will you ask them for someone older, then?") == nil)
        #expect(NodeCues.words("We're done, SPD\u{2019}s call.") == ["we're", "done", "spd's", "call"])
    }

    @Test func aBareYesToTheNodesDemandGivesIn() {
        // Its node names the demand; since stop 36 the capitulates list knows "someone younger"
        // too, so the words alone give the same reading.
        #expect(detected("ok, I'll ask", client: Self.younger).contains("capitulates"))
        #expect(Self.found("ok, I'll ask", Self.younger).contains("capitulates"))
        #expect(Self.found("fine, I'll see who else is free", Self.younger).contains("capitulates"))
        #expect(!Self.found("I won't be asking for that.", Self.younger).contains("capitulates"))
    }

    /// Asking to hear a demand out is not meeting it (learned13: the re-fit read "ok, tell me more"
    /// at fold-prospect's opening as a yes at p 0.9; ``LearnedModel/asksToHearMore(_:)``).
    @Test func askingToHearTheDemandOutIsNoYes() {
        let offer =
            "Here's my offer. Ninety ablations a month across three clinics. Forty percent off list, net 120, two generators placed free, exclusivity for the metro area, and your personal cell on call for my clinics. Sign tonight and it's yours."
        #expect(!Self.found("ok, tell me more", offer).contains("capitulates"))
        #expect(!Self.found("sure, walk me through the net 120", offer).contains("capitulates"))
        #expect(Self.found("ok, deal, forty percent and net 120 it is", offer).contains("capitulates"))
    }

    @Test func aPlainNoIsALimitWhereTheNodeWantsOne() {
        #expect(Self.found("No.", Self.younger).contains("boundary-setting"))
        #expect(Self.found("Nope, sorry Dr. Whitlock.", Self.younger).contains("boundary-setting"))
        #expect(
            !Self.found("No, but let me explain how cover works.", Self.younger).contains("boundary-setting"))
        // The oncologist's "are you going to tell me how to treat my patients?" expects no limit.
        let defensive = "Are you going to tell me how to look after my patients as well?"
        #expect(
            !Self.found("No. You know them far better than I do.", defensive).contains("boundary-setting"))
    }

    @Test(arguments: [
        "that's a rotten thing to find at this hour",
        "this is a really rough spot for your team",
        "I know exactly how bad that is",
        "that must be awful for the nurses",
    ])
    func hardshipNamedIsAnAcknowledgement(_ reply: String) {
        #expect(detected(reply, client: "Your tray came without the arm.").contains("acknowledge-dont-agree"))
    }

    @Test(arguments: [
        "that's just bad logic", "it's been a rough week", "it's not that bad", "is that so bad?",
    ])
    func otherUsesOfTheAdjectivesAreNot(_ reply: String) {
        #expect(
            !detected(reply, client: "Your tray came without the arm.").contains("acknowledge-dont-agree"))
    }

    @Test func anActionUnderWayNowIsDecisive() {
        let client = "Where is my set?"
        #expect(
            detected("I'm calling Mercy right now for their set", client: client).contains("decisive-action"))
        #expect(detected("I'm driving it over now", client: client).contains("decisive-action"))
        #expect(!detected("I'm going to step out now", client: client).contains("decisive-action"))
        #expect(!detected("I'm holding the set for now", client: client).contains("decisive-action"))
        #expect(!detected("from now on I'm checking every tray", client: client).contains("decisive-action"))
    }

    @Test func sorryButACauseIsANonApology() {
        let client = "Your chart said six French."
        let excuse = detected("Sorry, but the IFU wasn't final when I made that chart.", client: client)
        #expect(excuse.contains("non-apology"))
        #expect(!excuse.contains("apology"))
        let limit = detected("Sorry, but I can't send slides on that.", client: client)
        #expect(!limit.contains("non-apology"))
        let fix = detected("Sorry, but I'll have the right chart on your door by noon.", client: client)
        #expect(!fix.contains("non-apology"))
    }

    @Test func assentToAnInsultReadsItsWords() {
        let insult = "Honestly, you're pathetic."
        #expect(detected("yeah I know, I'd have fired me too", client: insult).contains("agrees-with-insult"))
        #expect(!detected("yeah, I hear you", client: insult).contains("agrees-with-insult"))
        #expect(
            !detected("Ha. What did your scrub team make of it?", client: insult).contains(
                "agrees-with-insult"))
    }
}
