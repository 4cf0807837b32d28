import Foundation
import Testing

/// What a rep reads under a graded reply (review9 finding 13): each credited technique with
/// words that say something, not "“I'll”" or "“is a”".
@Suite struct EvidenceShownTests {
    /// The reviewer's opening reply at angry-surgeon (`/tmp/review9p/as-s.in`, line 1).
    static let opening =
        "Dr. Castellanos, I'm sorry, that's our error and the second time, which makes it worse. "
        + "Mercy has a complete 3.5 proximal tibia set they'll release to me. I can have it at your "
        + "SPD dock by 11:30, but SPD needs about two and a half hours, so realistically the set is "
        + "ready around 14:00, not noon. I'll leave now unless you want me to do something else first."

    /// The quotes (“…”) of a feedback line.
    static func quotes(_ line: String) -> [String] {
        line.components(separatedBy: "“").dropFirst().compactMap { $0.components(separatedBy: "”").first }
    }

    /// The `✓` lines printed for the first reply.
    static func credited(_ lines: [String]) -> [String] {
        let start = lines.firstIndex { $0.hasPrefix("you: ") } ?? lines.endIndex
        return lines[start...].dropFirst().prefix { $0.hasPrefix("  ") }.filter { $0.hasPrefix("  ✓") }
    }

    @Test func eachCreditedTechniqueAtTheOpeningIsQuotedWithThreeWordsOrMore() throws {
        let result = try DefuseProcess.run(["play", "angry-surgeon"], input: Self.opening + "\n")
        let credited = Self.credited(result.lines)
        #expect(credited.count >= 2, "\(result.stdout)")
        for line in credited {
            let quotes = Self.quotes(line)
            #expect(quotes.contains { $0.split(separator: " ").count >= 3 }, "\(line)")
        }
    }
}
