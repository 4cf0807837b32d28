import Foundation
import GRDB
import Testing

@testable import DefuseKit

/// The CSV, xAPI and HTML reports stream from the database as the JSON report does: the same
/// text as rendering every attempt in memory, in memory that stays flat as history grows.
@Suite struct StreamedReportTests {
    /// Writes `count` attempts of `turns` turns each, as plain SQL in one transaction (the schema
    /// from ``ResultStore``); reps, cohorts, scenarios, outcomes and abandoned attempts vary.
    func database(attempts count: Int, turns: Int = 3) throws -> String {
        let path = try DefuseProcess.emptyFolder().appending(path: "results.sqlite").path
        _ = try ResultStore(path: path)
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        try DatabaseQueue(path: path).write { db in
            for a in 0..<count {
                let started = start.addingTimeInterval(Double(a / 2) * 600)  // pairs start together
                let abandoned = a % 5 == 4
                try db.execute(
                    sql: """
                        INSERT INTO attempt (id, uuid, rep, cohort, scenario, contentHash, mode, drill, started,
                            ended, outcome, score)
                        VALUES (?, ?, ?, ?, ?, 'h', ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        a + 1, String(format: "00000000-0000-4000-8000-%012d", a), "Rep \(a % 7)",
                        a % 3 == 0 ? nil : "cohort-\(a % 2)", "scenario-\(a % 4)",
                        a % 2 == 0 ? "drill" : "practice",
                        a % 2 == 0 ? "week-1" : nil, started,
                        abandoned ? nil : started.addingTimeInterval(300),
                        abandoned ? nil : ["resolved", "lost", "escalated"][a % 3],
                        abandoned ? nil : (a * 37) % 101,
                    ])
                for t in 0..<turns {
                    let met = (a + t) % 2 == 0
                    try db.execute(
                        sql: """
                            INSERT INTO turn (attemptId, "index", node, reply, choice, detected, evidence, met,
                                missed, violations, score, moodBefore, moodAfter, branch, recorded)
                            VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, 5, 4, 0, ?)
                            """,
                        arguments: [
                            a + 1, t, "node-\(t)", "Reply \(t) of attempt \(a), sorry & <thanks>",
                            met ? "[\"apology\",\"blame-shifting\"]" : "[]",
                            met ? "{\"apology\":[\"sorry\"]}" : "{}", met ? "[\"apology\"]" : "[]",
                            met ? "[]" : "[\"apology\"]", met ? "[\"blame-shifting\"]" : "[]",
                            met ? 1.0 : 0.0,
                            started.addingTimeInterval(Double(t + 1) * 20),
                        ])
                }
            }
        }
        return path
    }

    /// The options `defuse report` uses outside a library folder: the built-in techniques' names.
    var builtInOptions: ReportOptions {
        let techniques = Workspace.load(paths: []).techniques
        return ReportOptions(
            techniqueNames: Dictionary(
                techniques.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }))
    }

    /// The report text with its generation time blanked out.
    func withoutTime(_ text: String) -> String {
        text.replacingOccurrences(
            of: #"generated [0-9T:Z-]+"#, with: "generated", options: .regularExpression)
    }

    @Test(arguments: [ReportFormat.csv, .xapi, .html])
    func aStreamedReportIsTheInMemoryReport(format: ReportFormat) throws {
        for count in [0, 1, 23] {
            let path = try database(attempts: count)
            let result = try DefuseProcess.run(["report", "--format", format.rawValue, "--db", path])
            #expect(result.status == 0, "\(result.stderr)")
            let attempts = try ResultStore.reading(at: path).attempts(detail: format.detail)
            let expected = ReportRenderer.render(attempts, as: format, options: builtInOptions)
            #expect(withoutTime(result.stdout) == withoutTime(expected), "\(format) over \(count) attempts")
        }
    }

    @Test(arguments: [ReportFormat.csv, .xapi, .html])
    func aMissingDatabaseIsAnEmptyReport(format: ReportFormat) throws {
        let path = try DefuseProcess.emptyFolder().appending(path: "none.sqlite").path
        let result = try DefuseProcess.run(["report", "--format", format.rawValue, "--db", path])
        #expect(result.status == 0)
        let expected = ReportRenderer.render([], as: format, options: builtInOptions)
        #expect(withoutTime(result.stdout) == withoutTime(expected))
    }

    /// Peak resident memory in kilobytes of `defuse arguments…`, output thrown away.
    func peakMemory(_ arguments: [String]) throws -> Int {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = [DefuseProcess.binary.path] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        // One malloc arena: how many arenas the threads of a busy machine open changes peak
        // memory by tens of megabytes from run to run, which would hide the growth measured here.
        var environment = [String]()
        var entry = environ
        while let variable = entry.pointee {
            environment.append(String(cString: variable))
            entry += 1
        }
        var cEnvironment = (environment + ["MALLOC_ARENA_MAX=1"]).map { strdup($0) } + [nil]
        defer { cEnvironment.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, DefuseProcess.binary.path, &actions, nil, &cArguments, &cEnvironment)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        #expect(status == 0)
        return usage.ru_maxrss
    }

    /// Four times the history may not cost more than a few megabytes more: before streaming,
    /// 6,000 more attempts took tens of megabytes more in each of these formats.
    @Test(arguments: [ReportFormat.csv, .xapi, .html])
    func memoryStaysFlatAsHistoryGrows(format: ReportFormat) throws {
        let small = try database(attempts: 2_000, turns: 5)
        let large = try database(attempts: 8_000, turns: 5)
        let before = try peakMemory(["report", "--format", format.rawValue, "--db", small])
        let after = try peakMemory(["report", "--format", format.rawValue, "--db", large])
        #expect(after - before < 8_000, "\(format): \(before) KB for 2,000 attempts, \(after) KB for 8,000")
    }
}
