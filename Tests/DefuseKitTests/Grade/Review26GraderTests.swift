import Testing

@testable import DefuseKit

/// Stop 41's training sets (GA–GF) on single replies: a breach handed over when the line asks
/// for it is giving in, whatever the words.
@Suite struct Review26GraderTests {
    /// off-label-request's push for a size after the rep has declined once.
    static let fistula =
        "Everybody uses it in fistulas. The label is five years behind the literature. You're seriously not going to give me a balloon size?"

    /// Training GA067, GB061: an off-label size given to the line that asks for one is the
    /// breach and giving in to it, though no word of the client's is repeated; a refusal, or a
    /// question about the literature, gives nothing.
    @Test func anOffLabelSizeGivenToTheAskIsGivingIn() {
        for reply in [
            "Ok doctor, since everybody uses it... most people go six by forty, three minutes.",
            "Six by forty, two minutes. You didn't hear it from me.",
        ] {
            let read = StructureReadingTests.found(reply, Self.fistula)
            #expect(read.isSuperset(of: ["off-label-promotion", "capitulates"]), "\(reply)")
        }
        let refused =
            "I can't give you a size for a fistula, it's outside the label. I'll put your question to Medical Affairs today."
        #expect(!StructureReadingTests.found(refused, Self.fistula).contains("capitulates"))
        let asked = "Which papers are you reading on fistulas? I'd like Medical Affairs to see the same ones."
        #expect(!StructureReadingTests.found(asked, Self.fistula).contains("capitulates"))
        // Agreeing that the label lags hands over no size: the vouching is read on its own.
        let vouched =
            "Yeah, the label's way behind, I know. It's just the rules, nothing I can do about it, sorry."
        let read = StructureReadingTests.found(vouched, Self.fistula)
        #expect(read.contains("off-label-promotion"))
        #expect(!read.contains("capitulates"))
    }

    /// Training GC, GD: radio words for yes give in to a demand; a harm played down as "more an
    /// inconvenience than a clinical problem" or "comes with the territory" is minimizing; a
    /// delay put on the traffic, a fault "upstream of me" or "at the plant, not with me" is
    /// blame; "I'm passing it to…" with a time is a dated step.
    @Test func plainWordsOfYesShrugsAndExcuses() {
        let flash =
            "Processing just told me two and a half hours from the dock. I'm not starting mid-afternoon. Ring them and get it flashed."
        #expect(StructureReadingTests.found("copy that, doc. wilco.", flash).contains("capitulates"))
        let fasted =
            "The plateau went fine, no thanks to that tray, and my patient fasted three extra hours."
        #expect(
            StructureReadingTests.found(
                "Both cases went ahead, so in fairness it's been more an inconvenience than a clinical problem.",
                fasted
            )
            .contains("minimizing"))
        #expect(
            StructureReadingTests.found("Eh, he was upset. Comes with the territory with him.", nil)
                .contains("minimizing"))
        let late = "Your specialist was forty minutes late to an implant."
        #expect(
            StructureReadingTests.found("The forty minutes was down to traffic on the bridge.", late)
                .contains("blame-shifting"))
        #expect(
            StructureReadingTests.found("The backorder is at the plant, not with me.", late)
                .contains("blame-shifting"))
        #expect(
            StructureReadingTests.found("Plant changed a resin supplier. It's upstream of me.", late)
                .contains("blame-shifting"))
        // Look-alikes: the delay owned, and the harm not played down.
        #expect(
            !StructureReadingTests.found("The forty minutes was down to me; I left too late.", late)
                .contains("blame-shifting"))
        #expect(
            !StructureReadingTests.found(
                "Three extra hours fasting is a real harm, not an inconvenience.", fasted
            )
            .contains("minimizing"))
        let local = "Well? Can they send somebody local or not?"
        #expect(
            StructureReadingTests.found("I'm passing your request to Alicia by noon.", local).contains(
                "decisive-action"))
    }

    /// Training GE–GG: "whatever keeps…" gives in, it does not retort; "don't put words in my
    /// mouth" retorts; "probably not the sheath" puts the harm elsewhere; "right as rain" plays
    /// it down.
    @Test func givingInRetortsAndHarmPutElsewhere() {
        let match = "Let's talk about the eleven percent. Match it, or this is a very short meeting."
        let gave = StructureReadingTests.found(
            "Ok, we'll match the eleven. Whatever keeps Northshore with us.", match)
        #expect(gave.contains("capitulates"))
        #expect(!gave.contains("argues-back"))
        #expect(
            StructureReadingTests.found("Whatever. Match it yourself if you can find it cheaper.", match)
                .contains("argues-back"))
        let yes = "Is that a yes?"
        #expect(
            StructureReadingTests.found(
                "Whoa, I didn't say yes to anything. Don't put words in my mouth.", yes
            )
            .contains("argues-back"))
        let bleed =
            "There's something else. She has a haematoma at the access site. We're keeping her overnight to watch it."
        #expect(
            StructureReadingTests.found(
                "Haematomas are super common on apixaban tho, prob not the sheath.", bleed
            )
            .contains("blame-shifting"))
        #expect(
            StructureReadingTests.found(
                "Ag, haematomas settle, doc, she'll be right as rain by tomorrow.", bleed
            )
            .contains("minimizing"))
        // Look-alike: the rep reports it without ruling the device out.
        #expect(
            !StructureReadingTests.found(
                "I'm sorry. It may or may not be the sheath; I'm reporting it to complaint handling by 2 pm.",
                bleed
            )
            .contains("blame-shifting"))
    }

    /// Review41 (fixd's report): the fault owned in so many words with nobody else named leaves
    /// no one to blame, whatever the learned layer makes of "dropped" and "won't"; a fault
    /// disowned ("not sure it's really my mistake") still blames.
    @Test func aFaultOwnedWithNobodyElseNamedIsNoBlame() {
        let log =
            "SPD's log says your trays came in at twenty to five. Cut-off is two o'clock. They were there until midnight on the first three. So what's different next time?"
        let owned = StructureReadingTests.found(
            "That was on me, I dropped them late. It won't happen again.", log)
        #expect(owned.isSuperset(of: ["ownership", "prevention"]))
        #expect(!owned.contains("blame-shifting"))
        let chart =
            "So your chart was wrong. Who, exactly, is making sure the rest of what you told my team is right?"
        #expect(
            StructureReadingTests.found(
                "I copied that off the training deck they gave us, so I'm not sure it's really my mistake.",
                chart
            )
            .contains("blame-shifting"))
    }

    /// Review41 A finding 8: the company's approved table named as what replaces the rep's own
    /// chart is no unapproved material, whatever the compliance layer makes of the client's line;
    /// a chart of the rep's own making still is.
    @Test func theApprovedTableNamedIsNoUnapprovedMaterial() {
        let line =
            "What else on that chart of yours is wrong? My techs have been pulling stock off it for two weeks."
        let approved = StructureReadingTests.found(
            "I'll take my chart off the cabinet door myself before I leave this morning and by 2pm today I'll put up the company's approved sizing table from the IFU.",
            line)
        #expect(approved.contains("names-approved-table"))
        #expect(!approved.contains("unapproved-material"))
        #expect(
            StructureReadingTests.found(
                "I'll make you a corrected chart of my own and tape it up by 2pm.", line
            )
            .contains("unapproved-material"))
    }

    /// Training GH: "you're right, nobody in our company reads the booking sheet" grants the jab
    /// beside an apology; "no need to push me like this" retorts; "that's their responsibility"
    /// puts it on the lab. "That's your call" offered as a real choice stays clean.
    @Test func theJabGrantedTheRetortAndTheirResponsibility() {
        let wrongSet = Review25GraderTests.wrongSet
        #expect(
            StructureReadingTests.found(
                "Sorry Doc. You're right, nobody in our company reads the booking sheet.", wrongSet
            )
            .contains("agrees-with-insult"))
        let again = "Why does this keep happening? Three notices in a year."
        #expect(
            StructureReadingTests.found("Ma'am no need to push me like this, I'm doing my best here.", again)
                .contains("argues-back"))
        #expect(
            StructureReadingTests.found(
                "Your cath lab just didn't report it. That's their responsibility.", again
            )
            .contains("blame-shifting"))
        #expect(
            !StructureReadingTests.found("That's your call. What would you need from our liaison?", again)
                .contains("blame-shifting"))
    }

    /// Review41 C findings 1 and 2: a refusal carries over "or" to the second thing refused;
    /// without a negation both are offered.
    @Test func aRefusalCarriesOverOr() {
        let rick = "Heard about the misfire. Tell me you haven't filed it yet."
        let refused = StructureReadingTests.found(
            "I understand it's our biggest account, but I can't swap her stock quietly or hold back the complaint. It goes to complaint handling today.",
            rick)
        #expect(refused.contains("boundary-setting"))
        #expect(!refused.contains("delays-reporting"))
        #expect(
            StructureReadingTests.found(
                "I'll swap her stock quietly or hold back the complaint, your call.", rick
            )
            .contains("delays-reporting"))
        let slides = "Can you make some slides on fistula use for my fellows on Tuesday?"
        #expect(
            !StructureReadingTests.found("I can't make slides on that use or bring lunch for it.", slides)
                .contains("meal-at-training"))
    }

    /// Review41 D finding 3: a laugh before words that push back on the jab is no agreement; a
    /// laugh before a yes, or before words that grant it, still is.
    @Test func aLaughBeforeAPushBackIsNoAgreement() {
        let back =
            "Careful with that. Don't throw your back out, I'd hate to fix your hip before I fix my patient's ankle."
        #expect(
            !StructureReadingTests.found("Ha, my back's fine, doctor.", back).contains("agrees-with-insult"))
        #expect(
            StructureReadingTests.found("haha fair, I'm getting old", back).contains("agrees-with-insult"))
        #expect(
            StructureReadingTests.found("ha, don't tempt it, my back's already shot", back).contains(
                "agrees-with-insult"))
    }

    /// Training GI–GK: "it's in the letter if you read it" and "watch how you talk to me" retort;
    /// "per policy that sits with…", "outside my remit" and
    /// "somebody on your side isn't logging" put the fault elsewhere.
    @Test func procedureAndReadingAsWeapons() {
        let notice = "Why does this keep happening? Three notices in a year."
        #expect(
            StructureReadingTests.found(
                "The notice went to your department Friday. It's in the letter if you read it.", notice
            )
            .contains("argues-back"))
        #expect(
            StructureReadingTests.found("Pathetic? Watch how you talk to me.", "Honestly, you're pathetic.")
                .contains("argues-back"))
        let who = "So who is actually fixing this?"
        for reply in [
            "Sorry, but per policy set selection sits with our distribution centre.",
            "Both of those sit outside my remit.",
            "Our usage report is correct. Somebody on your side isn't logging implants.",
        ] {
            #expect(StructureReadingTests.found(reply, who).contains("blame-shifting"), "\(reply)")
        }
    }
}
