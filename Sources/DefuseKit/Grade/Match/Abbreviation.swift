/// Full stops that do not end a sentence: titles ("Dr. Patel", "St. Brigid's", "Mr.", "Prof."),
/// common short forms ("approx. 20", "vs.", "etc.", "e.g.", "i.e.") and times ("7 a.m. on
/// Tuesday"). A sentence boundary in the wrong place cuts a phrase in two ("it'll be in sterile
/// processing at St. Brigid's by 11:25" must keep its time with its promise), so the tokenizer
/// asks here before ending one.
enum Abbreviation {
    /// Titles: a name always follows, so the full stop never ends the sentence.
    static let titles: Set<[UInt8]> = Set(
        ["dr", "st", "mr", "mrs", "ms", "prof", "mt", "ft", "sr", "jr"].map { Array($0.utf8) })
    /// Short forms that end a sentence only when a capital letter follows.
    static let shortForms: Set<[UInt8]> = Set(
        ["approx", "vs", "etc", "eg", "ie", "am", "pm", "incl", "dept", "appt"]
            .map { Array($0.utf8) })

    /// Whether a full stop after the typed word `word` (lower case) ends the sentence, given the
    /// next visible byte.
    /// A dotted short form ("a.m.", "e.g.") is one of ``shortForms``; a word typed without dots
    /// ("am", "eg") is a word like any other.
    static func endsSentence(_ word: [UInt8], next: UInt8?, dotted: Bool = false) -> Bool {
        if !dotted, word == Array("am".utf8) || word == Array("pm".utf8) { return true }
        let lower = word.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        if titles.contains(lower) { return false }
        guard shortForms.contains(lower) else { return true }
        guard let next else { return true }
        return next >= UInt8(ascii: "A") && next <= UInt8(ascii: "Z")
    }
}
