/// A technique's phrase lists compiled once, and the first pass of grading: which of its
/// patterns match a reply and which of those matches a negation, a conditional or an `except`
/// pattern cancels.
final class CompiledTechnique: Sendable {
    /// What the first pass found for one technique on one reply.
    struct Finding: Sendable {
        /// Matches that count.
        var matches: [PatternSet.Match] = []
        /// Matches of `soft` patterns that count unless an id of `softUnless` is present.
        var softMatches: [PatternSet.Match] = []
        /// Matches that were cancelled, each with the reason (words only when explained).
        var cancelled: [(match: PatternSet.Match, reason: Cancellation)] = []
        /// Matches of `needs` that made the matches count (the time of a decisive action).
        var supports: [PatternSet.Match] = []
    }

    /// Why a match does not count. A value, not words: the batch form never explains, and the
    /// words are built by ``explain(_:of:text:exceptions:sources:)`` only for a verdict shown
    /// to a person.
    enum Cancellation: Sendable, Equatable {
        /// A negation ("not", "never") at token `by`, just before the match in its clause.
        case negated(by: Int)
        /// A condition ("if", "unless") at token `by`, earlier in the clause.
        case conditional(by: Int)
        /// An `except` pattern near it (within the list's `except-within` scope).
        case excepted
        /// None of the `needs` patterns near it (within `needs-within`).
        case missingNeeds
    }

    /// The lists of a technique; the grader matches all of them in one pass over the reply and
    /// hands each technique its share (`client` is matched against the client's line).
    enum List: Int, CaseIterable {
        case patterns, except, needs, soft, client
    }

    let technique: Technique
    /// The parsed patterns of each list, in ``List`` order (read them with ``subscript(_:)``).
    let lists: [[Pattern]]
    /// Whether the technique is a compliance breach, whose exceptions stop at a "but".
    let isComplianceBreach: Bool
    /// What ``find(in:matched:technique:)`` reads of the technique's ``phrases`` on every reply,
    /// copied out once: reading them through `phrases` copied (and retained, then released) its
    /// six phrase lists on every call.
    private let negationCancels: Bool
    private let conditionalCancels: Bool
    private let exceptWithin: PhraseLists.Scope
    private let needsWithin: PhraseLists.Scope
    private let hasNeeds: Bool

    /// The parsed patterns of `list`.
    subscript(_ list: List) -> [Pattern] { lists[list.rawValue] }

    var id: String { technique.id }
    var phrases: PhraseLists { technique.phrases }

    /// Compiles `technique`'s lists; patterns that do not parse are skipped (the loader has
    /// already reported them as DF501).
    init(_ technique: Technique, parser: PatternParser) {
        self.technique = technique
        isComplianceBreach = ComplianceBreaches.ids.contains(technique.id)
        let phrases = technique.phrases
        let known = technique.parsed.bySource
        lists = [phrases.patterns, phrases.except, phrases.needs, phrases.soft, phrases.softIfClient].map {
            Self.parse($0, parser, known: known)
        }
        negationCancels = phrases.negationCancels
        conditionalCancels = phrases.conditionalCancels
        exceptWithin = phrases.exceptWithin
        needsWithin = phrases.needsWithin
        hasNeeds = !lists[List.needs.rawValue].isEmpty
    }

    /// `sources` parsed, reusing what loading already parsed (`known`).
    static func parse(_ sources: [String], _ parser: PatternParser, known: [String: Pattern] = [:])
        -> [Pattern]
    {
        sources.compactMap { source in known[source] ?? (try? parser.parse(source).get()) }
    }

    /// What the patterns found, or nil when nothing matched at all. `matched` holds the
    /// technique's matches of each ``List`` under its position `technique`.
    func find(in text: TokenizedText, matched: MatchTable, technique position: Int) -> Finding? {
        let found = matched[position, .patterns]
        let softFound = matched[position, .soft]
        if found.isEmpty && softFound.isEmpty { return nil }
        var finding = Finding()
        var exceptions = matched[position, .except]
        // A compliance breach's exception does not reach across a "but": "I can't promise anything,
        // but I'll leave the free drivers with you" offers them (compliance4).
        if isComplianceBreach, !exceptions.isEmpty {
            exceptions = exceptions.filter { !Self.crossesBut($0.range, text) }[...]
        }
        // `except` patterns cancel the `needs` matches they overlap too ("for today" is no deadline).
        let excepted = Self.nearness(exceptions, .match, text)
        let needed = matched[position, .needs].filter { need in !excepted.isNear(need, in: text) }
        let nearNeeds = Self.nearness(needed[...], needsWithin, text)
        let nearExceptions = Self.nearness(exceptions, exceptWithin, text)
        func file(_ match: PatternSet.Match, soft: Bool) {
            if let reason = cancellation(
                of: match, text: text, nearExceptions: nearExceptions, nearNeeds: nearNeeds)
            {
                finding.cancelled.append((match, reason))
            } else if soft {
                finding.softMatches.append(match)
            } else {
                finding.matches.append(match)
            }
        }
        // The strong matches, then the soft ones (two loops: no array of both is built).
        for match in found { file(match, soft: false) }
        for match in softFound { file(match, soft: true) }
        if !finding.matches.isEmpty, !needed.isEmpty {
            let nearMatches = Self.nearness(finding.matches[...], needsWithin, text)
            finding.supports = needed.filter { nearMatches.isNear($0, in: text) }
        }
        return finding
    }

    /// Words that turn a sentence against what came before: an exception whose words run past
    /// one into the next clause does not govern it.
    static let turns: Set<String> = ["but", "however", "though", "although", "yet"]

    /// Whether `range` holds a turning word after its first word.
    static func crossesBut(_ range: Range<Int>, _ text: TokenizedText) -> Bool {
        range.dropFirst().contains { turns.contains(text.tokens[$0].word) }
    }

    private func cancellation(
        of match: PatternSet.Match, text: TokenizedText, nearExceptions: Nearness, nearNeeds: Nearness
    ) -> Cancellation? {
        if negationCancels, let negator = Scope.negation(before: match.range.lowerBound, in: text) {
            return .negated(by: negator)
        }
        if conditionalCancels, let condition = Scope.conditional(before: match.range.lowerBound, in: text) {
            return .conditional(by: condition)
        }
        if nearExceptions.isNear(match, in: text) { return .excepted }
        if hasNeeds, !nearNeeds.isNear(match, in: text) { return .missingNeeds }
        return nil
    }

    /// `cancellation` of `match` in plain words ("negated by “not”", "cancelled by “for today”
    /// (except: …)"); `exceptions` are the technique's `except` matches in the reply.
    func explain(
        _ cancellation: Cancellation, of match: PatternSet.Match, text: TokenizedText,
        exceptions: ArraySlice<PatternSet.Match>, sources: [String]
    ) -> String {
        switch cancellation {
        case .negated(let by): return "negated by “\(text.quote(by..<by + 1))”"
        case .conditional(let by): return "made conditional by “\(text.quote(by..<by + 1))”"
        case .excepted:
            guard let blocking = exceptions.first(where: { Self.near($0, match, phrases.exceptWithin, text) })
            else {
                return "cancelled by an except pattern"
            }
            return "cancelled by “\(text.quote(blocking.range))” (except: \(sources[blocking.index]))"
        case .missingNeeds:
            let place =
                switch phrases.needsWithin {
                case .reply: "in the reply"
                case .clause: "in the same clause"
                default: "in the same sentence"
                }
            let needs = self[.needs].prefix(3).map(\.source).joined(separator: ", ")
            return "nothing it needs (\(needs)…) \(place)"
        }
    }

    /// Answers "is one of `matches` close enough to this one for `scope`?": a scan of a few
    /// matches (the usual case, nothing allocated), constant time over many (``Coverage``).
    /// The reply's text is handed to each question, not kept: a copy of it would retain and
    /// release its four buffers for every `Nearness` made (three for each technique found).
    struct Nearness {
        let scope: PhraseLists.Scope
        let matches: ArraySlice<PatternSet.Match>
        let positions: Coverage?

        /// Whether one of the matches is close enough to `match` in `text`, the reply they were
        /// found in.
        func isNear(_ match: PatternSet.Match, in text: TokenizedText) -> Bool {
            guard !matches.isEmpty else { return false }
            guard let positions else {
                return matches.contains { CompiledTechnique.near($0, match, scope, text) }
            }
            switch scope {
            case .reply: return true
            case .match: return positions.overlaps(match.range)
            case .sentence: return positions.overlaps(match.sentence..<(match.sentence + 1))
            case .clause: return positions.overlaps(Self.clauses(of: match, text))
            }
        }

        static func clauses(of match: PatternSet.Match, _ text: TokenizedText) -> Range<Int> {
            text.tokens[match.range.lowerBound].clause..<(text.tokens[match.range.upperBound - 1].clause + 1)
        }
    }

    static func nearness(
        _ matches: ArraySlice<PatternSet.Match>, _ scope: PhraseLists.Scope, _ text: TokenizedText
    ) -> Nearness {
        guard matches.count > Coverage.scanLimit else {
            return Nearness(scope: scope, matches: matches, positions: nil)
        }
        let ranges: [Range<Int>]
        var count = text.tokens.count
        switch scope {
        case .reply: ranges = []
        case .match: ranges = matches.map(\.range)
        case .sentence:
            ranges = matches.map { $0.sentence..<($0.sentence + 1) }
            count = (text.tokens.last?.sentence ?? 0) + 1
        case .clause:
            ranges = matches.map { Nearness.clauses(of: $0, text) }
            count = (text.tokens.last?.clause ?? 0) + 1
        }
        return Nearness(scope: scope, matches: matches, positions: Coverage(ranges, count: count))
    }

    /// Whether `need` stands close enough to `match` for `scope`.
    static func near(
        _ need: PatternSet.Match, _ match: PatternSet.Match, _ scope: PhraseLists.Scope, _ text: TokenizedText
    ) -> Bool {
        switch scope {
        case .reply: return true
        case .match: return need.range.overlaps(match.range)
        case .sentence: return need.sentence == match.sentence
        case .clause:
            let tokens = text.tokens
            let needClauses = tokens[need.range.lowerBound].clause...tokens[need.range.upperBound - 1].clause
            let matchClauses =
                tokens[match.range.lowerBound].clause...tokens[match.range.upperBound - 1].clause
            return needClauses.overlaps(matchClauses)
        }
    }
}
