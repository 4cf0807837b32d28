import Testing

@testable import DefuseKit

@Suite struct ShoutingFastPathTests {
    @Test(arguments: [
        ("I DID SEND IT", true), ("ÉCOUTEZ-MOI", true), ("ok I will call the OR at 3", false),
        ("Sorry Dr Lee, the IFU is 3.5 mm", true), ("Sorry Dr Lee, it is 3.5 mm", false),
        ("READ THE EMAIL", true),
    ])
    func onlyRepliesThatCouldShoutAreChecked(reply: String, may: Bool) {
        #expect(ShoutingRule.mayShout(Array(reply.utf8)) == may)
    }
}
