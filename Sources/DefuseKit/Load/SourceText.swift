/// Turns a file's bytes into text that is safe to hand to the YAML parser, or says why not.
///
/// Guards against what a hostile or broken file can do before any parsing happens: a file too
/// large to be a scenario, bytes that are not UTF-8, binary junk, and nesting so deep that a
/// recursive parser would exhaust its stack (100,000 `[` in a row, or `- - - …`).
enum SourceText {
    /// The largest file accepted: far above any real scenario (a 1,000-node file is ~300 KB).
    static let maximumBytes = 2 * 1024 * 1024
    /// The deepest nesting accepted: flow brackets plus block indentation levels.
    static let maximumDepth = 200

    /// Decodes `bytes` as UTF-8 text, or returns the located problem.
    static func decode(_ bytes: [UInt8], file: String) -> Result<String, Diagnostic> {
        if bytes.count > maximumBytes {
            let megabytes = Double(bytes.count) / 1_048_576
            let shown = (megabytes * 10).rounded() / 10
            return .failure(
                Diagnostic(
                    .fileTooLarge(megabytes: shown, limit: maximumBytes / 1_048_576),
                    at: SourceLocation(file: file, line: 1, column: 1)))
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // Fast path: valid UTF-8 without NUL bytes, checked by the standard library in bulk.
        // Only a file that fails it is decoded scalar by scalar to find where.
        if !body.contains(0), let text = String(validating: body, as: UTF8.self) {
            return .success(text)
        }
        var line = 1
        var column = 1
        var iterator = body.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(body.count)
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 {
                    return .failure(
                        Diagnostic(.nulByte, at: SourceLocation(file: file, line: line, column: column)))
                }
                scalars.append(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                break loop
            case .error:
                return .failure(
                    Diagnostic(.notUTF8, at: SourceLocation(file: file, line: line, column: column)))
            }
        }
        return .success(String(scalars))
    }

    /// Finds the first place where nesting goes deeper than ``maximumDepth``.
    ///
    /// Counts flow brackets (`[`, `{`) and block levels (indentation plus `- ` and `? `
    /// indicators that open a nested collection on the same line). Brackets inside quoted text
    /// are counted too; the estimate is only ever too high, and the limit is far above what
    /// any hand-written file needs.
    static func excessiveNesting(in text: String, file: String) -> Diagnostic? {
        // Works on UTF-8 bytes: every character that matters here is ASCII, and columns count
        // scalars (continuation bytes are skipped), which is far cheaper than walking graphemes.
        var flowDepth = 0
        var line = 1
        var column = 0
        var atLineStart = true
        var blockDepth = 0
        var inComment = false
        var previous = UInt8(ascii: "\n")
        for byte in text.utf8 {
            if byte & 0xC0 == 0x80 { continue }
            column += 1
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 0
                atLineStart = true
                blockDepth = 0
                inComment = false
                previous = byte
                continue
            }
            if inComment {
                previous = byte
                continue
            }
            if atLineStart {
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?") {
                    blockDepth += 1
                } else {
                    atLineStart = false
                }
            }
            switch byte {
            case UInt8(ascii: "#")
            where previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t") || column == 1:
                inComment = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                flowDepth = max(0, flowDepth - 1)
            default:
                break
            }
            if flowDepth + blockDepth / 2 > maximumDepth || blockDepth > maximumDepth * 4 {
                return Diagnostic(
                    .nestingTooDeep(limit: maximumDepth),
                    at: SourceLocation(file: file, line: line, column: column))
            }
            previous = byte
        }
        return nil
    }
}
