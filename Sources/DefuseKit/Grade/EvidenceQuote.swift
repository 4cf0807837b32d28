/// The words a rep reads for a piece of evidence: the evidence itself when it says something,
/// else the clause of the reply around it.
///
/// A verdict's evidence is the span a pattern or rule matched, and it is often a word or two
/// ("I'll", "that's", "at 11:30"): right for `grade --jsonl`, meaningless in a transcript. For
/// display, a span of fewer than ``shortWords`` words or under ``shortLength`` characters
/// widens to its ``Clause`` (as ``ClauseReader`` splits the reply: at commas, sentence ends and
/// joining words), then takes in the next and previous clauses of the same sentence while the
/// quote has fewer than ``shortWords`` words ("I'm sorry" becomes "I'm sorry, that's our
/// error…"). A quote longer than ``maximumLength`` characters keeps the words nearest the span.
/// An ellipsis marks each end that was cut away from punctuation; an end at a comma, a
/// sentence end or the reply's edge needs none.
struct EvidenceQuote {
    /// Spans with fewer words than this are widened, and so are widened quotes.
    static let shortWords = 3
    /// Spans shorter than this (in characters) are widened.
    static let shortLength = 12
    /// The longest widened quote, in characters (ellipses not counted).
    static let maximumLength = 60

    let text: TokenizedText
    let clauses: [Clause]

    init(_ text: TokenizedText) {
        self.init(text, clauses: ClauseReader.clauses(of: text))
    }

    init(_ text: TokenizedText, clauses: [Clause]) {
        self.text = text
        self.clauses = clauses
    }

    /// The quotes to show for `words` (the evidence of one verdict, in order): each widened
    /// when short, around the place `spans` gives (UTF-8 offsets, in the same order; a word
    /// without one is looked for from the reply's start), without repeats or quotes that another
    /// one already shows.
    func quotes(_ words: [String], spans: [Range<Int>?] = []) -> [String] {
        var shown: [String] = []
        var cores: [String] = []
        for (index, word) in words.enumerated() {
            let quote = self.quote(word, at: spans.indices.contains(index) ? spans[index] : nil)
            let core = Self.core(quote)
            if cores.contains(where: { $0.contains(core) }) { continue }
            // A later, wider quote replaces the ones it contains.
            let kept = cores.indices.filter { !core.contains(cores[$0]) }
            shown = kept.map { shown[$0] }
            cores = kept.map { cores[$0] }
            shown.append(quote)
            cores.append(core)
        }
        return shown
    }

    /// The quote for one span of evidence: `words` itself when long enough or not found in the
    /// reply, else the words around it, at `place` (its UTF-8 offsets) when given.
    func quote(_ words: String, at place: Range<Int>? = nil) -> String {
        let wordCount = words.split(whereSeparator: \.isWhitespace).count
        guard wordCount < Self.shortWords || words.count < Self.shortLength,
            let span = place.flatMap(text.tokens(at:)) ?? tokens(of: words)
        else { return words }
        var range = clause(holding: span.lowerBound).map { Self.joined(span, $0) } ?? span
        range = widened(range)
        range = trimmed(range, around: span)
        let quote = text.quote(range)
        guard !quote.isEmpty else { return words }
        return (cutBefore(range) ? "…" : "") + quote + (cutAfter(range) ? "…" : "")
    }

    /// The tokens whose typed words are exactly `words`: the first place in the reply, from
    /// token `after` on, where `words` starts at a token's start and ends at a token's end.
    func tokens(of words: String, after: Int = 0) -> Range<Int>? {
        let needle = Array(words.utf8)
        guard !needle.isEmpty, needle.count <= text.utf8.count, after < text.tokens.count else { return nil }
        for start in text.tokens.indices[after...] {
            let offset = text.tokens[start].start
            guard start == 0 || text.tokens[start - 1].start != offset else { continue }
            let end = offset + needle.count
            guard end <= text.utf8.count, text.utf8[offset..<end].elementsEqual(needle) else { continue }
            guard let last = text.tokens[start...].lastIndex(where: { $0.end == end }) else { continue }
            return start..<(last + 1)
        }
        return nil
    }

    private func clause(holding token: Int) -> Range<Int>? {
        clauses.first { $0.range.contains(token) }?.range
    }

    /// `range` with the neighbouring clauses of its sentence (next first, then previous) while
    /// it has too few words and the neighbour keeps it within ``maximumLength``.
    private func widened(_ range: Range<Int>) -> Range<Int> {
        var range = range
        let sentence = text.tokens[range.lowerBound].sentence
        while wordCount(range) < Self.shortWords {
            var grown = false
            for neighbour in [range.upperBound, range.lowerBound - 1] {
                guard text.tokens.indices.contains(neighbour), text.tokens[neighbour].sentence == sentence,
                    let next = clause(holding: neighbour)
                else { continue }
                let candidate = Self.joined(range, next)
                if length(candidate) <= Self.maximumLength {
                    range = candidate
                    grown = true
                    break
                }
            }
            if !grown { break }
        }
        return range
    }

    /// `range` cut to ``maximumLength`` characters, keeping `span` and the words nearest it
    /// (one after, then one before, in turn).
    private func trimmed(_ range: Range<Int>, around span: Range<Int>) -> Range<Int> {
        guard length(range) > Self.maximumLength else { return range }
        var window = span
        var growing = true
        while growing {
            growing = false
            for step in [1, -1] {
                let candidate =
                    step == 1
                    ? window.lowerBound..<nextEnd(after: window.upperBound, within: range)
                    : previousStart(before: window.lowerBound, within: range)..<window.upperBound
                if candidate != window, length(candidate) <= Self.maximumLength {
                    window = candidate
                    growing = true
                }
            }
        }
        return window
    }

    /// The end of the token group after `end` (tokens of one contraction go together).
    private func nextEnd(after end: Int, within range: Range<Int>) -> Int {
        guard end < range.upperBound else { return end }
        var next = end + 1
        while next < range.upperBound, text.tokens[next].start == text.tokens[end].start { next += 1 }
        return next
    }

    private func previousStart(before start: Int, within range: Range<Int>) -> Int {
        guard start > range.lowerBound else { return start }
        var previous = start - 1
        while previous > range.lowerBound, text.tokens[previous - 1].start == text.tokens[previous].start {
            previous -= 1
        }
        return previous
    }

    /// The smallest range that holds both.
    private static func joined(_ first: Range<Int>, _ second: Range<Int>) -> Range<Int> {
        min(first.lowerBound, second.lowerBound)..<max(first.upperBound, second.upperBound)
    }

    private func length(_ range: Range<Int>) -> Int { text.quote(range).count }

    private func wordCount(_ range: Range<Int>) -> Int {
        text.quote(range).split(whereSeparator: \.isWhitespace).count
    }

    /// Whether the quote stops short of the reply's start with no punctuation before it.
    private func cutBefore(_ range: Range<Int>) -> Bool {
        guard range.lowerBound > 0 else { return false }
        return !punctuated(
            from: text.tokens[range.lowerBound - 1].end, to: text.tokens[range.lowerBound].start)
    }

    /// Whether the quote stops short of the reply's end with no punctuation after it.
    private func cutAfter(_ range: Range<Int>) -> Bool {
        guard range.upperBound < text.tokens.count else { return false }
        return !punctuated(
            from: text.tokens[range.upperBound - 1].end, to: text.tokens[range.upperBound].start)
    }

    private func punctuated(from: Int, to: Int) -> Bool {
        from < to && to <= text.utf8.count && Self.hasPunctuation(text.utf8[from..<to])
    }

    private static func hasPunctuation(_ bytes: ArraySlice<UInt8>) -> Bool {
        // ASCII clause and sentence marks, or any multi-byte character between two words (a
        // dash, an ellipsis, a curly quotation mark).
        bytes.contains { ",.;:!?()[]\"".utf8.contains($0) || $0 >= 0x80 }
    }

    /// A quote without its ellipses, to tell whether one quote shows another.
    private static func core(_ quote: String) -> String {
        String(quote.drop { $0 == "…" }.reversed().drop { $0 == "…" }.reversed())
    }
}

extension Grader {
    /// The words to show a rep for each present verdict of `grade`: its evidence, with spans of
    /// a word or two widened to the clause of `reply` around them (see ``Assessment/quotes``).
    /// The evidence itself, which `grade --jsonl` prints, is unchanged.
    public func quotes(for grade: Grade, in reply: String) -> [String: [String]] {
        quotes(for: grade, in: tokenizer.tokenize(reply))
    }

    func quotes(for grade: Grade, in text: TokenizedText) -> [String: [String]] {
        let quoter = EvidenceQuote(text)
        var quotes: [String: [String]] = [:]
        for verdict in grade.all where verdict.present && !verdict.evidence.isEmpty {
            quotes[verdict.id] = quoter.quotes(
                verdict.evidence.map(\.words), spans: verdict.evidence.map { Self.span(of: $0, in: text) })
        }
        return quotes
    }

    /// Where `evidence` stands in the reply: its own ``Evidence/span``, else the one place
    /// where its words occur; nil when they occur at several places (or none) and the rule did
    /// not say which.
    static func span(of evidence: Evidence, in text: TokenizedText) -> Range<Int>? {
        if let span = evidence.span { return span }
        let quoter = EvidenceQuote(text, clauses: [])
        guard let first = quoter.tokens(of: evidence.words),
            quoter.tokens(of: evidence.words, after: first.lowerBound + 1) == nil
        else { return nil }
        return text.span(first)
    }
}
