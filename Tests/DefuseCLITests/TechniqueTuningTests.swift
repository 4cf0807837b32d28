import Foundation
import Testing

/// Tuning a technique without copying it (`extends: ID`) and reading the installed files
/// (`defuse techniques --export DIR`), as a trainer meets them.
@Suite struct TechniqueTuningTests {
    /// A folder whose `Scenarios/techniques/extra.yaml` holds `text`.
    static func folder(with text: String) throws -> URL {
        let folder = try DefuseProcess.emptyFolder()
        let techniques = folder.appending(path: "Scenarios/techniques")
        try FileManager.default.createDirectory(at: techniques, withIntermediateDirectories: true)
        try text.write(to: techniques.appending(path: "extra.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func extendsAddsPatternsAndExceptions() throws {
        let folder = try Self.folder(
            with:
                "extends: thanks\npatterns:\n  - \"ta (very much|muchly)\"\nexcept:\n  - \"thanks a bunch\"\n"
        )
        let before = try DefuseProcess.run([
            "grade", "--technique", "thanks", "Ta very much for the heads-up.",
        ])
        #expect(!before.stdout.contains("present"))
        let added = try DefuseProcess.run(
            ["grade", "--jsonl", "-"],
            input: #"{"id": "a", "text": "Ta very much for the heads-up."}"# + "\n",
            in: folder)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains(#""thanks""#))
        let excepted = try DefuseProcess.run(
            ["grade", "--jsonl", "-"], input: #"{"id": "b", "text": "Well, thanks a bunch."}"# + "\n",
            in: folder)
        let detected = try #require(
            JSONSerialization.jsonObject(with: Data(excepted.stdout.utf8)) as? [String: Any])
        #expect((detected["detected"] as? [String])?.contains("thanks") == false)
        let validate = try DefuseProcess.run(["validate"], in: folder)
        #expect(validate.status == 0, "\(validate.stdout)")
    }

    @Test func anUnknownIDIsLocatedWithASuggestion() throws {
        let folder = try Self.folder(with: "extends: thank\npatterns:\n  - \"ta\"\n")
        let validate = try DefuseProcess.run(["validate"], in: folder)
        #expect(validate.status == 65)
        #expect(
            validate.lines.contains {
                $0.hasPrefix("Scenarios/techniques/extra.yaml:1:10: error: ")
                    && $0.contains("did you mean 'thanks'?")
                    && $0.hasSuffix("[DF202]")
            }, "\(validate.stdout)")
    }

    @Test func aBadPatternIsLocated() throws {
        let folder = try Self.folder(with: "extends: thanks\npatterns:\n  - \"ta\"\n  - \"(ta|\"\n")
        let validate = try DefuseProcess.run(["validate"], in: folder)
        #expect(validate.status == 65)
        #expect(
            validate.lines.contains {
                $0.hasPrefix("Scenarios/techniques/extra.yaml:4:5: error: pattern '(ta|'")
                    && $0.hasSuffix("[DF501]")
            }, "\(validate.stdout)")
    }

    @Test func aPhraseAppendedAfterExceptIsWarned() throws {
        let folder = try Self.folder(
            with: "extends: thanks\nexcept:\n  - \"thanks a bunch\"\n  - \"cheerio then\"\n")
        let validate = try DefuseProcess.run(["validate"], in: folder)
        #expect(validate.status == 0)
        let warnings = validate.lines.filter { $0.contains(": warning: ") }
        #expect(warnings.count == 1, "\(validate.stdout)")
        #expect(
            warnings.first?.hasPrefix(
                "Scenarios/techniques/extra.yaml:4:5: warning: 'except' entry 'cheerio then'") == true)
        #expect(warnings.first?.contains("move it under 'patterns'") == true)
        #expect(warnings.first?.hasSuffix("[DF504]") == true)
    }

    @Test func noShippedTechniqueHasAnExceptionThatNeverCancels() throws {
        let validate = try DefuseProcess.run(["validate"], in: DefuseProcess.packageRoot)
        #expect(!validate.stdout.contains("[DF504]"), "\(validate.stdout)")
    }

    @Test func exportWritesTheInstalledFilesAndNeverOverwritesSilently() throws {
        let folder = try DefuseProcess.emptyFolder()
        let shipped = try FileManager.default.contentsOfDirectory(
            atPath: DefuseProcess.packageRoot.appending(path: "Scenarios/techniques").path
        ).filter { $0.hasSuffix(".yaml") }
        let export = try DefuseProcess.run(["techniques", "--export", "Scenarios/techniques"], in: folder)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.hasPrefix("wrote \(shipped.count) technique files to Scenarios/techniques"))
        let written = try FileManager.default.contentsOfDirectory(
            atPath: folder.appending(path: "Scenarios/techniques").path)
        #expect(Set(written) == Set(shipped))
        let original = try Data(
            contentsOf: DefuseProcess.packageRoot.appending(path: "Scenarios/techniques/thanks.yaml"))
        #expect(try Data(contentsOf: folder.appending(path: "Scenarios/techniques/thanks.yaml")) == original)
        // Exact copies replace nothing: no note, no duplicate.
        let validate = try DefuseProcess.run(["validate"], in: folder)
        #expect(validate.status == 0)
        #expect(!validate.stdout.contains("[DF207]") && !validate.stdout.contains("[DF502]"))

        try "changed".write(
            to: folder.appending(path: "Scenarios/techniques/thanks.yaml"), atomically: true, encoding: .utf8)
        let again = try DefuseProcess.run(["techniques", "--export", "Scenarios/techniques"], in: folder)
        #expect(again.status == 64)
        #expect(again.stderr.contains("nothing was written"))
        #expect(again.stderr.contains("--force"))
        let kept = try String(
            contentsOf: folder.appending(path: "Scenarios/techniques/thanks.yaml"), encoding: .utf8)
        #expect(kept == "changed")
        let forced = try DefuseProcess.run(
            ["techniques", "--export", "Scenarios/techniques", "--force"], in: folder)
        #expect(forced.status == 0)
        #expect(try Data(contentsOf: folder.appending(path: "Scenarios/techniques/thanks.yaml")) == original)
    }
}
