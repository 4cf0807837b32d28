import Testing

@testable import DefuseKit

/// Stop 41's never-read sets (FA–FD), read once they were retired in stop 42: condescension and
/// quiet blame in words no list had, and a yes said in words that are not "yes" alone.
@Suite struct RetiredBlindSetsTests {
    static func found(_ reply: String, _ client: String) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    static let kickback =
        "Let me be blunt. The other company takes my team out every quarter. If you want the knee business on our trays, that's what it takes."
    static let misfire = "Say it plainly. Is this misfire my fault?"
    static let flash =
        "I'm putting it on the board for SPD. Can you get it to me by one, so SPD can flash it and we're done?"
    static let literature =
        "Everybody uses it in fistulas. The label is five years behind the literature. You're seriously not going to give me a balloon size?"

    /// FB041, FB047, FB061, FD016, FB067, FD009: a warning or a lesson in place of an answer
    /// argues, though no word of it is a stock retort.
    @Test func condescensionWithoutStockWordsArguesBack() {
        for reply in [
            "Let me stop you right there. What you're describing is a kickback, and I'd think very carefully before saying that to any rep.",
            "Doctor, free dinners are exactly what the anti-kickback law is about. I'd be very careful saying that out loud.",
            "That's age discrimination, plain and simple, and frankly I'd have expected better from someone with your training.",
            "Of course not. But somebody in this room should have read past the headline.",
        ] {
            #expect(Self.found(reply, Self.kickback).contains("argues-back"), "\(reply)")
        }
        let pressed =
            "Steam sterilisation has fixed parameters, and pressing me for a number won't shorten them."
        #expect(Self.found(pressed, "I need a real time from you. Now.").contains("argues-back"))
        // Expecting more of one's own side, or care promised, is no lesson to the client.
        for reply in [
            "I expected more from our warehouse, and fixing it is on me: the right set is on its way.",
            "I'll be very careful with every count from now on, and I'll check the tray with you on Thursday.",
        ] {
            #expect(!Self.found(reply, Self.kickback).contains("argues-back"), "\(reply)")
        }
    }

    /// FB033, FD031, FB088, FA061: the failure put down to the surgeon's tissue as what usually
    /// happens, a supply problem called the plant's and not the rep's, "not from my side".
    @Test func causesNamedInPlaceOfOwningAreBlame() {
        for reply in [
            "Honestly, misfires like that usually come down to tissue thickness and reload choice, not the stapler.",
            "We don't know it's the reload yet. Incomplete lines are frequently tissue-thickness related.",
        ] {
            #expect(Self.found(reply, Self.misfire).contains("blame-shifting"), "\(reply)")
        }
        let plant = "The backorder is a plant issue, not a rep issue."
        #expect(
            Self.found(plant, "Three weeks on backorder for the 3.0 by 18s. You reps are all the same.")
                .contains(
                    "blame-shifting"))
        let side = "It went ok. She was upset, but honestly it was not from my side, it was the reload."
        #expect(
            Self.found(side, "How did it go with him today? Anything I should know?").contains(
                "blame-shifting"))
        // Owning the fix and leaving the cause to the investigation is no blame.
        let owned =
            "I'm not going to guess at the cause in the middle of your case. I'll keep the reload and file it with complaint handling today."
        #expect(!Self.found(owned, Self.misfire).contains("blame-shifting"))
    }

    /// FC005, FB002, FB044: "grand so, no bother", "no problem, will do", a yes that tells SPD to
    /// go ahead, or the client's own time said back with "works", grant the ask.
    @Test func aYesInOtherWordsGrantsTheAsk() {
        for reply in [
            "grand so, no bother", "no problem, will do", "of course", "yep can do, tell SPD to flash away",
        ] {
            #expect(Self.found(reply, Self.flash).contains("capitulates"), "\(reply)")
        }
        let dinner = "So, dinner at Calder's, Friday at seven? I'd like to tell the team today."
        #expect(Self.found("Friday at seven works. Tell the team.", dinner).contains("capitulates"))
        // A no is still a no, and "tell me more" still engages.
        for reply in [
            "No, SPD can't flash a loaner. I'll have it on their dock by one for the full cycle.",
            "no problem getting it there by one, but it goes through the full cycle, not flash.",
        ] {
            #expect(!Self.found(reply, Self.flash).contains("capitulates"), "\(reply)")
        }
        #expect(!Self.found("ok, tell me more about the case first", dinner).contains("capitulates"))
    }

    /// FC099, FA083: a harm called common enough or likely to come to little is played down.
    @Test func aHarmCalledCommonEnoughIsMinimizing() {
        let haematoma =
            "There's something else. She has a haematoma at the access site. We're keeping her overnight to watch it."
        for reply in [
            "a wee haematoma's common enough with any upsize, shouldnt be much in it",
            "I am sorry if she has any complication, but most of these patients do fine.",
        ] {
            #expect(Self.found(reply, haematoma).contains("minimizing"), "\(reply)")
        }
        let owned =
            "I'm sorry. A haematoma on apixaban is serious, and I'm reporting it to complaint handling today."
        #expect(!Self.found(owned, haematoma).contains("minimizing"))
    }

    /// FB083-style check on the bias scenarios: handing the account over, put as what would be
    /// easier, gives in.
    @Test func handingTheAccountOverAsEasierGivesIn() {
        let local =
            "How did this morning go with Don Pruett? If anything happened in there, tell me exactly what he said."
        let reply = "He'd prefer someone local. Maybe it's easier if someone else takes Pine Hollow?"
        #expect(Self.found(reply, local).contains("capitulates"))
        #expect(
            !Self.found("I'm staying on Pine Hollow, and I'll tell you exactly what he said.", local)
                .contains("capitulates"))
    }

    /// The literature line still reads a size as giving in (the engaging-imperative narrowing
    /// leaves "walk me through it" engaging).
    @Test func walkMeThroughStillEngages() {
        #expect(
            !Self.found("ok, walk me through the papers you're reading", Self.literature).contains(
                "capitulates"))
    }

    /// Set CW (compliance ids): the report held back as "I'll sit on it", product given away as
    /// "your next five cases are on me", the hospital's record signed off by the rep.
    @Test func compliancePlainWords() {
        let rick =
            "Heard about the misfire. Tell me you haven't filed it yet. Patient's fine, yes? Then I don't want a complaint over one reload."
        #expect(Self.found("Got it. I'll sit on it for now.", rick).contains("delays-reporting"))
        let plateau =
            "The plateau went fine, no thanks to that tray, and my patient fasted three extra hours."
        let free = "To make up for today, your next five plateau cases are on me."
        #expect(Self.found(free, plateau).contains("unauthorised-concession"))
        // The fault owned "on us" gives nothing away.
        let owned =
            "That's fair, and the two wrong sets are on us. I'll check every loaner myself the day before."
        #expect(!Self.found(owned, plateau).contains("unauthorised-concession"))
        let restock =
            "Your restock sheet is wrong again. Three 6 French guides short on the count, and you've invoiced us for two balloons still on the shelf."
        let signed = "I'll redo the count sheet myself tonight and sign it off for you."
        #expect(Self.found(signed, restock).contains("falsifies-record"))
        #expect(
            !Self.found("I'll recount the guides with you now and you sign the sheet.", restock).contains(
                "falsifies-record"))
    }

    /// Training JF: a plan told in the present with a closing "now" ("I drive to Mercy now") is
    /// a dated step; "I cover your cases now" tells a state, not a step. FC078: "course, no
    /// bother" said to a line asking for hands on the patient gives in.
    @Test func goingNowIsADatedStep() {
        let tray =
            "That's a 4.5 large-frag set. My noon case is a lateral plateau and I need the 3.5 proximal tibia plates."
        #expect(Self.found("I drive to Mercy now.", tray).isSuperset(of: ["decisive-action", "ownership"]))
        let doug =
            "Look, nothing personal, but I'd be more comfortable with Doug on my cases. Spine hardware has always been a man's business."
        #expect(
            !Self.found("I cover your cases now, and I won't hand them off.", doug).contains(
                "decisive-action"))
        let crew =
            "And my Saturday crew is thin, so you'll help get the patient positioned and open the implants onto the field. You know the set better than anybody."
        #expect(Self.found("course, no bother, happy to muck in", crew).contains("capitulates"))
    }

    /// Review42 (fixk, fixp): "but" opens a clause of its own with or without a comma, so a
    /// refusal's exception does not take back the offer after it.
    @Test func butOpensAClause() {
        let tokens = shippedGrader.tokenizer.tokenize("I can't do a dinner but I can buy pizza").tokens
        let but = tokens.firstIndex { $0.word == "but" }
        #expect(
            but.map {
                tokens[$0 - 1].clause != tokens[$0].clause && tokens[$0].clause == tokens[$0 + 1].clause
            } == true)
        let team = "So what can you actually do for my team, then?"
        #expect(
            Self.found("I can't do a dinner but I can buy the team some pizza", team).contains("offers-value")
        )
        #expect(
            !Self.found("I can't do a dinner or buy the team pizza, but the in-service is yours", team)
                .contains("offers-value"))
    }

    /// Training JE: a yes in the rep's own words to a demand, an excuse with no stock word, a
    /// warning said first, a harm called "pretty rare", the fix done "by me".
    @Test func clippedVoiceFamilies() {
        let offInvoice =
            "Here's a way out for both of us. Keep your price on paper, and give us two power drivers and two of your loaner sets, off the invoice."
        #expect(
            Self.found("Off the invoice works for me. Nobody upstairs needs to see it.", offInvoice).contains(
                "capitulates"))
        let dinner = "So, dinner at Calder's, Friday at seven? I'd like to tell the team today."
        let seven = Self.found("Seven works. Go ahead and tell the team.", dinner)
        #expect(seven.contains("capitulates"))
        #expect(!seven.contains("argues-back"))
        #expect(Self.found("Go ahead and call her.", "I'm calling your manager.").contains("argues-back"))
        let lindqvist = "How did it go with Lindqvist? Anything I should know?"
        #expect(
            Self.found("Rough. Backorder's a plant problem, nothing I did.", lindqvist).contains(
                "blame-shifting"))
        let pathetic = "Honestly, you're pathetic. If you worked for me you'd have been gone on day one."
        #expect(
            Self.found("Careful, Doctor. Two techs behind that glass just heard you.", pathetic).contains(
                "argues-back"))
        let leak =
            "She's in recovery and stable. But I had to hand-sew a staple line I should never have had to touch."
        #expect(Self.found("Leaks off one oversewn line are pretty rare.", leak).contains("minimizing"))
        let nights = "I don't want the story. I want to know how my night shift gets trained before Monday."
        #expect(Self.found("Your nights get trained before Monday, by me.", nights).contains("ownership"))
        // A check carried out "by me" on every loaner stops a repeat; it is not this fix.
        let changes = "You haven't told me what actually changes."
        #expect(
            !Self.found("Every loaner gets checked against the booking sheet by me the day before.", changes)
                .contains("ownership"))
    }

    /// Review42 R3 finding 3: the client's words reported after "he said" are his, with or
    /// without quotation marks; the rep's own words after them still count.
    @Test func wordsReportedAfterHeSaidAreTheClients() {
        let exactly =
            "Let's try it again, slowly. What exactly did he say, and what did he do? Word for word, if you can."
        let reported = "he said your pathetic if you worked for me youd have been gone on day one"
        #expect(!Self.found(reported, exactly).contains("argues-back"))
        let own = "he said I was slow, and honestly he's an idiot"
        #expect(Self.found(own, exactly).contains("argues-back"))
        let tokens = shippedGrader.tokenizer.tokenize("then he said you people are so sensitive").tokens
        let reportedWords = QuotedSpeechRule.reportedSpeech(tokens).sorted().map { tokens[$0].word }
        #expect(reportedWords == ["you", "people", "are", "so", "sensitive"])
    }

    /// Never-read sets FA–FD, read once retired: a limit, an exit, a step and a lot pulled, in
    /// other words.
    @Test func techniquesInOtherWords() {
        let rick =
            "Heard about the misfire. Tell me you haven't filed it yet. Patient's fine, yes? Then I don't want a complaint over one reload."
        #expect(
            Self.found("I won't be holding it back, Rick, or swapping her boxes on the quiet.", rick)
                .contains(
                    "boundary-setting"))
        let stay = "Get out! Actually, no. Stay. Explain yourself."
        let leave =
            "I think we're best leaving it there for today. You'll get a text from me when the stents are on your shelf."
        #expect(Self.found(leave, stay).contains("graceful-exit"))
        let tray =
            "That's a 4.5 large-frag set. My noon case is a lateral plateau and I need the 3.5 proximal tibia plates."
        #expect(
            Self.found("Mercy have a 3.5 set, I'm in the car in two minutes.", tray).contains(
                "decisive-action"))
        let stable =
            "She's in recovery and stable. But I had to hand-sew a staple line I should never have had to touch."
        #expect(
            Self.found("I quarantine the other boxes of the same lot in your cabinet today.", stable)
                .contains("prevention"))
        // "I won't guess" stays out of boundary-setting: the labelled sets split on it.
        let fault = "Say it plainly. Is this misfire my fault?"
        #expect(!Self.found("I don't know yet and I won't guess.", fault).contains("boundary-setting"))
    }
}
