/// One technique or violation of the rubric, as a trainer wrote it in `Scenarios/techniques/`.
///
/// A technique is data: its card (what it is, why it works, the article it comes from, good and
/// bad examples) is what `defuse techniques` prints, and its phrase lists are what the
/// ``Grader`` looks for in a reply. The pattern syntax is described in `Docs/techniques.md`.
public struct Technique: Sendable, Identifiable, Hashable {
    /// Stable kebab-case id (`apology`, `blame-shifting`).
    public var id: String
    /// A short human name ("Apology").
    public var name: String
    /// Whether a good reply shows it or avoids it.
    public var kind: TechniqueKind
    /// What it is, in one or two sentences.
    public var summary: String
    /// Why it works (or why it hurts).
    public var why: String
    /// The seed article it comes from (a file name under `shared/seeds/`).
    public var source: String
    /// For a violation: what to do instead, the coaching tip a rep sees after committing it.
    public var instead: String?
    /// Replies that show it.
    public var good: [String]
    /// Replies that look close but do not show it.
    public var bad: [String]
    /// The phrase lists the grader uses.
    public var phrases: PhraseLists
    /// The file the technique was loaded from (`<built-in>/…` for shipped ones).
    public var file: String
    /// The patterns the loader already parsed to check them, so the grader need not parse them
    /// again; looked up by source, so a list changed after loading is simply parsed anew.
    var parsed = ParsedPatterns()

    public init(
        id: String, name: String, kind: TechniqueKind, summary: String = "", why: String = "",
        source: String = "", good: [String] = [], bad: [String] = [], phrases: PhraseLists = .init(),
        file: String = "<memory>"
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.summary = summary
        self.why = why
        self.source = source
        self.good = good
        self.bad = bad
        self.phrases = phrases
        self.file = file
    }
}

/// The phrase patterns of one technique and how they combine.
///
/// A reply shows the technique when one of ``patterns`` matches (not cancelled by negation,
/// a conditional or an ``except`` pattern) and, when ``needs`` is not empty, one of ``needs``
/// also matches in the same sentence (or anywhere in the reply, see ``needsWithin``).
/// ``soft`` patterns count only when none of the ids in ``softUnless`` is present and, when
/// ``softIfClient`` is not empty, one of its patterns matches the client's line.
public struct PhraseLists: Sendable, Hashable {
    /// Where a second list must match relative to the first.
    public enum Scope: String, Sendable, Hashable, CaseIterable {
        /// Overlapping the match itself (default for `except`).
        case match
        /// In the same clause (between commas, full stops and joining punctuation).
        case clause
        /// In the same sentence (default for `needs`).
        case sentence
        /// Anywhere in the reply.
        case reply
    }

    public var patterns: [String]
    public var except: [String]
    public var exceptWithin: Scope
    public var needs: [String]
    public var needsWithin: Scope
    public var soft: [String]
    public var softUnless: [String]
    /// Patterns matched against the client's line: when any are given, ``soft`` matches count
    /// only after a client line that matches one ("you're right" agrees with an insult only
    /// when the client made one).
    public var softIfClient: [String]
    /// Whether "not", "never", "no"… just before a match cancel it (default true).
    public var negationCancels: Bool
    /// Whether "if"/"unless" earlier in the same clause cancels a match (default false).
    public var conditionalCancels: Bool

    public init(
        patterns: [String] = [], except: [String] = [], exceptWithin: Scope = .match, needs: [String] = [],
        needsWithin: Scope = .sentence, soft: [String] = [], softUnless: [String] = [],
        negationCancels: Bool = true, conditionalCancels: Bool = false, softIfClient: [String] = []
    ) {
        self.softIfClient = softIfClient
        self.patterns = patterns
        self.except = except
        self.exceptWithin = exceptWithin
        self.needs = needs
        self.needsWithin = needsWithin
        self.soft = soft
        self.softUnless = softUnless
        self.negationCancels = negationCancels
        self.conditionalCancels = conditionalCancels
    }
}

/// Patterns parsed while loading, by their source text. A cache, not part of what a technique
/// is: two techniques with the same fields are equal whatever it holds.
struct ParsedPatterns: Sendable, Hashable {
    var bySource: [String: Pattern] = [:]

    static func == (lhs: ParsedPatterns, rhs: ParsedPatterns) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}
