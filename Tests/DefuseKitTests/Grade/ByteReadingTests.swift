import Foundation
import Testing

@testable import DefuseKit

/// The start-up readers that work on bytes for speed agree with the `Character` and
/// `Double(_:)` readings they replace.
@Suite struct ByteReadingTests {
    /// Texts that take every branch of ``SplitText``: curly marks, Latin-1 letters, a CR LF (one
    /// `Character`), a combining accent, an emoji, signs that are not letters.
    static let texts = [
        "Dr. Okafor: “The Meridian rep said so.” Ask Halvern’s team (they’re 11% under you)!",
        "Café owners — the Señor rep… it's “fine”; no? Yes.\nNext line ‘quoted’ × 3 ÷ 2",
        "Line one.\r\nLine Two Meridian rep",
        "Cafe\u{301} Meridian rep; naïve Zo\u{308}e rep",
        "Hello 👋🏽 Meridian rep, well-known 3.5 set",
        "", "...", "A", "  spaced   out  ",
    ]

    @Test func splittingByBytesAgreesWithCharacters() throws {
        var read = 0
        for text in Self.texts {
            if let bytes = SplitText.byBytes(text) {
                #expect(bytes == SplitText.byCharacters(text), "\(text)")
                read += 1
            }
            #expect(SplitText(text) == SplitText.byCharacters(text), "\(text)")
        }
        // The CR LF, combining accents and emoji are left to the Character reading.
        #expect(SplitText.byBytes(Self.texts[2]) == nil)
        #expect(SplitText.byBytes(Self.texts[3]) == nil)
        #expect(SplitText.byBytes(Self.texts[4]) == nil)
        #expect(read == Self.texts.count - 3)
    }

    @Test func everyShippedScenarioTextSplitsByBytesAsByCharacters() throws {
        let library = ScenarioLibrary(
            files: LibraryLocator.builtInFiles.filter { LibraryFileKind.of($0.path) == .scenario },
            catalog: .rubric(adding: TechniqueLibrary.builtIn.techniques))
        var texts: [String] = []
        for scenario in library.scenarios {
            texts.append(scenario.summary)
            for node in scenario.nodes.values {
                texts += [node.say, node.narrate, node.hint, node.model, node.debrief].compactMap { $0 }
            }
        }
        #expect(texts.count > 100)
        for text in texts {
            let bytes = try #require(SplitText.byBytes(text), "\(text)")
            #expect(bytes == SplitText.byCharacters(text), "\(text)")
        }
    }

    @Test func weightsReadAsBytesEqualDoubleParsing() throws {
        let cells = [
            "0.07", "-0.07", "1.25", "-6", "0", "-0", "0.1", "0.3", "2.675", "123456789012345",
            "0.000000000000001", "1e-2", "1.", "+2", ".5", "1234567890123456789", "0.12345678901234567",
        ]
        let ids = cells.indices.map { "id\($0)" }
        let row = zip(ids, cells).map { "\($0)=\($1)" }.joined(separator: " ")
        let model = try LearnedModel(parsing: "ids \(ids.joined(separator: " "))\nbias\t\(row)\n")
        for (column, cell) in cells.enumerated() {
            let expected = try #require(Double(cell))
            #expect(model.weights[column].bitPattern == expected.bitPattern, "\(cell)")
        }
    }

    @Test func aBadWeightStillNamesItsLineAndCell() {
        for (text, reason) in [
            ("ids a b\nbias\ta=1 b=x\n", "line 2: 'b=x' is not ID=WEIGHT for a listed id"),
            ("ids a\nbias\tc=1\n", "line 2: 'c=1' is not ID=WEIGHT for a listed id"),
            ("ids a\nbias\ta=inf\n", "line 2: 'a=inf' is not ID=WEIGHT for a listed id"),
            ("# c\nbias\ta=1\n", "line 2: weights before the 'ids' line"),
            ("ids a\nw:x\ta=1\n", "line 2: the first row must be 'bias'"),
            ("ids a\n\nsomething else\n", "line 3: unknown line 'something else'"),
        ] {
            #expect(throws: LearnedModel.FormatError.self) { try LearnedModel(parsing: text) }
            do {
                _ = try LearnedModel(parsing: text)
            } catch {
                #expect(error.description == reason)
            }
        }
    }
}
