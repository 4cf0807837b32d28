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
        "It's not a big deal to fix: I have one in my bag.",
    ])
    func notMinimizing(_ reply: String) {
        #expect(!detected(reply).contains("minimizing"))
    }
}
