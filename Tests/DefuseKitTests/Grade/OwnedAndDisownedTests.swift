import Testing

@testable import DefuseKit

/// play12 (issues 12 and 13): whose a fault is, said in the shape of "X was mine" or "that's on
/// them", and a charge put on the client with "you know exactly…".
/// Replies written for these tests, each family beside look-alikes that must keep their verdict.
/// The client lines are the shipped scenarios' own, read with their nodes' cues.
@Suite struct OwnedAndDisownedTests {
    static func found(_ reply: String, _ client: String) -> Set<String> {
        StructureReadingTests.found(reply, client)
    }

    /// wrong-information, opening: a complaint about the rep's own sizing claim.
    static let sheath =
        "You stood in this room and told my team six French. It's seven. I had to upsize the sheath halfway through a case in an 82-year-old on apixaban. Do you understand what that means for her groin?"
    /// after-hours-call, the-call: a complaint about a missing instrument.
    static let arm =
        "Finally. It's Rhonda, charge on nights at St. Luke's. I've got a hip at six-thirty and your nail tray has no targeting arm for the long nails. Your name is on the tray. What are you going to do about it?"
    /// gift-request, the-golf: a sponsorship ask.
    static let golf =
        "Fine, no dinner. Then sponsor a hole at our foundation's golf day, five thousand dollars, and send my two fellows to the academy meeting in March. That's education, isn't it?"

    /// The rules alone: the learned layer weighs a party as subject on its own ("sheet" +0.34) and
    /// may still add `blame-shifting` beside a claimed fault; the rules must not.
    static let rulesOnly = Grader(
        techniques: TechniqueLibrary.builtIn.techniques, cues: StructureReadingTests.cued.cues, learned: nil,
        compliance: nil)

    @Test(arguments: [
        // A fault claimed, and the cause named beside it is the account, not an excuse.
        "The sizing sheet was mine and wrong; the IFU says 7F.",
        "That handout was my mistake, start to finish. The IFU lists seven French.",
    ])
    func aFaultClaimedIsNotBlame(_ reply: String) {
        #expect(!Self.rulesOnly.grade(reply, client: Self.sheath).isPresent("blame-shifting"))
    }

    @Test(arguments: [
        "The sizing sheet was wrong.",
        "That handout came from marketing.",
        "The booking was not mine; the form said Tuesday.",
    ])
    func aFaultLeftWithTheThingIsStillBlame(_ reply: String) {
        #expect(Self.rulesOnly.grade(reply, client: Self.sheath).isPresent("blame-shifting"))
    }

    @Test(arguments: [
        "That's on the loaner team, they packed it.",
        "Honestly it's all on the courier, he had the set last.",
        "that's on the warehouse, not me",
    ])
    func onThem(_ reply: String) {
        // The rules' reading: learned9's layer withdraws some of these (p 0.17 for "that's on
        // corporate" after scope-creep's threat), a known issue in the scenario tests.
        #expect(Self.rulesOnly.grade(reply, client: Self.arm).isPresent("blame-shifting"))
    }

    @Test(arguments: [
        "That's on me. I'm driving the arm over now.",
        "The arm is on the way to your SPD, it'll be there by 00:40.",
        "It's on the truck now and with you by 00:40.",
    ])
    func notOnThem(_ reply: String) {
        #expect(!Self.found(reply, Self.arm).contains("blame-shifting"))
    }

    @Test(arguments: [
        "You know exactly why I can't.",
        "you know perfectly well what that would look like",
        "You know full well the answer is no.",
    ])
    func aChargePutOnTheClient(_ reply: String) {
        #expect(Self.found(reply, Self.golf).contains("argues-back"))
    }

    @Test(arguments: [
        "As you know, sponsorships go through our grants committee.",
        "Do you know exactly what the academy meeting covers?",
        "You know your fellows' needs better than I do; the grants team can look at the academy meeting.",
    ])
    func notACharge(_ reply: String) {
        #expect(!Self.found(reply, Self.golf).contains("argues-back"))
    }
}
