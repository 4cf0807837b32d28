/// Reads one input line of `defuse grade --jsonl`: a strict JSON parser (RFC 8259, the grammar
/// Foundation's `JSONSerialization` accepts) that keeps only what grading needs.
///
/// It accepts exactly the lines a JSON parser accepts (a test runs it beside
/// `JSONSerialization` on the same lines) and keeps the id's bytes exactly as written, so
/// `"a\/b"`, `1e2`, `"\u00e9"` and `true` come back as given whatever else is on the line. Other
/// fields are checked and skipped without building values. The line is walked once, as bytes:
/// this runs on every line of a batch (see `Benchmarks/compare.sh`).
struct FastJSONLine {
    /// How deeply arrays and objects may nest before a line is refused as "nested too deeply".
    static let maxDepth = 512

    private let bytes: UnsafeRawBufferPointer
    private var index = 0

    private init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// The line's id (as written), text and client, or why the line is not usable.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> Result<JSONLine.Input, JSONLine.Failure> {
        var parser = FastJSONLine(bytes)
        do {
            return .success(try parser.line())
        } catch {
            return .failure(error)
        }
    }

    /// Why a value could not be read (internal: turned into a ``JSONLine/Failure``).
    private enum Syntax: Error { case invalid, tooDeep }

    /// What a top-level field held, as far as grading cares.
    private enum Field {
        case string(String, raw: Range<Int>)
        case scalar(raw: Range<Int>)  // a number, `true` or `false`
        case null
        case container
    }

    private mutating func line() throws(JSONLine.Failure) -> JSONLine.Input {
        var id: Field?
        var reply: Field?
        var client: Field?
        do {
            skipSpace()
            // A byte-order mark is not JSON: JSONSerialization refuses it too.
            guard take(UInt8(ascii: "{")) else {
                _ = try value(depth: 0)
                skipSpace()
                guard index == bytes.count else { throw Syntax.invalid }
                throw JSONLine.Failure.notJSON("it is not a JSON object")
            }
            skipSpace()
            if !take(UInt8(ascii: "}")) {
                while true {
                    skipSpace()
                    guard peek == UInt8(ascii: "\"") else { throw Syntax.invalid }
                    let key = try keyName()
                    skipSpace()
                    guard take(UInt8(ascii: ":")) else { throw Syntax.invalid }
                    skipSpace()
                    let field = try value(depth: 1)
                    // A repeated key: the last one counts, as in JSONSerialization.
                    switch key {
                    case .id: id = field
                    case .text: reply = field
                    case .client: client = field
                    case .other: break
                    }
                    skipSpace()
                    if take(UInt8(ascii: ",")) { continue }
                    guard take(UInt8(ascii: "}")) else { throw Syntax.invalid }
                    break
                }
            }
            skipSpace()
            guard index == bytes.count else { throw Syntax.invalid }
        } catch let failure as JSONLine.Failure {
            throw failure
        } catch Syntax.tooDeep {
            throw .notJSON(
                "it is nested too deeply (more than \(Self.maxDepth) levels of arrays and objects)")
        } catch {
            throw .notJSON("it is not valid JSON")
        }
        let idText: String
        switch id {
        case .string(_, let raw)?, .scalar(let raw)?: idText = source(raw)
        case nil, .null?: throw .missing("it has no \"id\"")
        case .container?: throw .missing("its \"id\" must be a string, a number, true or false")
        }
        guard case .string(let text, _)? = reply else { throw .missing("it has no \"text\" string") }
        var clientLine: String?
        if case .string(let line, _)? = client { clientLine = line }
        return JSONLine.Input(id: idText, text: text, client: clientLine)
    }

    private enum Key { case id, text, client, other }

    /// A key; only the three grading reads are decoded (escapes in keys are rare, and handled).
    private mutating func keyName() throws(Syntax) -> Key {
        let start = index
        let plain = try skipString()
        let body = bytes[(start + 1)..<(index - 1)]
        let name: String
        if plain {
            if body.elementsEqual("id".utf8) { return .id }
            if body.elementsEqual("text".utf8) { return .text }
            if body.elementsEqual("client".utf8) { return .client }
            return .other
        } else {
            name = decodeString(start..<index)
        }
        switch name {
        case "id": return .id
        case "text": return .text
        case "client": return .client
        default: return .other
        }
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func source(_ range: Range<Int>) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// One value of any kind; `depth` counts the arrays and objects around it.
    private mutating func value(depth: Int) throws(Syntax) -> Field {
        guard let byte = peek else { throw .invalid }
        let start = index
        switch byte {
        case UInt8(ascii: "\""):
            let plain = try skipString()
            let range = start..<index
            let decoded =
                plain
                ? String(
                    decoding: UnsafeRawBufferPointer(rebasing: bytes[(start + 1)..<(index - 1)]),
                    as: UTF8.self)
                : decodeString(range)
            return .string(decoded, raw: range)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try number()
            return .scalar(raw: start..<index)
        case UInt8(ascii: "t"):
            try literal("true")
            return .scalar(raw: start..<index)
        case UInt8(ascii: "f"):
            try literal("false")
            return .scalar(raw: start..<index)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            try container(depth: depth + 1)
            return .container
        default:
            throw .invalid
        }
    }

    /// An array or object, checked and skipped.
    private mutating func container(depth: Int) throws(Syntax) {
        guard depth <= Self.maxDepth else { throw .tooDeep }
        let isObject = bytes[index] == UInt8(ascii: "{")
        let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        index += 1
        skipSpace()
        if take(close) { return }
        while true {
            skipSpace()
            if isObject {
                guard peek == UInt8(ascii: "\"") else { throw .invalid }
                _ = try skipString()
                skipSpace()
                guard take(UInt8(ascii: ":")) else { throw .invalid }
                skipSpace()
            }
            _ = try value(depth: depth)
            skipSpace()
            if take(UInt8(ascii: ",")) { continue }
            guard take(close) else { throw .invalid }
            return
        }
    }

    private mutating func literal(_ word: StaticString) throws(Syntax) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw .invalid }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { throw .invalid }
        index += count
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    private mutating func number() throws(Syntax) {
        _ = take(UInt8(ascii: "-"))
        guard let first = peek, Self.isDigit(first) else { throw .invalid }
        index += 1
        if first != UInt8(ascii: "0") { skipDigits() }
        if take(UInt8(ascii: ".")) {
            guard let digit = peek, Self.isDigit(digit) else { throw .invalid }
            skipDigits()
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard let digit = peek, Self.isDigit(digit) else { throw .invalid }
            skipDigits()
        }
    }

    private mutating func skipDigits() {
        while let byte = peek, Self.isDigit(byte) { index += 1 }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    /// Walks a string literal from its opening quote to just past its closing one, checking
    /// escapes and UTF-8; true when it has no escape (its bytes are its text).
    private mutating func skipString() throws(Syntax) -> Bool {
        index += 1
        var plain = true
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return plain
            case UInt8(ascii: "\\"):
                plain = false
                index += 1
                guard let escape = peek else { throw .invalid }
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                    UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    break
                case UInt8(ascii: "u"):
                    let unit = try hex4()
                    if (0xD800..<0xDC00).contains(unit) {
                        // A high surrogate must be followed by an escaped low one.
                        guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")),
                            (0xDC00..<0xE000).contains(try hex4())
                        else { throw .invalid }
                    } else if (0xDC00..<0xE000).contains(unit) {
                        throw .invalid
                    }
                default: throw .invalid
                }
            case 0..<0x20:
                throw .invalid
            case 0x80...:
                try skipScalar()
            default:
                index += 1
            }
        }
        throw .invalid
    }

    /// One multi-byte UTF-8 scalar, checked (no overlong forms, surrogates or values past
    /// U+10FFFF).
    private mutating func skipScalar() throws(Syntax) {
        let lead = bytes[index]
        let count: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: count = 2
        case 0xE0: count = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: count = 3
        case 0xED: count = 3; high = 0x9F
        case 0xF0: count = 4; low = 0x90
        case 0xF1...0xF3: count = 4
        case 0xF4: count = 4; high = 0x8F
        default: throw .invalid
        }
        guard index + count <= bytes.count else { throw .invalid }
        guard (low...high).contains(bytes[index + 1]) else { throw .invalid }
        for offset in 2..<max(2, count) where !(0x80...0xBF).contains(bytes[index + offset]) {
            throw .invalid
        }
        index += count
    }

    private mutating func hex4() throws(Syntax) -> UInt32 {
        guard index + 4 <= bytes.count else { throw .invalid }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            index += 1
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 48)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 87)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 55)
            default: throw .invalid
            }
            value = value * 16 + digit
        }
        return value
    }

    /// The text of a string literal already checked by ``skipString()`` (`range` includes the
    /// quotes).
    private func decodeString(_ range: Range<Int>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var position = range.lowerBound + 1
        let end = range.upperBound - 1
        func hex(_ at: Int) -> UInt32 {
            var value: UInt32 = 0
            for offset in 0..<4 {
                let byte = bytes[at + offset]
                let digit: UInt32 =
                    byte <= 57 ? UInt32(byte - 48) : byte <= 70 ? UInt32(byte - 55) : UInt32(byte - 87)
                value = value * 16 + digit
            }
            return value
        }
        while position < end {
            let byte = bytes[position]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                position += 1
                continue
            }
            let escape = bytes[position + 1]
            position += 2
            switch escape {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = hex(position)
                position += 4
                if (0xD800..<0xDC00).contains(scalar) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (hex(position + 2) - 0xDC00)
                    position += 6
                }
                if let unicode = Unicode.Scalar(scalar) { out += Array(String(unicode).utf8) }
            default: out.append(escape)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }
}
