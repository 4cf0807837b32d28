import Foundation
import Testing

/// Bad input a user can give by mistake, found by trying the commands as a user would: each
/// gets a message naming the file, line or argument at fault and a sysexits code, and no file
/// of the user's is changed.
@Suite struct BadInputTests {
    /// A short file that is not a database (SQLite itself would take it for an empty one and
    /// write over it) given as the results database.
    @Test func aShortFileGivenAsTheDatabaseIsRefusedAndKept() throws {
        let folder = try DefuseProcess.emptyFolder()
        let notes = folder.appending(path: "notes.txt")
        try Data("call Jo\n".utf8).write(to: notes)

        let report = try DefuseProcess.run(["report", "--db", notes.path])
        #expect(report.status == 65)
        #expect(report.stderr.contains("the database at \(notes.path) is not a Defuse results database"))

        let play = try DefuseProcess.run(
            ["play", "angry-surgeon", "--name", "Ana"], input: "I'm so sorry.\n",
            environment: ["DEFUSE_DB": notes.path])
        #expect(play.status == 0, "\(play.stderr)")
        #expect(play.stderr.contains("\(notes.path) is not a Defuse results database"), "\(play.stderr)")
        #expect(try Data(contentsOf: notes) == Data("call Jo\n".utf8))
    }

    /// An endless line on standard input (`/dev/zero`, a binary file piped in) is refused once
    /// it passes 16 MB, naming the line, instead of filling memory.
    @Test func anEndlessLineOnStandardInputIsABadLine() throws {
        let result = try DefuseProcess.run(
            ["grade", "--jsonl", "-"], input: String(repeating: "x", count: (16 << 20) + 1))
        #expect(result.status == 65)
        #expect(
            result.stderr.contains("<stdin>:1: bad input line: it is longer than 16 MB"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    /// A file's lines before the long one are answered; the long one is named by number.
    @Test func aLineOver16MBInAFileIsABadLine() throws {
        let folder = try DefuseProcess.emptyFolder()
        let file = folder.appending(path: "replies.jsonl")
        var text = #"{"id": "a", "text": "I'm sorry."}"# + "\n"
        text += #"{"id": "b", "text": ""# + String(repeating: "sorry ", count: (16 << 20) / 6 + 1) + "\"}\n"
        try Data(text.utf8).write(to: file)
        let result = try DefuseProcess.run(["grade", "--jsonl", file.path])
        #expect(result.status == 65)
        #expect(
            result.stderr.contains("\(file.path):2: bad input line: it is longer than 16 MB"),
            "\(result.stderr)")
        #expect(result.lines.count == 1)
        #expect(result.lines.first?.hasPrefix(#"{"id":"a""#) == true)
    }
}
