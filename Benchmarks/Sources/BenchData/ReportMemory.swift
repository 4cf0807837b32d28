import DefuseKit
import Foundation

/// Writes a report of a results database to standard output, either as `defuse report` did
/// before streaming (every attempt loaded, then the whole text rendered) or as it does now
/// (attempt by attempt), so peak memory can be compared in one build (`/usr/bin/time -v`).
public enum ReportMemory {
    /// The format names `defuse report --format` takes.
    public static let formats = Set(ReportFormat.allCases.map(\.rawValue))

    public static func write(_ name: String, database path: String, streaming: Bool) throws {
        let format = ReportFormat(rawValue: name) ?? .json
        let store = try ResultStore.reading(at: path)
        let options = ReportOptions()
        let out = FileHandle.standardOutput
        guard streaming else {
            let attempts = try store.attempts(detail: format.detail)
            try out.write(contentsOf: Data(ReportRenderer.render(attempts, as: format, options: options).utf8))
            return
        }
        var buffer = ""
        func emit(_ text: String, force: Bool = false) throws {
            buffer += text
            if force || buffer.utf8.count >= 1 << 20 {
                try out.write(contentsOf: Data(buffer.utf8))
                buffer = ""
            }
        }
        switch format {
        case .csv:
            try emit(CSVReport.header)
            try store.forEachAttempt(detail: .tallies) { try emit(CSVReport.row($0)) }
        case .xapi:
            var writer = XAPIReport.Writer(options: options)
            try store.forEachAttempt(detail: .tallies) { try emit(writer.element($0)) }
            try emit(writer.end())
        case .html:
            var overview = HTMLReport.Overview(options: options)
            try store.forEachAttempt(detail: .tallies) { overview.add($0) }
            try emit(overview.html())
            try store.forEachAttempt(detail: .full, newestFirst: true) {
                try emit(HTMLReport.attempt($0, options: options))
            }
            try emit(HTMLReport.ending)
        case .json:
            var writer = JSONReport.Writer(options: options)
            var bytes: [UInt8] = []
            writer.begin(into: &bytes)
            try store.forEachAttempt(detail: .full) { attempt in
                writer.append(attempt, into: &bytes)
                if bytes.count >= 1 << 20 {
                    try out.write(contentsOf: bytes)
                    bytes.removeAll(keepingCapacity: true)
                }
            }
            writer.end(into: &bytes)
            try out.write(contentsOf: bytes)
        case .table:
            try emit(TableReport.render(try store.summary(), options: options))
        }
        try emit("", force: true)
    }
}
