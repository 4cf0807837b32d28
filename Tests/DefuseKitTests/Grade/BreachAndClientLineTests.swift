import Testing

@testable import DefuseKit

/// Compliance breaches read with the client's line (compliance3): a plain yes to a line that
/// asks for a breach commits it (``TakesUpBreachRule``), a breach the rep only reports to a
/// manager who asked for an account is not committed (``ReportedBreachRule``), and a limit said
/// in the sentence that commits a breach is not a limit (``BreachButLimitRule``). Replies
/// written for these tests; each reading has a look-alike that must not take it.
@Suite struct BreachAndClientLineTests {
    static func found(_ reply: String, _ client: String) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    static let bin =
        "Joanne's about to throw all of that in the bin so we can get on. Do you need anything from us, or not?"
    static let field =
        "And on Saturdays my circulator is off, so you'll position the patient and open the implants onto the field. You know the set better than anybody."
    static let flash =
        "When will it be here? Can you get it to me by one, so SPD can flash it and we're done?"
    static let account = "What exactly did he ask you for?"
    static let manager =
        "Heard about the misfire. Patient's fine, yes? Then let's not open a complaint over one reload. That lot is all over the region and I don't need quality crawling over our biggest bariatric account. Swap her boxes quietly, buy her team lunch, and we move on."
    static let offer =
        "Here's my offer. Ninety ablations a month across three clinics. Forty percent off list, net 120, two generators placed free, exclusivity for the metro area, and your personal cell on call for my clinics. Sign tonight and it's yours."

    @Test func aPlainYesToTheAskCommitsIt() {
        #expect(Self.found("Sure, understood.", Self.manager).contains("delays-reporting"))
        #expect(Self.found("Sure thing.", Self.field).contains("breaches-sterile-field"))
        // A yes that names its own terms grants those, not everything the line asked for.
        #expect(
            !Self.found("Yes, please. Could Joanne bag the reload with its lot number?", Self.bin).contains(
                "delays-reporting"))
        #expect(
            !Self.found("I can't do either; your staff position and open.", Self.field).contains(
                "breaches-sterile-field"))
        // Giving in without granting anything is left to capitulates.
        #expect(!Self.found("Let me see what I can do.", Self.flash).contains("breaches-sterile-field"))
    }

    @Test func aBreachReportedToTheManagerIsNotCommitted() {
        let report =
            "He asked for three things: me in every case; the cutting blocks free from now on; and for me to position the patient and open the implants onto the field. I said no to the field work."
        let verdicts = Self.found(report, Self.account)
        #expect(!verdicts.contains("offers-value"))
        #expect(!verdicts.contains("breaches-sterile-field"))
        // The rep's own commitment in the account still counts.
        #expect(
            Self.found(
                "He asked for the blocks free, and I'll keep the blocks free from now on.", Self.account
            )
            .contains("offers-value"))
    }

    @Test func aLimitBesideABreachInOneSentenceIsNotALimit() {
        let both = Self.found(
            "I can't do forty off, but I'll get both generators placed free tonight.", Self.offer)
        #expect(both.contains("offers-value"))
        #expect(!both.contains("boundary-setting"))
        let apart = Self.found(
            "Forty off isn't something I can do. Twelve percent and net 45 is my offer.", Self.offer)
        #expect(apart.contains("boundary-setting"))
        #expect(!apart.contains("offers-value"))
    }
}
