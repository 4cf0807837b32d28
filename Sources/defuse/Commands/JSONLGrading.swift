import ArgumentParser
import DefuseKit
import Dispatch
import Foundation
import Synchronization

/// The batch form of `defuse grade`: reads JSONL, writes one compact JSON object per input
/// line in order (the contract). Lines are graded in batches spread over the processor's cores
/// and written back in input order. A line that is not a JSON object with "id" and "text" stops
/// the run after every earlier line is written, naming its line number (exit 65); a missing
/// file exits 66. Blank lines are skipped; a line longer than 16 MB is a bad line. A file is
/// read in pieces as standard input is, so memory stays bounded however long it is.
struct JSONLGrading {
    let grader: Grader
    let path: String
    /// Client lines whose reading a worker keeps.
    static let readingsKept = 256

    /// Client lines read so far, shared by every worker of every batch: a line is read once per
    /// run, not once per worker (a worker grades only a few dozen replies, and reading a line
    /// costs as much as grading a dozen replies). Workers keep their own copies too, so the
    /// lock is taken only on a line a worker has not met yet.
    final class Readings: Sendable {
        private let known = Mutex<[String: Grader.ClientReading]>([:])

        func reading(of client: String, by grader: Grader) -> Grader.ClientReading {
            if let found = known.withLock({ $0[client] }) { return found }
            let reading = grader.read(client: client)
            known.withLock { known in
                if known.count < JSONLGrading.readingsKept { known[client] = reading }
            }
            return reading
        }
    }
    private let readings = Readings()

    /// Lines graded between two writes; bounds memory on large files.
    static let batchSize = 8192

    /// What one worker produced: the output of its lines, and the first bad line, if any.
    struct Chunk: Sendable {
        var output: [UInt8] = []
        var failure: (line: Int, reason: String)?
    }

    func run() throws {
        let encoder = VerdictEncoder(ids: grader.ids)
        if path == "-" {
            try stream(STDIN_FILENO, encoder: encoder)
            return
        }
        let file = try openFile()
        defer { close(file) }
        try stream(file, encoder: encoder)
    }

    /// The name bad lines are reported under.
    private var name: String { path == "-" ? "<stdin>" : path }

    /// Grades every complete line of `data` (numbered from `firstLine`) and writes the answers,
    /// in batches spread over the cores; stops at the first bad line.
    private func answer(_ data: Data, firstLine: Int, encoder: VerdictEncoder) throws {
        let lines = Self.lines(in: data, firstLine: firstLine)
        var start = 0
        while start < lines.count {
            let batch = Array(lines[start..<min(lines.count, start + Self.batchSize)])
            start += batch.count
            for chunk in grade(batch, data: data, encoder: encoder) {
                Terminal.write(bytes: chunk.output)
                if let failure = chunk.failure {
                    Terminal.error("\(name):\(failure.line): bad input line: \(failure.reason)")
                    throw ExitCode(Sysexits.dataError)
                }
            }
        }
    }

    /// Bytes read ahead from standard input while more is waiting, before grading them.
    static let streamBatchBytes = 4 << 20

    /// The longest line read: 16 MiB, thousands of times any reply a rep types. A longer one
    /// (a binary file, `/dev/zero` piped in) is a bad line, named before it fills memory.
    static let longestLine = 16 << 20
    static let tooLong = "it is longer than 16 MB"

    /// Whether `input` has bytes ready to read right now (a file always has, up to its end).
    private static func moreIsWaiting(_ input: Int32) -> Bool {
        var entry = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, 0) > 0 && entry.revents & Int16(POLLIN) != 0
    }

    /// Standard input is read as it arrives: the lines of each read are answered before the
    /// next read, so a program that writes one line and waits gets its answer at once, and a
    /// large pipe is still graded in parallel batches. A file (`input` opened from ``path``) is
    /// read the same way, in batches of ``streamBatchBytes``: never all of it at once.
    private func stream(_ input: Int32, encoder: VerdictEncoder) throws {
        var pending: [UInt8] = []
        // The last newline in `pending`, found in the bytes each read adds: looking through all
        // of `pending` after every read took time quadratic in the length of a long line.
        var lastNewline: Int?
        var nextLine = 1
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                if path != "-" {
                    // As when the file was read whole: a folder, or a file that cannot be read.
                    Terminal.error("cannot read \(path)")
                    throw ExitCode(Sysexits.noInput)
                }
                Terminal.error("cannot read standard input: \(String(cString: strerror(errno)))")
                throw ExitCode(Sysexits.ioError)
            }
            if count == 0 { break }
            if let found = buffer[0..<count].lastIndex(of: 0x0A) { lastNewline = pending.count + found }
            pending += buffer[0..<count]
            if lastNewline == nil && pending.count > Self.longestLine {
                Terminal.error("\(name):\(nextLine): bad input line: \(Self.tooLong)")
                throw ExitCode(Sysexits.dataError)
            }
            // More already waiting (a pipe from a file): read on, to grade in large batches.
            if pending.count < Self.streamBatchBytes && Self.moreIsWaiting(input) { continue }
            // Lines grow while they wait for their newline; answer every complete one now.
            guard let last = lastNewline else { continue }
            lastNewline = nil
            let complete = Data(pending[...last])
            pending.removeSubrange(...last)
            try answer(complete, firstLine: nextLine, encoder: encoder)
            nextLine += complete.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        }
        if !pending.isEmpty { try answer(Data(pending), firstLine: nextLine, encoder: encoder) }
    }

    /// Grades `batch` (byte ranges with their line numbers) on every core, in order.
    private func grade(_ batch: [(range: Range<Int>, number: Int)], data: Data, encoder: VerdictEncoder)
        -> [Chunk]
    {
        // Many small chunks, handed out as threads free up: a core busy with other work slows only
        // the chunks it takes, not a fixed share of the batch.
        let workers = max(1, min(256, batch.count / 32))
        let perWorker = (batch.count + workers - 1) / workers
        // Each worker hands its chunk back under a lock, once per 32 or more replies: no cost
        // that shows against writing through a shared buffer pointer (Benchmarks/unsafe-paths.sh:
        // 1.03–1.12 G against 1.06–1.16 G instructions for 51,200 chunks over runs, thread noise).
        let results = Mutex([Chunk](repeating: Chunk(), count: workers))
        let grader = self.grader
        let shared = self.readings
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var chunk = Chunk()
            // Client lines repeat across a batch (one scenario line, many replies): read each once.
            var readings: [String: Grader.ClientReading] = [:]
            // A line is the all-absent line plus its id and evidence: reserve that and a little more
            // per reply, so the chunk's buffer rarely grows (it did ~50 times in 2,000 replies at 1,200).
            chunk.output.reserveCapacity(perWorker * (encoder.emptyLineLength + 160))
            data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                let lower = worker * perWorker
                let upper = min(batch.count, lower + perWorker)
                guard lower < upper else { return }
                for (range, number) in batch[lower..<upper] {
                    guard range.count <= Self.longestLine else {
                        chunk.failure = (number, Self.tooLong)
                        return
                    }
                    let line = UnsafeRawBufferPointer(rebasing: bytes[range])
                    let input: JSONLine.Input
                    switch FastJSONLine.parse(line) {
                    case .success(let parsed): input = parsed
                    case .failure(let failure):
                        chunk.failure = (number, failure.reason)
                        return
                    }
                    let reading = input.client.map { client in
                        if let known = readings[client] { return known }
                        let reading = shared.reading(of: client, by: grader)
                        if readings.count < Self.readingsKept { readings[client] = reading }
                        return reading
                    }
                    // Written straight from the grader's board: no `Grade` is built.
                    grader.withVerdicts(input.text, client: input.client, reading: reading) { verdicts in
                        encoder.encode(input.id, verdicts, into: &chunk.output)
                    }
                }
            }
            results.withLock { $0[worker] = chunk }
        }
        return results.withLock { $0 }
    }

    /// The byte range and 1-based number of every line that is not blank.
    static func lines(in data: Data, firstLine: Int = 1) -> [(range: Range<Int>, number: Int)] {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var result: [(Range<Int>, Int)] = []
            guard let base = bytes.baseAddress else { return result }
            var start = 0
            var number = firstLine - 1
            while start < bytes.count {
                number += 1
                // memchr finds the new line; this loop runs on one core before the batch is
                // spread over all of them (a byte loop cost 1.6 k instructions a reply).
                let end =
                    memchr(base + start, 0x0A, bytes.count - start).map {
                        base.distance(to: UnsafeRawPointer($0))
                    } ?? bytes.count
                var visible = start
                while visible < end {
                    let byte = bytes[visible]
                    guard byte == 0x20 || byte == 0x09 || byte == 0x0D else { break }
                    visible += 1
                }
                if visible < end { result.append((start..<end, number)) }
                start = end + 1
            }
            return result
        }
    }

    /// ``path`` opened for reading (a file descriptor).
    private func openFile() throws -> Int32 {
        guard FileManager.default.fileExists(atPath: path) else {
            Terminal.error("no such file: \(path)")
            throw ExitCode(Sysexits.noInput)
        }
        let file = open(path, O_RDONLY | O_CLOEXEC)
        guard file >= 0 else {
            Terminal.error("cannot read \(path)")
            throw ExitCode(Sysexits.noInput)
        }
        return file
    }
}
