/// The competitors a scenario names, read from its own text (summary, client lines, narration,
/// hints, models and debriefs), so that "Meridian's nails are junk" or "the Halvern guy is a
/// liar" is read as running a competitor down in the scenario that names Meridian or Halvern,
/// without a list of company names in the grader.
///
/// A capitalised word counts as a competitor where the text uses it as one: before "rep" or a
/// product ("the Meridian rep", "Meridian's cage"), as the subject of an undercut price
/// ("Halvern is eleven percent under you"), or after "competitor" or "rival", and capitalised
/// somewhere inside a sentence (a word that opens one is capitalised anyway). The persona's own
/// names, the rep's own products ("your Apexa cage") and a few function words never count.
enum CompetitorNames {
    static func named(in scenario: Scenario) -> Set<String> {
        var texts = [scenario.summary]
        for node in scenario.nodes.values {
            texts += [node.say, node.narrate, node.hint, node.model, node.debrief].compactMap { $0 }
        }
        let persona = Set(words(of: scenario.persona.name).map { $0.lowercased() })
        var names = Set<String>()
        var own = Set<String>()
        var proper = Set<String>()
        for text in texts {
            // One pass over the text gives its words and the ones no sentence opens with.
            let split = SplitText(text)
            names.formUnion(named(inWords: split.words))
            own.formUnion(owned(inWords: split.words))
            proper.formUnion(split.insideSentences.compactMap(capitalised))
        }
        // A name is capitalised somewhere inside a sentence too: "Free loaners …" is a word.
        return names.intersection(proper).subtracting(persona).subtracting(own).subtracting(notNames)
    }

    /// The words `text` capitalises where no sentence starts, in lower case (possessives bare).
    static func capitalisedInside(_ text: String) -> Set<String> {
        Set(SplitText(text).insideSentences.compactMap(capitalised))
    }

    /// `word` in lower case without a possessive `'s`, when it starts with a capital A to Z.
    private static func capitalised(_ word: String) -> String? {
        guard let first = word.utf8.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") else {
            return nil
        }
        let bare = word.hasSuffix("'s") || word.hasSuffix("’s") ? String(word.dropLast(2)) : word
        return bare.lowercased()
    }

    /// Capitalised words the text gives to the rep's side: "your Apexa cage", "our Velo stapler".
    static func owned(inText text: String) -> Set<String> {
        owned(inWords: words(of: text))
    }

    /// ``owned(inText:)`` of a text already split by ``words(of:)``.
    static func owned(inWords list: [String]) -> Set<String> {
        var names = Set<String>()
        for index in list.indices.dropFirst() where isYourOrOur(list[index - 1]) {
            if let first = list[index].unicodeScalars.first, ("A"..."Z").contains(first) {
                names.insert(list[index].lowercased())
            }
        }
        return names
    }

    /// The competitor names of one text, in lower case.
    static func named(inText text: String) -> Set<String> {
        named(inWords: words(of: text))
    }

    /// Whether `word` is "your" or "our" in any case, compared byte by byte (no lower-case copy:
    /// every word of every scenario text is asked). Setting bit 0x20 lower-cases the four
    /// letters and turns no other byte into one of them.
    private static func isYourOrOur(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard utf8.count == 3 || utf8.count == 4 else { return false }
        return utf8.lazy.map { $0 | 0x20 }.elementsEqual((utf8.count == 4 ? "your" : "our").utf8)
    }

    /// ``named(inText:)`` of a text already split by ``words(of:)``.
    static func named(inWords list: [String]) -> Set<String> {
        var names = Set<String>()
        for (index, word) in list.enumerated() {
            guard let first = word.unicodeScalars.first, ("A"..."Z").contains(first), word.count > 2 else {
                continue
            }
            var name = word
            var possessive = false
            if name.hasSuffix("'s") || name.hasSuffix("’s") {
                name = String(name.dropLast(2))
                possessive = true
            }
            let after = list[(index + 1)...].prefix(4).map { $0.lowercased() }
            let before = index > 0 ? list[index - 1].lowercased() : ""
            // "Halvern is eleven percent under you", "Meridian is 31% below".
            let undercuts =
                !possessive && ["is", "are"].contains(after.first ?? "")
                && after.dropFirst().contains { $0 == "percent" || $0.hasSuffix("%") }
                && after.dropFirst().contains { ["under", "below", "cheaper"].contains($0) }
            let asCompany =
                (after.first.map { products.contains($0) } ?? false) || undercuts
                || ["competitor", "competitor's", "rival", "rival's"].contains(before)
            if asCompany { names.insert(name.lowercased()) }
        }
        return names
    }

    /// The text's words, split at spaces and punctuation other than apostrophes and hyphens.
    static func words(of text: String) -> [String] {
        SplitText(text).words
    }

    /// Words after a company's name that show it is one: its rep or a product.
    static let products: Set<String> = [
        "rep", "reps", "representative", "cage", "cages", "nail", "nails", "balloon", "balloons", "stapler",
        "staplers", "reload", "reloads", "sheath", "sheaths", "stent", "stents", "lead", "leads", "pacemaker",
        "pacemakers", "plate", "plates", "screws", "system", "systems", "product", "products", "device",
        "devices", "price", "prices", "pricing", "quote", "offer", "implant", "implants", "catheter",
        "catheters", "data", "study",
    ]

    /// Capitalised words that are never a company's name.
    static let notNames: Set<String> = [
        "the", "your", "our", "his", "her", "their", "this", "that", "and", "but", "you", "she", "they",
        "dr", "mr", "mrs", "ms", "its",
    ]
}

/// A scenario text split into words as ``CompetitorNames/words(of:)`` reads them, with the
/// words that do not open a sentence (split at `. ! ? ; :`, new lines, quotation marks and
/// brackets) for ``CompetitorNames/capitalisedInside(_:)``.
///
/// Read byte by byte when every scalar of the text is one whose `Character` is that scalar
/// alone and whose class is known below: ASCII but a carriage return (CR LF is one
/// `Character`), Latin-1 letters, and the typographic marks writers use (’ ‘ “ ” – — … and the
/// no-break space). Any other text is read by `Character`s, as before: start-up splits every
/// scenario text, and the `Character` reading cost ~0.9 G instructions of it.
struct SplitText: Equatable {
    var words: [String] = []
    /// The words after the first of each sentence, in order.
    var insideSentences: [String] = []

    /// How one scalar takes part in the split.
    private enum Role { case word, wordBreak, sentenceBreak }

    init(_ text: String) {
        self = Self.byBytes(text) ?? Self.byCharacters(text)
    }

    private init() {}

    /// The split by `Character`s, for any text (the reading ``byBytes(_:)`` must agree with).
    static func byCharacters(_ text: String) -> SplitText {
        var split = SplitText()
        split.words = characterWords(of: text)
        for sentence in text.split(whereSeparator: { ".!?;:\n\"“”()".contains($0) }) {
            split.insideSentences += characterWords(of: String(sentence)).dropFirst()
        }
        return split
    }

    /// The words of the `Character` reading.
    private static func characterWords(of text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’" || $0 == "-" || $0 == "%") }
            .map(String.init)
    }

    /// The role of an ASCII byte other than CR (nil: CR).
    private static func role(ascii byte: UInt8) -> Role? {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "'"), UInt8(ascii: "-"), UInt8(ascii: "%"):
            .word
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"), UInt8(ascii: ":"),
            UInt8(ascii: "\n"), UInt8(ascii: "\""), UInt8(ascii: "("), UInt8(ascii: ")"):
            .sentenceBreak
        case 0x0D: nil
        default: .wordBreak
        }
    }

    /// The role of a scalar above ASCII, when it is one the byte reading knows (nil: read the
    /// text by `Character`s).
    private static func role(scalar: UInt32) -> Role? {
        switch scalar {
        case 0xD7, 0xF7: .wordBreak  // × ÷
        case 0xC0...0xFF: .word  // Latin-1 letters (á, é, ñ…)
        case 0x2019: .word  // ’ (an apostrophe)
        case 0x201C, 0x201D: .sentenceBreak  // “ ”
        case 0xA0, 0x2018, 0x2013, 0x2014, 0x2026: .wordBreak  // no-break space ‘ – — …
        default: nil
        }
    }

    /// The split read byte by byte, or nil when the text has a scalar ``role(scalar:)`` does
    /// not know.
    static func byBytes(_ text: String) -> SplitText? {
        var text = text
        return text.withUTF8 { bytes -> SplitText? in
            var split = SplitText()
            var wordStart = -1
            var inSentence = 0
            var index = 0
            func end(_ at: Int) {
                guard wordStart >= 0 else { return }
                let word = String(decoding: bytes[wordStart..<at], as: UTF8.self)
                split.words.append(word)
                if inSentence > 0 { split.insideSentences.append(word) }
                inSentence += 1
                wordStart = -1
            }
            while index < bytes.count {
                let byte = bytes[index]
                let role: Role?
                var length = 1
                if byte < 0x80 {
                    role = Self.role(ascii: byte)
                } else if byte & 0xE0 == 0xC0, index + 1 < bytes.count {
                    length = 2
                    role = Self.role(scalar: UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F))
                } else if byte & 0xF0 == 0xE0, index + 2 < bytes.count {
                    length = 3
                    role = Self.role(
                        scalar: UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                            | UInt32(bytes[index + 2] & 0x3F))
                } else {
                    role = nil
                }
                switch role {
                case nil: return nil
                case .word: if wordStart < 0 { wordStart = index }
                case .wordBreak: end(index)
                case .sentenceBreak:
                    end(index)
                    inSentence = 0
                }
                index += length
            }
            end(bytes.count)
            return split
        }
    }
}
