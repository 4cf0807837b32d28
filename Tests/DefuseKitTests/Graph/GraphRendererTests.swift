import DefuseKit
import Testing

@Suite struct GraphRendererTests {
    func scenario() throws -> Scenario {
        try #require(
            loadScenario(try Fixtures.text("valid", "minimal.yaml"), file: "late-pump.yaml").scenario)
    }

    @Test func dotHasEveryNodeAndLabelledEdge() throws {
        let dot = GraphRenderer.render(try scenario(), as: .dot)
        #expect(dot.hasPrefix("digraph \"late-pump\" {"))
        #expect(dot.contains("\"opening\" -> \"settled\" [label=\"met apology, ownership · mood −2\"]"))
        #expect(dot.contains("\"opening\" -> \"walked-off\" [label=\"otherwise\"]"))
        #expect(dot.contains("shape=doubleoctagon"))
        #expect(dot.contains("[resolved]"))
        #expect(dot.hasSuffix("}\n"))
    }

    @Test func mermaidUsesSafeNodeNamesAndEndingClasses() throws {
        let mermaid = GraphRenderer.render(try scenario(), as: .mermaid)
        #expect(mermaid.contains("flowchart TD"))
        #expect(mermaid.contains("n0 -->|\"met apology, ownership · mood −2\"| n1"))
        #expect(mermaid.contains(":::lost"))
        #expect(mermaid.contains("classDef resolved"))
        #expect(!mermaid.contains("walked-off -->"))
    }
}
