import DefuseKit
import Foundation

/// Locates and reads the test fixtures folder.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Fixtures")

    static func names(in subfolder: String) -> [String] {
        let url = folder.appending(path: subfolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }

    static func text(_ subfolder: String, _ name: String) throws -> String {
        try String(contentsOf: folder.appending(path: subfolder).appending(path: name), encoding: .utf8)
    }

    /// The diagnostics a fixture declares in its own comments, as `line:col severity code`.
    static func expectedDiagnostics(in text: String) -> [String] {
        var expected: [String] = []
        var lastContentLine = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            if line.hasPrefix("#@ ") {
                expected.append(String(line.dropFirst(3)))
            } else if line.hasPrefix("#"), let caret = line.firstIndex(of: "^"),
                line[line.index(after: line.startIndex)..<caret].allSatisfy({ $0 == " " })
            {
                let column = line.distance(from: line.startIndex, to: caret) + 1
                let rest = line[line.index(after: caret)...].trimmingCharacters(in: .whitespaces)
                expected.append("\(lastContentLine):\(column) \(rest)")
            } else {
                lastContentLine = number
            }
        }
        return expected.sorted()
    }
}

extension Diagnostic {
    /// `line:col severity code`, the shape fixtures declare.
    var fixtureForm: String { "\(location.line):\(location.column) \(severity.rawValue) \(code.rawValue)" }
}

/// Loads scenario text against the rubric catalog.
func loadScenario(_ text: String, file: String = "test.yaml") -> ScenarioDocument {
    ScenarioLoader.load(text: text, file: file, context: ValidationContext(catalog: .rubric))
}

/// A small valid scenario whose nodes can be replaced to provoke one rule.
func scenarioText(nodes: String, extra: String = "") -> String {
    """
    title: Rule test
    summary: A scenario written to provoke one rule.
    persona: { name: Dr. Test, role: Surgeon, mood: 5 }
    start: opening
    \(extra)
    nodes:
    \(nodes)
    """
}
