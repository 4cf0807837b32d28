/// Full stops that do not end a sentence: titles ("Dr. Patel", "St. Brigid's", "Mr.", "Prof."),
/// common short forms ("approx. 20", "vs.", "etc.", "e.g.", "i.e.") and times ("7 a.m. on
/// Tuesday"). A sentence boundary in the wrong place cuts a phrase in two ("it'll be in sterile
/// processing at St. Brigid's by 11:25" must keep its time with its promise), so the tokenizer
/// asks here before ending one.
enum Abbreviation {
    /// Titles: a name always follows, so the full stop never ends the sentence.
    static let titles = ["dr", "st", "mr", "mrs", "ms", "prof", "mt", "ft", "sr", "jr"].map(packed)
    /// Short forms that end a sentence only when a capital letter follows.
    static let shortForms = ["approx", "vs", "etc", "eg", "ie", "am", "pm", "incl", "dept", "appt"].map(
        packed)
    private static let am = packed("am")
    private static let pm = packed("pm")

    /// Whether a full stop after the typed word `word` (lower case) ends the sentence, given the
    /// next visible byte.
    /// A dotted short form ("a.m.", "e.g.") is one of ``shortForms``; a word typed without dots
    /// ("am", "eg") is a word like any other.
    ///
    /// Asked at every full stop after a word, so a word is compared as one number: no set of
    /// byte arrays is hashed and no lower-case copy is made.
    static func endsSentence(_ word: some BidirectionalCollection<UInt8>, next: UInt8?, dotted: Bool = false)
        -> Bool
    {
        // Every listed form has two to six letters.
        guard word.count >= 2, word.count <= 6 else { return true }
        var typed: UInt64 = 0
        for byte in word.reversed() {
            typed = typed << 8 | UInt64(byte >= 65 && byte <= 90 ? byte + 32 : byte)
        }
        if !dotted, typed == am || typed == pm { return true }
        if titles.contains(typed) { return false }
        guard shortForms.contains(typed) else { return true }
        guard let next else { return true }
        return next >= UInt8(ascii: "A") && next <= UInt8(ascii: "Z")
    }

    /// The bytes of a form of up to eight, as one number (the first byte lowest).
    private static func packed(_ form: String) -> UInt64 {
        form.utf8.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }
}
