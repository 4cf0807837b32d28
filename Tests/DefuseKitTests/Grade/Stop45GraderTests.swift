import Testing

@testable import DefuseKit

/// Stop 44's never-read sets, retired and read at stop 45, and the round-9 readers' findings that
/// the rules, not a phrase list, had to settle.
@Suite struct Stop45GraderTests {
    static let matchIt = "Match their price or I walk. Push your director."
    static let flashIt =
        "Processing just told me two and a half hours from the dock. I'm not starting mid-afternoon. Ring them and tell them to flash it."

    /// Review45 R26 finding 1: a reply that ends on the refused verb after a demand ("I won't
    /// push", "sorry doctor, I can't get") trapped in `RefusalRule` (a window of words after the
    /// verb clipped below its start). It is graded, and the refusal still reads as a limit.
    @Test func aReplyEndingOnTheRefusedVerbIsGraded() {
        for reply in [
            "I won't push, sorry.", "I'd rather not push", "no, I won't tell", "sorry doctor, I can't get",
            "I'm not going to push, it's your call. I just can't match it in this room.",
            "ok I'll call them and see, but I won't push",
        ] {
            for client in [Self.matchIt, Self.flashIt] {
                let found = detected(reply, client: client)
                #expect(found.isSubset(of: Set(TechniqueLibrary.builtIn.techniques.map(\.id))), "\(reply)")
            }
        }
        #expect(detected("I won't push, sorry.", client: Self.matchIt).contains("boundary-setting"))
    }

    /// Every shipped client line against short replies that end where a rule looks past a word
    /// (a refused verb, "no", "would", "but", "sorry", "any"): none traps.
    @Test func shortRepliesAfterEveryShippedLineAreGraded() {
        let library = ScenarioLibrary(
            files: LibraryLocator.builtInFiles.filter { LibraryFileKind.of($0.path) == .scenario },
            catalog: .rubric(adding: TechniqueLibrary.builtIn.techniques))
        let lines = Set(library.scenarios.flatMap { $0.nodes.values.compactMap(\.say) })
        #expect(lines.count > 200)
        let endings = [
            "I won't push", "I can't get", "no", "not", "I would", "but", "sorry", "sorry any",
            "I won't tell", "I'd rather not", "we won't", "I can't promise", "if", "would you", "no I",
            "I won't ask", "I'm not", "any", "I'll pay", "free", "label", "you",
        ]
        // Each reply is graded (a trap ends the test run) to verdicts of known techniques only.
        let known = Set(TechniqueLibrary.builtIn.techniques.map(\.id))
        var unknown: [String] = []
        for line in lines.sorted() {
            for reply in endings {
                unknown += shippedGrader.grade(reply, client: line).detected.filter { !known.contains($0) }
            }
        }
        #expect(unknown.isEmpty)
    }

    @Test func aWindowPastTheEndIsEmpty() {
        #expect(Range(from: 5, upTo: 4) == 5..<5)
        #expect(Range(from: 2, upTo: 6) == 2..<6)
        #expect(Range(from: 3, upTo: 3).isEmpty)
    }
}
