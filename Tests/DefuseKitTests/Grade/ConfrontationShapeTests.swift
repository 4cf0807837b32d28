import Foundation
import Testing

@testable import DefuseKit

/// The confrontation violations read from structure (issue 12, rules11): `non-apology` as an
/// apology aimed at the client's feeling, made conditional or taken back by the rep's own past
/// (``HedgedApologyRule``, ``SorryButRule``); `agrees-with-insult` as a bare "it is", the same
/// thought or the charge said of oneself (``ConfirmsInsultRule``); `argues-back` as an order to
/// read again, a "you'd rather … than …?" or an "if your side did better" (``ComebackRule``).
/// Replies and client lines written for these tests; each reading has a look-alike that must
/// not take it.
@Suite struct ConfrontationShapeTests {
    static func found(_ reply: String, _ client: String?) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    static let screws = "The tray was missing the 4.5 screws. That's the second time this quarter."
    static let late = "You told me Tuesday and it's Thursday."
    static let mornings = "I'd rather you called before dropping by; my clinic mornings are packed."
    static let subgroup = "The data you showed was only in under-65s."
    static let joke = "Your company is a joke and so are you."
    static let sensitive = "You people are all so touchy. Can't take a bit of banter."
    static let chatter = "You lot talk too much. You ramble on every single visit."

    @Test func anApologyForTheClientsFeelingIsANonApology() {
        #expect(Self.found("Sorry you find our paperwork so confusing.", Self.screws).contains("non-apology"))
        #expect(
            Self.found("I'm sorry the theatre staff feel let down by the tray.", Self.screws).contains(
                "non-apology"))
        #expect(Self.found("Oh, sorry you're stressed about the dates.", Self.late).contains("non-apology"))
        // What the client went through is apologised for.
        let left = Self.found("I'm sorry you were left without the screws, that's my tray.", Self.screws)
        #expect(!left.contains("non-apology"))
        #expect(left.contains("apology"))
        #expect(!Self.found("Sorry you had to chase me for it.", Self.late).contains("non-apology"))
        #expect(!Self.found("Sorry you took the flak for our tray.", Self.screws).contains("non-apology"))
        #expect(Self.found("Sorry you took it the wrong way.", Self.late).contains("non-apology"))
        #expect(
            !Self.found("Sorry you found a short box in the cabinet, I'll swap it now.", Self.screws)
                .contains(
                    "non-apology"))
    }

    @Test func aConditionalApologyIsANonApology() {
        #expect(Self.found("If I sounded short on the phone, I'm sorry.", Self.late).contains("non-apology"))
        #expect(
            Self.found("Apologies for the bother if the delivery wasn't what you'd hoped.", Self.screws)
                .contains("non-apology"))
        // The rep's own "if only" admits the fault; an offer after the apology is not its condition.
        #expect(
            !Self.found(
                "Sorry, if I'd counted the screws myself this wouldn't have happened.", Self.screws
            ).contains("non-apology"))
        #expect(
            !Self.found(
                "I'm sorry about that, and if you need the screws tonight I'll drive them over.", Self.screws
            )
            .contains("non-apology"))
    }

    @Test func sorryButTheRepsOwnPastTakesItBack() {
        #expect(
            Self.found("Sorry, but I left it at the front desk on Monday.", Self.screws).contains(
                "non-apology"))
        #expect(Self.found("sorry but i was only going by the old list", Self.screws).contains("non-apology"))
        // A step after "but" keeps the apology.
        let fix = Self.found("Sorry, but I can fix it today: the screws are in my car.", Self.screws)
        #expect(!fix.contains("non-apology"))
        #expect(
            !Self.found("I'm sorry, but I was wrong about Tuesday and it's on me.", Self.late).contains(
                "non-apology"))
    }

    @Test func aBareItIsConfirmsTheJab() {
        #expect(Self.found("ha, some weeks it really is.", Self.joke).contains("agrees-with-insult"))
        #expect(Self.found("Maybe we are, lol.", Self.sensitive).contains("agrees-with-insult"))
        // Negated, or after a line that is no jab, it confirms nothing.
        #expect(
            !Self.found("We're not, and I'd like to show you why.", Self.joke).contains("agrees-with-insult"))
        #expect(
            !Self.found("It is, yes.", "Is the Thursday in-service still on?").contains("agrees-with-insult"))
    }

    @Test func theSameThoughtOrTheChargeSaidOfOneselfConfirmsTheJab() {
        #expect(
            Self.found("Honestly I ask myself that too some days.", Self.joke).contains("agrees-with-insult"))
        #expect(
            Self.found("Ha, I do ramble, my wife says the same.", Self.chatter).contains("agrees-with-insult")
        )
        // Turning the charge into a plan, or denying it, does not confirm it.
        #expect(
            !Self.found("I'll keep today's visit to five minutes then.", Self.chatter).contains(
                "agrees-with-insult"))
        #expect(
            !Self.found("I don't think I ramble, but I hear you.", Self.chatter).contains(
                "agrees-with-insult"))
    }

    @Test func anOrderToReadAgainArguesBack() {
        #expect(Self.found("Read page four again, doctor.", Self.subgroup).contains("argues-back"))
        #expect(Self.found("Look it up, it's in the IFU.", Self.screws).contains("argues-back"))
        // An offer to look again, or a polite request, does not.
        #expect(!Self.found("Let me look again at the over-70 table.", Self.subgroup).contains("argues-back"))
        #expect(
            !Self.found("Could you check again when the box is open?", Self.screws).contains("argues-back"))
    }

    @Test func ratherThanAndIfYourSideDidBetterArgueBack() {
        #expect(
            Self.found("So you'd rather trust a rumour than the published table?", Self.subgroup).contains(
                "argues-back"))
        #expect(
            Self.found("If your schedulers booked properly, we'd never be late.", Self.late).contains(
                "argues-back"))
        #expect(
            Self.found("That says more about your prep than about the device.", Self.subgroup).contains(
                "argues-back"))
        // Offering a choice, or an if about the client's wishes, does not.
        #expect(
            !Self.found("Would you rather I came Tuesday than Monday?", Self.mornings).contains("argues-back")
        )
        #expect(
            !Self.found("If you'd like it done properly, I'll come in myself at seven.", Self.mornings)
                .contains("argues-back"))
    }
}

/// 44 replies written before the rules11 rules were tuned (`Fixtures/grading/confrontation-own.jsonl`),
/// each labelled with the confrontation ids it carries: "yeah fair" / "lol true" / "guilty as
/// charged" after an insult beside the same words after a fair point; sarcasm, lecturing, "read
/// it again", "says more about you" beside a firm, respectful disagreement; "sorry you feel",
/// "sorry if", "sorry but" beside a real apology with a reason the rep owns. The grader must
/// keep each id's F1 over them at its floor (before rules11: 0.71, 0.55 and 0.83).
@Suite struct ConfrontationOwnRepliesTests {
    struct Reply: Decodable, Sendable {
        var id: String
        var client: String
        var reply: String
        var labels: [String]
    }

    static func replies() throws -> [Reply] {
        let file = Fixtures.folder.appending(path: "grading/confrontation-own.jsonl")
        let text = try String(contentsOf: file, encoding: .utf8)
        return try text.split(separator: "\n").map {
            try JSONDecoder().decode(Reply.self, from: Data($0.utf8))
        }
    }

    @Test(arguments: [("agrees-with-insult", 0.65), ("argues-back", 0.75), ("non-apology", 0.80)])
    func eachIDHoldsItsFloor(_ id: String, _ floor: Double) throws {
        let replies = try Self.replies()
        #expect(replies.count == 44)
        var (truePositives, falsePositives, falseNegatives) = (0, 0, 0)
        for reply in replies {
            let gold = reply.labels.contains(id)
            let found = detected(reply.reply, client: reply.client).contains(id)
            if gold && found { truePositives += 1 }
            if found && !gold { falsePositives += 1 }
            if gold && !found { falseNegatives += 1 }
        }
        let f1 = 2.0 * Double(truePositives) / Double(2 * truePositives + falsePositives + falseNegatives)
        #expect(
            f1 >= floor, "\(id): F1 \(f1) (tp \(truePositives), fp \(falsePositives), fn \(falseNegatives))")
    }
}
