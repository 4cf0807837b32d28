import DefuseKit
import Testing

/// Review12 finding 12(b): a run whose reply was read as a breach, asked at a check, and cleared
/// there by a line that credits no violation records the turn of that reply.
@Suite struct ClearedAtCheckTests {
    let nodes = """
          opening:
            say: Free blocks for my Saturdays?
            expect: [boundary-setting]
            avoid: [offers-value, capitulates]
            next:
              - if: { violated: [offers-value], met: [boundary-setting] }
                goto: check
              - if: { violated: [offers-value] }
                goto: gift
              - if: { violated: [capitulates], met: [boundary-setting] }
                goto: check
              - goto: check
          check:
            say: Free or not?
            choices:
              - text: No, they stay at list price.
                credits: [boundary-setting]
                goto: kept
              - text: For the first month, yes.
                credits: [offers-value]
                goto: gift
          kept:
            end: resolved
          gift:
            end: lost
            breach: true
        """

    @Test func aBreachReadThenClearedAtTheCheckRecordsItsTurn() throws {
        let session = try play(scenarioText(nodes: nodes), ["[offers-value] [boundary-setting]", "1"])
        #expect(session.result.outcome == "resolved")
        #expect(session.result.clearedAtCheck == 1)
    }

    @Test func aWrongLineAtTheCheckClearsNothing() throws {
        let session = try play(scenarioText(nodes: nodes), ["[offers-value] [boundary-setting]", "2"])
        #expect(session.result.clearedAtCheck == nil)
        #expect(session.result.breach)
    }

    @Test func aCheckReachedWithoutABreachReadRecordsNothing() throws {
        // Nothing read: asked plainly, no breach to clear.
        let plain = try play(scenarioText(nodes: nodes), ["hmm", "1"])
        #expect(plain.result.clearedAtCheck == nil)
        // capitulates is no compliance breach and no branch sends it to a breach ending.
        let soft = try play(scenarioText(nodes: nodes), ["[capitulates] [boundary-setting]", "1"])
        #expect(soft.result.clearedAtCheck == nil)
    }
}
