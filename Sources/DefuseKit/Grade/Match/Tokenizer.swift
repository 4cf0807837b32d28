/// Splits a reply into words, sentences and clauses, working on UTF-8 bytes for speed.
///
/// Reps type fast: curly and straight apostrophes are the same, `7:30` and `3.5` stay one
/// word, `31%` reads as `31 percent`, and punctuation only matters as a boundary (sentence:
/// `. ! ? ;` new line, `…`; clause: `, ( ) —`). Each raw word then goes through ``Spelling`` to be normalised.
struct Tokenizer: Sendable {
    let spelling: Spelling
    let vocabulary: Vocabulary
    /// Every word the patterns use and every spelling form, already normalised and described,
    /// so that a typed word without an apostrophe costs one lookup of its bytes.
    let lexicon: Lexicon
    /// The contractions of ``Spelling/forms`` and ``Spelling/apostropheForms`` as typed with an
    /// apostrophe ("i'll", "don't", "that's"), normalised as ``Spelling/normalise(_:hadApostrophe:previous:)``
    /// reads them: the commonest words with an apostrophe cost one lookup too, not a normalisation
    /// (~2 k instructions each). Other words with one ("Doug's") are normalised as before.
    let contractions: Lexicon

    init(spelling: Spelling, vocabulary: Vocabulary = Vocabulary([])) {
        self.spelling = spelling
        self.vocabulary = vocabulary
        var forms: [String: [String]] = [:]
        for key in Set(vocabulary.ids.keys).union(Spelling.forms.keys).union(spelling.typos.keys)
        where key != "of" {
            forms[key] = spelling.normalise(key, hadApostrophe: false, previous: nil).list
        }
        self.lexicon = Lexicon(forms) { word in Self.info(of: word, vocabulary) }
        var contractions: [String: [String]] = [:]
        for bare in Set(Spelling.forms.keys).union(Spelling.apostropheForms.keys) {
            let bytes = Array(bare.utf8)
            for cut in bytes.indices.dropFirst() {
                let typed = String(
                    decoding: bytes[..<cut] + [UInt8(ascii: "'")] + bytes[cut...], as: UTF8.self)
                let words = spelling.normalise(typed, hadApostrophe: true, previous: nil).list
                // Only forms the word before cannot change ("of" after "should" reads as "have").
                guard words == spelling.normalise(typed, hadApostrophe: true, previous: "should").list else {
                    continue
                }
                contractions[typed] = words
            }
        }
        self.contractions = Lexicon(contractions) { word in Self.info(of: word, vocabulary) }
    }

    /// The tokenizer's running state while it walks the bytes of one reply.
    private struct State {
        var tokens: [Token] = []
        /// What the matcher needs of `tokens`, found while normalising.
        var infos: [TokenInfo] = []
        var sentence = 0
        var clause = 0
        /// Whether a token has been emitted in the current sentence.
        var sentenceOpen = false
        var wordStart = -1
        /// The bytes of the word being read, `wordBuffer[0..<wordCount]`: a buffer the length of the
        /// reply and the eight bytes "percent" may need (a typed byte adds at most one byte to a
        /// word), reused for every word, so a word costs no array appends, growth or clearing.
        let wordBuffer: UnsafeMutableBufferPointer<UInt8>
        var wordCount = 0
        var hadApostrophe = false
        /// Inside double quotation marks.
        var quoted = false
        /// Where an open single quotation mark started (the index of the next token), if any:
        /// its words are marked quoted only when the mark is closed, so a lone "'cause" or a
        /// plural possessive never quotes the rest of a reply.
        var singleQuoteStart: Int?

        init(wordBuffer: UnsafeMutableBufferPointer<UInt8>) { self.wordBuffer = wordBuffer }

        /// The word read so far.
        var word: UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(start: wordBuffer.baseAddress, count: wordCount)
        }

        /// The last byte of the word read so far, if any.
        var lastByte: UInt8? { wordCount > 0 ? wordBuffer[wordCount - 1] : nil }

        /// Adds `byte` to the word (``add(_:at:)`` also marks where the word starts).
        mutating func append(byte: UInt8) {
            wordBuffer[wordCount] = byte
            wordCount += 1
        }

        mutating func flush(_ end: Int, _ tokenizer: Tokenizer) {
            guard wordStart >= 0 else { return }
            while wordCount > 0, wordBuffer[wordCount - 1] == UInt8(ascii: "'") { wordCount -= 1 }
            if wordCount > 0 {
                // "of" is left out of the lexicon: after "should" it means "have".
                if !hadApostrophe, let known = tokenizer.lexicon.entry(for: word) {
                    append(entry: known, of: tokenizer.lexicon, end)
                } else if hadApostrophe, let known = tokenizer.contractions.entry(for: word) {
                    append(entry: known, of: tokenizer.contractions, end)
                } else {
                    let raw = String(decoding: word, as: UTF8.self)
                    if !hadApostrophe, raw != "of", Spelling.collapseStretched(raw) == raw,
                        Spelling.laughter(raw) == nil
                    {
                        // A word no pattern or spelling rule knows: the lexicon holds every word
                        // of the vocabulary but "of", so it has no id (no lookup needed).
                        append(raw, end, Tokenizer.info(of: raw, id: -1, tokenizer.vocabulary))
                    } else {
                        let previous = tokens.last.flatMap { $0.sentence == sentence ? $0.word : nil }
                        for normalised in tokenizer.spelling.normalise(
                            raw, hadApostrophe: hadApostrophe, previous: previous
                        ).list {
                            append(normalised, end, Tokenizer.info(of: normalised, tokenizer.vocabulary))
                        }
                    }
                }
            }
            wordStart = -1
            wordCount = 0
            hadApostrophe = false
        }

        /// Appends the words of entry `entry` of `lexicon`, each a token ending at `end`.
        mutating func append(entry: Int, of lexicon: Lexicon, _ end: Int) {
            for index in lexicon.range(of: entry) { append(lexicon.words[index], end, lexicon.infos[index]) }
        }

        /// Words before a number that make it a time: "by 1140", "ETA 1140", "from 0700".
        static let timeLeads: Set<String> = [
            "by", "before", "until", "till", "eta", "from", "around", "about", "at", "approx",
            "approximately",
        ]
        /// Words before "at" that make the number after it a sum: "billed at 1200".
        static let sums: Set<String> = [
            "billed", "charged", "priced", "invoiced", "paid", "pay", "cost", "costs", "sold", "listed",
            "quoted",
        ]

        static func leadsToColonlessTime(_ word: String, _ tokens: [Token]) -> Bool {
            if word.utf8.first == 48 { return true }
            guard let last = tokens.last, timeLeads.contains(last.word) else { return false }
            if last.word == "at", tokens.count > 1, sums.contains(tokens[tokens.count - 2].word) {
                return false
            }
            return true
        }

        mutating func append(_ normalised: String, _ end: Int, _ info: TokenInfo) {
            // "I can't do a dinner but I can get your team some pizza": "but" opens a clause of
            // its own with or without a comma before it, so a refusal's exception does not reach
            // the offer after it (review42: fixk and fixp, engine change 1).
            if sentenceOpen, normalised == "but", let last = tokens.last, last.clause == clause,
                last.word != "but"
            {
                clause += 1
            }
            let token = Token(
                word: normalised, sentence: sentence, clause: clause, startsSentence: !sentenceOpen,
                quoted: quoted, start: wordStart, end: end)
            var info = info
            // "by 1140", "ETA 1140", "0645": a 24-hour time without its colon, after a word that
            // leads into a time or with its leading zero; not "billed at 1200".
            // (Read only for a number: the flag test keeps it off the path of every other word.)
            if info.flags & TokenInfo.number != 0, WordClass.isColonlessTime(normalised),
                Self.leadsToColonlessTime(normalised, tokens)
            {
                info.flags |= TokenInfo.clock
            }
            // "3 pm", "7 a.m.": the number before is a time of day.
            if normalised.utf8.count == 2, normalised == "pm" || normalised == "am", let last = tokens.last,
                last.sentence == sentence,
                infos[infos.count - 1].flags & TokenInfo.number != 0, WordClass.isHourOrClock(last.word)
            {
                infos[infos.count - 1].flags |= TokenInfo.clock
            }
            tokens.append(token)
            info.sentence = Int32(sentence)
            if !sentenceOpen { info.flags |= TokenInfo.startsSentence }
            infos.append(info)
            sentenceOpen = true
        }

        /// Ends the sentence at a question mark: its words are marked as a question.
        mutating func endQuestion() {
            guard sentenceOpen else { return }
            var index = tokens.count - 1
            while index >= 0, tokens[index].sentence == sentence {
                tokens[index].question = true
                index -= 1
            }
            endSentence()
        }

        mutating func endSentence() {
            if sentenceOpen {
                sentence += 1
                clause += 1
                sentenceOpen = false
            }
        }

        mutating func add(_ byte: UInt8, at index: Int) {
            if wordStart < 0 { wordStart = index }
            append(byte: byte)
        }

        /// A word the reply did not spell out (the "percent" of "%"), quoted as the byte at `index`.
        mutating func add(contentsOf spelled: String, at index: Int) {
            wordStart = index
            for byte in spelled.utf8 { append(byte: byte) }
        }
    }

    func tokenize(_ text: String) -> TokenizedText {
        let bytes = Array(text.utf8)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 8) { wordBuffer in
            tokenize(text, bytes, State(wordBuffer: wordBuffer))
        }
    }

    /// ``tokenize(_:)`` of `text`, whose UTF-8 bytes are `bytes`, from the empty `state`.
    private func tokenize(_ text: String, _ bytes: [UInt8], _ state: State) -> TokenizedText {
        var state = state
        state.tokens.reserveCapacity(bytes.count / 4)
        state.infos.reserveCapacity(bytes.count / 4)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            // Curly quotes U+2018/U+2019 (E2 80 98/99) act as apostrophes; U+2026 (E2 80 A6) is "…";
            // U+2014/U+2013 dashes break clauses; U+201C/D are plain separators.
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
                switch bytes[index + 2] {
                case 0x98, 0x99:
                    if state.wordStart >= 0 {
                        state.append(byte: UInt8(ascii: "'"))
                        state.hadApostrophe = true
                    }
                case 0xA6:
                    state.flush(index, self)
                    state.endSentence()
                case 0x93, 0x94:
                    state.flush(index, self)
                    state.clause += 1
                case 0x9C, 0x9D:
                    state.flush(index, self)
                    state.quoted = bytes[index + 2] == 0x9C
                default:
                    state.flush(index, self)
                }
                index += 3
                continue
            }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...0xFF:
                state.add(byte, at: index)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                state.add(byte + 32, at: index)
            case UInt8(ascii: "'"):
                let nextIsWord =
                    index + 1 < bytes.count
                    && (Self.isLetter(bytes[index + 1]) || Self.isDigit(bytes[index + 1]))
                if let start = state.singleQuoteStart, !nextIsWord {
                    // A closing quotation mark: after a word ("…pathetic'") or after punctuation.
                    state.flush(index, self)
                    for token in start..<state.tokens.count { state.tokens[token].quoted = true }
                    state.singleQuoteStart = nil
                } else if state.wordStart >= 0 {
                    state.append(byte: byte)
                    state.hadApostrophe = true
                } else if nextIsWord, index == 0 || Self.opensQuote(bytes[index - 1]) {
                    state.singleQuoteStart = state.tokens.count
                }
            case UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: ","):
                // Keep 7:30, 3.5 and 1,200 as one word.
                if state.wordStart >= 0, let last = state.lastByte, Self.isDigit(last),
                    index + 1 < bytes.count,
                    Self.isDigit(bytes[index + 1])
                {
                    state.append(byte: byte)
                } else if byte == UInt8(ascii: "."), state.wordCount == 1, index + 2 < bytes.count,
                    Self.isLetter(bytes[index + 1]), bytes[index + 2] == UInt8(ascii: ".")
                {
                    // "a.m.", "p.m.", "e.g.", "i.e.": one word, read as "am", "pm", "eg", "ie".
                    state.append(byte: bytes[index + 1] | 0x20)
                    index += 2
                    // Asked before the word is flushed, which keeps every byte of it (it ends in
                    // a letter, not an apostrophe) and empties the buffer.
                    let endsSentence = Abbreviation.endsSentence(
                        state.word, next: Self.nextVisible(bytes, after: index), dotted: true)
                    state.flush(index, self)
                    if endsSentence { state.endSentence() }
                } else if byte == UInt8(ascii: "."), state.wordStart >= 0,
                    !Abbreviation.endsSentence(state.word, next: Self.nextVisible(bytes, after: index))
                {
                    // "Dr. Patel", "St. Brigid's", "approx. 20": the full stop ends the word only.
                    state.flush(index, self)
                } else {
                    state.flush(index, self)
                    // A colon introduces what follows ("I'll own this: review on Thursday"), so it
                    // does not end the clause; a comma does.
                    if byte == UInt8(ascii: ".") {
                        state.endSentence()
                    } else if byte == UInt8(ascii: ",") {
                        state.clause += 1
                    }
                }
            case UInt8(ascii: "?"):
                state.flush(index, self)
                state.endQuestion()
            case UInt8(ascii: "!"), UInt8(ascii: ";"), UInt8(ascii: "\n"):
                state.flush(index, self)
                state.endSentence()
            case UInt8(ascii: "\""):
                state.flush(index, self)
                state.quoted.toggle()
            case UInt8(ascii: "("), UInt8(ascii: ")"):
                state.flush(index, self)
                state.clause += 1
            case UInt8(ascii: "%"):
                // "31%" reads as "31 percent", as reps say it; the sign alone is its evidence.
                let afterNumber = state.lastByte.map(Self.isDigit) == true
                state.flush(index, self)
                if afterNumber {
                    state.add(contentsOf: "percent", at: index)
                    state.flush(index + 1, self)
                }
            case UInt8(ascii: "-") where Self.isSpacedDash(bytes, index):
                // " - " and " -- " typed for a dash break the clause as "—" does.
                state.flush(index, self)
                state.clause += 1
            default:
                state.flush(index, self)
            }
            index += 1
        }
        state.flush(bytes.count, self)
        return TokenizedText(
            text: text, tokens: state.tokens, infos: state.infos, utf8: bytes,
            baseWords: WordSet.baseWordBits(of: state.infos),
            otherWords: WordSet.otherWordIndices(of: state.infos))
    }

    /// Whether the hyphen at `index` stands for a dash: a space (or the text's start) before
    /// its run of hyphens and a space (or the end) after it, as in "No - we can't".
    static func isSpacedDash(_ bytes: [UInt8], _ index: Int) -> Bool {
        var start = index
        while start > 0, bytes[start - 1] == UInt8(ascii: "-") { start -= 1 }
        var end = index + 1
        while end < bytes.count, bytes[end] == UInt8(ascii: "-") { end += 1 }
        let spaceBefore = start == 0 || bytes[start - 1] == UInt8(ascii: " ")
        let spaceAfter = end == bytes.count || bytes[end] == UInt8(ascii: " ")
        return spaceBefore && spaceAfter
    }

    /// What the matcher needs to know about the normalised `word` (its sentence is set later).
    static func info(of word: String, _ vocabulary: Vocabulary) -> TokenInfo {
        info(of: word, id: vocabulary.id(of: word), vocabulary)
    }

    /// ``info(of:_:)`` of a word whose ``Vocabulary`` id is known to be `id`.
    static func info(of word: String, id: Int32, _ vocabulary: Vocabulary) -> TokenInfo {
        var flags: UInt8 = 0
        var roles: UInt32 = 0
        if id >= 0 {
            flags |= vocabulary.flags[Int(id)]
            roles = vocabulary.roles[Int(id)]
        } else if let first = word.utf8.first, first >= 48 && first <= 57 {
            if WordClass.isNumber(word) { flags |= TokenInfo.number }
            if WordClass.isClock(word) { flags |= TokenInfo.clock }
            if WordClass.isHour(word) { flags |= TokenInfo.hour }
        }
        let prefixes = vocabulary.prefixes.isEmpty ? 0 : vocabulary.prefixMask(of: word)
        return TokenInfo(
            id: id, sentence: 0, flags: flags, bloom: WordSet.bloomKey(of: word) &+ 1, prefixes: prefixes,
            roles: roles)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// Whether a single quotation mark after `byte` opens a quotation (a space, a colon, a bracket).
    static func opensQuote(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "(")
    }

    /// The first byte after `index` that is not a space, if any.
    static func nextVisible(_ bytes: [UInt8], after index: Int) -> UInt8? {
        var next = index + 1
        while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
        return next < bytes.count ? bytes[next] : nil
    }
}
