/// Whether two patterns could ever match overlapping words of a reply, worked out from their
/// atoms alone: used to tell when an `except` entry can never cancel a match.
///
/// An `except` entry (with `except-within: match`, the default) cancels only a match it
/// overlaps, so it must share at least one possible word with some pattern. The test is
/// conservative: a wildcard word (`_`), a gap (`...`), a number or a time could be any word, so
/// a pattern holding one may overlap anything; two words may overlap when they are equal or
/// one is a prefix (`thank*`) of the other.
extension Pattern {
    /// Whether some reply could have a word matched both by this pattern and by `other`.
    func mayOverlap(_ other: Pattern) -> Bool {
        let mine = atoms
        let theirs = other.atoms
        return mine.contains { atom in theirs.contains { Self.mayMatchOneWord(atom, $0) } }
    }

    /// Every atom that can match a word, a gap counting as a wildcard.
    var atoms: [Atom] {
        pieces.flatMap { piece -> [Atom] in
            switch piece {
            case .choice(let alternatives, _): alternatives.flatMap { $0 }
            case .gap: [.any]
            case .sentenceStart, .sentenceEnd: []
            }
        }
    }

    static func mayMatchOneWord(_ first: Atom, _ second: Atom) -> Bool {
        switch (first, second) {
        case (.word(let one), .word(let other)): one == other
        case (.word(let word), .prefix(let prefix)), (.prefix(let prefix), .word(let word)):
            word.hasPrefix(prefix)
        case (.prefix(let one), .prefix(let other)): one.hasPrefix(other) || other.hasPrefix(one)
        default: true
        }
    }
}
