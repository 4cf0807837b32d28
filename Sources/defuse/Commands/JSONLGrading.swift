import ArgumentParser
import DefuseKit
import Foundation

/// The batch form of `defuse grade`: reads JSONL, writes one compact JSON object per input
/// line in order (the contract), buffering output. A line that is not a JSON object with "id"
/// and "text" stops the run with its line number (exit 65); a missing file exits 66.
struct JSONLGrading {
    let grader: Grader
    let path: String

    func run() throws {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard FileManager.default.fileExists(atPath: path) else {
                Terminal.error("no such file: \(path)")
                throw ExitCode(Sysexits.noInput)
            }
            guard let contents = FileManager.default.contents(atPath: path) else {
                Terminal.error("cannot read \(path)")
                throw ExitCode(Sysexits.noInput)
            }
            data = contents
        }
        var output = Data()
        output.reserveCapacity(1 << 20)
        var lineNumber = 0
        var start = data.startIndex
        let name = path == "-" ? "<stdin>" : path
        while start < data.endIndex {
            lineNumber += 1
            let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
            let line = data[start..<end]
            start = end < data.endIndex ? end + 1 : end
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let input: JSONLine.Input
            do {
                input = try JSONLine.parse(Data(line))
            } catch {
                FileHandle.standardOutput.write(output)
                let reason =
                    switch error {
                    case .notJSON(let why), .missing(let why): why
                    }
                Terminal.error("\(name):\(lineNumber): bad input line: \(reason)")
                throw ExitCode(Sysexits.dataError)
            }
            let grade = grader.grade(input.text, client: input.client)
            output.append(contentsOf: encode(input.id, grade).utf8)
            if output.count > 1 << 20 {
                FileHandle.standardOutput.write(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        FileHandle.standardOutput.write(output)
    }

    /// `{"id":…,"detected":[…],"techniques":{…}}` and a new line.
    func encode(_ id: String, _ grade: DefuseKit.Grade) -> String {
        var out = "{\"id\":\(id),\"detected\":["
        out += grade.detected.map { "\"\($0)\"" }.joined(separator: ",")
        out += "],\"techniques\":{"
        var first = true
        for id in grader.ids {
            guard let verdict = grade.verdicts[id] else { continue }
            if !first { out += "," }
            first = false
            out += "\"\(id)\":{\"present\":\(verdict.present),\"evidence\":["
            out += verdict.evidence.map { JSONLine.quote($0.words) }.joined(separator: ",")
            out += "]}"
        }
        return out + "}}\n"
    }
}
