import Testing

@testable import DefuseKit

@Suite struct DiagnosticRendererTests {
    let diagnostic = Diagnostic(
        .unknownKey("tittle", in: "the scenario"),
        at: SourceLocation(file: "a.yaml", line: 2, column: 3),
        suggestion: "title")

    @Test func contractLineShape() {
        let plain = DiagnosticRenderer(showsSource: false).render(diagnostic, source: nil)
        #expect(
            plain == "a.yaml:2:3: error: unknown key 'tittle' in the scenario; did you mean 'title'? [DF102]")
    }

    @Test func caretStandsUnderTheColumn() {
        let text = "id: x\n  tittle: T\n"
        let lines = DiagnosticRenderer(showsSource: true).render(diagnostic, source: text).split(
            separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1] == "  tittle: T")
        #expect(lines[2] == "  ^")
    }
}

@Suite struct DiagnosticRendererEscapeTests {
    @Test func controlCharactersFromTheFileAreNeutralised() {
        let text = "title: x\n\u{1B}]0;owned\u{07}: 1\n"
        let document = loadScenario(text, file: "evil.yaml")
        let rendered = document.diagnostics.map {
            DiagnosticRenderer(showsSource: true).render($0, source: text)
        }
        #expect(!rendered.isEmpty)
        for line in rendered {
            #expect(!line.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        }
    }
}
