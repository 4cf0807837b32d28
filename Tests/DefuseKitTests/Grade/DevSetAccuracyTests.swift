import DefuseKit
import Foundation
import Testing

/// The labelled dev answers (`shared/data/answers-dev.jsonl`) must reach macro-F1 ≥ 0.92,
/// scored the way `shared/tools/grade_eval.py` scores it. Skipped where the shared folder is
/// not next to the package.
@Suite struct DevSetAccuracyTests {
    static let path: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }  // Grade, DefuseKitTests, Tests, package
        return url.deletingLastPathComponent().appending(path: "shared/data/answers-dev.jsonl").path
    }()

    static let ids = TechniqueCatalog.rubric.ids
    static let parts = ["apology", "ownership", "prevention", "thanks"]

    @Test(.enabled(if: FileManager.default.fileExists(atPath: path)))
    func macroF1() throws {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        var counts = [String: (tp: Int, fp: Int, fn: Int)]()
        for line in text.split(separator: "\n") {
            let item = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            var gold = Set(item["labels"] as? [String] ?? [])
            if Set(Self.parts).isSubset(of: gold) { gold.insert("apology-ownership-prevention-thanks") }
            let found = Set(
                shippedGrader.grade(item["text"] as? String ?? "", client: item["client"] as? String).detected
            )
            for id in Self.ids {
                var count = counts[id] ?? (0, 0, 0)
                switch (gold.contains(id), found.contains(id)) {
                case (true, true): count.tp += 1
                case (false, true): count.fp += 1
                case (true, false): count.fn += 1
                default: break
                }
                counts[id] = count
            }
        }
        let f1s = Self.ids.map { id -> Double in
            let c = counts[id] ?? (0, 0, 0)
            let precision = c.tp + c.fp == 0 ? (c.fn == 0 ? 1 : 0) : Double(c.tp) / Double(c.tp + c.fp)
            let recall = c.tp + c.fn == 0 ? 1 : Double(c.tp) / Double(c.tp + c.fn)
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
        let macro = f1s.reduce(0, +) / Double(f1s.count)
        #expect(macro >= 0.92, "macro-F1 \(macro)")
    }
}
