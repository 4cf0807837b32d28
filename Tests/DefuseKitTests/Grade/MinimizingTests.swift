import DefuseKit
import Testing

/// `minimizing`: downplaying the problem or its impact.
@Suite struct MinimizingTests {
    @Test(arguments: [
        "It's not a big deal.", "its just a tray", "these things happen", "relax doc",
        "no worries, it's only a day late",
        "no harm done", "No dramas mate",
    ])
    func minimizing(_ reply: String) {
        #expect(detected(reply).contains("minimizing"))
    }

    @Test(arguments: [
        "This is a big deal and I'm treating it that way.", "It's not just a tray, it's your patient's case.",
    ])
    func notMinimizing(_ reply: String) {
        #expect(!detected(reply).contains("minimizing"))
    }

    /// Not minimizing by the rubric: a known misread of learned4's layer (p 0.83 on "one" and "it
    /// is"); learned5's retrain read it at p 0.79 on function words and the negated clause alone,
    /// which the layer did not add on; learned6 reads it at 0.78 with "big deal" among its reasons,
    /// and adds minimizing only above 0.8. Learned13's re-fit (67 sets) reads it at 0.88 on "big
    /// deal" and the negated clause, past any threshold that keeps the blind sets' shrugs.
    @Test func aFixThatIsNoBigDealIsNotMinimizing() {
        withKnownIssue("learned13: the re-fit adds minimizing at p 0.88 (Training/learned/thresholds.tsv)") {
            #expect(!detected("It's not a big deal to fix: I have one in my bag.").contains("minimizing"))
        }
    }
}
