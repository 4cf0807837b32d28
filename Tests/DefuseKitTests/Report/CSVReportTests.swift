import DefuseKit
import Foundation
import Testing

@Suite struct CSVReportTests {
    @Test func roundTripsThroughAStrictRFC4180Parser() throws {
        let awkward = [
            "Plain", "Comma, Ana", "Quote \"Q\" Ben", "Line\nbreak", "CR\r\nLF", " leading", "trailing ",
            "Ünïcødé 🙂", ReportFixtures.hostile, "",
        ]
        let attempts = awkward.enumerated().map { index, name in
            ReportFixtures.attempt(
                index + 1, rep: name, cohort: index % 2 == 0 ? name : nil, scenario: "s\(index)")
        }
        let rows = try RFC4180.parse(CSVReport.render(attempts))
        #expect(rows.first == CSVReport.columns)
        #expect(rows.count == awkward.count + 1)
        for (row, attempt) in zip(rows.dropFirst(), attempts) {
            #expect(row.count == CSVReport.columns.count)
            let field = Dictionary(uniqueKeysWithValues: zip(CSVReport.columns, row))
            #expect(field["id"] == attempt.id.uuidString.lowercased())
            #expect(field["rep"] == attempt.rep)
            #expect(field["cohort"] == (attempt.cohort ?? ""))
            #expect(field["scenario"] == attempt.scenario)
            #expect(field["outcome"] == "resolved")
            #expect(field["score"] == "50")
            #expect(field["turns"] == "1")
            #expect(field["started"] == ReportDates.iso8601(attempt.started))
            #expect(field["duration_seconds"] == "95.50")
            #expect(field["techniques_met"] == "apology")
            #expect(field["techniques_missed"] == "ownership")
        }
    }

    @Test func linesEndWithCRLFAndAbandonedAttemptsHaveNoEnd() throws {
        let text = CSVReport.render(ReportFixtures.mixed)
        #expect(text.hasSuffix("\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let rows = try RFC4180.parse(text)
        let cy = try #require(rows.first { $0[0] == "00000000-0000-4000-8000-000000000005" })
        #expect(cy[9] == "abandoned")
        #expect(cy[8] == "")
        #expect(cy[10] == "25")
    }

    @Test func quotesOnlyWhatNeedsQuoting() {
        #expect(CSVReport.field("plain") == "plain")
        #expect(CSVReport.field("a,b") == "\"a,b\"")
        #expect(CSVReport.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVReport.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVReport.field("cr\r\nlf") == "\"cr\r\nlf\"")
    }

    @Test func formulasAreKeptAsText() throws {
        #expect(CSVReport.field("=1+2") == "'=1+2")
        #expect(CSVReport.field("+44 20") == "'+44 20")
        #expect(CSVReport.field("-2") == "'-2")
        #expect(CSVReport.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVReport.field("\tcmd") == "'\tcmd")
        #expect(CSVReport.field("\r=cmd") == "\"'\r=cmd\"")
        #expect(CSVReport.field("=HYPERLINK(\"x\",\"y\")") == "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")
        #expect(CSVReport.field("a=b") == "a=b")
        let attempt = ReportFixtures.attempt(
            1, rep: "=cmd|'/c calc'!A1", cohort: "@north", scenario: "+s")
        let rows = try RFC4180.parse(CSVReport.render([attempt]))
        let field = Dictionary(uniqueKeysWithValues: zip(CSVReport.columns, rows[1]))
        #expect(field["rep"] == "'=cmd|'/c calc'!A1")
        #expect(field["cohort"] == "'@north")
        #expect(field["scenario"] == "'+s")
    }

    @Test func theParserRejectsMalformedCSV() {
        #expect(throws: RFC4180.Malformed.self) { try RFC4180.parse("a,\"b\r\n") }
        #expect(throws: RFC4180.Malformed.self) { try RFC4180.parse("a,b\"c\r\n") }
        #expect(throws: RFC4180.Malformed.self) { try RFC4180.parse("\"a\"b\r\n") }
    }
}

/// A strict RFC 4180 reader, written from the RFC for these tests: fields separated by commas,
/// records by CRLF, a quoted field may hold commas, CRLF and doubled quotes, and a quote
/// anywhere else is an error.
enum RFC4180 {
    struct Malformed: Error {}

    static func parse(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var scalars = Array(text.unicodeScalars)[...]
        var quoted = false
        var fieldStart = true
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" {
                        scalars.removeFirst()
                        field.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                        guard scalars.first == "," || scalars.first == "\r" || scalars.isEmpty else {
                            throw Malformed()
                        }
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard fieldStart else { throw Malformed() }
                quoted = true
                fieldStart = false
            case ",":
                row.append(field)
                field = ""
                fieldStart = true
            case "\r":
                guard scalars.popFirst() == "\n" else { throw Malformed() }
                row.append(field)
                rows.append(row)
                row = []
                field = ""
                fieldStart = true
            case "\n":
                throw Malformed()
            default:
                field.unicodeScalars.append(c)
                fieldStart = false
            }
        }
        guard !quoted else { throw Malformed() }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
