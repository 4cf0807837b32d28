import Foundation
import Testing

@testable import DefuseKit

/// Every code's severity and name, as the program reports them, against the paragraph that
/// opens with them in `Docs/diagnostics.md` (`**DF203 technique kind mismatch** (warning).`).
@Suite struct DiagnosticDescriptorTests {
    static let guide = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appending(path: "../../../Docs/diagnostics.md").standardized

    /// `code → (title, severity)` for each documented paragraph head.
    static func documented() throws -> [String: (title: String, severity: String)] {
        let text = try String(contentsOf: guide, encoding: .utf8)
        var found: [String: (String, String)] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("**DF") {
            // **DF203 technique kind mismatch** (warning…
            let head = line.dropFirst(2)
            guard let close = head.range(of: "** (") else { continue }
            let name = head[..<close.lowerBound]
            let code = String(name.prefix(5))
            let title = String(name.dropFirst(6))
            let severity = String(head[close.upperBound...].prefix { $0.isLetter })
            found[code] = (title, severity)
        }
        return found
    }

    @Test(arguments: DiagnosticCode.allCases)
    func documentedAsTheProgramReportsIt(_ code: DiagnosticCode) throws {
        let documented = try #require(
            try Self.documented()[code.rawValue], "\(code.rawValue) has no paragraph")
        #expect(documented.title == code.descriptor.title)
        #expect(documented.severity == code.severity.rawValue)
    }

    @Test func everyDocumentedCodeExists() throws {
        let documented = try Self.documented()
        #expect(documented.count >= 30)
        for code in documented.keys {
            #expect(DiagnosticCode(rawValue: code) != nil, "\(code) is documented but not a code")
        }
    }

    @Test func aDiagnosticTakesItsCodesSeverity() {
        let at = SourceLocation(file: "a.yaml", line: 1, column: 1)
        let mismatch = DiagnosticMessage.techniqueKindMismatch(
            "a", is: .technique, in: .avoid, takes: .violation)
        #expect(Diagnostic(mismatch, at: at).severity == .warning)
        #expect(
            Diagnostic(.rubricKindMismatch("a", rubric: .technique, file: .violation), at: at).severity
                == .error)
        #expect(
            Diagnostic(.duplicateDrillSetID("w", firstIn: "b.yaml"), at: at).line
                == "a.yaml:1:1: error: drill set id 'w' is already used by b.yaml [DF206]")
    }
}
