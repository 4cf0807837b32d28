import Foundation
import Testing

@testable import DefuseKit

/// `defuse test --walk` stays bounded and says when a limit stopped it.
@Suite struct PathExplorerTests {
    func scenario(_ nodes: String) throws -> Scenario {
        let document = loadScenario(scenarioText(nodes: nodes))
        return try #require(document.scenario, "\(document.diagnostics)")
    }

    /// 120 free-text nodes, three branches each to pseudo-random nodes, and an end no branch
    /// leads to: billions of paths, none finished.
    func randomGraph() throws -> Scenario {
        var seed: UInt64 = 17
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        var nodes = ""
        for index in 0..<120 {
            let id = index == 0 ? "opening" : "n\(index)"
            func target() -> String {
                let other = next(120)
                return other == 0 ? "opening" : "n\(other)"
            }
            nodes += """
                  \(id):
                    say: Line \(index).
                    expect: [apology]
                    next:
                      - if: { met: [apology] }
                        goto: \(target())
                      - if: { missed: [apology] }
                        goto: \(target())
                      - goto: \(target())

                """
        }
        nodes += """
              done:
                end: resolved

            """
        return try scenario(nodes)
    }

    @Test func aLargeGraphWithoutAReachableEndStopsAfterTheStepCap() throws {
        let report = PathExplorer(scenario: try randomGraph(), catalog: .rubric).explore()
        #expect(report.truncated)
        #expect(report.steps <= PathExplorer.maximumSteps)
        #expect(report.paths == 0)
        #expect(!report.isComplete)
        #expect(report.unreached.contains("done"))
    }

    @Test func aPathStoppedAtTheTurnCapIsSaidSo() throws {
        // A chain of 45 nodes before the end: longer than the 40-turn cap.
        var nodes = ""
        for index in 0..<45 {
            nodes += """
                  \(index == 0 ? "opening" : "n\(index)"):
                    say: Line \(index).
                    next:
                      - goto: \(index == 44 ? "done" : "n\(index + 1)")

                """
        }
        nodes += """
              done:
                end: resolved

            """
        let report = PathExplorer(scenario: try scenario(nodes), catalog: .rubric).explore()
        #expect(report.turnCapped)
        #expect(!report.truncated)
        #expect(!report.isComplete)
        #expect(report.unreached.contains("done"))
    }

    @Test func aSmallGraphIsWalkedCompletely() throws {
        let report = PathExplorer(
            scenario: try scenario(
                """
                  opening:
                    say: Hello.
                    expect: [apology]
                    next:
                      - if: { met: [apology] }
                        goto: done
                      - goto: lost
                  done:
                    end: resolved
                  lost:
                    end: lost
                  island:
                    say: Nobody comes here.
                    next:
                      - goto: done
                """), catalog: .rubric
        ).explore()
        #expect(report.isComplete)
        #expect(report.paths == 2)
        #expect(report.unreached == ["island"])
        #expect(report.steps == 3)
    }
}
