import Testing

@testable import DefuseKit

/// What the rules read from the client's line once per line (``Grader/ClientReading``), and the
/// early exits of ``WaivedReportRule`` and ``SelfAuthorisedTermsRule``: the verdicts must be those
/// of reading everything for every reply.
@Suite struct ClientLineReadOnceTests {
    /// ``WaivedReportRule`` leaves a reply without "no", "not" or "nothing" before reading its
    /// clauses: that holds only if every dismissal has one of them.
    @Test func everyDismissalHoldsANegator() {
        for dismissal in WaivedReportRule.dismissals {
            #expect(dismissal.contains(where: WaivedReportRule.negators.contains), "\(dismissal)")
        }
    }

    @Test(arguments: [
        ("It misfired twice on the last cartridge.", true),
        ("THE STAPLER FAILED AGAIN", true),
        ("The stapler’s reload jammed.", true),
        ("How did the visit go?", false),
        ("", false),
    ])
    func theLineNamesAProblem(_ line: String, _ names: Bool) {
        #expect(LaterReportRule.namesProblem(client: line) == names)
    }

    /// A verb of reporting alone waives a report only where the line or the reply names a problem:
    /// the same reply, after a line that names one and after one that does not.
    @Test func theProblemInTheLineStillCounts() {
        let reply = "Honestly there's no need to file anything on this one."
        #expect(
            StructureReadingTests.found(reply, "It misfired twice on the last cartridge.").contains(
                "delays-reporting"))
        #expect(!StructureReadingTests.found(reply, "How did the visit go?").contains("delays-reporting"))
    }

    /// ``SelfAuthorisedTermsRule`` reads its phrases only in a reply with a term: the rep's own
    /// authority with terms still fires, and without terms does not.
    @Test func ownAuthorityStillNeedsATerm() {
        let client = "Can you do anything on the price of these?"
        let withTerm = "I'll waive the delivery charge on my side, no need to run it past anyone."
        let without = "On my side I'll bring the new catalogue on Tuesday, no need to run it past anyone."
        #expect(StructureReadingTests.found(withTerm, client).contains("unauthorised-concession"))
        #expect(!StructureReadingTests.found(without, client).contains("unauthorised-concession"))
    }
}
