import DefuseKit

/// A deterministic library of generated scenario files for the library-scale benchmark.
///
/// Every file has ``nodeCount`` nodes: a run of free-text nodes that each expect one rubric
/// technique and branch on it, one choice node, and three endings. The files are valid
/// (`defuse validate` prints nothing), differ from each other in ids, wording and the
/// techniques asked for, and read like the shipped scenarios so the YAML parser does real work.
public enum ScenarioCorpus {
    /// Nodes per generated scenario.
    public static let nodeCount = 40

    private static let techniques = [
        "acknowledge-dont-agree", "apology", "ownership", "prevention", "thanks", "respectful-challenge",
        "boundary-setting", "graceful-exit", "decisive-action",
    ]
    private static let violations = [
        "blame-shifting", "agrees-with-insult", "argues-back", "non-apology", "minimizing", "capitulates",
    ]
    private static let lines = [
        "The tray was wrong again and my patient waited on the table for forty minutes.",
        "Your competitor would cover my Saturdays tomorrow, and you know it.",
        "I read the trial summary and the survival curve does not say what your slides say.",
        "Nobody called me back yesterday, so why should I trust a word you say today?",
        "I want the cutting blocks free from now on. Forty knees a month buys flexibility.",
        "The loaner set arrived unsterile and my nurses had to reprocess it at six in the morning.",
    ]

    /// The `index`-th scenario file (0-based), as `name` and YAML text.
    public static func file(_ index: Int) -> (name: String, text: String) {
        let id = "bench-\(pad(index, 4))"
        var rng = SplitMix(seed: UInt64(index) &+ 1)
        let freeText = nodeCount - 4
        var yaml = """
            id: \(id)
            title: Generated scenario \(index)
            summary: |
              A generated client for the library-scale benchmark, number \(index). The rep keeps
              the account through \(freeText) hard questions, a choice, and one of three endings.
            persona:
              name: Client \(index)
              role: Purchasing lead, Hospital \(index % 97)
              mood: \(3 + index % 4)
            difficulty: \(1 + index % 3)
            tags: [generated, bench, group-\(index % 10)]
            trains: [\(techniques[index % techniques.count]), \(techniques[(index + 3) % techniques.count])]
            start: n00

            nodes:

            """
        for node in 0..<freeText {
            let technique = techniques[rng.next(techniques.count)]
            let violation = violations[rng.next(violations.count)]
            let next = node + 1 < freeText ? "n\(pad(node + 1, 2))" : "pick"
            yaml += """
                  n\(pad(node, 2)):
                    say: |
                      \(lines[rng.next(lines.count)])
                      (Turn \(node) of scenario \(index).) \(lines[rng.next(lines.count)])
                    expect: [\(technique)]
                    avoid: [\(violation)]
                    hint: Answer with \(technique) and stay clear of \(violation).
                    next:
                      - if: { violated: [\(violation)] }
                        mood: +3
                        reply: "That is exactly the attitude I expected."
                        goto: walked-out
                      - if: { met: [\(technique)] }
                        mood: -1
                        reply: Fine. Go on.
                        goto: \(next)
                      - mood: +1
                        goto: \(next)

                """
        }
        yaml += """
              pick:
                say: So what happens now?
                choices:
                  - text: I will bring the replacement set myself and stay for the case.
                    credits: [ownership, decisive-action]
                    mood: -2
                    goto: kept
                  - text: The warehouse should call you back.
                    credits: [blame-shifting]
                    mood: +1
                    goto: lost-account

              kept:
                end: resolved
                say: The account stays.
                debrief: You kept the account by owning the problem and acting on it.

              lost-account:
                end: lost
                say: The next order goes to your competitor.
                debrief: Passing the problem on lost the account.

              walked-out:
                end: escalated
                say: The client walks out.
                debrief: Answering pressure with a violation ended the conversation.

            """
        return ("\(id).yaml", yaml)
    }

    /// All `count` files, as ``SourceFile`` values under `folder`.
    public static func sourceFiles(count: Int, folder: String = "bench") -> [SourceFile] {
        (0..<count).map { index in
            let (name, text) = file(index)
            return SourceFile(path: "\(folder)/\(name)", text: text)
        }
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// A small deterministic random number generator (SplitMix64), so generated data is the same
/// on every machine and every run.
public struct SplitMix: Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func nextBits() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    public mutating func next(_ bound: Int) -> Int { Int(nextBits() % UInt64(bound)) }
}
