import Foundation
internal import Yams

/// Parses one YAML file into a located ``YAMLValue`` tree, turning every way that can fail into
/// a ``Diagnostic`` instead of a crash.
enum YAMLDocument {
    /// The most values one file may expand to. Aliases (`*a`) are expanded as they are read, so
    /// this is what stops an alias bomb ("billion laughs") from exhausting memory.
    static let maximumValues = 200_000

    /// Reads a library file as far as it goes: its text, when its bytes decoded, and its YAML
    /// tree, or the one diagnostic that stopped reading (unreadable, not UTF-8, not YAML…).
    /// Every loader (scenarios, techniques, drill sets) starts here.
    static func read(_ source: SourceFile) -> (text: String?, root: Result<YAMLValue, Diagnostic>) {
        guard !source.unreadable else {
            let start = SourceLocation(file: source.path, line: 1, column: 1)
            return (nil, .failure(Diagnostic(.unreadable, at: start)))
        }
        switch SourceText.decode(source.bytes, file: source.path) {
        case .failure(let diagnostic): return (nil, .failure(diagnostic))
        case .success(let text): return (text, parse(text, file: source.path))
        }
    }

    /// Parses `text`; on failure returns the diagnostic that says where and why.
    static func parse(_ text: String, file: String) -> Result<YAMLValue, Diagnostic> {
        if let nesting = SourceText.excessiveNesting(in: text, file: file) {
            return .failure(nesting)
        }
        let root: Yams.Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, file: file))
        } catch {
            return .failure(
                Diagnostic(.notYAML("\(error)"), at: SourceLocation(file: file, line: 1, column: 1)))
        }
        guard let root else {
            return .failure(
                Diagnostic(.emptyFile, at: SourceLocation(file: file, line: 1, column: 1)))
        }
        var converter = Converter(file: file)
        guard let value = converter.convert(root) else {
            // Blame anchors only when the file has aliases; a file can also just be too large.
            let aliases =
                text.range(of: #"(^|[\s\[{,:-])\*[^\s,\[\]{}]"#, options: .regularExpression) != nil
            return .failure(
                Diagnostic(
                    .tooManyValues(limit: maximumValues, becauseOfAliases: aliases),
                    at: converter.overflowLocation ?? SourceLocation(file: file, line: 1, column: 1)))
        }
        return .success(value)
    }

    private struct Converter {
        let file: String
        var remaining = YAMLDocument.maximumValues
        var overflowLocation: SourceLocation?

        init(file: String) { self.file = file }

        func location(_ mark: Mark?) -> SourceLocation {
            SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
        }

        mutating func convert(_ node: Yams.Node) -> YAMLValue? {
            remaining -= 1
            let here = location(node.mark)
            if remaining < 0 {
                overflowLocation = overflowLocation ?? here
                return nil
            }
            switch node {
            case .scalar(let scalar):
                return YAMLValue(content: .scalar(Self.resolve(node), text: scalar.string), location: here)
            case .sequence(let sequence):
                var items: [YAMLValue] = []
                items.reserveCapacity(sequence.count)
                for item in sequence {
                    guard let converted = convert(item) else { return nil }
                    items.append(converted)
                }
                return YAMLValue(content: .sequence(items), location: here)
            case .mapping(let mapping):
                var pairs: [YAMLValue.Pair] = []
                pairs.reserveCapacity(mapping.count)
                for (key, value) in mapping {
                    remaining -= 1
                    guard remaining >= 0, let converted = convert(value) else {
                        overflowLocation = overflowLocation ?? location(key.mark)
                        return nil
                    }
                    // Non-scalar keys are kept with an empty name; the decoder reports them.
                    let name = key.scalar?.string ?? ""
                    pairs.append(.init(key: name, keyLocation: location(key.mark), value: converted))
                }
                return YAMLValue(content: .mapping(pairs), location: here)
            }
        }

        static func resolve(_ node: Yams.Node) -> YAMLValue.Scalar {
            let text = node.scalar?.string ?? ""
            // `node.tag` runs Yams's regular expressions; most scalars are prose that no rule
            // can match, and skipping them made start-up several times faster.
            if let scalar = node.scalar, scalar.tag.description.isEmpty, PlainScalar.isPlainText(text) {
                return .string(text)
            }
            switch node.tag.description {
            case Tag.Name.null.rawValue: return .null
            case Tag.Name.bool.rawValue: return node.bool.map(YAMLValue.Scalar.bool) ?? .string(text)
            case Tag.Name.int.rawValue where text.contains(Character(":")):
                return Sexagesimal.int(text).map(YAMLValue.Scalar.int) ?? .string(text)
            case Tag.Name.int.rawValue: return node.int.map(YAMLValue.Scalar.int) ?? .string(text)
            case Tag.Name.float.rawValue: return node.float.map(YAMLValue.Scalar.float) ?? .string(text)
            default: return .string(text)
            }
        }
    }

    /// Maps a Yams error to a located diagnostic with a plain sentence.
    static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: max(1, mark.line), column: max(1, mark.column))
        }
        switch error {
        case .scanner(let context, let problem, let mark, let yaml),
            .parser(let context, let problem, let mark, let yaml):
            if let mistake = explained(problem, context, mark, in: yaml, file: file) { return mistake }
            let detail = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            return Diagnostic(.notYAML("\(problem)\(detail)"), at: at(mark))
        case .composer(let context, let problem, let mark, let yaml):
            if let mistake = explained(problem, context, mark, in: yaml, file: file) { return mistake }
            if problem.contains("another document") {
                return Diagnostic(.multipleDocuments, at: at(mark))
            }
            let detail = context.map { " (\($0.text))" } ?? ""
            return Diagnostic(.notYAML("\(problem)\(detail)"), at: at(mark))
        case .reader(let problem, let offset, _, let yaml):
            let (line, column) = lineAndColumn(ofUTF8Offset: offset ?? 0, in: yaml)
            return Diagnostic(
                .unreadableAsYAML(problem), at: SourceLocation(file: file, line: line, column: column))
        default:
            return Diagnostic(
                .notYAML("\(error)"),
                at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    /// The parser's error in the trainer's words (see ``YAMLMistake``), still DF005.
    private static func explained(
        _ problem: String, _ context: YamlError.Context?, _ mark: Mark, in yaml: String, file: String
    ) -> Diagnostic? {
        let report = YAMLMistake.ParserReport(
            problem: problem, line: max(1, mark.line), column: max(1, mark.column),
            contextLine: context.map { max(1, $0.mark.line) },
            contextColumn: context.map { max(1, $0.mark.column) })
        guard let mistake = YAMLMistake.explain(report, in: yaml) else { return nil }
        return Diagnostic(
            .yamlSlip(mistake.message),
            at: SourceLocation(file: file, line: mistake.line, column: mistake.column))
    }

    static func lineAndColumn(ofUTF8Offset offset: Int, in text: String) -> (Int, Int) {
        var line = 1
        var column = 1
        var consumed = 0
        for scalar in text.unicodeScalars {
            if consumed >= offset { break }
            consumed += UTF8.width(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
