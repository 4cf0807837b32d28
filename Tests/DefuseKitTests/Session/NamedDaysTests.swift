import Testing

@testable import DefuseKit

/// The branch condition `names_day`: a reply that already gave the day is not asked it again.
@Suite struct NamedDaysTests {
    @Test func fullNamesShortFormsAndQuotes() {
        #expect(NamedDays.read("Friday by 14:00 so SPD can process it") == ["friday"])
        #expect(
            NamedDays.read("the set's in SPD friday's afternoon, I'm in the room monday 7am") == [
                "friday", "monday",
            ])
        #expect(NamedDays.read("in SPD by fri, 2pm latest") == ["friday"])
        #expect(NamedDays.read("thurs 2pm at the desk") == ["thursday"])
        // A short form only counts where StepTime reads it as a time: "sun" and "sat" are words.
        #expect(NamedDays.read("I'll drop it off once the sun is up") == [])
        #expect(NamedDays.read("I sat with SPD this morning") == [])
        // A day the rep quotes someone else as saying is not the rep's.
        #expect(NamedDays.read("you said “sunday is fine” but I'll have it there tomorrow") == [])
        #expect(NamedDays.read("by three this afternoon") == [])
    }

    static let scenario = scenarioText(
        nodes: """
              opening:
                say: When does the set reach SPD?
                expect: [decisive-action]
                next:
                  - if: { names_day: [saturday, sunday], met: [decisive-action] }
                    goto: which-day
                  - if: { names_day: [Thursday, friday], met: [decisive-action] }
                    goto: noted
                  - if: { met: [decisive-action] }
                    goto: which-day
                  - goto: vague
              which-day:
                end: exit
              noted:
                end: resolved
              vague:
                end: lost
            """)

    @Test func branchesOnTheDayTheReplyNames() throws {
        let friday = try play(Self.scenario, ["[decisive-action] in SPD Friday by 14:00"])
        #expect(friday.path == ["opening", "noted"])
        // The list is read case-blind: "Thursday" in the file matches "thursday" typed.
        let thursday = try play(Self.scenario, ["[decisive-action] thurs 2pm"])
        #expect(thursday.path.last == "noted")
        // A weekend day is caught by the branch before, even with Friday beside it.
        let both = try play(Self.scenario, ["[decisive-action] friday, or sunday at the latest"])
        #expect(both.path.last == "which-day")
        // A time with no day goes on to the plain `met` branch; no time at all to the default.
        let noDay = try play(Self.scenario, ["[decisive-action] by 3 pm"])
        #expect(noDay.path.last == "which-day")
        let vague = try play(Self.scenario, ["friday, I guess"])
        #expect(vague.path.last == "vague")
    }

    @Test func aBadDayIsAnErrorAtItsPlace() {
        let text = Self.scenario.replacingOccurrences(
            of: "names_day: [Thursday, friday]", with: "names_day: [thursday, fri]")
        let document = loadScenario(text)
        let errors = document.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        let error = errors.first
        #expect(error?.code == .unknownValue)
        #expect(error?.message.contains("'fri' is not a day for 'names_day'") == true)
        // At the bad item itself: its line, and the column where 'fri' starts.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let expectedLine = (lines.firstIndex { $0.contains("names_day: [thursday, fri]") } ?? -1) + 1
        let expectedColumn =
            (lines[max(expectedLine - 1, 0)].range(of: "fri]")?.lowerBound.utf16Offset(
                in: lines[max(expectedLine - 1, 0)]) ?? -1) + 1
        #expect(error?.location.line == expectedLine)
        #expect(error?.location.column == expectedColumn)
    }

    @Test func anEmptyOrWrongTypedListIsAnError() {
        let empty = loadScenario(
            Self.scenario.replacingOccurrences(of: "names_day: [saturday, sunday]", with: "names_day: []"))
        #expect(
            empty.diagnostics.contains {
                $0.code == .emptyList && $0.message.contains("'names_day' is empty")
            })
        let word = loadScenario(
            Self.scenario.replacingOccurrences(of: "names_day: [saturday, sunday]", with: "names_day: friday")
        )
        #expect(word.diagnostics.contains { $0.severity == .error && $0.code == .wrongType })
    }

    @Test func theGraphLabelsTheDays() {
        let label = GraphRenderer.edgeLabel(
            condition: Condition(met: ["decisive-action"], namesDay: ["thursday", "friday"]), mood: -1)
        #expect(label == "met decisive-action · names thursday or friday · mood −1")
    }
}
