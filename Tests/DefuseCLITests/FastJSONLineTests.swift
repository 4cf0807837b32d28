import Foundation
import Testing

@testable import defuse

/// The `grade --jsonl` line reader against Foundation's `JSONSerialization` on the same lines:
/// both must accept and refuse the same lines, read the same text and client, and the id must
/// come back exactly as it was written.
@Suite struct FastJSONLineTests {
    /// Lines both parsers must read the same way (valid JSON objects with an id and a text).
    static let valid: [(line: String, id: String)] = [
        (#"{"id":"a","text":"sorry"}"#, #""a""#),
        (#"{"id":"a\/b","text":"sorry"}"#, #""a\/b""#),
        (#"{"id":"\u00e9","text":"sorry"}"#, #""\u00e9""#),
        (#"{"id":"\ud83d\ude00","text":"sorry"}"#, #""\ud83d\ude00""#),
        (#"{"id":1e2,"text":"sorry"}"#, "1e2"),
        (#"{"id":-0.5E-3,"text":"sorry"}"#, "-0.5E-3"),
        (#"{"id":0,"text":"sorry"}"#, "0"),
        (#"{"id":true,"text":"sorry"}"#, "true"),
        (#"{"id":false,"text":"sorry"}"#, "false"),
        (#" { "id" : 7 , "text" : "a\"b\\c\n" , "client" : null } "#, "7"),
        (#"{"text":"sorry","extra":{"a":[1,2,{"b":null}],"c":true},"id":"x"}"#, #""x""#),
        (#"{"id":"x","text":"first","text":"second"}"#, #""x""#),
        (#"{"id":"x","text":"é ✓ 😀","client":"Wrong tray."}"#, #""x""#),
        ("{\"id\":\"x\",\t\"text\":\"sorry\"}\r", #""x""#),
        (#"{"\u0069d":"x","text":"sorry"}"#, #""x""#),
    ]

    /// Lines that are not JSON, or not usable: both parsers must refuse them.
    static let invalid: [String] = [
        #"{"id":1-2,"text":"sorry"}"#,
        #"{"id":01,"text":"sorry"}"#,
        #"{"id":1.,"text":"sorry"}"#,
        #"{"id":.5,"text":"sorry"}"#,
        #"{"id":+1,"text":"sorry"}"#,
        #"{"id":1e,"text":"sorry"}"#,
        #"{"id":"a","text":'sorry'}"#,
        #"{"id":"a" "text":"sorry"}"#,
        #"{"id":"a","text":"sorry"} x"#,
        #"{"id":"a","text":"so\x"}"#,
        "{\"id\":\"a\",\"text\":\"so\u{01}rry\"}",
        #"{"id":"a","text":"\ud800"}"#,
        #"{"id":"a","text":"\udc00x"}"#,
        #"{"id":tru,"text":"sorry"}"#,
        #"{"id":NaN,"text":"sorry"}"#,
        #"{"id":"a","text":"sorry""#,
        #"["id","text"]"#,
        #""just a string""#,
        "",
    ]

    @Test(arguments: valid)
    func readsValidLinesAsFoundationDoes(_ example: (line: String, id: String)) throws {
        let reference = try #require(
            try JSONSerialization.jsonObject(with: Data(example.line.utf8)) as? [String: Any])
        let input = try parse(example.line).get()
        #expect(input.id == example.id)
        #expect(input.text == reference["text"] as? String)
        #expect(input.client == reference["client"] as? String)
        // The id echoed is JSON that means what the input's id meant.
        let echoed = try JSONSerialization.jsonObject(with: Data(input.id.utf8), options: .fragmentsAllowed)
        #expect("\(echoed)" == "\(reference["id"] ?? "")")
    }

    @Test(arguments: invalid)
    func refusesWhatFoundationRefuses(_ line: String) {
        let foundation = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        let usable = foundation.map { $0["text"] is String && $0["id"] != nil } ?? false
        #expect(!usable, "Foundation reads \(line)")
        #expect(throws: JSONLine.Failure.self) { try parse(line).get() }
    }

    /// Foundation reads a trailing comma in an object; RFC 8259 (and Python's `json`, `jq`) do
    /// not, and neither does the line reader: a line other tools refuse is refused here too.
    @Test func trailingCommaIsRefusedAsTheStandardSays() throws {
        let line = #"{"id":"a","text":"sorry",}"#
        #expect(throws: JSONLine.Failure.self) { try parse(line).get() }
        #expect(throws: JSONLine.Failure.self) { try parse(#"[1,2,]"#).get() }
    }

    @Test func invalidUTF8IsRefusedLikeFoundation() {
        var bytes = Array(#"{"id":"a","text":"so"#.utf8)
        bytes += [0xC3, 0x28]
        bytes += Array(#""}"#.utf8)
        let foundation = try? JSONSerialization.jsonObject(with: Data(bytes))
        #expect(foundation == nil)
        let result = bytes.withUnsafeBytes { FastJSONLine.parse($0) }
        #expect(throws: JSONLine.Failure.self) { try result.get() }
    }

    @Test func deepNestingSaysSo() throws {
        let line =
            #"{"id":1,"text":"x","deep":"# + String(repeating: "[", count: 600)
            + String(repeating: "]", count: 600) + "}"
        #expect(throws: JSONLine.Failure.self) { try parse(line).get() }
        if case .failure(let failure) = parse(line) { #expect(failure.reason.contains("nested too deeply")) }
    }

    @Test func idsOfTheWrongKindAreNamed() {
        for line in [#"{"id":[1],"text":"x"}"#, #"{"id":{"a":1},"text":"x"}"#] {
            guard case .failure(let failure) = parse(line) else {
                Issue.record("accepted \(line)")
                continue
            }
            #expect(failure.reason.contains("\"id\" must be"))
        }
        if case .failure(let failure) = parse(#"{"id":null,"text":"x"}"#) {
            #expect(failure.reason.contains("no \"id\""))
        } else {
            Issue.record("accepted a null id")
        }
    }

    private func parse(_ line: String) -> Result<JSONLine.Input, JSONLine.Failure> {
        Array(line.utf8).withUnsafeBytes { FastJSONLine.parse($0) }
    }
}
