import Foundation
import Testing

/// Replies are committed as they are graded: a killed `defuse play` keeps them, and the report
/// shows the attempt as abandoned.
@Suite struct RecordingTests {
    let file = DefuseProcess.fixtures.appending(path: "valid/choice-walk.yaml").path

    @Test func finishedPlayIsReported() throws {
        let folder = try DefuseProcess.emptyFolder()
        let db = folder.appending(path: "r.sqlite").path
        _ = try DefuseProcess.run(
            ["play", file, "--db", db, "--name", "Ana", "--cohort", "nov"], input: "1\nok\n", in: folder)
        let report = try DefuseProcess.run(["report", "--db", db, "--format", "json"], in: folder)
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let attempt = try #require((object["attempts"] as? [[String: Any]])?.first)
        #expect(attempt["rep"] as? String == "Ana")
        #expect(attempt["cohort"] as? String == "nov")
        #expect(attempt["mode"] as? String == "practice")
        #expect(attempt["outcome"] as? String == "resolved")
        #expect(attempt["score"] as? Int == 100)
        #expect(attempt["turns"] as? Int == 2)
    }

    @Test func killedPlayKeepsItsReplyAsAbandoned() throws {
        let folder = try DefuseProcess.emptyFolder()
        let db = folder.appending(path: "r.sqlite").path
        let process = Process()
        process.executableURL = DefuseProcess.binary
        process.arguments = ["play", file, "--db", db, "--name", "Kim", "--drill"]
        process.currentDirectoryURL = folder
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("1\n".utf8))
        // Wait until the first reply is in the database, then kill without warning.
        var recorded = false
        for _ in 0..<100 where !recorded {
            Thread.sleep(forTimeInterval: 0.05)
            let report = try DefuseProcess.run(["report", "--db", db, "--format", "json"], in: folder)
            recorded = report.stdout.contains("\"turns\" : 1")
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(recorded)
        let report = try DefuseProcess.run(["report", "--db", db, "--format", "json"], in: folder)
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let attempt = try #require((object["attempts"] as? [[String: Any]])?.first)
        #expect(attempt["outcome"] as? String == "abandoned")
        #expect(attempt["turns"] as? Int == 1)
        #expect(attempt["mode"] as? String == "drill")
    }
}
