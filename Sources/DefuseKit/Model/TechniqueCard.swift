import Foundation

/// What `defuse techniques ID` shows of a technique (issue 13): the card a rep reads (its name,
/// what it is, why it matters, what to say instead, good and bad examples, the article it comes
/// from), and apart from it the lines a tuner reads (its id and file, its phrase lists and how
/// they combine). Plain text for any front end; the executable paints and prints it.
public struct TechniqueCard: Sendable, Hashable {
    /// One part of the card: a heading ("Why it matters") and its lines.
    public struct Section: Sendable, Hashable {
        public var heading: String
        public var lines: [String]
    }

    /// The card's name ("Blame shifting").
    public var title: String
    /// The id a rep types (`defuse techniques blame-shifting`).
    public var id: String
    /// What kind of card it is, as a rep reads it.
    public var kind: String
    /// What a rep reads, in order; empty parts left out.
    public var sections: [Section]
    /// What a tuner reads (`--verbose`): the id and file, the phrase lists, how to add to them.
    public var tuning: [Section]

    public init(_ technique: Technique) {
        title = technique.name
        id = technique.id
        kind =
            technique.kind == .technique
            ? "a technique: something a good reply does" : "a violation: something a good reply avoids"
        var sections: [Section] = []
        func add(_ heading: String, _ lines: [String]) {
            // Folded YAML keeps its line breaks; a card line is one paragraph.
            let kept = lines.map { $0.split(whereSeparator: \.isNewline).joined(separator: " ") }
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if !kept.isEmpty { sections.append(Section(heading: heading, lines: kept)) }
        }
        add("What it is", [technique.summary])
        add("Why it matters", [technique.why])
        add("What to say instead", [technique.instead ?? ""])
        add("Good", technique.good.map { "+ " + $0 })
        add("Not this", technique.bad.map { "- " + $0 })
        add("Source", technique.source.isEmpty ? [] : [SourceArticle.describe(technique.source)])
        self.sections = sections

        let phrases = technique.phrases
        var tuning = [
            Section(
                heading: "For tuners",
                lines: [
                    "file: \(technique.file)",
                    "graded by \(phrases.patterns.count + phrases.soft.count) phrase patterns"
                        + " (\(phrases.patterns.count) patterns, \(phrases.soft.count) soft)"
                        + ", \(phrases.except.count) exceptions (within the \(phrases.exceptWithin.rawValue))"
                        + ", \(phrases.needs.count) needs (within the \(phrases.needsWithin.rawValue))",
                    "negation cancels a match: \(phrases.negationCancels ? "yes" : "no"); "
                        + "an if or unless before it cancels it: \(phrases.conditionalCancels ? "yes" : "no")",
                ])
        ]
        for (heading, list) in [
            ("patterns", phrases.patterns), ("soft patterns", phrases.soft),
            ("soft unless", phrases.softUnless),
            ("soft only after a client line matching", phrases.softIfClient), ("except", phrases.except),
            ("needs", phrases.needs),
        ] where !list.isEmpty {
            tuning.append(Section(heading: heading, lines: list))
        }
        tuning.append(
            Section(
                heading: "To add phrases",
                lines: [
                    "write a file in Scenarios/techniques with 'extends: \(technique.id)' and the 'patterns' or "
                        + "'except' entries to add; 'defuse techniques --export DIR' writes this file."
                ]))
        self.tuning = tuning
    }
}
