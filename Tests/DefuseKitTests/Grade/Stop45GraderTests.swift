import Testing

@testable import DefuseKit

/// Stop 44's never-read sets, retired and read at stop 45, and the round-9 readers' findings that
/// the rules, not a phrase list, had to settle.
@Suite struct Stop45GraderTests {
    static let matchIt = "Match their price or I walk. Push your director."
    static let flashIt =
        "Processing just told me two and a half hours from the dock. I'm not starting mid-afternoon. Ring them and tell them to flash it."

    /// Review45 R26 finding 1: a reply that ends on the refused verb after a demand ("I won't
    /// push", "sorry doctor, I can't get") trapped in `RefusalRule` (a window of words after the
    /// verb clipped below its start). It is graded, and the refusal still reads as a limit.
    @Test func aReplyEndingOnTheRefusedVerbIsGraded() {
        for reply in [
            "I won't push, sorry.", "I'd rather not push", "no, I won't tell", "sorry doctor, I can't get",
            "I'm not going to push, it's your call. I just can't match it in this room.",
            "ok I'll call them and see, but I won't push",
        ] {
            for client in [Self.matchIt, Self.flashIt] {
                let found = detected(reply, client: client)
                #expect(found.isSubset(of: Set(TechniqueLibrary.builtIn.techniques.map(\.id))), "\(reply)")
            }
        }
        #expect(detected("I won't push, sorry.", client: Self.matchIt).contains("boundary-setting"))
    }

    /// Every shipped client line against short replies that end where a rule looks past a word
    /// (a refused verb, "no", "would", "but", "sorry", "any"): none traps.
    @Test func shortRepliesAfterEveryShippedLineAreGraded() {
        let library = ScenarioLibrary(
            files: LibraryLocator.builtInFiles.filter { LibraryFileKind.of($0.path) == .scenario },
            catalog: .rubric(adding: TechniqueLibrary.builtIn.techniques))
        let lines = Set(library.scenarios.flatMap { $0.nodes.values.compactMap(\.say) })
        #expect(lines.count > 200)
        let endings = [
            "I won't push", "I can't get", "no", "not", "I would", "but", "sorry", "sorry any",
            "I won't tell", "I'd rather not", "we won't", "I can't promise", "if", "would you", "no I",
            "I won't ask", "I'm not", "any", "I'll pay", "free", "label", "you",
        ]
        // Each reply is graded (a trap ends the test run) to verdicts of known techniques only.
        let known = Set(TechniqueLibrary.builtIn.techniques.map(\.id))
        var unknown: [String] = []
        for line in lines.sorted() {
            for reply in endings {
                unknown += shippedGrader.grade(reply, client: line).detected.filter { !known.contains($0) }
            }
        }
        #expect(unknown.isEmpty)
    }

    @Test func aWindowPastTheEndIsEmpty() {
        #expect(Range(from: 5, upTo: 4) == 5..<5)
        #expect(Range(from: 2, upTo: 6) == 2..<6)
        #expect(Range(from: 3, upTo: 3).isEmpty)
    }

    static let board =
        "Here's what actually bothers me. At the last board meeting our CFO asked me, in front of everyone, why our lead supplier can't keep leads on the shelf. I had no answer."

    /// Training LH056: an apology taken back by a "but" that comes after what it is for ("sorry
    /// you got put on the spot, but…") is a non-apology, as "sorry, but…" is; a "but" that leads
    /// to the rep's own step keeps the apology.
    @Test func aButAfterWhatTheApologyIsForTakesItBack() {
        let taken = detected(
            "sorry you got put on the spot, but honestly the lead backorders are global, it's not just us",
            client: Self.board)
        #expect(taken.contains("non-apology"))
        #expect(!taken.contains("apology"))
        let kept = detected(
            "I'm sorry you got put on the spot in front of the board, but I'll have a supply plan to you by Friday.",
            client: Self.board)
        #expect(kept.contains("apology"))
        #expect(!kept.contains("non-apology"))
    }

    static let chart =
        "So your chart was wrong. Who, exactly, is making sure the rest of what you told my team is right?"

    /// Training LH100: "so your team can check…" after the rep's own step is what the step gives
    /// them, not a cause put on them; a fault told of a party after "so" is still blame.
    @Test func whatAStepLetsAPartyDoIsNoCause() {
        let found = detected(
            "I typed that chart myself and got it wrong, no one else. from now on I hand out nothing homemade, only the approved IFU sheet, so your team can check any number against it. thanks for telling me straight",
            client: Self.chart)
        #expect(!found.contains("blame-shifting"))
        #expect(
            detected(
                "Regulatory signed off on the chart, so your team should have checked it.", client: Self.chart
            )
            .contains("blame-shifting"))
    }

    static let lateTrays =
        "SPD's log says your trays came in at twenty to five. Cut-off is two o'clock. They were there until midnight on the first three. So what's different next time?"

    /// Review45 R26 finding 6: "that was me, I dropped them late" owns the fault; the learned
    /// layer does not add blame beside it. A party named as the cause is still blame.
    @Test func thatWasMeOwnsTheFault() {
        #expect(
            !detected("that was me, I dropped them late. won't happen again", client: Self.lateTrays)
                .contains("blame-shifting"))
        #expect(
            detected("the courier dropped them late, not me", client: Self.lateTrays).contains(
                "blame-shifting"))
    }

    static let misfire =
        "Heard about the misfire. Tell me you haven't filed it yet. Patient's fine, yes? Then I don't want a form on this account."

    /// Training LG035: "won't file it" with the rep's "I" dropped, then "I'll swap her boxes",
    /// gives the demand; it is no one else's "won't" held against the rep's own "I will".
    @Test func aDroppedIWontIsNoLimitHeld() {
        let found = detected("ok, won't file it. i'll swap her boxes.", client: Self.misfire)
        #expect(!found.contains("boundary-setting"))
        #expect(found.contains("capitulates"))
    }

    static let nurses =
        "Fourteen of my night nurses stayed after a twelve-hour shift for your pump training. Forty minutes they waited."

    /// Review45 R29 finding 10: "so sorry, I got the date mixed up" says the mistake was the
    /// rep's; the learned layer does not add blame beside it (it did at p 0.8, mostly on
    /// "sorry"). The same words put on the office are still blame.
    @Test func iGotItMixedUpOwnsTheFault() {
        #expect(
            !detected("so sorry, I got the date mixed up", client: Self.nurses).contains("blame-shifting"))
        #expect(
            detected("so sorry, the office got the date mixed up", client: Self.nurses).contains(
                "blame-shifting"))
    }

    static let backpedals =
        "Don't take it the wrong way. You people are so sensitive these days. I'm just saying our surgeons like somebody familiar."

    /// Review45 R28 finding 5: "I'm not taking it the wrong way, I'm just being clear" sets the
    /// rep's stance beside the denial: a limit, not a retort. The bare denial still argues back.
    @Test func aDenialBesideTheRepsOwnStanceIsNoRetort() {
        let found = detected(
            "I'm not taking it the wrong way, I'm just being clear. My background isn't part of the review. Let's look at March",
            client: Self.backpedals)
        #expect(!found.contains("argues-back"))
        #expect(detected("I'm not taking it the wrong way.", client: Self.backpedals).contains("argues-back"))
    }

    static let crackedHub =
        "And while we're at it. The cath lab says one of those sheaths cracked at the hub last Tuesday. They swapped it mid-case, the patient oozed at the groin, they held pressure, she went home the next day. Nobody told you, because nobody tells you anything."

    /// Review45 R29 finding 7: a photo of the cracked hub with its lot number is the device, not
    /// a patient's data; asking how old she was still is.
    @Test func aPhotoOfTheDeviceIsNoPatientData() {
        #expect(
            !detected(
                "thanks I'll report it today. can you ask Ines to email me a photo of the cracked hub with the lot number",
                client: Self.crackedHub
            ).contains("shares-patient-data"))
        #expect(
            detected(
                "thanks I'll report it today. can you get me the patient's age and a photo of the hub?",
                client: Self.crackedHub
            )
            .contains("shares-patient-data"))
    }
}
