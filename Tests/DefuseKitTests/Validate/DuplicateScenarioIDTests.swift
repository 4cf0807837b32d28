import DefuseKit
import Testing

@Suite struct DuplicateScenarioIDTests {
    let body = """
        title: T
        summary: S
        persona: { name: A, role: B }
        start: done
        nodes:
          done:
            end: resolved
        """

    @Test func twoFilesWithTheSameIdAreAnError() throws {
        let library = ScenarioLibrary(
            files: [
                SourceFile(path: "a/shared.yaml", text: body),
                SourceFile(path: "b/other.yaml", text: "id: shared\n" + body),
            ], catalog: .rubric)
        let error = try #require(library.diagnostics.first { $0.code == .duplicateScenarioID })
        #expect(error.location.file == "b/other.yaml")
        #expect(error.location.line == 1)
        #expect(error.message.contains("a/shared.yaml"))
        #expect(library.scenarios.count == 1)
    }

    @Test func distinctIdsAreFine() {
        let library = ScenarioLibrary(
            files: [SourceFile(path: "one.yaml", text: body), SourceFile(path: "two.yaml", text: body)],
            catalog: .rubric)
        #expect(library.diagnostics.isEmpty)
        #expect(library.scenarios.map(\.id) == ["one", "two"])
    }
}
