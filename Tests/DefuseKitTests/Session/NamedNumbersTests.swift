import Testing

@testable import DefuseKit

/// The branch condition `names_number`: which figures a reply gave, where the grader reads the
/// approved terms and the client's own alike.
@Suite struct NamedNumbersTests {
    @Test func digitsWordsAndQuotes() {
        #expect(NamedNumbers.read("12% off list, net 45, generators on usage") == [12, 45])
        #expect(NamedNumbers.read("Okay, thirty-five off and net ninety, deal") == [35, 90])
        #expect(NamedNumbers.read("thirty five and net sixty") == [35, 60])
        #expect(NamedNumbers.read("twelve percent is my best") == [12])
        #expect(NamedNumbers.read("a 1,200 dollar credit") == [1200])
        // Times and decimals are not whole numbers named.
        #expect(NamedNumbers.read("by 7:30, the 3.5 set") == [])
        // A figure the rep quotes the client as saying is not the rep's.
        #expect(NamedNumbers.read("you said “thirty-five” and I said no") == [])
    }

    static let scenario = scenarioText(
        nodes: """
              opening:
                say: Thirty-five off and net ninety. Deal?
                expect: [boundary-setting]
                next:
                  - if: { violated: [capitulates], names_number: [35], missed: [boundary-setting] }
                    goto: said-yes
                  - if: { violated: [capitulates], names_number: [12, 45] }
                    goto: asked
                  - if: { violated: [capitulates] }
                    goto: said-yes
                  - goto: asked
              said-yes:
                end: lost
              asked:
                end: exit
            """)

    @Test func branchesOnTheFiguresTheReplyNames() throws {
        #expect(try play(Self.scenario, ["[capitulates] thirty-five and net ninety"]).path.last == "said-yes")
        #expect(try play(Self.scenario, ["[capitulates] 12% and net 45"]).path.last == "asked")
        // With the limit read beside it, his figure named back is not the first branch's.
        #expect(try play(Self.scenario, ["[capitulates] [boundary-setting] not 35; 12"]).path.last == "asked")
        #expect(try play(Self.scenario, ["[capitulates] twenty-five and net sixty"]).path.last == "said-yes")
    }

    @Test func aNumberInWordsOrAnEmptyListIsAnError() {
        let words = loadScenario(
            Self.scenario.replacingOccurrences(
                of: "names_number: [12, 45]", with: "names_number: [twelve, 45]"))
        let errors = words.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.code == .wrongType)
        #expect(errors.first?.message.contains("'twelve' is not a number for 'names_number'") == true)
        let empty = loadScenario(
            Self.scenario.replacingOccurrences(of: "names_number: [35]", with: "names_number: []"))
        #expect(empty.diagnostics.contains { $0.code == .emptyList && $0.message.contains("'names_number'") })
    }

    @Test func theGraphLabelsTheNumbers() {
        let label = GraphRenderer.edgeLabel(condition: Condition(namesNumber: [12, 45]), mood: 1)
        #expect(label == "names 12 or 45 · mood +1")
    }
}
