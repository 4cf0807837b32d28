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
        // Character-level searches and trimming below: Foundation's `contains(_: StringProtocol)`
        // and `trimmingCharacters(in:)` were most of the cost of loading the phrase lists.
        let trimmed = Self.trimmingSpaces(source)
        guard !trimmed.isEmpty else { return .failure(Failure(message: "the pattern is empty")) }
        var pieces: [Pattern.Piece] = []
        var rest = Substring(trimmed)
        while let first = rest.first {
            if first == " " {
                rest = rest.dropFirst()
                continue
            }
            var chunk: Substring
            if first == "(" {
                guard let close = rest.firstIndex(of: ")") else {
                    return .failure(Failure(message: "'(' has no matching ')'"))
                }
                chunk = rest[...close]
                rest = rest[rest.index(after: close)...]
                if rest.first == "?" {
                    chunk = chunk + "?"
                    rest = rest.dropFirst()
                }
                if let next = rest.first, next != " " {
                    return .failure(Failure(message: "put a space after ')' before '\(next)'"))
                }
            } else {
                let end = rest.firstIndex(of: " ") ?? rest.endIndex
                chunk = rest[..<end]
                rest = rest[end...]
                if chunk.contains(Character("(")) || chunk.contains(Character(")")) {
                    return .failure(
                        Failure(message: "'\(chunk)' mixes brackets into a word; write '(a|b c)' on its own"))
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
        let words = pieces.filter { if case .choice(_, optional: false) = $0 { true } else { false } }
        if words.isEmpty {
            return .failure(Failure(message: "the pattern needs at least one word that is not optional"))
        }
        if case .gap = pieces.first { return .failure(Failure(message: "a pattern cannot start with '...'")) }
        if case .gap = pieces.last { return .failure(Failure(message: "a pattern cannot end with '...'")) }
        return .success(Pattern(source: trimmed, pieces: pieces))
    }

    private func parsePiece(_ chunk: Substring) -> Result<Pattern.Piece, Failure> {
        if chunk == "..." || chunk == "…" { return .success(.gap(max: Self.gapLength)) }
        if chunk == "^" { return .success(.sentenceStart) }
        var body = chunk
        var optional = false
        if body.hasSuffix("?"), body.count > 1 {
            optional = true
            body = body.dropLast()
        }
        if body.hasPrefix("(") {
            body = body.dropFirst().dropLast()
        }
        var alternatives: [[Pattern.Atom]] = []
        for alternative in body.split(separator: "|", omittingEmptySubsequences: false) {
            let words = alternative.split(separator: " ")
            if words.isEmpty {
                return .failure(Failure(message: "'\(chunk)' has an empty choice; remove the extra '|'"))
            }
            var atoms: [Pattern.Atom] = []
            for word in words {
                switch parseAtom(word) {
                case .success(let more): atoms += more
                case .failure(let failure): return .failure(failure)
                }
            }
            alternatives.append(atoms)
        }
        return .success(.choice(alternatives, optional: optional))
    }

    private func parseAtom(_ word: Substring) -> Result<[Pattern.Atom], Failure> {
        // Loading the phrase lists parses tens of thousands of words at start-up, so the checks
        // look at UTF-8 bytes where they can: a plain ASCII word skips every special case.
        let bytes = word.utf8
        let first = bytes.first ?? 0
        if first == UInt8(ascii: "<") || first == UInt8(ascii: "_") || first == UInt8(ascii: ".")
            || first == UInt8(ascii: "^") || first >= 0x80
        {
            switch word {
            case "<num>": return .success([.number])
            case "<clock>": return .success([.clock])
            case "<hour>": return .success([.hour])
            case "_": return .success([.any])
            case "...", "…", "^":
                return .failure(Failure(message: "'\(word)' cannot stand inside brackets"))
            default: break
            }
        }
        if first == UInt8(ascii: "<") {
            return .failure(
                Failure(message: "unknown word class '\(word)'; the classes are <num>, <hour> and <clock>"))
        }
        if bytes.last == UInt8(ascii: "*") {
            let stem = word.dropLast().lowercased()
            guard stem.count >= 2, !stem.utf8.contains(UInt8(ascii: "*")) else {
                return .failure(Failure(message: "'\(word)' needs at least two letters before '*'"))
            }
            // `replacingOccurrences` is slow; most words have nothing to replace.
            return .success([
                .prefix(
                    stem.utf8.contains(UInt8(ascii: "'"))
                        ? stem.replacingOccurrences(of: "'", with: "") : stem)
            ])
        }
        guard Self.isPlainASCIIWord(bytes) || Self.isPlainWord(word) else {
            return .failure(
                Failure(message: "'\(word)' has a character patterns do not use; write plain words"))
        }
        var lower = word.lowercased()
        if lower.unicodeScalars.contains("\u{2019}") {
            lower = lower.replacingOccurrences(of: "’", with: "'")
        }
        let hadApostrophe = lower.utf8.contains(UInt8(ascii: "'"))
        return .success(
            spelling.normalise(lower, hadApostrophe: hadApostrophe, previous: nil).list.map { .word($0) })
    }

    /// Letters, digits and `'`, `:`, `.` only, all ASCII: the common case, checked by bytes.
    private static func isPlainASCIIWord(_ bytes: Substring.UTF8View) -> Bool {
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
