import Foundation

/// Reads the JSON text columns of the `turn` table straight from SQLite's bytes.
///
/// GRDB writes `[String]` as `["a","b"]` and `[String: [String]]` as `{"k":["a"]}`. Decoding
/// millions of those with `JSONDecoder` dominated `defuse report`; this scanner handles the
/// plain form (no escapes) in one pass and returns nil for anything else, so the caller can
/// fall back to `JSONDecoder` and the result is the same either way. Technique ids repeat
/// across turns, so strings are shared through an ``Interner`` instead of allocated each time.
struct JSONTextScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// `["a", "b"]`, or nil when the text is not a plain array of plain strings.
    static func stringArray(_ data: Data, interner: inout Interner) -> [String]? {
        data.withUnsafeBytes { raw in stringArray(raw.bindMemory(to: UInt8.self), interner: &interner) }
    }

    /// ``stringArray(_:interner:)-(Data,_)`` over bytes read straight from SQLite.
    static func stringArray(_ bytes: UnsafeBufferPointer<UInt8>, interner: inout Interner) -> [String]? {
        var scanner = JSONTextScanner(bytes)
        guard let array = scanner.array(&interner), scanner.atEnd() else { return nil }
        return array
    }

    /// Calls `body` with the bytes of each string of a plain array of plain strings; false
    /// (after possibly some calls) when the text is anything else.
    static func forEachString(
        in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) -> Bool {
        var scanner = JSONTextScanner(bytes)
        guard scanner.take(UInt8(ascii: "[")) else { return false }
        if scanner.take(UInt8(ascii: "]")) { return scanner.atEnd() }
        while true {
            guard let bytes = scanner.stringBytes() else { return false }
            body(bytes)
            if scanner.take(UInt8(ascii: ",")) { continue }
            return scanner.take(UInt8(ascii: "]")) && scanner.atEnd()
        }
    }

    /// `{"k": ["a"]}`, or nil when the text is anything else.
    static func stringArrays(_ data: Data, interner: inout Interner) -> [String: [String]]? {
        data.withUnsafeBytes { raw in stringArrays(raw.bindMemory(to: UInt8.self), interner: &interner) }
    }

    /// ``stringArrays(_:interner:)-(Data,_)`` over bytes read straight from SQLite.
    static func stringArrays(_ bytes: UnsafeBufferPointer<UInt8>, interner: inout Interner) -> [String:
        [String]]?
    {
        var scanner = JSONTextScanner(bytes)
        guard scanner.take(UInt8(ascii: "{")) else { return nil }
        var result: [String: [String]] = [:]
        if scanner.take(UInt8(ascii: "}")) { return scanner.atEnd() ? result : nil }
        while true {
            guard let key = scanner.string(&interner), scanner.take(UInt8(ascii: ":")),
                let value = scanner.array(&interner)
            else { return nil }
            result[key] = value
            if scanner.take(UInt8(ascii: ",")) { continue }
            guard scanner.take(UInt8(ascii: "}")), scanner.atEnd() else { return nil }
            return result
        }
    }

    private mutating func array(_ interner: inout Interner) -> [String]? {
        guard take(UInt8(ascii: "[")) else { return nil }
        var result: [String] = []
        if take(UInt8(ascii: "]")) { return result }
        while true {
            guard let item = string(&interner) else { return nil }
            result.append(item)
            if take(UInt8(ascii: ",")) { continue }
            return take(UInt8(ascii: "]")) ? result : nil
        }
    }

    private mutating func string(_ interner: inout Interner) -> String? {
        stringBytes().map { interner.string($0) }
    }

    /// The bytes between the quotes of a string without escapes, or nil.
    private mutating func stringBytes() -> UnsafeBufferPointer<UInt8>? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            if byte == UInt8(ascii: "\"") {
                position += 1
                return UnsafeBufferPointer(rebasing: bytes[start..<(position - 1)])
            }
            position += 1
        }
        return nil
    }

    private mutating func skipSpace() {
        while position < bytes.count,
            [UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r")].contains(
                bytes[position])
        {
            position += 1
        }
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func atEnd() -> Bool {
        skipSpace()
        return position == bytes.count
    }
}

/// Shares one `String` per distinct short text (technique ids repeat millions of times).
struct Interner {
    private var table: [UInt64: String] = [:]

    /// The string for these UTF-8 bytes (already known to be valid JSON string content).
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.count <= 64 else { return String(decoding: bytes, as: UTF8.self) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash ^= UInt64(bytes.count) << 56
        if let known = table[hash], known.utf8.elementsEqual(bytes) { return known }
        let text = String(decoding: bytes, as: UTF8.self)
        if table[hash] == nil { table[hash] = text }
        return text
    }
}
