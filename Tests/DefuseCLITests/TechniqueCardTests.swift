import Foundation
import Testing

/// Issue 13, item 4: `defuse techniques ID` shows a rep the card (name, what it is, why, what to
/// say instead, good and bad examples, source); the lines for tuners (file, phrase lists, how
/// to add to them) come only with `--verbose`.
@Suite struct TechniqueCardTests {
    @Test func aRepReadsTheCardWithoutTheTunersLines() throws {
        let run = try DefuseProcess.run(["techniques", "blame-shifting"], environment: ["NO_COLOR": "1"])
        #expect(run.status == 0)
        let out = run.stdout
        #expect(out.hasPrefix("Blame shifting (blame-shifting) · a violation"), "\(out)")
        for heading in [
            "What it is:", "Why it matters:", "What to say instead:", "Good:", "Not this:", "Source:",
        ] {
            #expect(out.contains("\n\(heading)\n"), "\(heading) missing in \(out)")
        }
        #expect(out.contains("  - Not my fault, logistics packs those."), "\(out)")
        for tuning in ["phrase patterns", "Scenarios/techniques/", "extends:", "patterns:", "<built-in>"] {
            #expect(!out.contains(tuning), "\(tuning) shown without --verbose: \(out)")
        }
    }

    @Test func verboseAddsTheFileAndThePhraseLists() throws {
        let run = try DefuseProcess.run(
            ["techniques", "blame-shifting", "--verbose"], environment: ["NO_COLOR": "1"])
        #expect(run.status == 0)
        let out = run.stdout
        #expect(out.contains("\nFor tuners:\n"), "\(out)")
        #expect(out.contains("blame-shifting.yaml"), "\(out)")
        #expect(out.contains("\npatterns:\n"), "\(out)")
        #expect(out.contains("'extends: blame-shifting'"), "\(out)")
        // The card itself is still there, first.
        let card = try #require(out.range(of: "What it is:"))
        let tuners = try #require(out.range(of: "For tuners:"))
        #expect(card.lowerBound < tuners.lowerBound)
    }
}
