/// Full stops that do not end a sentence: titles ("Dr. Patel", "St. Brigid's", "Mr.", "Prof."),
/// common short forms ("approx. 20", "vs.", "etc.", "e.g.", "i.e.") and times ("7 a.m. on
/// Tuesday"). A sentence boundary in the wrong place cuts a phrase in two ("it'll be in sterile
/// processing at St. Brigid's by 11:25" must keep its time with its promise), so the tokenizer
/// asks here before ending one.
enum Abbreviation {
    /// Titles: a name always follows, so the full stop never ends the sentence.
    static let titles = ["dr", "st", "mr", "mrs", "ms", "prof", "mt", "ft", "sr", "jr"]
    /// Short forms that end a sentence only when a capital letter follows.
    static let shortForms = ["approx", "vs", "etc", "eg", "ie", "am", "pm", "incl", "dept", "appt"]

    /// Whether a full stop after the typed word `word` (lower case) ends the sentence, given the
    /// next visible byte.
    /// A dotted short form ("a.m.", "e.g.") is one of ``shortForms``; a word typed without dots
    /// ("am", "eg") is a word like any other.
    ///
    /// Asked at every full stop after a word, so the short lists are scanned in place: no set of
    /// byte arrays is hashed and no lower-case copy is made.
    static func endsSentence(_ word: [UInt8], next: UInt8?, dotted: Bool = false) -> Bool {
        // Every listed form has two to six letters.
        guard word.count >= 2, word.count <= 6 else { return true }
        if !dotted, spells(word, "am") || spells(word, "pm") { return true }
        if titles.contains(where: { spells(word, $0) }) { return false }
        guard shortForms.contains(where: { spells(word, $0) }) else { return true }
        guard let next else { return true }
        return next >= UInt8(ascii: "A") && next <= UInt8(ascii: "Z")
    }

    /// Whether `word` is `form` (lower case ASCII), ignoring the case of `word`'s letters.
    private static func spells(_ word: [UInt8], _ form: String) -> Bool {
        word.count == form.utf8.count
            && zip(word, form.utf8).allSatisfy { typed, letter in
                (typed >= 65 && typed <= 90 ? typed + 32 : typed) == letter
            }
    }
}
