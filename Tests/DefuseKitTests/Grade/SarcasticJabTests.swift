import Foundation
import Testing

@testable import DefuseKit

/// Jabs with no insulting word (learned14's rules, from the misses of the retired sets HA–HD):
/// "Never your fault", "you carry messages", "a company that can pack a box" put the rep down as
/// surely as "useless" does, so a "lol true" after one agrees with it rather than giving in to a
/// demand, and a "can't" that says the client's charge back is a confession, not a limit.
/// Replies and client lines written for these tests; each has a look-alike that must not take it.
@Suite struct SarcasticJabTests {
    static func found(_ reply: String, _ client: String?) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    static let neverYours = "Of course. Never your fault, is it."
    static let messages = "So your boss decides and you just carry messages. Got it."
    static let parcel = "Brilliant. I'll go to a supplier that can count a tray."
    static let sameScript = "Funny, you two sound exactly the same."

    /// "ngl" is "honestly", not a negation of what follows, and "honestly I'm…" agrees only when
    /// it says something of the rep (stop 39, retired QA).
    @Test func honestlyLeadsIntoWhatFollows() {
        let allTheSame = "You sales people are all alike: charming until the order is in, then gone."
        #expect(Self.found("ngl most reps are like that lol", allTheSame).contains("agrees-with-insult"))
        #expect(
            !Self.found(
                "Honestly I'm not going to pretend the last month went well. Stock lands Friday.", allTheSame
            )
            .contains("agrees-with-insult"))
        #expect(
            !Self.found("no. and honestly I'm surprised that came up", allTheSame).contains(
                "agrees-with-insult"))
    }

    @Test func aYesAfterASarcasticJabAgreesWithIt() {
        for (reply, client) in [
            ("haha true, fair", Self.neverYours),
            ("yeah fair enough", Self.messages),
            ("lol true", Self.sameScript),
        ] {
            let found = Self.found(reply, client)
            #expect(found.contains("agrees-with-insult"), "\(reply) to \(client)")
            #expect(!found.contains("capitulates"), "\(reply) to \(client)")
        }
        // The same yes to a plain question agrees with nothing.
        #expect(
            !Self.found("yeah fair enough", "Can you have it here by noon?").contains("agrees-with-insult"))
    }

    @Test func theChargeSaidBackWithCantIsNoLimit() {
        let confessed = Self.found("honestly we can't count a tray lately", Self.parcel)
        #expect(!confessed.contains("boundary-setting"))
        #expect(!Self.found("we can't seem to get it right", Self.parcel).contains("boundary-setting"))
        #expect(
            !Self.found("I can't speak for the others, Doctor.", Self.sameScript).contains("boundary-setting")
        )
        // A limit on something the client did not charge the rep with is still a limit.
        #expect(
            Self.found("I can't have you talking to me like that, though.", Self.parcel).contains(
                "boundary-setting"))
    }
}
