import DefuseKit
import Testing

/// Review10 finding 15: cards print the article a `source:` cites by its title and file, not by
/// the stored file name alone, and every shipped technique and scenario cites one of the five.
@Suite struct SourceArticleTests {
    @Test func aBareFileNameBecomesTheTitleAndTheFile() {
        #expect(
            SourceArticle.describe("001_958bb338a34146a7.txt")
                == "“How Sales Managers Can Best Handle Client Terminations”, seeds/001_958bb338a34146a7.txt")
        #expect(
            SourceArticle.describe("003_2a9fd4111b3a9569.txt")
                == "an untitled article on mistakes in medical device sales, seeds/003_2a9fd4111b3a9569.txt")
    }

    @Test func theRestOfTheSourceIsKeptAndSeedsFolderDropped() {
        let source =
            "seeds/000_6ded3f9ff0aaef43.txt (drawing boundaries); seeds/004_60e86e2c64157ca5.txt (challenging)"
        #expect(
            SourceArticle.describe(source)
                == "“3 Essential Steps to Protect Medical Sales Reps from Toxic Clients”, "
                + "seeds/000_6ded3f9ff0aaef43.txt (drawing boundaries); “Are You Really Respecting Your "
                + "Customers?” (How to Develop Salespeople), seeds/004_60e86e2c64157ca5.txt (challenging)")
        let note = "Patient privacy rules (in our words); a limit said plainly: 000_6ded3f9ff0aaef43.txt"
        #expect(
            SourceArticle.describe(note).hasPrefix(
                "Patient privacy rules (in our words); a limit said plainly: “3"))
    }

    @Test func textThatCitesNoKnownArticleIsUnchanged() {
        for text in ["", "a trainer's own note", "005_0000000000000000.txt", "seeds/"] {
            #expect(SourceArticle.describe(text) == text)
        }
        #expect(SourceArticle.title(of: "005_0000000000000000.txt") == nil)
    }

    @Test func everyShippedTechniqueCitesAKnownArticle() {
        for technique in TechniqueLibrary.builtIn.techniques {
            let cited = SourceArticle.titles.filter { technique.source.contains($0.file) }
            #expect(!cited.isEmpty, "\(technique.id) cites \(technique.source)")
            #expect(SourceArticle.describe(technique.source).contains(cited.first?.title ?? "-"))
        }
    }

    @Test func everyShippedScenarioCitesOnlyKnownArticles() {
        let files = LibraryLocator.builtInFiles.map { ($0, LibraryFileKind.of($0.path)) }
        let scenarios = Workspace.load(files: files, missing: []).library.scenarios
        #expect(scenarios.count >= 20)
        for scenario in scenarios {
            let source = scenario.source ?? ""
            let named = source.split(separator: " ").filter { $0.contains(".txt") }
            #expect(!named.isEmpty, "\(scenario.id) cites no article")
            for word in named {
                let file = String(word.drop { $0 != "0" }.prefix(24))
                #expect(SourceArticle.title(of: file) != nil, "\(scenario.id) cites \(word)")
            }
        }
    }
}
