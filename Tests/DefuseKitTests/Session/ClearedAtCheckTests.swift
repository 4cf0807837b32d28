import DefuseKit
import Testing

/// Review12 finding 12(b): a run whose reply was read as a breach, asked at a check, and cleared
/// there by a line that credits no violation records the turn of that reply. Here the breach is a
/// yes (`capitulates`) that another branch sends to an ending marked `breach: true`; the
/// compliance breaches (`offers-value`, …) count the same way without such a branch.
@Suite struct ClearedAtCheckTests {
    let nodes = """
          opening:
            say: Free blocks for my Saturdays?
            expect: [boundary-setting]
            avoid: [capitulates, argues-back]
            next:
              - if: { violated: [capitulates], met: [boundary-setting] }
                goto: check
              - if: { violated: [capitulates] }
                goto: gift
              - if: { violated: [argues-back], met: [boundary-setting] }
                goto: check
              - goto: check
          check:
            say: Free or not?
            choices:
              - text: No, they stay at list price.
                credits: [boundary-setting]
                goto: kept
              - text: For the first month, yes.
                credits: [capitulates]
                goto: gift
          kept:
            end: resolved
          gift:
            end: lost
            breach: true
        """

    @Test func aBreachReadThenClearedAtTheCheckRecordsItsTurn() throws {
        let session = try play(scenarioText(nodes: nodes), ["[capitulates] [boundary-setting]", "1"])
        #expect(session.result.outcome == "resolved")
        #expect(session.result.clearedAtCheck == 1)
    }

    @Test func aWrongLineAtTheCheckClearsNothing() throws {
        let session = try play(scenarioText(nodes: nodes), ["[capitulates] [boundary-setting]", "2"])
        #expect(session.result.clearedAtCheck == nil)
        #expect(session.result.breach)
    }

    @Test func aCheckReachedWithoutABreachReadRecordsNothing() throws {
        // Nothing read: asked plainly, no breach to clear.
        let plain = try play(scenarioText(nodes: nodes), ["hmm", "1"])
        #expect(plain.path == ["opening", "check", "kept"])
        #expect(plain.result.clearedAtCheck == nil)
        // argues-back is no compliance breach, and no branch sends it to a breach ending.
        let soft = try play(scenarioText(nodes: nodes), ["[argues-back] [boundary-setting]", "1"])
        #expect(soft.path == ["opening", "check", "kept"])
        #expect(soft.result.clearedAtCheck == nil)
    }
}
