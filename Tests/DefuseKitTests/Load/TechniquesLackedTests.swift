import DefuseKit
import Testing

/// Review13, finding 3: wrong-information's explain-how took its `met: [prevention]` branch (mood
/// up) because the reply lacked `checkable-step`, which an earlier branch asked for; the player
/// said "your reply did everything asked". ``Node/techniquesLacked(beforeBranch:shown:)`` names
/// what the skipped branches asked for and the reply did not show.
@Suite struct TechniquesLackedTests {
    static let node: Node? = {
        loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Why should I believe you?
                        expect: [ownership, prevention]
                        next:
                          - if: { violated: [blame-shifting] }
                            goto: done
                          - if: { met: [decisive-action, thanks], mood_below: 4 }
                            mood: -2
                            goto: done
                          - if: { met: [prevention] }
                            mood: +1
                            goto: done
                          - mood: +1
                            goto: done
                      done:
                        end: resolved
                    """)
        ).scenario?.nodes["opening"]
    }()

    @Test func theEarlierBranchsMissingTechniquesAreNamed() throws {
        let node = try #require(Self.node)
        // Branch 3 (index 2) taken by a reply that showed prevention, ownership and thanks.
        #expect(
            node.techniquesLacked(beforeBranch: 2, shown: ["ownership", "prevention", "thanks"])
                == ["decisive-action"])
        // Without thanks as well, both are named, in the branch's order.
        #expect(
            node.techniquesLacked(beforeBranch: 2, shown: ["ownership", "prevention"])
                == ["decisive-action", "thanks"])
    }

    @Test func nothingIsNamedWhenTheReplyLackedNothingAskedBefore() throws {
        let node = try #require(Self.node)
        // The first branch tests only a violation; the second was skipped by the mood alone.
        #expect(node.techniquesLacked(beforeBranch: 0, shown: []).isEmpty)
        #expect(
            node.techniquesLacked(beforeBranch: 2, shown: ["decisive-action", "thanks", "prevention"]).isEmpty
        )
        // An index past the end reads every branch, and never traps.
        #expect(
            node.techniquesLacked(beforeBranch: 9, shown: ["prevention"]) == ["decisive-action", "thanks"])
    }
}
