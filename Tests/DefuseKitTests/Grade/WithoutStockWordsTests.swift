import Foundation
import Testing

@testable import DefuseKit

/// Violations said without the rubric's stock words (learned14's rules, from the training sets
/// KA–KD written in violation-heavy voices): a retort that tells the client they are making a
/// fuss or reading too much into it, a shrug that calls the matter "just paperwork" or "no big
/// loss", a confession that the rep "deserved that" or that "our warehouse is kind of a mess",
/// and jabs such as "So nobody. Noted." that make a "yep" an agreement. Replies written for
/// these tests, each beside a look-alike that must not take the reading.
@Suite struct WithoutStockWordsTests {
    static func found(_ reply: String, _ client: String?) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    static let short = "Two guides short again. That's every month now."

    @Test func aRetortWithoutStockWordsArguesBack() {
        for reply in [
            "Honestly you're kind of making a big deal out of two guides.",
            "You're reading way too much into one count.",
            "Threats don't work on me, Evelyn.",
            "You know how that looks, asking me to change the sheet.",
            "That's hardly a reason to pull the consignment.",
        ] {
            #expect(Self.found(reply, Self.short).contains("argues-back"), "\(reply)")
        }
        #expect(
            !Self.found("I know how that looks from your side, and I'll recount today.", Self.short).contains(
                "argues-back"))
    }

    @Test func aShrugWithoutStockWordsMinimises() {
        #expect(Self.found("It's just paperwork, I'll sort it.", Self.short).contains("minimizing"))
        #expect(Self.found("No big loss, it's two guides.", Self.short).contains("minimizing"))
        #expect(Self.found("Those numbers are way overblown.", Self.short).contains("minimizing"))
        #expect(!Self.found("I'll fill in the paperwork with you today.", Self.short).contains("minimizing"))
    }

    @Test func aConfessionOrAYesToAJabAgrees() {
        let jab = "So nobody checks. Noted."
        #expect(Self.found("Yep, pretty much.", jab).contains("agrees-with-insult"))
        #expect(
            Self.found("Guess I've earned that one.", "You lot are useless.").contains("agrees-with-insult"))
        #expect(
            Self.found("Our warehouse is kind of a mess right now.", "Your company is a shambles.").contains(
                "agrees-with-insult"))
        #expect(
            !Self.found("No, I check, and I'm recounting with you at two.", jab).contains(
                "agrees-with-insult"))
    }
}
