import Foundation
import PostgresTestServer
import Testing

/// `defuse review --agreement` and `--export` with the real binary, after scripted plays and
/// overrides.
@Suite struct ReviewAgreementExportTests {
    typealias Desk = ReviewCommandTests.Desk

    /// Two attempts; the trainer flips ownership at turn 1 of the first and thanks at turn 2 of
    /// the second, and agrees with everything at turn 1 of the second.
    func reviewedDesk(_ backend: StoreBackend) throws -> (Desk, [[String: Any]]) {
        let desk = try Desk(backend)
        try desk.play("Ana", ReviewCommandTests.sorry, ReviewCommandTests.plan)
        try desk.play("Ben", ReviewCommandTests.plan, ReviewCommandTests.sorry)
        let attempts = try desk.report()
        let ana = try #require(attempts[0]["id"] as? String)
        let ben = try #require(attempts[1]["id"] as? String)
        let graded = try attempts.map { try #require($0["replies"] as? [[String: Any]]) }
        let anaOwnership = (graded[0][0]["detected"] as? [String])?.contains("ownership") == true
        let benThanks = (graded[1][1]["detected"] as? [String])?.contains("thanks") == true
        for arguments in [
            [ana, "--turn", "1", "--set", "ownership=\(anaOwnership ? "absent" : "present")"],
            [ben, "--turn", "2", "--set", "thanks=\(benThanks ? "absent" : "present")"],
            [ben, "--turn", "1", "--note", "fine as it is"],
        ] {
            let result = try desk.run(["review"] + arguments + ["--by", "Kim"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        return (desk, try desk.report())
    }

    @Test(arguments: StoreBackend.tested) func agreementComparesTheGraderWithTrainersOverReviewedTurns(
        _ backend: StoreBackend
    ) throws {
        let (desk, attempts) = try reviewedDesk(backend)
        // The figures worked out here from the report: per id, the grader's verdicts
        // (graderDetected) against the trainers' (detected) over the three reviewed turns.
        let reviewed = attempts.flatMap { ($0["replies"] as? [[String: Any]]) ?? [] }
            .filter { $0["reviewed"] as? Bool == true }
        #expect(reviewed.count == 3)
        let pairs = reviewed.map { reply in
            (
                grader: Set(((reply["review"] as? [String: Any])?["graderDetected"] as? [String]) ?? []),
                trainer: Set((reply["detected"] as? [String]) ?? [])
            )
        }
        let result = try desk.run(["review", "--agreement", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["turns"] as? Int == 3)
        let techniques = try #require(object["techniques"] as? [String: [String: Any]])
        for id in ["ownership", "thanks", "apology"] {
            let tp = pairs.filter { $0.grader.contains(id) && $0.trainer.contains(id) }.count
            let fp = pairs.filter { $0.grader.contains(id) && !$0.trainer.contains(id) }.count
            let fn = pairs.filter { !$0.grader.contains(id) && $0.trainer.contains(id) }.count
            let n = Double(pairs.count)
            let figures = try #require(techniques[id])
            #expect(figures["reviewed"] as? Int == 3)
            #expect(figures["overrides"] as? Int == fp + fn)
            let precision = tp + fp == 0 ? nil : Double(tp) / Double(tp + fp)
            let recall = tp + fn == 0 ? nil : Double(tp) / Double(tp + fn)
            let observed = Double(pairs.count - fp - fn) / n
            let grader = Double(tp + fp)
            let trainer = Double(tp + fn)
            let chance = (grader * trainer + (n - grader) * (n - trainer)) / (n * n)
            let kappa = chance == 1 ? nil : (observed - chance) / (1 - chance)
            for (key, expected) in [("precision", precision), ("recall", recall), ("kappa", kappa)] {
                if let expected {
                    #expect(abs((figures[key] as? Double ?? .nan) - expected) < 1e-4, "\(id) \(key)")
                } else {
                    #expect(figures[key] is NSNull, "\(id) \(key)")
                }
            }
        }
        #expect((techniques["ownership"]?["overrides"] as? Int) == 1)
        #expect((techniques["thanks"]?["overrides"] as? Int) == 1)
        #expect(((object["overall"] as? [String: Any])?["overrides"] as? Int) == 2)
        let table = try desk.run(["review", "--agreement"]).stdout
        #expect(table.contains("over 3 reviewed turns, 2 overrides"))
        // Filters narrow the turns compared.
        let ana = try desk.run(["review", "--agreement", "--format", "json", "--name", "Ana"]).stdout
        #expect(ana.contains("\"turns\" : 1"))
    }

    static let evaluator = DefuseProcess.packageRoot.deletingLastPathComponent()
        .appending(path: "shared/tools/grade_eval.py")

    @Test(arguments: StoreBackend.tested) func exportWritesEveryReviewedTurnAsALabelledReply(
        _ backend: StoreBackend
    ) throws {
        let (desk, attempts) = try reviewedDesk(backend)
        let file = desk.folder.appending(path: "reviewed.jsonl")
        let result = try desk.run(["review", "--export", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("3 reviewed turns written"))
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        let items = try lines.map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(items.count == 3)
        var expected: [String: (text: String, labels: Set<String>, node: String, grader: Set<String>)] = [:]
        for attempt in attempts {
            let id = try #require(attempt["id"] as? String)
            for reply in (attempt["replies"] as? [[String: Any]]) ?? []
            where reply["reviewed"] as? Bool == true {
                let index = try #require(reply["index"] as? Int)
                var labels = Set((reply["detected"] as? [String]) ?? [])
                labels.remove("apology-ownership-prevention-thanks")
                var grader = Set(((reply["review"] as? [String: Any])?["graderDetected"] as? [String]) ?? [])
                grader.remove("apology-ownership-prevention-thanks")
                expected["\(id)-t\(index + 1)"] = (
                    reply["reply"] as? String ?? "", labels, reply["node"] as? String ?? "", grader
                )
            }
        }
        let clients = [
            "opening": "The implants for this morning never arrived. What happened?",
            "plan": "So what happens now? My first case is at eight.",
        ]
        for item in items {
            let id = try #require(item["id"] as? String)
            let want = try #require(expected[id])
            // The answer-set schema's five keys, and the review the labels rest on.
            #expect(Set(item.keys) == ["id", "context", "client", "text", "labels", "review"])
            let review = try #require(item["review"] as? [String: Any])
            #expect(Set((review["grader"] as? [String]) ?? []) == want.grader)
            #expect(!want.grader.isEmpty)
            #expect(review["remark"] is NSNull)
            #expect((review["reviewer"] as? String)?.isEmpty == false)
            #expect(item["context"] as? String == "service-desk")
            #expect(item["text"] as? String == want.text)
            #expect(Set((item["labels"] as? [String]) ?? []) == want.labels)
            #expect(item["client"] as? String == clients[want.node])
        }
        // The file goes straight into `grade --jsonl`.
        let graded = try desk.run(["grade", "--jsonl", file.path])
        #expect(graded.status == 0, "\(graded.stderr)")
        #expect(graded.lines.count == 3)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: evaluator.path), "needs ../shared/tools"))
    func exportRunsThroughTheEvaluationScript() throws {
        let (desk, _) = try reviewedDesk(.sqlite)
        let file = desk.folder.appending(path: "reviewed.jsonl")
        #expect(try desk.run(["review", "--export", file.path]).status == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.evaluator.path, DefuseProcess.binary.path, file.path]
        process.currentDirectoryURL = desk.folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("macro-F1:") && text.contains("over 3 replies"), "\(text)")
        // The script's exact-match share, worked out here from `grade --jsonl` on the same file.
        let graded = try desk.run(["grade", "--jsonl", file.path]).lines.map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let items = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let parts: Set<String> = ["apology", "ownership", "prevention", "thanks"]
        let rubric = parts.union([
            "acknowledge-dont-agree", "apology-ownership-prevention-thanks", "respectful-challenge",
            "boundary-setting", "graceful-exit", "decisive-action", "fromle", "blame-shifting",
            "agrees-with-insult", "argues-back", "non-apology", "minimizing", "capitulates",
        ])
        let exact = zip(items, graded).filter { item, grade in
            var gold = Set((item["labels"] as? [String]) ?? [])
            if parts.isSubset(of: gold) { gold.insert("apology-ownership-prevention-thanks") }
            return Set((grade["detected"] as? [String]) ?? []).intersection(rubric) == gold
        }.count
        #expect(text.contains(String(format: "exact-match items: %.2f", Double(exact) / 3)), "\(text)")
    }
}
