import DefuseKit
import Testing

/// `objective-report`: a report to a manager that says what was said and done, without
/// feelings or labels. Not in the rubric's eval list, but it must exist and be gradable.
@Suite struct ObjectiveReportTests {
    @Test func existsAsTechnique() throws {
        let technique = try #require(TechniqueLibrary.builtIn.techniques.technique(id: "objective-report"))
        #expect(technique.kind == .technique)
        #expect(technique.source.hasPrefix("001_"))
        #expect(shippedGrader.ids.contains("objective-report"))
    }

    @Test(arguments: [
        "At 2:10 in the cath lab Dr. Reyes called me an idiot twice and threw the catalogue on the floor.",
        "During the in-service he said he would not work with someone like me and asked for a male rep.",
    ])
    func factual(_ reply: String) {
        #expect(detected(reply).contains("objective-report"))
    }

    @Test(arguments: [
        "He called me an idiot and I felt humiliated.",
        "She is a total monster, she always does this.",
        "It went badly.",
    ])
    func coloured(_ reply: String) {
        #expect(!detected(reply).contains("objective-report"))
    }

    /// Issue 13 (personality-clash, blind good-2): a person the reply names ("Evelyn also said
    /// …"), after a manager asks for the facts; names are lower case once read, so the pronoun
    /// patterns cannot see them.
    @Test func aNamedPersonsWordsAfterAManagersRequest() {
        let report =
            "The restock sheet was wrong this morning. Evelyn also said our styles clash and she finds my visits tiring."
        #expect(
            detected(report, client: "Walk me through what happened with Evelyn.").contains(
                "objective-report"))
        #expect(
            detected(
                "Dr. Ellery asked for forty off, net 120 and free generators. I said no.",
                client: "Tell me what happened with Ellery."
            )
            .contains("objective-report"))
        // Without a request for a report, or with a label in it, a named person's words are no report.
        #expect(!detected(report, client: nil).contains("objective-report"))
        #expect(
            !detected(
                "Evelyn said it again. She is clearly unhinged.",
                client: "Walk me through what happened with Evelyn."
            )
            .contains("objective-report"))
    }
}
