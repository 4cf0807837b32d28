/// One compiled phrase pattern (the syntax trainers write; see `Docs/techniques.md`).
///
/// A pattern is a sequence of pieces matched against a reply's normalised tokens, never across
/// a sentence boundary: words (`sorry`), one-word choices (`fix|sort|handle`), grouped choices
/// of several words (`(take care|look after)`), optional pieces (`really?`, `(so|very)?`),
/// prefixes (`apolog*`), any one word except a negation (`_`), a gap of up to six words (`...`), a number
/// (`<num>`), an hour from 1 to 12 (`<hour>`), a clock time (`<clock>`: 7:30, 3pm, noon), the start of a sentence (`^`) and its end (`$`).
struct Pattern: Sendable, Hashable {
    /// One word position inside a choice.
    enum Atom: Sendable, Hashable {
        case word(String)
        case prefix(String)
        case number
        case clock
        case hour
        case any
    }

    enum Piece: Sendable, Hashable {
        /// One of several atom sequences; `optional` when it may be skipped.
        case choice([[Atom]], optional: Bool)
        /// Up to `max` words of anything.
        case gap(max: Int)
        /// The start of a sentence.
        case sentenceStart
        /// The end of a sentence: the reply ends, or the next word begins a new sentence.
        case sentenceEnd
    }

    /// The pattern as the trainer wrote it (shown as evidence).
    var source: String
    var pieces: [Piece]
}
