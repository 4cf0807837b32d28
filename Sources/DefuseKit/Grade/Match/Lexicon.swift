/// The words the tokenizer knows, looked up by their typed bytes: every word the patterns use
/// and every spelling form, each with its normalised words and what the matcher needs to know
/// about them (``TokenInfo``), worked out once when the grader is built.
///
/// A typed word without an apostrophe then costs one hash of its bytes and one comparison: no
/// `String` is built and nothing is counted or released (the tokenizer runs on every reply).
/// The entries' words and facts are kept back to back in two arrays (entry `e` owns positions
/// ``range(of:)``), not as an array of entries: taking an entry of two arrays out retained and
/// released both for every typed word.
struct Lexicon: Sendable {
    /// The normalised words of every entry, back to back ("im" gives "i" and "am").
    private(set) var words: [String] = []
    /// Beside each of ``words``: its id, flags and prefix bits; `sentence` and
    /// ``TokenInfo/startsSentence`` are filled in per reply.
    private(set) var infos: [TokenInfo] = []
    /// Entry `e` (in the order of ``table``'s numbers) owns `starts[e]..<starts[e + 1]`.
    private var starts: [Int32] = [0]
    private let table: ByteTable

    /// `forms` maps each typed form to its normalised words; `info` describes one normalised word.
    init(_ forms: [String: [String]], info: (String) -> TokenInfo) {
        let typed = Array(forms.keys)
        table = ByteTable(typed)
        let total = forms.values.reduce(0) { $0 + $1.count }
        words.reserveCapacity(total)
        infos.reserveCapacity(total)
        starts.reserveCapacity(typed.count + 1)
        for form in typed {
            for word in forms[form] ?? [] {
                words.append(word)
                infos.append(info(word))
            }
            starts.append(Int32(words.count))
        }
    }

    /// The entry for the typed form `bytes`, if it is known.
    func entry(for bytes: UnsafeBufferPointer<UInt8>) -> Int? { table.index(of: bytes) }

    /// Where entry `entry`'s words sit in ``words`` and ``infos``.
    func range(of entry: Int) -> Range<Int> { Int(starts[entry])..<Int(starts[entry + 1]) }

    /// Entry `entry`'s normalised words.
    func words(of entry: Int) -> [String] { Array(words[range(of: entry)]) }
}
