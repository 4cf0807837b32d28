import Foundation
import Testing

@testable import DefuseKit

/// Dismissals with no stock word are `argues-back` (from the misses of the retired sets HA–HD):
/// "that's garbage", "that's your problem", "you don't have to keep rubbing it in", "a flawed
/// meta-analysis", "their rep's a liar"; and deference with a word of emphasis ("you totally
/// know best") is `capitulates`. Replies written for these tests, each beside a look-alike.
@Suite struct PlainDismissalTests {
    static func found(_ reply: String, _ client: String?) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    static let doubt = "Why should I take your word on any of this?"

    @Test func aDismissalWithoutStockWordsArguesBack() {
        for reply in [
            "Honestly that's just nonsense, doctor.",
            "Take it or leave it, that's your problem.",
            "You don't have to keep rubbing it in.",
            "That's a cherry-picked analysis and you know it.",
            "Their rep is a liar, plain and simple.",
        ] {
            #expect(Self.found(reply, Self.doubt).contains("argues-back"), "\(reply)")
        }
        // Naming whose problem it is not, or what a study lacks, in calm words, is no retort.
        #expect(
            !Self.found("That's not your problem to carry; I'll sort it.", Self.doubt).contains("argues-back")
        )
        #expect(!Self.found("I'd like to show you the full analysis.", Self.doubt).contains("argues-back"))
    }

    @Test func deferenceWithEmphasisCapitulates() {
        let told = "Don't quote the studies at me. I sat on the panel."
        #expect(Self.found("Of course, you really know best.", told).contains("capitulates"))
        #expect(
            !Self.found("You know the panel's work; may I show you one table from it?", told).contains(
                "capitulates"))
    }

    @Test func aLearnersExitAndAWeekOfExcusesAreRead() {
        let owed = "Then I'll take this to someone who can give me an answer."
        #expect(
            Self.found(
                "I let you go now; the form goes to Medical Affairs today and I ring you Friday at 10.", owed
            )
            .contains("graceful-exit"))
        #expect(
            Self.found("I think is better we stop here for today; my manager will call you at four.", owed)
                .contains("graceful-exit"))
        // Letting the client down is no exit.
        #expect(!Self.found("I let you down and I'm sorry.", owed).contains("graceful-exit"))
        let tone = "Watch how you speak to me on a night shift."
        #expect(Self.found("sorry, it's just been a mad long week", tone).contains("blame-shifting"))
        #expect(
            !Self.found("sorry, I'll keep it short, it's a long night for you", tone).contains(
                "blame-shifting"))
    }
}
