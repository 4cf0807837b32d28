import Foundation
import Testing

/// The YAML slips trainers make, as `defuse validate` reports them: what was done and how to fix
/// it, at the place to change, with the code of each. Every case is a small broken file.
@Suite struct YAMLMistakeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var yaml: String
        /// `line:col` of the place to change.
        var at: String
        var says: String
        var code: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "tab in the indentation", yaml: "title: x\nsummary: y\n\tpersona: z\n", at: "3:1",
            says: "line 3 is indented with a tab; YAML needs spaces", code: "DF005"),
        Case(
            name: "tab before a nested key", yaml: "persona:\n  name: x\n  \tmood: 5\n", at: "3:3",
            says: "line 3 is indented with a tab; YAML needs spaces", code: "DF005"),
        Case(
            name: "': ' inside a value", yaml: "title: Dr Smith: angry\n", at: "1:16",
            says: "this value contains ': '; put it in quotes (title: \"Dr Smith: angry\")", code: "DF005"),
        Case(
            name: "a value and a list at one indentation",
            yaml: "nodes:\n  a:\n    say: Hi\n    next: x\n    - goto: a\n", at: "4:5",
            says: "'next' has a value and a list; keep one", code: "DF005"),
        Case(
            name: "a value and a list indented under it",
            yaml: "nodes:\n  a:\n    say: Hi\n    next: x\n      - goto: a\n", at: "4:5",
            says: "'next' has a value and a list; keep one", code: "DF005"),
        Case(
            name: "a value and a list of words indented under it",
            yaml: "nodes:\n  a:\n    say: Hi\n    next: x\n      - a\n", at: "4:5",
            says: "'next' has a value and a list; keep one", code: "DF104"),
        Case(
            name: "unclosed quote at the end", yaml: "summary: y\ntitle: \"A late tray\n", at: "3:1",
            says: "the quote (\") that opens the value on line 2, column 8 is never closed", code: "DF005"),
        Case(
            name: "unclosed quote closed by the next one", yaml: "title: \"A late tray\nsummary: \"late\"\n",
            at: "2:11", says: "the quote (\") opened on line 1, column 8 is not closed on that line",
            code: "DF005"),
        Case(
            name: "list item out of line", yaml: "tags:\n  - a\n - b\n", at: "3:2",
            says:
                "this list item is indented 1 space, the one on line 2 is indented 2 spaces; line the dashes up",
            code: "DF005"),
        Case(
            name: "duplicate key", yaml: "title: a\ntitle: b\n", at: "2:1", says: "'title' appears twice",
            code: "DF103"),
        Case(
            name: "value starting with #", yaml: "title: # Late delivery\n", at: "1:1",
            says: "'title' is empty because YAML reads a value that starts with '#' as a comment; "
                + "put it in quotes (title: \"# Late delivery\")", code: "DF104"),
        Case(
            name: "value starting with @", yaml: "title: @home\n", at: "1:8",
            says: "a value cannot start with '@'", code: "DF005"),
        Case(
            name: "value starting with a backtick", yaml: "title: `x`\n", at: "1:8",
            says: "a value cannot start with '`'", code: "DF005"),
        Case(
            name: "value starting with |", yaml: "title: |x\n", at: "1:8",
            says: "a value cannot start with '|'",
            code: "DF005"),
        Case(
            name: "no space after a colon", yaml: "title:x\nsummary: y\n", at: "1:6",
            says: "'title:' needs a space after the colon", code: "DF005"),
        Case(
            name: "no space after a nested colon", yaml: "persona:\n  name: x\n  mood:5\n  role: y\n",
            at: "3:7",
            says: "'mood:' needs a space after the colon", code: "DF005"),
        Case(
            name: "a key among list items", yaml: "tags:\n  - a\n  b: c\n", at: "3:3",
            says: "a 'key: value' entry among list items", code: "DF005"),
        Case(
            name: "a list item among keys", yaml: "persona:\n  name:\n    first: x\n  - y\n", at: "4:3",
            says: "a list item ('- ') among 'key: value' entries", code: "DF005"),
        Case(
            name: "a key of a list item out of line",
            yaml: "nodes:\n  a:\n    next:\n      - goto: b\n        reply: x\n       mood: 1\n", at: "6:8",
            says: "the keys of the list item on line 4 start at 8 spaces (under 'goto')", code: "DF005"),
        Case(
            name: "a key indented under a value", yaml: "title: x\n  summary: y\n", at: "2:3",
            says: "'summary' is indented further than 'title' on line 1", code: "DF005"),
        Case(
            name: "a key out of line", yaml: "persona:\n  name: x\n role: y\n", at: "3:2",
            says: "this key is indented 1 space, which lines up with no key above it", code: "DF005"),
        Case(
            name: "text after the closing quote", yaml: "title: \"Late\" again\n", at: "1:15",
            says: "text follows the closing quote; put the whole value inside the quotes", code: "DF005"),
        Case(
            name: "unclosed bracket", yaml: "tags: [a, b\nsummary: x\n", at: "2:8",
            says: "the '[' on line 1, column 7 opens a list that is never closed with ']'", code: "DF005"),
    ]

    @Test(arguments: cases)
    func saidInPlainWords(_ slip: Case) throws {
        let folder = try DefuseProcess.emptyFolder()
        try slip.yaml.write(to: folder.appending(path: "slip.yaml"), atomically: true, encoding: .utf8)
        let result = try DefuseProcess.run(["validate", "slip.yaml"], in: folder)
        #expect(result.status == 65)
        let line = result.lines.first { $0.hasPrefix("slip.yaml:\(slip.at): error: ") }
        #expect(line?.contains(slip.says) == true, "\(result.stdout)")
        #expect(line?.hasSuffix("[\(slip.code)]") == true, "\(result.stdout)")
        #expect(!result.stdout.contains("this is not valid YAML"), "\(result.stdout)")
    }
}
