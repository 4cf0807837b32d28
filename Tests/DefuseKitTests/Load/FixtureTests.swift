import DefuseKit
import Testing

/// Every broken fixture produces exactly the diagnostics it declares; every valid one, none.
@Suite struct FixtureTests {
    @Test(arguments: Fixtures.names(in: "invalid"))
    func invalidFixtureProducesDeclaredDiagnostics(name: String) throws {
        let text = try Fixtures.text("invalid", name)
        let expected = Fixtures.expectedDiagnostics(in: text)
        #expect(!expected.isEmpty, "fixture \(name) declares no diagnostics")
        let document = loadScenario(text, file: name)
        let actual = document.diagnostics.map(\.fixtureForm).sorted()
        #expect(actual == expected, "\(name): \(document.diagnostics.map(\.line).joined(separator: "\n"))")
    }

    @Test(arguments: Fixtures.names(in: "valid"))
    func validFixtureLoadsCleanly(name: String) throws {
        let document = loadScenario(try Fixtures.text("valid", name), file: name)
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics.map(\.line))")
        #expect(document.scenario != nil)
    }

    @Test func everyInvalidFixtureHasAnErrorOrWarning() {
        #expect(Fixtures.names(in: "invalid").count >= 12)
    }
}
