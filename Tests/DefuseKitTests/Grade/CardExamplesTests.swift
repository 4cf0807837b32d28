import DefuseKit
import Testing

/// The examples on every shipped technique card are test data: a technique's `good` replies
/// show it and its `bad` ones do not; a violation's `bad` replies commit it and its `good` ones
/// do not. (`fromle` is graded against a client line and has its own tests.)
@Suite struct CardExamplesTests {
    struct Example: Sendable, CustomTestStringConvertible {
        var id: String
        var reply: String
        var shows: Bool
        var testDescription: String { "\(id) \(shows ? "shows" : "not"): \(reply)" }
    }

    static let examples: [Example] = TechniqueLibrary.builtIn.techniques.filter { $0.id != "fromle" }.flatMap
    {
        technique in
        let isTechnique = technique.kind == .technique
        return technique.good.map { Example(id: technique.id, reply: $0, shows: isTechnique) }
            + technique.bad.map { Example(id: technique.id, reply: $0, shows: !isTechnique) }
    }

    @Test(arguments: examples)
    func cardExample(_ example: Example) {
        #expect(detected(example.reply).contains(example.id) == example.shows)
    }

    @Test func everyCardHasExamples() {
        #expect(Self.examples.count > 40)
    }
}
