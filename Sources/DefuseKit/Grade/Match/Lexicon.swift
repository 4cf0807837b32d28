/// The words the tokenizer knows, looked up by their typed bytes: every word the patterns use
/// and every spelling form, each with its normalised words and what the matcher needs to know
/// about them (``TokenInfo``), worked out once when the grader is built.
///
/// A typed word without an apostrophe then costs one hash of its bytes and one comparison: no
/// `String` is built and nothing is counted or released (the tokenizer runs on every reply).
struct Lexicon: Sendable {
    /// One known typed form.
    struct Entry: Sendable {
        /// The normalised words ("im" gives "i" and "am").
        var words: [String]
        /// Their ids, flags and prefix bits; `sentence` and ``TokenInfo/startsSentence`` are
        /// filled in per reply.
        var infos: [TokenInfo]
    }

    /// Entries in the order of ``table``'s numbers.
    private(set) var entries: [Entry] = []
    private let table: ByteTable

    /// `forms` maps each typed form to its normalised words; `info` describes one normalised word.
    init(_ forms: [String: [String]], info: (String) -> TokenInfo) {
        let typed = Array(forms.keys)
        table = ByteTable(typed)
        entries = typed.map { form in
            let words = forms[form] ?? []
            return Entry(words: words, infos: words.map(info))
        }
    }

    /// The entry for the typed form `bytes`, if it is known.
    func entry(for bytes: UnsafeBufferPointer<UInt8>) -> Int? { table.index(of: bytes) }
}
