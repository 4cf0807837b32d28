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
        ("competitor-badmouth", "off-the-record"), ("bias-client", "capitulated"), ("bias-age", "swapped"),
        ("bias-ethnicity", "swapped"), ("wrong-information", "homemade-again"),
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
    /// stops short (under 40) while its paragraph goes on, the trace of a hand edit that was
    /// never reflowed.
    @Test func introsNarrationsAndDebriefsAreWrapped() {
        var problems: [String] = []
        for scenario in Self.workspace.library.scenarios {
            var texts = [("summary", scenario.summary)]
            for node in scenario.orderedNodes {
                if let narrate = node.narrate { texts.append(("\(node.id).narrate", narrate)) }
                if let debrief = node.debrief { texts.append(("\(node.id).debrief", debrief)) }
            }
            for (name, text) in texts {
                let lines = text.trimmingCharacters(in: .newlines).split(
                    separator: "\n", omittingEmptySubsequences: false)
                for (index, line) in lines.enumerated() {
                    let continues =
                        index + 1 < lines.count
                        && !lines[index + 1].trimmingCharacters(in: .whitespaces).isEmpty
                    if line.count > 92 {
                        problems.append(
                            "\(scenario.id) \(name): \(line.count) characters: \(line.prefix(40))…")
                    } else if continues && !line.trimmingCharacters(in: .whitespaces).isEmpty
                        && line.count < 40
                    {
                        problems.append("\(scenario.id) \(name): stops short: “\(line)”")
                    }
                }
            }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
}
