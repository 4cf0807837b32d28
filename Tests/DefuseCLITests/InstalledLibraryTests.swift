import Foundation
import Testing

/// "Where things live": the installed library is always there, `./Scenarios` and `--scenarios`
/// add to it, a file with an installed id replaces that one with a note, and `--no-builtin`
/// leaves it out. Expected ids come from this repository's `Scenarios/` folder (what the
/// binary embeds), never from the output under test.
@Suite struct InstalledLibraryTests {
    static let shipped = DefuseProcess.packageRoot.appending(path: "Scenarios")

    /// The ids of the shipped scenarios (the file name is the id of every shipped one) or drill
    /// sets.
    static func shippedIDs(under folder: String = "") throws -> Set<String> {
        let names = try FileManager.default.contentsOfDirectory(
            atPath: shipped.appending(path: folder).path)
        return Set(names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) })
    }

    /// A fresh folder in which `defuse new late-loaner` has written `Scenarios/late-loaner.yaml`.
    static func folderWithANewScenario() throws -> URL {
        let folder = try DefuseProcess.emptyFolder()
        let made = try DefuseProcess.run(["new", "late-loaner"], in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        return folder
    }

    static func listedIDs(_ arguments: [String] = [], in folder: URL) throws -> [String] {
        let result = try DefuseProcess.run(["list", "--json"] + arguments, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let array = try #require(
            JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        return array.compactMap { $0["id"] as? String }
    }

    @Test func newInAnEmptyFolderKeepsEveryInstalledScenario() throws {
        let folder = try Self.folderWithANewScenario()
        let ids = try Self.listedIDs(in: folder)
        #expect(Set(ids) == (try Self.shippedIDs()).union(["late-loaner"]))
        #expect(ids.count == Set(ids).count)
    }

    @Test func noBuiltinLeavesTheInstalledScenariosOut() throws {
        let folder = try Self.folderWithANewScenario()
        #expect(try Self.listedIDs(["--no-builtin"], in: folder) == ["late-loaner"])
        let graph = try DefuseProcess.run(["graph", "angry-surgeon", "--no-builtin"], in: folder)
        #expect(graph.status == 64)
    }

    @Test func aFileWithAnInstalledIDReplacesItWithANote() throws {
        let folder = try DefuseProcess.emptyFolder()
        let scenarios = folder.appending(path: "Scenarios")
        try FileManager.default.createDirectory(
            at: scenarios.appending(path: "drills"), withIntermediateDirectories: true)
        let original = try String(
            contentsOf: Self.shipped.appending(path: "angry-surgeon.yaml"), encoding: .utf8)
        let tuned = original.replacingOccurrences(
            of: #"(?m)^title: .*$"#, with: "title: My own surgeon", options: .regularExpression)
        #expect(tuned != original)
        try tuned.write(
            to: scenarios.appending(path: "angry-surgeon.yaml"), atomically: true, encoding: .utf8)
        try "id: first-week\ntitle: Only the surgeon\nscenarios: [angry-surgeon]\n".write(
            to: scenarios.appending(path: "drills/first-week.yaml"), atomically: true, encoding: .utf8)

        let validate = try DefuseProcess.run(["validate"], in: folder)
        #expect(validate.status == 0, "\(validate.stdout)")
        let notes = validate.lines.filter { $0.contains(": note: ") }
        #expect(notes.count == 2)
        #expect(
            notes.contains {
                $0.hasPrefix("Scenarios/angry-surgeon.yaml:")
                    && $0.hasSuffix("this file replaces the installed scenario 'angry-surgeon' [DF207]")
            })
        #expect(
            notes.contains {
                $0.hasPrefix("Scenarios/drills/first-week.yaml:1:1: note: ")
                    && $0.hasSuffix("replaces the installed drill set 'first-week' [DF207]")
            })
        #expect(!validate.stdout.contains("error:"))

        let list = try DefuseProcess.run(["list", "--json"], in: folder)
        let array = try #require(
            JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let surgeons = array.filter { $0["id"] as? String == "angry-surgeon" }
        #expect(surgeons.count == 1)
        #expect(surgeons.first?["title"] as? String == "My own surgeon")
        #expect(array.count == (try Self.shippedIDs()).count)

        let drills = try DefuseProcess.run(["list", "--drills"], in: folder)
        #expect(drills.stdout.contains("Only the surgeon"))

        // The trainer's commands say which file they used, as validate does.
        let note = "note: this file replaces the installed scenario 'angry-surgeon' [DF207]"
        let graph = try DefuseProcess.run(["graph", "angry-surgeon"], in: folder)
        #expect(graph.status == 0 && graph.stderr.contains(note), "\(graph.stderr)")
        #expect(!graph.stderr.contains("first-week"), "only the graphed scenario's note: \(graph.stderr)")
        let test = try DefuseProcess.run(["test"], in: folder)
        #expect(test.stderr.contains(note), "\(test.stderr)")
        let drillNote = "replaces the installed drill set 'first-week' [DF207]"
        #expect(test.stderr.contains(drillNote), "\(test.stderr)")
    }

    @Test func twoOwnFilesWithOneIDAreStillAnError() throws {
        let folder = try DefuseProcess.emptyFolder()
        let scenarios = folder.appending(path: "Scenarios")
        try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
        let minimal = DefuseProcess.fixtures.appending(path: "valid/minimal.yaml")
        try FileManager.default.copyItem(at: minimal, to: scenarios.appending(path: "minimal.yaml"))
        let other = try DefuseProcess.emptyFolder()
        try FileManager.default.copyItem(at: minimal, to: other.appending(path: "minimal.yaml"))
        let validate = try DefuseProcess.run(["validate", "--scenarios", other.path], in: folder)
        #expect(validate.status == 65)
        #expect(validate.stdout.contains("[DF204]"))
    }

    @Test func insideThisRepositoryNothingIsDoubledOrReplaced() throws {
        let validate = try DefuseProcess.run(["validate"], in: DefuseProcess.packageRoot)
        #expect(validate.status == 0, "\(validate.stdout)")
        for code in ["DF204", "DF206", "DF207", "DF502"] {
            #expect(!validate.stdout.contains(code))
        }
        let ids = try Self.listedIDs(in: DefuseProcess.packageRoot)
        #expect(Set(ids) == (try Self.shippedIDs()))
        #expect(ids.count == Set(ids).count)
    }

    /// Every command that takes scenarios or drill sets finds the installed ones beside a
    /// trainer's own `./Scenarios`.
    @Test(arguments: [
        ["graph", "angry-surgeon"], ["play", "field-recall"], ["techniques", "apology"],
        ["drill", "first-week"], ["test"], ["validate"],
    ])
    func everyCommandSeesTheInstalledLibraryBesideYourOwn(arguments: [String]) throws {
        let folder = try Self.folderWithANewScenario()
        let result = try DefuseProcess.run(arguments, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        // `validate` of a clean library prints only its summary, on standard error.
        #expect(!(result.stdout + result.stderr).isEmpty)
    }
}
