import ArgumentParser
import DefuseKit
import Foundation

/// The batch form of `defuse grade`: reads JSONL, writes one compact JSON object per input
/// line in order (the contract), into a byte buffer flushed every megabyte. A line that is not
/// a JSON object with "id" and "text" stops the run with its line number (exit 65); a missing
/// file exits 66. Blank lines are skipped.
struct JSONLGrading {
    let grader: Grader
    let path: String

    func run() throws {
        let data = try read()
        let keys = grader.ids.map { Array("\"\($0)\":{\"present\":".utf8) }
        let absent = grader.ids.map { Array("\"\($0)\":{\"present\":false,\"evidence\":[]}".utf8) }
        let quotedIDs = grader.ids.map { Array("\"\($0)\"".utf8) }
        var output: [UInt8] = []
        output.reserveCapacity(1 << 21)
        var lineNumber = 0
        let name = path == "-" ? "<stdin>" : path
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var start = 0
            while start < bytes.count {
                lineNumber += 1
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                let line = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                let input: JSONLine.Input
                if let fast = FastJSONLine.parse(line) {
                    input = fast
                } else {
                    switch JSONLine.parseLine(Data(line)) {
                case .success(let parsed): input = parsed
                case .failure(let failure):
                    flush(&output)
                    Terminal.error("\(name):\(lineNumber): bad input line: \(failure.reason)")
                    throw ExitCode(Sysexits.dataError)
                    }
                }
                let grade = grader.grade(input.text, client: input.client)
                encode(input.id, grade, keys: keys, absent: absent, quotedIDs: quotedIDs, into: &output)
                if output.count > 1 << 20 { flush(&output) }
            }
        }
        flush(&output)
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

    private func flush(_ output: inout [UInt8]) {
        guard !output.isEmpty else { return }
        FileHandle.standardOutput.write(Data(output))
        output.removeAll(keepingCapacity: true)
    }

    /// `{"id":…,"detected":[…],"techniques":{…}}` and a new line.
    func encode(
        _ id: String, _ grade: DefuseKit.Grade, keys: [[UInt8]], absent: [[UInt8]], quotedIDs: [[UInt8]],
        into out: inout [UInt8]
    ) {
        out += #"{"id":"#.utf8
        out += id.utf8
        out += #","detected":["#.utf8
        var first = true
        for (position, verdict) in grade.all.enumerated() where verdict.present {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            out += quotedIDs[position]
        }
        out += #"],"techniques":{"#.utf8
        for (position, verdict) in grade.all.enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            guard verdict.present || !verdict.evidence.isEmpty else {
                out += absent[position]
                continue
            }
            out += keys[position]
            out += verdict.present ? "true".utf8 : "false".utf8
            out += #","evidence":["#.utf8
            for (index, evidence) in verdict.evidence.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONLine.appendQuoted(evidence.words, to: &out)
            }
            out += "]}".utf8
        }
        out += "}}\n".utf8
    }
}
