/// Shouting: three or more words typed in capitals in a row ("I DID SEND IT", "READ THE
/// EMAIL") raise the voice at the client, which the rubric counts as `argues-back` however
/// polite the words are. Normalisation lowercases every reply, so no phrase list can see it.
///
/// Capitals that repeat the client's own words (a FroMLE restatement typed in capitals, a
/// quoted product name) are not shouting, and neither are short acronyms on their own ("OR",
/// "IFU"): a run needs three words with letters, six letters in all, and at least two words of
/// two letters or more. Numbers neither break nor extend a run.
struct ShoutingRule: GradingRule {
    func apply(to board: inout Board) {
        let text = board.text
        guard Self.mayShout(text.utf8) else { return }
        let clientWords = Set(Self.words(board.client ?? ""))
        var runs: [[Int]] = []
        var run: [Int] = []
        var last: (Int, Int)? = nil
        for (index, token) in text.tokens.enumerated() {
            // Contractions share the typed range of one word: look at each typed word once.
            if let last, last == (token.start, token.end) {
                if !run.isEmpty { run.append(index) }
                continue
            }
            last = (token.start, token.end)
            let typed = text.quote(index..<(index + 1))
            let letters = typed.unicodeScalars.filter { $0.properties.isAlphabetic }
            if letters.isEmpty { if !run.isEmpty { run.append(index) }; continue }
            if letters.allSatisfy({ $0.properties.isUppercase }) {
                run.append(index)
            } else {
                if !run.isEmpty { runs.append(run) }
                run = []
            }
        }
        if !run.isEmpty { runs.append(run) }
        var found: [Evidence] = []
        for run in runs {
            guard let first = run.first, let end = run.last else { continue }
            let typed = Self.words(text.quote(first..<(end + 1)))
            let letterCount = typed.reduce(0) { $0 + $1.count }
            guard typed.count >= 3, letterCount >= 6, typed.filter({ $0.count >= 2 }).count >= 2 else {
                continue
            }
            if typed.starts(with: ["from", "my", "limited"]) { continue }
            let echoed = typed.filter { clientWords.contains($0) }.count
            if echoed * 2 >= typed.count { continue }
            found.append(
                Evidence(
                    words: text.quote(first..<(end + 1)), span: text.span(first..<(end + 1)),
                    rule: board.rule("rule: words typed in capitals")))
        }
        guard !found.isEmpty else { return }
        board.add(
            "argues-back", board.evidence(.arguesBack) + found,
            explanation: "shouts at the client (capitals)")
    }

    /// Whether `bytes` could hold a run of capitals: at least six ASCII capitals, or any
    /// non-ASCII byte (capitals outside ASCII are checked the slow way). Most replies have
    /// neither, and skip the per-word Unicode checks entirely.
    ///
    /// Read eight bytes at a time, as one `UInt64` (a byte per lane): this runs over every byte of
    /// every reply, and byte by byte it cost ~1 k instructions a reply. A lane with its top bit
    /// set is a non-ASCII byte; in a word without one, adding 0x3F to a lane sets its top bit
    /// exactly when the byte is at least "A" (0x41), and adding 0x25 exactly when it is past "Z"
    /// (0x5A); no lane carries into the next, since no lane exceeds 0x7F + 0x3F. The capitals are
    /// the lanes with the first bit and not the second, counted with one population count. The
    /// answer is ``mayShoutByteByByte(_:)``'s (a test holds them equal). `loadUnaligned` reads
    /// only whole words inside the buffer; the last bytes are read one by one.
    static func mayShout(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            let lanes: UInt64 = 0x8080_8080_8080_8080
            var capitals = 0
            var offset = 0
            while offset + 8 <= raw.count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                if word & lanes != 0 { return true }
                let atLeastA = word &+ 0x3F3F_3F3F_3F3F_3F3F
                let pastZ = word &+ 0x2525_2525_2525_2525
                capitals += (atLeastA & ~pastZ & lanes).nonzeroBitCount
                if capitals >= 6 { return true }
                offset += 8
            }
            for byte in raw[offset...] {
                if byte >= 0x80 { return true }
                if byte >= 0x41 && byte <= 0x5A { capitals += 1 }
            }
            return capitals >= 6
        }
    }

    /// ``mayShout(_:)`` byte by byte: the reference its tests compare it with.
    static func mayShoutByteByByte(_ bytes: [UInt8]) -> Bool {
        var capitals = 0
        for byte in bytes {
            if byte >= 0x80 { return true }
            if byte >= 0x41 && byte <= 0x5A {
                capitals += 1
                if capitals >= 6 { return true }
            }
        }
        return false
    }

    /// The lower-case words of `line` (letters and apostrophes).
    static func words(_ line: String) -> [String] {
        line.lowercased().split { !($0.isLetter || $0 == "'" || $0 == "’") }.map(String.init)
    }
}
