import Foundation
import Testing

/// Text from scenario and technique files reaches the terminal without its control characters
/// and escape sequences, in `graph`, `techniques ID` and `test` as in play and `list`.
@Suite struct HostileTextOutputTests {
    static let escapes = #"\e]0;pwned\a\e[2J\e[31m"#

    /// A folder whose `Scenarios/` holds a scenario and a technique full of escape sequences.
    func folder() throws -> URL {
        let folder = try DefuseProcess.emptyFolder()
        let scenarios = folder.appending(path: "Scenarios")
        try FileManager.default.createDirectory(
            at: scenarios.appending(path: "techniques"), withIntermediateDirectories: true)
        let scenario = """
            title: "Hostile \(Self.escapes) title"
            summary: "A summary \(Self.escapes)"
            persona:
              name: "Sam \(Self.escapes)"
              role: Ward manager
            start: opening
            nodes:
              opening:
                say: "Where is it? \(Self.escapes)"
                expect: [apology]
                next:
                  - if: { met: [apology] }
                    goto: done
                  - goto: done
              done:
                say: "Fine \(Self.escapes)"
                end: resolved
            tests:
              - name: "an apology \(Self.escapes) settles it"
                node: opening
                reply: "I am so sorry"
                detects: [apology]
                goto: done
            """
        try scenario.write(to: scenarios.appending(path: "hostile.yaml"), atomically: true, encoding: .utf8)
        let technique = """
            id: hostile-card
            name: "Hostile \(Self.escapes) card"
            kind: technique
            summary: "A summary \(Self.escapes)"
            why: "Because \(Self.escapes)"
            source: "somewhere \(Self.escapes)"
            good:
              - "good \(Self.escapes)"
            bad:
              - "bad \(Self.escapes)"
            patterns:
              - "zebra crossing"
            """
        try technique.write(
            to: scenarios.appending(path: "techniques/hostile-card.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test(arguments: [
        ["graph", "hostile", "--format", "dot"], ["graph", "hostile", "--format", "mermaid"],
        ["techniques", "hostile-card"], ["test"], ["test", "--walk"],
    ])
    func noEscapeSequenceReachesTheTerminal(arguments: [String]) throws {
        let result = try DefuseProcess.run(arguments, in: try folder())
        #expect(result.stdout.contains("Hostile") || result.stdout.contains("hostile"), "\(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}"), "\(result.stdout)")
        #expect(!result.stdout.contains("\u{07}"))
    }
}
