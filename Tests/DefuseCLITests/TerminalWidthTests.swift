import Foundation
import Testing

/// Plays in tmux at the widths reps use (40, 80 and 120 columns) and reads the screen: text
/// must break between words, never inside one, and never be cut by the terminal itself.
@Suite(.serialized) struct TerminalWidthTests {
    /// The built-in scenario whose authored lines are longer than a narrow terminal.
    static let scenario = DefuseProcess.packageRoot.appending(path: "Scenarios/angry-surgeon.yaml")

    /// The words (letters only, four or more) of the scenario's summary, as authored.
    static func summaryWords() throws -> [String] {
        let text = try String(contentsOf: scenario, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("summary:") }) else { return [] }
        let body = lines[(start + 1)...].prefix { $0.hasPrefix("  ") }
        return words(in: body.joined(separator: " ")).filter { $0.count >= 4 }
    }

    static func words(in text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter }).map(String.init)
    }

    /// Problems with a screen `columns` wide: lines the terminal wrapped by itself (which cut
    /// words where the edge falls), other than the rep's own typing at a prompt.
    static func terminalWrapped(_ joined: String, columns: Int) -> [String] {
        joined.components(separatedBy: "\n").filter {
            $0.count > columns && !$0.hasPrefix("you> ") && !$0.hasPrefix("scenario> ")
        }
    }

    /// Starts `play angry-surgeon` in a window `columns` wide, with its own database and folders.
    static func playAngrySurgeon(in tmux: Tmux, columns: Int) throws {
        let folder = try DefuseProcess.emptyFolder()
        try tmux.start(
            Tmux.isolated(in: folder)
                + "'\(DefuseProcess.binary.path)' play angry-surgeon --name Ana",
            columns: columns, rows: 80)
    }

    @Test(arguments: [40, 80, 120]) func noWordIsSplitAcrossLines(columns: Int) throws {
        let tmux = Tmux()
        defer { tmux.kill() }
        try Self.playAngrySurgeon(in: tmux, columns: columns)
        let intro = try tmux.screen(containing: "you>")
        let screenWords = Set(Self.words(in: intro))
        let summary = try Self.summaryWords()
        #expect(summary.count > 30)
        for word in summary {
            #expect(
                screenWords.contains(word), "'\(word)' is split or missing at \(columns) columns:\n\(intro)")
        }
        #expect(Self.terminalWrapped(try tmux.capture(joined: true), columns: columns).isEmpty)
        #expect(intro.components(separatedBy: "\n").allSatisfy { $0.count <= columns })

        try tmux.send("C-l")
        try tmux.send("/techniques", "Enter")
        try tmux.send("/help", "Enter")
        let help = try tmux.screen(containing: "leave (Ctrl-D works too)")
        #expect(Self.terminalWrapped(try tmux.capture(joined: true), columns: columns).isEmpty, "\(help)")
        try tmux.send("Sorry, this one is on me.", "Enter")
        try tmux.send("/why", "Enter")
        let why = try tmux.screen(where: { Tmux.after($0, "/why").contains("scored") })
        #expect(Self.terminalWrapped(try tmux.capture(joined: true), columns: columns).isEmpty, "\(why)")
    }

    @Test func withoutATerminalAuthoredLinesAreKept() throws {
        let result = try DefuseProcess.run(
            ["play", "angry-surgeon"], input: "", environment: ["COLUMNS": "40"])
        let authored = try String(contentsOf: Self.scenario, encoding: .utf8).components(separatedBy: "\n")
            .first { $0.contains("10:55 on a Tuesday") }?.trimmingCharacters(in: .whitespaces)
        #expect(authored != nil)
        #expect(result.lines.contains(authored ?? "-"))
    }

    @Test func textPrintedAfterAResizeFitsTheNewWidth() throws {
        let tmux = Tmux()
        defer { tmux.kill() }
        try Self.playAngrySurgeon(in: tmux, columns: 120)
        try tmux.screen(containing: "you>")
        try tmux("resize-window", "-t", tmux.session, "-x", "40", "-y", "80")
        try tmux.send("C-l")
        try tmux.send("/techniques", "Enter")
        // `/techniques` names each card as the rep reads it; the last one listed here is non-apology.
        let cards = try tmux.screen(containing: "\(try DefuseProcess.cardName("non-apology")):")
        #expect(Self.terminalWrapped(try tmux.capture(joined: true), columns: 40).isEmpty, "\(cards)")
        #expect(cards.components(separatedBy: "\n").allSatisfy { $0.count <= 40 })
        // The card lines were wrapped, not cut: more lines than cards.
        #expect(cards.components(separatedBy: "\n").filter { !$0.isEmpty }.count > 12)
    }

    @Test func aResizeReflowsTheLineBeingAnswered() throws {
        let tmux = Tmux()
        defer { tmux.kill() }
        try Self.playAngrySurgeon(in: tmux, columns: 120)
        try tmux.screen(containing: "you>")
        try tmux("resize-window", "-t", tmux.session, "-x", "40", "-y", "80")
        // The client's line comes again, wrapped at words to 40 columns.
        let screen = try tmux.screen(where: {
            $0.components(separatedBy: "Dr. Helen Castellanos: That's").count >= 3
        })
        let joined = try tmux.capture(joined: true).components(separatedBy: "\n")
        let reprint = try #require(joined.lastIndex { $0.hasPrefix("Dr. Helen Castellanos: That's") })
        #expect(joined[reprint...].allSatisfy { $0.count <= 40 }, "\(screen)")
        #expect(joined.count - reprint > 3)
    }

    /// On a window wider than 96 columns prose still stops at 96 (long lines are hard to read
    /// back), and the rep reads each credited technique of angry-surgeon's opening with a quote
    /// of three words or more (review9 findings 13 and 14).
    @Test func aWideWindowReadsAt96ColumnsAndEachMarkQuotesWords() throws {
        let tmux = Tmux()
        defer { tmux.kill() }
        try Self.playAngrySurgeon(in: tmux, columns: 140)
        try tmux.screen(containing: "you>")
        try tmux.send("-l", EvidenceShownTests.opening)
        try tmux.send("Enter")
        let screen = try tmux.screen(where: { $0.components(separatedBy: "you>").count >= 3 })
        let lines = try tmux.capture(joined: true).components(separatedBy: "\n")
            .filter { !$0.hasPrefix("you> ") }
        #expect(lines.allSatisfy { $0.count <= 96 }, "\(screen)")
        // The summary filled the width it had, not 80 columns.
        #expect(lines.contains { $0.count > 85 }, "\(screen)")
        // Each `✓` line with the lines that continue it (indented under its text).
        var credited: [String] = []
        var continues = false
        for line in lines {
            if line.hasPrefix("  ✓") {
                credited.append(line)
                continues = true
            } else if continues, line.hasPrefix("    "), let last = credited.popLast() {
                credited.append(last + " " + line.trimmingCharacters(in: .whitespaces))
            } else {
                continues = false
            }
        }
        #expect(credited.count >= 2, "\(screen)")
        for line in credited {
            let quotes = EvidenceShownTests.quotes(line)
            #expect(quotes.contains { $0.split(separator: " ").count >= 3 }, "\(line)")
        }
    }
}
