import DefuseKit
import Testing

/// What a rep reads first in the shipped library (review11 findings 4 and 15): which endings
/// are breaches, and text that reads as written when a transcript is piped or saved.
@Suite struct ShippedEndingsAndTextTests {
    static let workspace: Workspace = {
        let files = LibraryLocator.builtInFiles.map { ($0, LibraryFileKind.of($0.path)) }
        return Workspace.load(files: files, missing: [])
    }()

    static func ending(_ scenario: String, _ node: String) -> Node? {
        workspace.library.scenario(id: scenario)?.nodes[node]
    }

    /// A line crossed is marked, whatever the kind of ending.
    @Test(arguments: [
        ("device-failure", "buried"), ("device-failure", "complaint-delayed"),
        ("gift-request", "dinner-booked"),
        ("after-hours-call", "flash-promised"), ("after-hours-call", "scrubbed-in"),
        ("competitor-badmouth", "off-the-record"), ("wrong-information", "homemade-again"),
        ("incident-report", "softened"),
        ("field-recall", "signed-unseen"), ("off-label-request", "told-him"), ("price-match", "side-deal"),
    ])
    func aLineCrossedIsABreach(scenario: String, node: String) throws {
        let ending = try #require(Self.ending(scenario, node))
        #expect(ending.kind == .end && ending.breach, "\(scenario)/\(node) should be a breach")
    }

    /// A customer who walked is `lost` without the mark, so a drill does not fail on it
    /// (the endings review11 finding 4 lists).
    @Test(arguments: [
        ("competitor-badmouth", "no-case-made"), ("scrub-nurse-blame", "cold-war"),
        ("missed-appointment", "new-rep"),
        ("missed-appointment", "half-trained"), ("oncologist-data", "nothing-to-weigh"),
        ("oncologist-data", "noncommittal"), ("off-label-request", "competitor-wins"),
        ("price-match", "loose-ends"),
        ("device-failure", "lost-the-surgeon"), ("personality-clash", "sour-ending"),
        ("key-account", "hard-stop"),
        ("after-hours-call", "wary"), ("device-failure", "boiled-over"),
        // A swap agreed to by the rep it targets (review21 B finding 5, review22 A finding 7).
        ("bias-client", "capitulated"), ("bias-age", "swapped"), ("bias-ethnicity", "swapped"),
    ])
    func aCustomerLostIsNoBreach(scenario: String, node: String) throws {
        let ending = try #require(Self.ending(scenario, node))
        #expect(ending.kind == .end && !ending.breach, "\(scenario)/\(node) is a customer lost, not a breach")
    }

    /// Every shipped drill set fails on breaches, not on every lost ending.
    @Test func everyShippedDrillFailsOnBreaches() {
        #expect(Self.workspace.drills.count >= 5)
        for drill in Self.workspace.drills {
            #expect(drill.failOn == [.breach], "\(drill.id) fails on \(drill.failOn.map(\.rawValue))")
            #expect(
                drill.summary?.contains("fail_on: [breach]") == true,
                "\(drill.id)'s summary says what fails it")
        }
    }

    /// An intro, narration or debrief is printed line for line as written in a piped or saved
    /// transcript: no line over 92 characters (a one-line narration included), and none that
    /// stops short while its paragraph goes on, the trace of a hand edit that was never
    /// reflowed (see ``wrapProblems(_:)``).
    @Test func introsNarrationsAndDebriefsAreWrapped() {
        var problems: [String] = []
        for scenario in Self.workspace.library.scenarios {
            var texts = [("summary", scenario.summary)]
            for node in scenario.orderedNodes {
                if let narrate = node.narrate { texts.append(("\(node.id).narrate", narrate)) }
                if let debrief = node.debrief { texts.append(("\(node.id).debrief", debrief)) }
            }
            for (name, text) in texts {
                problems += Self.wrapProblems(text).map { "\(scenario.id) \(name): \($0)" }
            }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    /// A line over 92 characters, or one that stops short while its paragraph goes on: under
    /// 40 characters, or short enough that the next line's first word would have fitted with
    /// 15 characters to spare under the paragraph's longest line (review12 finding 14: "His
    /// physician assistant, Jess," broken off at 56 characters in an 88-character paragraph).
    static func wrapProblems(_ text: String) -> [String] {
        var problems: [String] = []
        let lines = text.trimmingCharacters(in: .newlines).split(
            separator: "\n", omittingEmptySubsequences: false)
        let isBlank = { (line: Substring) in line.trimmingCharacters(in: .whitespaces).isEmpty }
        var paragraphWidth = 0
        for (index, line) in lines.enumerated() {
            if index == 0 || isBlank(lines[index - 1]) {
                paragraphWidth = lines[index...].prefix { !isBlank($0) }.map(\.count).max() ?? 0
            }
            guard !isBlank(line) else { continue }
            let next = index + 1 < lines.count && !isBlank(lines[index + 1]) ? lines[index + 1] : nil
            let nextWord = next?.split(separator: " ").first?.count ?? 0
            if line.count > 92 {
                problems.append("\(line.count) characters: \(line.prefix(40))…")
            } else if next != nil && (line.count < 40 || line.count + 1 + nextWord <= paragraphWidth - 15) {
                problems.append("stops short: “\(line)”")
            }
        }
        return problems
    }

    @Test func aLineBrokenOffMidParagraphIsCaught() {
        let broken = """
            not receive at weekends. His physician assistant, Jess,
            is in the meeting. Your regional manager is Carla Nguyen; company policy says reps may
            end any meeting in which they are treated with disrespect.
            """
        #expect(Self.wrapProblems(broken).count == 1)
        let reflowed = """
            not receive at weekends. His physician assistant, Jess, is in the meeting. Your regional
            manager is Carla Nguyen; company policy says reps may end any meeting in which they
            are treated with disrespect.

            A short paragraph.
            """
        #expect(Self.wrapProblems(reflowed).isEmpty, "\(Self.wrapProblems(reflowed))")
    }
}
