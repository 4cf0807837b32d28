import DefuseKit
import Foundation
import Testing

/// `mood_floor`: in a serious scenario the client's mood never falls below it, and a file
/// whose starting mood is under its floor, or whose floor is not a mood, is refused at the key.
@Suite struct MoodFloorTests {
    let nodes = """
          opening:
            say: My patient fasted three extra hours.
            expect: [apology]
            next:
              - if: { met: [thanks] }
                goto: done
              - if: { met: [apology] }
                mood: -4
                goto: opening
              - mood: +1
                goto: opening
          done:
            end: resolved
        """

    @Test func theMoodStopsAtTheFloorHoweverGoodTheReplies() throws {
        let text = scenarioText(nodes: nodes, extra: "mood_floor: 4")
            .replacingOccurrences(of: "mood: 5 }", with: "mood: 8 }")
        let session = try play(text, ["[apology]", "[apology]", "[apology]"])
        #expect(session.scenario.moodFloor == 4)
        // 8 → 4 (not 4 then 0): every good reply after that leaves her at the floor.
        #expect(session.turns.map(\.moodAfter) == [4, 4, 4])
        #expect(session.mood == 4)
    }

    @Test func withoutAFloorTheMoodFallsToZero() throws {
        let text = scenarioText(nodes: nodes).replacingOccurrences(of: "mood: 5 }", with: "mood: 8 }")
        let session = try play(text, ["[apology]", "[apology]", "[apology]"])
        #expect(session.scenario.moodFloor == 0)
        #expect(session.turns.map(\.moodAfter) == [4, 0, 0])
    }

    @Test func aStartingMoodBelowTheFloorIsAnErrorAtTheKey() throws {
        let text = scenarioText(nodes: nodes, extra: "mood_floor: 7")
        let document = loadScenario(text)
        let error = try #require(document.diagnostics.first { $0.code == .outOfRange })
        #expect(error.message.contains("'mood_floor' is 7 but the persona's starting mood is 5"))
        // `extra` is the fifth line of the scenario text; the value starts after "mood_floor: ".
        #expect(error.location.line == 5)
        #expect(error.location.column == 13)
        #expect(document.hasErrors)
    }

    @Test func aFloorOutsideZeroToNineOrNotANumberIsAnError() throws {
        for value in ["10", "-1", "wary"] {
            let document = loadScenario(scenarioText(nodes: nodes, extra: "mood_floor: \(value)"))
            let error = try #require(document.diagnostics.first { $0.message.contains("'mood_floor'") })
            #expect(error.message.contains("whole number from 0 to 9"))
            #expect(error.location.line == 5)
        }
    }
}
