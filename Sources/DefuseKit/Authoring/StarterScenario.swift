/// The commented starter scenario `defuse new ID` writes: small, valid, with tests that pass,
/// and comments that explain each key so a trainer can grow it into a real scenario.
public enum StarterScenario {
    public static func text(id: String) -> String {
        """
        # A starter scenario written by `defuse new`. Check it with:
        #   defuse validate Scenarios/\(id).yaml
        #   defuse test Scenarios/\(id).yaml
        #   defuse graph \(id) --format mermaid
        # The authoring guide (Docs/authoring.md) explains every key.

        id: \(id)                  # kebab-case; must match no other scenario
        title: A delayed loaner set before a knee case
        summary: |
          The loaner instruments for Dr. Ortiz's 2 pm knee replacement have not reached
          sterile processing. She calls you at 11:40.
        source: "seeds/003_2a9fd4111b3a9569.txt (mistakes in medical device sales)"
        persona:
          name: Dr. Ana Ortiz
          role: Orthopaedic surgeon
          mood: 6                 # 0 calm … 10 explosive; at 10 the scenario ends escalated
        tags: [shipping, mistakes]
        trains: [apology, ownership, decisive-action]
        difficulty: 1             # 1 first week … 3 seasoned rep
        start: opening

        nodes:
          opening:
            say: My loaner set still isn't in SPD. I start at two. What happened?
            expect: [apology, ownership, decisive-action]   # graded at this turn
            avoid: [blame-shifting, minimizing]             # each one found costs a quarter point
            hint: Say sorry, own the fix, and give her a time she can plan around.
            next:                                           # first branch whose `if` holds wins
              - if: { met: [apology, ownership], avoided: [blame-shifting] }
                mood: -3
                reply: All right. I need it by one to have it turned over in time.
                goto: confirm
              - if: { violated: [blame-shifting], met: [ownership], avoided: [minimizing] }
                mood: +1                                    # a misread is asked, not ended (DF405)
                goto: pressing
              - if: { violated: [blame-shifting, minimizing] }
                mood: +3
                goto: walked-off
              - goto: pressing                              # no `if`: always holds, always last

          pressing:
            say: That's not an answer. When will it be here?
            expect: [decisive-action]
            next:
              - if: { met: [decisive-action] }
                mood: -2
                goto: confirm
              - goto: walked-off

          confirm:
            say: Fine. And next time?
            choices:                                        # the rep picks a line by number
              - text: I'll confirm every loaner with SPD the day before your cases.
                credits: [prevention]
                mood: -2
                goto: settled
              - text: These things happen with couriers, honestly.
                credits: [minimizing]
                mood: +2
                goto: walked-off

          settled:
            say: Good. Thanks for sorting it.
            end: resolved
            debrief: You owned the delay, gave a time and promised a check that stops a repeat.

          walked-off:
            say: I'll call your manager myself.
            end: lost
            debrief: Excuses or vague promises leave a surgeon with nothing to plan around.

        tests:                                              # run with `defuse test`
          - name: an owned apology with a time calms her
            node: opening
            reply: I'm so sorry, that's on me. I'm driving the set over now and it will be in SPD by 12:30.
            detects: [apology, ownership, decisive-action]
            rejects: [blame-shifting]
            goto: confirm
          - name: the good path ends resolved
            replies:
              - I'm so sorry, that's on me. I'm driving the set over now and it will be in SPD by 12:30.
              - "1"
            path: [opening, confirm, settled]
            outcome: resolved
            score_at_least: 90

        """
    }
}
