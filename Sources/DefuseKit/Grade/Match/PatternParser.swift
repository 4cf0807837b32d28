import Foundation

/// Parses the pattern syntax of `Docs/techniques.md` into a ``Pattern``, or says what is wrong
/// with it in a sentence a trainer can act on (reported as `badPattern`, DF501).
struct PatternParser: Sendable {
    let spelling: Spelling
    static let gapLength = 6

    struct Failure: Error, Equatable {
        var message: String
    }

    func parse(_ source: String) -> Result<Pattern, Failure> {
        // Loading the phrase lists parses tens of thousands of words at start-up, so the pattern
        // is walked as UTF-8 bytes; a `String` is made only for a word and for an error message.
        let trimmed = Self.trimmingSpaces(source)
        guard !trimmed.isEmpty else { return .failure(Failure(message: "the pattern is empty")) }
        let bytes = Array(trimmed.utf8)
        var pieces: [Pattern.Piece] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == Self.space {
                index += 1
                continue
            }
            let chunk: ArraySlice<UInt8>
            if bytes[index] == Self.open {
                guard let close = bytes[index...].firstIndex(of: Self.close) else {
                    return .failure(Failure(message: "'(' has no matching ')'"))
                }
                var end = close + 1
                if end < bytes.count, bytes[end] == Self.question { end += 1 }
                chunk = bytes[index..<end]
                index = end
                if index < bytes.count, bytes[index] != Self.space {
                    let next = Self.text(bytes[index...]).first.map(String.init) ?? ""
                    return .failure(Failure(message: "put a space after ')' before '\(next)'"))
                }
            } else {
                let end = bytes[index...].firstIndex(of: Self.space) ?? bytes.count
                chunk = bytes[index..<end]
                index = end
                if chunk.contains(Self.open) || chunk.contains(Self.close) {
                    return .failure(
                        Failure(
                            message:
                                "'\(Self.text(chunk))' mixes brackets into a word; write '(a|b c)' on its own"
                        ))
                }
            }
            switch parsePiece(chunk) {
            case .success(let piece): pieces.append(piece)
            case .failure(let failure): return .failure(failure)
            }
        }
        if pieces.dropFirst().contains(.sentenceStart) {
            return .failure(Failure(message: "'^' (start of a sentence) may only begin a pattern"))
        }
        if pieces.dropLast().contains(.sentenceEnd) {
            return .failure(Failure(message: "'$' (end of a sentence) may only end a pattern"))
        }
        let words = pieces.filter { if case .choice(_, optional: false) = $0 { true } else { false } }
        if words.isEmpty {
            return .failure(Failure(message: "the pattern needs at least one word that is not optional"))
        }
        if case .gap = pieces.first { return .failure(Failure(message: "a pattern cannot start with '...'")) }
        if case .gap = pieces.last { return .failure(Failure(message: "a pattern cannot end with '...'")) }
        return .success(Pattern(source: trimmed, pieces: pieces))
    }

    private static let space = UInt8(ascii: " ")
    private static let open = UInt8(ascii: "(")
    private static let close = UInt8(ascii: ")")
    private static let question = UInt8(ascii: "?")
    private static let bar = UInt8(ascii: "|")
    private static let ellipsis: [UInt8] = [0xE2, 0x80, 0xA6]

    private static func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    private func parsePiece(_ chunk: ArraySlice<UInt8>) -> Result<Pattern.Piece, Failure> {
        if chunk.elementsEqual("...".utf8) || chunk.elementsEqual(Self.ellipsis) {
            return .success(.gap(max: Self.gapLength))
        }
        if chunk.elementsEqual("^".utf8) { return .success(.sentenceStart) }
        if chunk.elementsEqual("$".utf8) { return .success(.sentenceEnd) }
        var body = chunk
        var optional = false
        if body.last == Self.question, body.count > 1 {
            optional = true
            body = body.dropLast()
        }
        if body.first == Self.open {
            body = body.dropFirst().dropLast()
        }
        // Alternatives split at '|' and words at ' ' by index, appending atoms in place: loading
        // parses some twenty thousand words, and slices and small arrays were most of its cost.
        var alternatives: [[Pattern.Atom]] = []
        var start = body.startIndex
        while true {
            let end = body[start...].firstIndex(of: Self.bar) ?? body.endIndex
            var atoms: [Pattern.Atom] = []
            var index = start
            while index < end {
                if body[index] == Self.space {
                    index += 1
                    continue
                }
                let wordEnd = body[index..<end].firstIndex(of: Self.space) ?? end
                if let failure = parseAtom(body[index..<wordEnd], into: &atoms) { return .failure(failure) }
                index = wordEnd
            }
            if atoms.isEmpty {
                return .failure(
                    Failure(message: "'\(Self.text(chunk))' has an empty choice; remove the extra '|'"))
            }
            alternatives.append(atoms)
            if end == body.endIndex { break }
            start = end + 1
        }
        return .success(.choice(alternatives, optional: optional))
    }

    /// Appends the atoms of one word to `atoms` (a contraction gives several), or says what is
    /// wrong with it.
    private func parseAtom(_ bytes: ArraySlice<UInt8>, into atoms: inout [Pattern.Atom]) -> Failure? {
        let first = bytes.first ?? 0
        if first == UInt8(ascii: "<") || first == UInt8(ascii: "_") || first == UInt8(ascii: ".")
            || first == UInt8(ascii: "^") || first == UInt8(ascii: "$") || first >= 0x80
        {
            switch Self.text(bytes) {
            case "<num>": atoms.append(.number); return nil
            case "<clock>": atoms.append(.clock); return nil
            case "<hour>": atoms.append(.hour); return nil
            case "_": atoms.append(.any); return nil
            case "...", "…", "^", "$":
                return Failure(message: "'\(Self.text(bytes))' cannot stand inside brackets")
            default: break
            }
        }
        if first == UInt8(ascii: "<") {
            return Failure(
                message: "unknown word class '\(Self.text(bytes))'; the classes are <num>, <hour> and <clock>"
            )
        }
        if bytes.last == UInt8(ascii: "*") {
            let stem = Self.text(bytes.dropLast()).lowercased()
            guard stem.count >= 2, !stem.utf8.contains(UInt8(ascii: "*")) else {
                return Failure(message: "'\(Self.text(bytes))' needs at least two letters before '*'")
            }
            // `replacingOccurrences` is slow; most words have nothing to replace.
            atoms.append(
                .prefix(
                    stem.utf8.contains(UInt8(ascii: "'"))
                        ? stem.replacingOccurrences(of: "'", with: "") : stem))
            return nil
        }
        var lower: String
        if Self.isPlainASCIIWord(bytes) {
            // Lower-cased byte by byte straight into the string: no Unicode tables, no array.
            lower = String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (offset, byte) in bytes.enumerated() {
                    buffer[offset] =
                        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
                }
                return bytes.count
            }
        } else {
            let word = Self.text(bytes)
            guard Self.isPlainWord(Substring(word)) else {
                return Failure(message: "'\(word)' has a character patterns do not use; write plain words")
            }
            lower = word.lowercased()
            if lower.unicodeScalars.contains("\u{2019}") {
                lower = lower.replacingOccurrences(of: "’", with: "'")
            }
        }
        let hadApostrophe = lower.utf8.contains(UInt8(ascii: "'"))
        switch spelling.normalise(lower, hadApostrophe: hadApostrophe, previous: nil) {
        case .one(let word): atoms.append(.word(word))
        case .many(let words): for word in words { atoms.append(.word(word)) }
        }
        return nil
    }

    /// Letters, digits and `'`, `:`, `.` only, all ASCII: the common case, checked by bytes.
    private static func isPlainASCIIWord(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "'"), UInt8(ascii: ":"),
                UInt8(ascii: "."):
                true
            default: false
            }
        }
    }

    /// The characters a pattern word may hold, in full Unicode.
    private static func isPlainWord(_ word: Substring) -> Bool {
        word.allSatisfy { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "’" || $0 == ":" || $0 == "." }
    }

    /// `text` without leading and trailing spaces and tabs (`CharacterSet.whitespaces`).
    static func trimmingSpaces(_ text: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }
}
