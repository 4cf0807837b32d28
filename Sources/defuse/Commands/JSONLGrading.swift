import ArgumentParser
import DefuseKit
import Dispatch
import Foundation

/// The batch form of `defuse grade`: reads JSONL, writes one compact JSON object per input
/// line in order (the contract). Lines are graded in batches spread over the processor's cores
/// and written back in input order. A line that is not a JSON object with "id" and "text" stops
/// the run after every earlier line is written, naming its line number (exit 65); a missing
/// file exits 66. Blank lines are skipped.
struct JSONLGrading {
    let grader: Grader
    let path: String
    /// Lines graded between two writes; bounds memory on large files.
    static let batchSize = 8192

    /// What one worker produced: the output of its lines, and the first bad line, if any.
    struct Chunk: Sendable {
        var output: [UInt8] = []
        var failure: (line: Int, reason: String)?
    }

    func run() throws {
        let data = try read()
        let lines = Self.lines(in: data)
        let encoder = VerdictEncoder(ids: grader.ids)
        let name = path == "-" ? "<stdin>" : path
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

    /// Grades `batch` (byte ranges with their line numbers) on every core, in order.
    private func grade(_ batch: [(range: Range<Int>, number: Int)], data: Data, encoder: VerdictEncoder)
        -> [Chunk]
    {
        // Many small chunks, handed out as threads free up: a core busy with other work slows only
        // the chunks it takes, not a fixed share of the batch.
        let workers = max(1, min(256, batch.count / 32))
        let perWorker = (batch.count + workers - 1) / workers
        var chunks = [Chunk](repeating: Chunk(), count: workers)
        let grader = self.grader
        chunks.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let results = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var chunk = Chunk()
                chunk.output.reserveCapacity(perWorker * 1200)
                data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                    let lower = worker * perWorker
                    let upper = min(batch.count, lower + perWorker)
                    guard lower < upper else { return }
                    for (range, number) in batch[lower..<upper] {
                        let line = UnsafeRawBufferPointer(rebasing: bytes[range])
                        let input: JSONLine.Input
                        if let fast = FastJSONLine.parse(line) {
                            input = fast
                        } else {
                            switch JSONLine.parseLine(Data(line)) {
                            case .success(let parsed): input = parsed
                            case .failure(let failure):
                                chunk.failure = (number, failure.reason)
                                return
                            }
                        }
                        encoder.encode(
                            input.id, grader.grade(input.text, client: input.client, explaining: false),
                            into: &chunk.output)
                    }
                }
                results[worker] = chunk
            }
        }
        return chunks
    }

    /// The byte range and 1-based number of every line that is not blank.
    static func lines(in data: Data) -> [(range: Range<Int>, number: Int)] {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var result: [(Range<Int>, Int)] = []
            var start = 0
            var number = 0
            while start < bytes.count {
                number += 1
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                if bytes[start..<end].contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) {
                    result.append((start..<end, number))
                }
                start = end + 1
            }
            return result
        }
    }

    private func read() throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        guard FileManager.default.fileExists(atPath: path) else {
            Terminal.error("no such file: \(path)")
            throw ExitCode(Sysexits.noInput)
        }
        guard let contents = FileManager.default.contents(atPath: path) else {
            Terminal.error("cannot read \(path)")
            throw ExitCode(Sysexits.noInput)
        }
        return contents
    }
}
