import Testing

@testable import DefuseKit

/// Technique files: loading, located diagnostics (DF501, DF502 and the shared shape checks),
/// replacing a built-in by id, and the workspace wiring.
@Suite struct TechniqueLoadingTests {
    static let minimal = """
        id: gentle-close
        name: Gentle close
        kind: technique
        summary: Ends warmly.
        source: 001_958bb338a34146a7.txt
        patterns:
          - "have a (good|great) (day|one)"
        """

    func load(_ files: [(String, String)]) -> TechniqueLibrary {
        TechniqueLibrary(files: files.map { SourceFile(path: $0.0, text: $0.1) }, checkRubric: false)
    }

    @Test func shippedTechniquesCoverTheRubric() {
        let library = TechniqueLibrary.builtIn
        #expect(library.diagnostics.isEmpty, "\(library.diagnostics.map(\.line))")
        for id in TechniqueCatalog.rubric.ids {
            #expect(
                library.techniques.technique(id: id)?.kind == TechniqueCatalog.rubric.kind(of: id), "\(id)")
        }
        for technique in library.techniques {
            #expect(!technique.summary.isEmpty && !technique.why.isEmpty, "\(technique.id) needs a card")
            #expect(technique.source.hasSuffix(".txt"), "\(technique.id) cites a seed file")
        }
    }

    @Test func loadsANewTechnique() throws {
        let library = load([("t/techniques/gentle-close.yaml", Self.minimal)])
        #expect(library.diagnostics.isEmpty)
        let grader = Grader(techniques: library.techniques)
        #expect(grader.grade("thanks, have a great day", client: nil).isPresent("gentle-close"))
    }

    @Test func badPatternIsLocated() throws {
        let text = Self.minimal + "\n  - \"(oops\"\n"
        let library = load([("t/techniques/gentle-close.yaml", text)])
        let diagnostic = try #require(library.diagnostics.first)
        #expect(diagnostic.code == .badPattern)
        #expect(diagnostic.location.line == 8)
        #expect(diagnostic.location.column == 5)
    }

    @Test func aRubricIDWithTheOtherKindIsDF503() throws {
        let shipped = LibraryLocator.builtInFiles.filter { LibraryFileKind.of($0.path) == .technique }
        let flipped = Self.minimal.replacingOccurrences(of: "id: gentle-close", with: "id: apology")
            .replacingOccurrences(of: "kind: technique", with: "kind: violation")
        let library = TechniqueLibrary(
            files: shipped + [SourceFile(path: "t/techniques/apology.yaml", text: flipped)])
        // Besides the note that the file replaces the installed 'apology' (DF207).
        let problems = library.diagnostics.filter { $0.code != .replacesInstalled }
        #expect(library.diagnostics.count == problems.count + 1)
        let diagnostic = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(
            diagnostic.line
                == "t/techniques/apology.yaml:1:5: error: 'apology' is a technique in the rubric, not a violation [DF503]"
        )
    }

    @Test func duplicateIDInOneOrigin() throws {
        let library = load([("a/techniques/x.yaml", Self.minimal), ("a/techniques/y.yaml", Self.minimal)])
        #expect(library.diagnostics.map(\.code) == [.duplicateTechniqueID])
        #expect(library.diagnostics.first?.location.file == "a/techniques/y.yaml")
    }

    @Test func diskFileReplacesBuiltIn() throws {
        let builtIn = Self.minimal
        let tuned = Self.minimal.replacingOccurrences(of: "have a (good|great) (day|one)", with: "cheerio")
        let library = load([
            ("<built-in>/techniques/g.yaml", builtIn), ("Scenarios/techniques/g.yaml", tuned),
        ])
        // Replacing an installed technique is worth a note, not a problem.
        #expect(library.diagnostics.map(\.severity) == [.note])
        #expect(library.diagnostics.map(\.code) == [.replacesInstalled])
        #expect(library.diagnostics.first?.location.file == "Scenarios/techniques/g.yaml")
        let grader = Grader(techniques: library.techniques)
        #expect(grader.grade("cheerio then", client: nil).isPresent("gentle-close"))
        #expect(!grader.grade("have a good day", client: nil).isPresent("gentle-close"))
    }

    @Test func aDiskCopyOfTheBuiltInLibraryIsReadOnceAndStillWins() {
        let builtIn = LibraryLocator.builtInFiles.filter { LibraryFileKind.of($0.path) == .technique }
        let copies = builtIn.map {
            SourceFile(
                path: $0.path.replacingOccurrences(of: "<built-in>", with: "Scenarios"), bytes: $0.bytes)
        }
        let alone = TechniqueLibrary(files: builtIn)
        let both = TechniqueLibrary(files: builtIn + copies)
        #expect(both.diagnostics.isEmpty)
        #expect(both.techniques.map(\.id) == alone.techniques.map(\.id))
        #expect(both.techniques.allSatisfy { $0.file.hasPrefix("Scenarios/") })
        #expect(both.techniques.map(\.phrases) == alone.techniques.map(\.phrases))
    }

    @Test func aBrokenFileRepeatedIsReportedAtEveryCopy() {
        let text = Self.minimal + "\n  - \"(oops\"\n"
        let library = load([("a/techniques/g.yaml", text), ("b/techniques/g.yaml", text)])
        #expect(
            library.diagnostics.filter { $0.code == .badPattern }.map(\.location.file) == [
                "a/techniques/g.yaml", "b/techniques/g.yaml",
            ])
    }

    @Test func shapeProblemsUseTheSharedCodes() {
        let text = "id: Bad_ID\nname: x\nkind: trick\npatern: [a]\n"
        let codes = Set(load([("t/techniques/b.yaml", text)]).diagnostics.map(\.code))
        #expect(codes.isSuperset(of: [.badIdentifier, .unknownValue, .unknownKey]))
    }

    @Test func workspaceLoadsTechniqueFiles() {
        let workspace = Workspace.load(
            files: [(SourceFile(path: "lib/techniques/gentle-close.yaml", text: Self.minimal), .technique)],
            missing: [])
        #expect(workspace.catalog.contains("gentle-close"))
        #expect(TechniqueCatalog.rubric.ids.allSatisfy(workspace.catalog.contains))
        #expect(workspace.techniques.technique(id: "apology") != nil)
        #expect(workspace.grader.grade("have a good one", client: nil).isPresent("gentle-close"))
        #expect(workspace.texts["lib/techniques/gentle-close.yaml"] != nil)
    }

    @Test func workspaceReportsTechniqueDiagnostics() {
        let workspace = Workspace.load(
            files: [
                (SourceFile(path: "lib/techniques/bad.yaml", text: "id: bad\nkind: technique\n"), .technique)
            ],
            missing: [])
        #expect(workspace.otherDiagnostics.contains { $0.code == .missingKey })
    }
}
