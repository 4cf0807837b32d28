/// Says in a trainer's words what went wrong when the YAML parser stops, and how to fix it.
///
/// libyaml (behind Yams) reports what *it* could not do ("mapping values are not allowed in
/// this context", "found character that cannot start any token"), at the place where it gave
/// up, which is often a line after the slip. This reads the lines around that place and
/// recognises the slips people make when writing YAML by hand: a tab in the indentation, a
/// value holding ": ", a key given both a value and a list, an unclosed quote or bracket, a
/// list item or key indented out of line, a list item among keys (or a key among list items),
/// a value that starts with a character YAML reserves, a missing space after a colon, text after
/// a closing quote. Each becomes one sentence that names what to change, located where the change
/// belongs. A parser error that matches none of these keeps the parser's own words.
struct YAMLMistake: Equatable {
    /// What the trainer did and how to fix it.
    var message: String
    /// 1-based line and column of the place to change.
    var line: Int
    var column: Int

    /// The parser's report, reduced to what the recognisers need.
    struct ParserReport {
        /// The parser's words, such as "did not find expected key".
        var problem: String
        /// Where it stopped (1-based).
        var line: Int
        var column: Int
        /// Where the construct it was reading began ("while parsing a block mapping at line 3").
        var contextLine: Int?
        var contextColumn: Int?
    }

    /// The trainer's slip behind `report` in `text`, or nil when none is recognised.
    static func explain(_ report: ParserReport, in text: String) -> YAMLMistake? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        let source = Source(lines: lines, report: report)
        let recognisers: [(Source) -> YAMLMistake?] = [
            tabIndentation, unclosedQuote, unclosedBracket, reservedFirstCharacter, missingSpaceAfterColon,
            colonInValue, textAfterQuote, valueAndList, listItemOutOfLine, listItemAmongKeys,
            keyAmongListItems,
            keyOutOfLine, keyIndentedUnderValue,
        ]
        for recognise in recognisers {
            if let mistake = recognise(source) { return mistake }
        }
        return nil
    }

    /// The file's lines around the parser's report.
    struct Source {
        var lines: [String]
        var report: ParserReport

        /// The 1-based `number`th line, or "" past the end.
        func line(_ number: Int) -> String {
            number >= 1 && number <= lines.count ? lines[number - 1] : ""
        }

        /// The characters of the line the parser stopped on.
        var here: [Character] { Array(line(report.line)) }

        /// The character the parser stopped at.
        var atMark: Character? {
            let characters = here
            let index = report.column - 1
            return index >= 0 && index < characters.count ? characters[index] : nil
        }

        /// The nearest line above `number` that holds something other than blanks and comments.
        func previousContentLine(before number: Int) -> Int? {
            var index = number - 1
            while index >= 1 {
                let trimmed = line(index).drop { $0 == " " }
                if !trimmed.isEmpty && !trimmed.hasPrefix("#") { return index }
                index -= 1
            }
            return nil
        }
    }

    // MARK: - Pieces of a line

    /// Leading spaces.
    static func indentation(_ line: String) -> Int { line.prefix { $0 == " " }.count }

    /// `key: value` (or `- key: value`): the key, its 1-based column and the value's text.
    static func keyAndValue(_ line: String) -> (key: String, column: Int, value: String)? {
        var rest = Substring(line)
        var column = 1
        while rest.first == " " || (rest.hasPrefix("- ")) {
            let drop = rest.first == " " ? 1 : 2
            rest = rest.dropFirst(drop)
            column += drop
        }
        guard let first = rest.first, first.isLetter || first == "_" else { return nil }
        let key = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        let after = rest.dropFirst(key.count)
        guard after.hasPrefix(":"), after.dropFirst().first.map({ $0 == " " }) ?? true else { return nil }
        let value = after.dropFirst().drop { $0 == " " }
        let text = value.hasPrefix("#") ? "" : String(value)
        return (String(key), column, text)
    }

    /// Whether the line is a list item (`- …`, or a bare `-`).
    static func isListItem(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " }
        return trimmed == "-" || trimmed.hasPrefix("- ")
    }

    static func spaces(_ count: Int) -> String { count == 1 ? "1 space" : "\(count) spaces" }

    // MARK: - Recognisers

    /// A tab among the leading blanks of the line the parser stopped on (or of the line it was
    /// reading): YAML indents with spaces only.
    static func tabIndentation(_ source: Source) -> YAMLMistake? {
        let problem = source.report.problem
        guard problem.contains("tab") || problem.contains("cannot start any token") else { return nil }
        for number in [source.report.line, source.report.contextLine].compactMap({ $0 }) {
            let line = source.line(number)
            let blanks = line.prefix { $0 == " " || $0 == "\t" }
            guard let tab = blanks.firstIndex(of: "\t") else { continue }
            let column = line.distance(from: line.startIndex, to: tab) + 1
            return YAMLMistake(
                message:
                    "line \(number) is indented with a tab; YAML needs spaces (replace the tab with spaces)",
                line: number, column: column)
        }
        return nil
    }

    /// The end of the file reached inside a quoted value, or a quote closed on a later line
    /// with text after it: the quote opened on an earlier line was never closed there.
    static func unclosedQuote(_ source: Source) -> YAMLMistake? {
        let report = source.report
        if report.problem.contains("end of stream"), let line = report.contextLine,
            let column = report.contextColumn
        {
            let opening = Array(source.line(line))
            let quote = column - 1 < opening.count ? opening[column - 1] : "\""
            // Located where the parser gave up (the end of the file), as the format's checks expect.
            return unclosed(quote, line: line, column: column, report: report)
        }
        // `title: "abc` then `summary: "def"`: the first quote runs to the second, and the
        // parser stops at `def`. Blame the nearest line above with an odd number of quotes.
        guard report.problem.contains("expected key") || report.problem.contains("expected <document start>")
        else { return nil }
        let before = source.here.prefix(max(0, report.column - 1))
        guard let last = before.last(where: { $0 != " " }), last == "\"" || last == "'" else { return nil }
        var number = report.line - 1
        while number >= 1 {
            let line = source.line(number)
            if line.filter({ $0 == last }).count % 2 == 1, let index = line.firstIndex(of: last) {
                let column = line.distance(from: line.startIndex, to: index) + 1
                return unclosed(last, line: number, column: column, report: report)
            }
            number -= 1
        }
        return nil
    }

    /// One sentence for both ways a quote is left open, located where the parser gave up.
    private static func unclosed(_ quote: Character, line: Int, column: Int, report: ParserReport)
        -> YAMLMistake
    {
        YAMLMistake(
            message:
                "the quote (\(quote)) opened on line \(line), column \(column) is never closed on that line; "
                + "end the value with \(quote) on line \(line)",
            line: report.line, column: report.column)
    }

    /// A `[` or `{` that opens a list or mapping written on one line and is never closed,
    /// often a value that merely starts with a bracket.
    static func unclosedBracket(_ source: Source) -> YAMLMistake? {
        let problem = source.report.problem
        let pairs: [(String, Character, Character)] = [("']'", "[", "]"), ("'}'", "{", "}")]
        guard let pair = pairs.first(where: { problem.contains("expected ',' or \($0.0)") }),
            let line = source.report.contextLine
        else { return nil }
        let text = source.line(line)
        let column =
            source.report.contextColumn
            ?? (text.firstIndex(of: pair.1).map {
                text.distance(from: text.startIndex, to: $0) + 1
            } ?? 1)
        // Located where the parser gave up, as the format's checks expect.
        return YAMLMistake(
            message: "the '\(pair.1)' on line \(line), column \(column) opens a "
                + "\(pair.1 == "[" ? "list" : "mapping") that is never closed with '\(pair.2)'; close it, "
                + "or put the whole value in quotes if it is text",
            line: source.report.line, column: source.report.column)
    }

    /// A value that starts with a character YAML keeps for itself.
    static func reservedFirstCharacter(_ source: Source) -> YAMLMistake? {
        let report = source.report
        // A block scalar's header (`|x`) is reported after the '|': blame the '|' itself.
        let blockScalar = report.problem.contains("expected comment or line break")
        let line = blockScalar ? report.contextLine ?? report.line : report.line
        var column = blockScalar ? report.contextColumn ?? report.column : report.column
        let characters = Array(source.line(line))
        if blockScalar,
            let header = characters.prefix(max(0, column)).lastIndex(where: { $0 == "|" || $0 == ">" })
        {
            column = header + 1
        }
        guard column >= 1, column <= characters.count else { return nil }
        let character = characters[column - 1]
        let meaning: String
        switch character {
        case "@", "`": meaning = "YAML keeps '\(character)' for later use"
        case "%": meaning = "YAML reads '%' at the start as a directive"
        case "*": meaning = "YAML reads '*' at the start as a reference to an anchor"
        case "|", ">": meaning = "YAML reads '\(character)' at the start as the mark of a block of text below"
        default: return nil
        }
        guard
            report.problem.contains("cannot start any token") || report.problem.contains("alias")
                || blockScalar
        else { return nil }
        return YAMLMistake(
            message: "a value cannot start with '\(character)' (\(meaning)); put the whole value in quotes",
            line: line, column: column)
    }

    /// `key:value` with no space after the colon: YAML reads the whole of it as text.
    static func missingSpaceAfterColon(_ source: Source) -> YAMLMistake? {
        let problem = source.report.problem
        guard
            problem.contains("expected ':'") || problem.contains("mapping values are not allowed")
                || problem.contains("expected key")
        else { return nil }
        var candidates = [source.report.contextLine, source.report.line].compactMap { $0 }
        if let previous = source.previousContentLine(before: source.report.line) {
            candidates.append(previous)
        }
        for number in candidates {
            let line = source.line(number)
            guard let match = line.firstMatch(of: /^(\s*(?:- )?)([A-Za-z_][A-Za-z0-9_-]*):([^\s:\/])/) else {
                continue
            }
            let key = String(match.2)
            let column = match.1.count + key.count + 1
            return YAMLMistake(
                message: "'\(key):' needs a space after the colon; without one YAML reads "
                    + "'\(line.drop { $0 == " " })' as plain text, not as a key and a value",
                line: number, column: column)
        }
        return nil
    }

    /// `title: Dr Smith: angry`: a second ": " inside a value starts a mapping YAML cannot place.
    static func colonInValue(_ source: Source) -> YAMLMistake? {
        guard source.report.problem.contains("mapping values are not allowed") else { return nil }
        let line = source.line(source.report.line)
        guard let entry = keyAndValue(line), !entry.value.isEmpty,
            entry.column + entry.key.count < source.report.column
        else { return nil }
        let quoted =
            entry.value.contains("\"")
            ? "'" + entry.value.replacingOccurrences(of: "'", with: "''") + "'" : "\"" + entry.value + "\""
        return YAMLMistake(
            message: "this value contains ': '; put it in quotes (\(entry.key): \(quoted))",
            line: source.report.line, column: source.report.column)
    }

    /// `title: "Late" again`: text after the closing quote of a quoted value.
    static func textAfterQuote(_ source: Source) -> YAMLMistake? {
        guard source.report.problem.contains("expected key") else { return nil }
        let before = source.here.prefix(max(0, source.report.column - 1))
        guard let last = before.last(where: { $0 != " " }), last == "\"" || last == "'",
            before.filter({ $0 == last }).count >= 2
        else { return nil }
        return YAMLMistake(
            message: "text follows the closing quote; put the whole value inside the quotes",
            line: source.report.line, column: source.report.column)
    }

    /// `next: x` followed by `- …` at the key's indentation: a key has a value and a list.
    static func valueAndList(_ source: Source) -> YAMLMistake? {
        guard source.report.problem.contains("expected key"), isListItem(source.line(source.report.line)),
            let previous = source.previousContentLine(before: source.report.line)
        else { return nil }
        let above = source.line(previous)
        guard !isListItem(above), let entry = keyAndValue(above), !entry.value.isEmpty,
            indentation(above) == indentation(source.line(source.report.line))
        else { return nil }
        return YAMLMistake(
            message: "'\(entry.key)' has a value and a list; keep one (the value '\(entry.value)' after "
                + "'\(entry.key):', or the list that starts on line \(source.report.line))",
            line: previous, column: entry.column)
    }

    /// A list item whose dash does not line up with the items above it.
    static func listItemOutOfLine(_ source: Source) -> YAMLMistake? {
        let problem = source.report.problem
        guard problem.contains("expected key") || problem.contains("expected '-'") else { return nil }
        let line = source.line(source.report.line)
        guard isListItem(line) else { return nil }
        var number = source.report.line - 1
        while number >= 1 {
            let above = source.line(number)
            if isListItem(above) && indentation(above) != indentation(line) {
                return YAMLMistake(
                    message: "this list item is indented \(spaces(indentation(line))), the one on line "
                        + "\(number) is indented \(spaces(indentation(above))); line the dashes up",
                    line: source.report.line, column: indentation(line) + 1)
            }
            if !above.allSatisfy({ $0 == " " }) && indentation(above) < indentation(line) { break }
            number -= 1
        }
        return nil
    }

    /// A list item (`- …`) where the entries around it are `key: value`.
    static func listItemAmongKeys(_ source: Source) -> YAMLMistake? {
        guard source.report.problem.contains("expected key"), isListItem(source.line(source.report.line))
        else { return nil }
        return YAMLMistake(
            message: "a list item ('- ') among 'key: value' entries; one level holds either keys or list "
                + "items, not both: give the list a key of its own, indented under it",
            line: source.report.line, column: indentation(source.line(source.report.line)) + 1)
    }

    /// `key: value` at the level of list items: it belongs to an item, or starts one.
    static func keyAmongListItems(_ source: Source) -> YAMLMistake? {
        guard source.report.problem.contains("expected '-'"), let listLine = source.report.contextLine else {
            return nil
        }
        let line = source.line(source.report.line)
        let dash = indentation(source.line(listLine))
        // The item this line comes after, and whether it holds keys (`- goto: b`).
        var itemLine = listLine
        for number in listLine..<source.report.line where isListItem(source.line(number)) {
            if indentation(source.line(number)) == dash { itemLine = number }
        }
        if let entry = keyAndValue(source.line(itemLine)) {
            return YAMLMistake(
                message: "this line is indented \(spaces(indentation(line))) but the keys of the list item "
                    + "on line \(itemLine) start at \(spaces(entry.column - 1)) (under '\(entry.key)'); "
                    + "line it up with them, or start a new item with '- '",
                line: source.report.line, column: indentation(line) + 1)
        }
        return YAMLMistake(
            message: "a 'key: value' entry among list items; one level holds either list items or keys, "
                + "not both: start it with '- ' to make it an item, or move it out of the list",
            line: source.report.line, column: indentation(line) + 1)
    }

    /// A key indented to a column that no key above it uses.
    static func keyOutOfLine(_ source: Source) -> YAMLMistake? {
        guard source.report.problem.contains("expected key") else { return nil }
        let line = source.line(source.report.line)
        let here = indentation(line)
        guard keyAndValue(line) != nil else { return nil }
        var levels = Set<Int>()
        for number in stride(from: source.report.line - 1, through: 1, by: -1) {
            let above = source.line(number)
            guard keyAndValue(above) != nil, !isListItem(above) else { continue }
            levels.insert(indentation(above))
        }
        guard !levels.contains(here) else { return nil }
        let near = levels.sorted { abs($0 - here) < abs($1 - here) }.prefix(2).sorted()
        let options = near.map { spaces($0) }.joined(separator: " or ")
        return YAMLMistake(
            message: "this key is indented \(spaces(here)), which lines up with no key above it; "
                + "indent it like the keys it belongs with (\(options))",
            line: source.report.line, column: here + 1)
    }

    /// `title: x` then `  summary: y`: a key indented under a key that already has a value.
    static func keyIndentedUnderValue(_ source: Source) -> YAMLMistake? {
        guard source.report.problem.contains("mapping values are not allowed") else { return nil }
        let line = source.line(source.report.line)
        guard let entry = keyAndValue(line),
            let previous = source.previousContentLine(before: source.report.line),
            let above = keyAndValue(source.line(previous)), !above.value.isEmpty,
            indentation(line) > indentation(source.line(previous))
        else { return nil }
        if isListItem(line) {
            return YAMLMistake(
                message: "'\(above.key)' has a value and a list; keep one (the value '\(above.value)' after "
                    + "'\(above.key):', or the list that starts on line \(source.report.line))",
                line: previous, column: above.column)
        }
        return YAMLMistake(
            message:
                "'\(entry.key)' is indented further than '\(above.key)' on line \(previous), which already "
                + "has a value, so YAML reads this line as more of that value; line '\(entry.key)' up with "
                + "'\(above.key)', or indent it under a key that has no value of its own",
            line: source.report.line, column: entry.column)
    }
}

extension YAMLMistake {
    /// A decoding diagnostic said again in the trainer's words when the file's text shows the
    /// YAML slip behind it; otherwise the diagnostic as it was. The code stays the same.
    ///
    /// Two slips parse without error and surface only when a key's value has the wrong shape:
    /// a value that starts with `#` (YAML reads it as a comment, leaving the key empty), and a
    /// list indented under a key that already has a value (YAML folds the dashes into the value,
    /// `next: x` then `  - goto: a` reads as the text "x - goto: a").
    static func refine(_ diagnostic: Diagnostic, text: String) -> Diagnostic {
        guard diagnostic.code == .wrongType else { return diagnostic }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let number = diagnostic.location.line
        guard number >= 1, number <= lines.count, let entry = keyAndValue(lines[number - 1]) else {
            return diagnostic
        }
        var refined = diagnostic
        let line = lines[number - 1]
        if diagnostic.message.hasSuffix("is empty; it needs text"),
            let comment = line.firstMatch(of: /^\s*(?:- )?[A-Za-z_][A-Za-z0-9_-]*:\s+(#.*)$/)?.1
        {
            refined.message =
                "'\(entry.key)' is empty because YAML reads a value that starts with '#' as a comment; "
                + "put it in quotes (\(entry.key): \"\(comment.replacingOccurrences(of: "\"", with: "\\\""))\")"
            refined.location.column = entry.column
            return refined
        }
        if diagnostic.message.contains("must be a list"), !entry.value.isEmpty, number < lines.count,
            isListItem(lines[number]), indentation(lines[number]) > indentation(line)
        {
            refined.message =
                "'\(entry.key)' has a value and a list; keep one (the value '\(entry.value)' after "
                + "'\(entry.key):', or the list that starts on line \(number + 1))"
            refined.location.column = entry.column
        }
        return refined
    }
}
