import DefuseKit
import Foundation
import Testing

/// Hostile or broken files get one located error, never a crash, hang or unbounded memory.
@Suite struct HostileInputTests {
    func load(bytes: [UInt8]) -> ScenarioDocument {
        ScenarioLoader.load(
            SourceFile(path: "hostile.yaml", bytes: bytes), context: ValidationContext(catalog: .rubric))
    }

    func onlyError(_ document: ScenarioDocument) throws -> Diagnostic {
        #expect(document.scenario == nil)
        #expect(document.diagnostics.count == 1)
        return try #require(document.diagnostics.first)
    }

    @Test func emptyFile() throws {
        #expect(try onlyError(load(bytes: [])).code == .emptyFile)
        #expect(try onlyError(load(bytes: Array("# only a comment\n\n".utf8))).code == .emptyFile)
    }

    @Test func invalidUTF8IsLocated() throws {
        let error = try onlyError(load(bytes: Array("title: ok\nsummary: caf".utf8) + [0xC3, 0x28]))
        #expect(error.code == .invalidEncoding)
        #expect(error.location.line == 2)
        #expect(error.location.column == 13)
    }

    @Test func binaryJunkIsRejected() throws {
        var generator = SystemRandomNumberGenerator()
        let junk = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let error = try onlyError(load(bytes: junk))
        #expect([.invalidEncoding, .notYAML].contains(error.code))
        let nul = try onlyError(load(bytes: Array("title: a\u{0}b".utf8)))
        #expect(nul.code == .invalidEncoding)
    }

    @Test func hundredThousandBracketsAreRejectedQuickly() throws {
        let error = try onlyError(load(bytes: Array(String(repeating: "[", count: 100_000).utf8)))
        #expect(error.code == .nestingTooDeep)
        let mappings = try onlyError(load(bytes: Array(String(repeating: "{a: ", count: 100_000).utf8)))
        #expect(mappings.code == .nestingTooDeep)
    }

    @Test func deepBlockNestingIsRejected() throws {
        let dashes = try onlyError(load(bytes: Array((String(repeating: "- ", count: 100_000) + "x").utf8)))
        #expect(dashes.code == .nestingTooDeep)
        var indented = ""
        for depth in 0..<2000 { indented += String(repeating: " ", count: depth) + "k\(depth):\n" }
        #expect(try onlyError(load(bytes: Array(indented.utf8))).code == .nestingTooDeep)
    }

    @Test func aliasBombIsStopped() throws {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...12 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        let error = try onlyError(load(bytes: Array(text.utf8)))
        #expect(error.code == .aliasExpansion)
        #expect(error.message.contains("anchors and aliases"))
    }

    @Test func aLargeFileWithoutAnchorsIsNotBlamedOnAnchors() throws {
        let text = "title: many\nlist:\n" + String(repeating: "  - 1\n", count: 210_000)
        let error = try onlyError(load(bytes: Array(text.utf8)))
        #expect(error.code == .aliasExpansion)
        #expect(error.message.contains("more than 200000 values"), "\(error.message)")
        #expect(!error.message.contains("anchor"), "\(error.message)")
    }

    @Test func multiMegabyteFileIsRefused() throws {
        let big = "title: " + String(repeating: "x", count: 5_000_000)
        let error = try onlyError(load(bytes: Array(big.utf8)))
        #expect(error.code == .fileTooLarge)
        #expect(error.message.contains("MB"))
    }

    @Test func largeButLegalFileLoads() {
        var nodes = ""
        for index in 0..<400 {
            nodes +=
                "  n\(index):\n    say: Line \(index) of a long scenario.\n    next:\n      - goto: n\(index + 1)\n"
        }
        nodes += "  n400:\n    end: resolved\n"
        let text =
            "title: Long\nsummary: Many nodes.\npersona: {name: A, role: B}\nstart: n0\nnodes:\n" + nodes
        let document = load(bytes: Array(text.utf8))
        #expect(document.diagnostics.isEmpty)
        #expect(document.scenario?.nodes.count == 401)
    }

    @Test func notYAMLIsLocated() throws {
        let error = try onlyError(load(bytes: Array("title: a\n  bad: [\n: :\n".utf8)))
        #expect(error.code == .notYAML)
        #expect(error.location.line >= 2)
    }

    @Test func byteOrderMarkIsAccepted() {
        let text =
            "title: T\nsummary: S\npersona: {name: A, role: B}\nstart: d\nnodes:\n  d:\n    end: exit\n"
        let document = load(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(document.diagnostics.isEmpty)
    }
}
