/// Normalises one typed word: expands contractions (with or without the apostrophe), fixes the
/// shorthand and typos reps use when they type fast, and undoes stretched letters ("sorrry").
///
/// Patterns go through the same normalisation, so a trainer writes `i'm sorry` or `im sorry`
/// and both match "Im sorry", "I’m sorry" and "i am sorry".
struct Spelling: Sendable {
    /// Typos derived from the pattern vocabulary (a letter dropped or two letters swapped).
    let typos: [String: String]
    /// ``forms`` and ``typos`` in one table, so a typed word costs one lookup.
    private let lookup: [String: [String]]

    init(typos: [String: String] = [:]) {
        self.typos = typos
        var lookup = Self.forms
        for (typo, word) in typos where lookup[typo] == nil { lookup[typo] = [word] }
        self.lookup = lookup
    }

    /// Words typed with an apostrophe whose bare form is ambiguous ("we're" vs "were").
    static let apostropheForms: [String: [String]] = [
        "were": ["we", "are"], "well": ["we", "will"], "hell": ["he", "will"], "shell": ["she", "will"],
        "id": ["i", "would"], "hed": ["he", "would"], "shed": ["she", "would"], "wed": ["we", "would"],
        "its": ["it", "is"], "lets": ["let", "us"], "whos": ["who", "is"], "cant": ["can", "not"],
        "wont": ["will", "not"], "aint": ["is", "not"], "yall": ["you", "all"],
    ]

    /// Contractions and shorthand recognised with or without an apostrophe.
    static let forms: [String: [String]] = [
        "im": ["i", "am"], "ive": ["i", "have"], "ill": ["i", "will"], "id": ["i", "would"],
        "youre": ["you", "are"], "youll": ["you", "will"], "youve": ["you", "have"],
        "youd": ["you", "would"],
        "theyre": ["they", "are"], "theyll": ["they", "will"], "theyve": ["they", "have"],
        "weve": ["we", "have"], "itll": ["it", "will"], "thatll": ["that", "will"],
        "dont": ["do", "not"], "doesnt": ["does", "not"], "didnt": ["did", "not"], "cant": ["can", "not"],
        "cannot": ["can", "not"], "wont": ["will", "not"], "isnt": ["is", "not"], "arent": ["are", "not"],
        "wasnt": ["was", "not"], "werent": ["were", "not"], "havent": ["have", "not"],
        "hasnt": ["has", "not"],
        "hadnt": ["had", "not"], "shouldnt": ["should", "not"], "wouldnt": ["would", "not"],
        "couldnt": ["could", "not"], "mustnt": ["must", "not"], "neednt": ["need", "not"],
        "shouldve": ["should", "have"], "couldve": ["could", "have"], "wouldve": ["would", "have"],
        "mightve": ["might", "have"], "mustve": ["must", "have"],
        "thats": ["that", "is"], "whats": ["what", "is"], "theres": ["there", "is"], "heres": ["here", "is"],
        "its": ["it", "is"], "hes": ["he", "is"], "shes": ["she", "is"], "wheres": ["where", "is"],
        "lets": ["let", "us"], "gonna": ["going", "to"], "wanna": ["want", "to"], "gotta": ["got", "to"],
        "u": ["you"], "ya": ["you"], "ur": ["your"], "r": ["are"], "yr": ["your"], "urself": ["yourself"],
        "thx": ["thanks"], "thnx": ["thanks"], "thanx": ["thanks"], "tx": ["thanks"], "tks": ["thanks"],
        "ty": ["thank", "you"], "tysm": ["thank", "you"], "thankyou": ["thank", "you"], "ta": ["thanks"],
        "pls": ["please"], "plz": ["please"], "sry": ["sorry"], "sory": ["sorry"], "soz": ["sorry"],
        "sowwy": ["sorry"], "sorrry": ["sorry"], "srry": ["sorry"], "apologise": ["apologize"],
        "apologised": ["apologized"], "apologising": ["apologizing"], "appologize": ["apologize"],
        "apologies": ["apologies"], "tmrw": ["tomorrow"], "tmr": ["tomorrow"], "tmrow": ["tomorrow"],
        "tomoz": ["tomorrow"], "tomorow": ["tomorrow"], "tommorow": ["tomorrow"], "tommorrow": ["tomorrow"],
        "2moro": ["tomorrow"], "2morrow": ["tomorrow"], "2day": ["today"], "tonite": ["tonight"],
        "2nite": ["tonight"], "arvo": ["afternoon"], "tues": ["tuesday"], "weds": ["wednesday"],
        "thur": ["thursday"], "thurs": ["thursday"], "fri": ["friday"],
        "doesnae": ["does", "not"], "cannae": ["can", "not"], "canna": ["can", "not"],
        "didnae": ["did", "not"], "isnae": ["is", "not"], "wasnae": ["was", "not"],
        "wouldnae": ["would", "not"],
        "couldnae": ["could", "not"], "dinnae": ["do", "not"], "dinna": ["do", "not"],
        "willnae": ["will", "not"], "havenae": ["have", "not"], "eod": ["end", "of", "day"],
        "cob": ["end", "of", "day"],
        "asap": ["as", "soon", "as", "possible"], "thru": ["through"], "tho": ["though"],
        "altho": ["although"],
        "cuz": ["because"], "coz": ["because"], "cos": ["because"], "bc": ["because"], "b4": ["before"],
        "w": ["with"], "wo": ["without"], "ok": ["okay"], "k": ["okay"], "kk": ["okay"], "okey": ["okay"],
        "idk": ["i", "do", "not", "know"], "dunno": ["do", "not", "know"], "def": ["definitely"],
        "prob": ["probably"], "probs": ["probably"], "min": ["minutes"], "mins": ["minutes"],
        "minute": ["minutes"], "hr": ["hours"], "hrs": ["hours"], "hour": ["hour"], "sec": ["seconds"],
        "mgr": ["manager"], "msg": ["message"], "defo": ["definitely"], "realise": ["realize"],
        "recieve": ["receive"], "definately": ["definitely"], "responsability": ["responsibility"],
        "apreciate": ["appreciate"], "appriciate": ["appreciate"], "appreaciate": ["appreciate"],
        "gratefull": ["grateful"], "greatful": ["grateful"], "unacceptible": ["unacceptable"],
        "wierd": ["weird"], "alot": ["a", "lot"], "ima": ["i", "am", "going", "to"],
        "imma": ["i", "am", "going", "to"],
        "tbh": ["to", "be", "honest"], "ngl": ["honestly"], "btw": ["by", "the", "way"],
        "fyi": ["for", "your", "information"], "dr": ["doctor"], "doc": ["doctor"], "pm": ["pm"],
        "dunt": ["do", "not"], "rn": ["right", "now"], "atm": ["at", "the", "moment"], "bloke": ["man"],
        "sth": ["something"], "smth": ["something"], "pls.": ["please"], "cud": ["could"], "shud": ["should"],
        "wud": ["would"], "coz'": ["because"], "b/c": ["because"], "acc": ["account"], "hv": ["have"],
        "wil": ["will"], "experiance": ["experience"], "expirience": ["experience"],
        "experiense": ["experience"],
        "limitted": ["limited"], "limeted": ["limited"], "nd": ["and"], "n": ["and"], "abt": ["about"],
        "abit": ["a", "bit"],
    ]

    /// Words after which a typed "of" means "have" ("should of", "must of").
    static let modalsBeforeOf: Set<String> = ["should", "could", "would", "must", "might", "may"]

    /// One typed word normalised: usually one word, several for a contraction.
    enum Words: Equatable {
        case one(String)
        case many([String])

        var list: [String] {
            switch self {
            case .one(let word): [word]
            case .many(let words): words
            }
        }
    }

    /// The normalised words for one typed word (`raw` is lower case, apostrophes included).
    func normalise(_ raw: String, hadApostrophe: Bool, previous: String?) -> Words {
        var bare = hadApostrophe ? raw.filter { $0 != "'" } : raw
        if hadApostrophe {
            if let expanded = Self.apostropheForms[bare] ?? Self.forms[bare] { return Self.words(expanded) }
            if raw.hasSuffix("n't") { return .many([String(bare.dropLast(2)), "not"]) }
            if raw.hasSuffix("'re") { return .many([String(bare.dropLast(2)), "are"]) }
            if raw.hasSuffix("'ll") { return .many([String(bare.dropLast(2)), "will"]) }
            if raw.hasSuffix("'ve") { return .many([String(bare.dropLast(2)), "have"]) }
            if raw.hasSuffix("'d") { return .many([String(bare.dropLast(1)), "would"]) }
            if raw.hasSuffix("'s") { bare = String(bare.dropLast(1)) }
        }
        if bare == "of", let previous, Self.modalsBeforeOf.contains(previous) { return .one("have") }
        if let expanded = lookup[bare] { return Self.words(expanded) }
        if let laugh = Self.laughter(bare) { return .one(laugh) }
        let collapsed = Self.collapseStretched(bare)
        if collapsed != bare, let expanded = lookup[collapsed] { return Self.words(expanded) }
        return .one(collapsed)
    }

    private static func words(_ list: [String]) -> Words {
        list.count == 1 ? .one(list[0]) : .many(list)
    }

    /// Laughter typed at any length reads as its short form: "hahaha", "hahah", "ahahah",
    /// "hehehe" as "hehe", "lolol" as "lol" (stop 43, the retired never-read EE093: "hahaha true,
    /// my back is not what it was" agrees with the jab as "haha true" does). Nil for any other
    /// word.
    static func laughter(_ word: String) -> String? {
        let h = UInt8(ascii: "h"), a = UInt8(ascii: "a"), e = UInt8(ascii: "e")
        let l = UInt8(ascii: "l"), o = UInt8(ascii: "o")
        let bytes = word.utf8
        // Most words are not laughter: the first byte says so before anything is counted.
        guard let first = bytes.first, first == h || first == a || first == l,
            bytes.count >= 5, bytes.count <= 24
        else { return nil }
        // Alternating (a doubled letter allowed): "hahah", "haahaa", not "hhhhh" or "aaaaa".
        let changes = zip(bytes, bytes.dropFirst()).filter { $0 != $1 }.count
        guard changes >= 3 else { return nil }
        if bytes.allSatisfy({ $0 == h || $0 == a }) { return "haha" }
        if bytes.allSatisfy({ $0 == h || $0 == e }) { return "hehe" }
        if bytes.allSatisfy({ $0 == l || $0 == o }), bytes.starts(with: [l, o, l]) { return "lol" }
        return nil
    }

    /// Runs of three or more of the same letter become two ("sorrrry" → "sorry", "soooo" → "soo").
    static func collapseStretched(_ word: String) -> String {
        guard word.utf8.count > 2 else { return word }
        var run = 1
        var previous: UInt8 = 0
        var stretched = false
        for byte in word.utf8 {
            run = byte == previous ? run + 1 : 1
            previous = byte
            if run >= 3 {
                stretched = true
                break
            }
        }
        guard stretched else { return word }
        var bytes = Array(word.utf8)
        var changed = false
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for byte in bytes {
            if result.count >= 2, result[result.count - 1] == byte, result[result.count - 2] == byte,
                byte >= UInt8(ascii: "a")
            {
                changed = true
                continue
            }
            result.append(byte)
        }
        if !changed { return word }
        bytes = result
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Builds the typo table from the words the patterns use: for every word of six letters or
    /// more, its forms with one letter dropped or two neighbours swapped (when not a word itself).
    /// Words are taken in sorted order, so a typo two words share always goes to the same one.
    static func typos(for vocabulary: Set<String>) -> [String: String] {
        var table: [String: String] = [:]
        func add(_ typo: String, _ word: String) {
            if !vocabulary.contains(typo), forms[typo] == nil, table[typo] == nil { table[typo] = word }
        }
        for word in vocabulary.sorted() {
            let bytes = Array(word.utf8)
            if bytes.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) {
                // The common case, by bytes: one letter is one byte.
                guard bytes.count >= 6 else { continue }
                for index in bytes.indices {
                    var dropped = bytes
                    dropped.remove(at: index)
                    add(String(decoding: dropped, as: UTF8.self), word)
                    if index + 1 < bytes.count, bytes[index] != bytes[index + 1] {
                        var swapped = bytes
                        swapped.swapAt(index, index + 1)
                        add(String(decoding: swapped, as: UTF8.self), word)
                    }
                }
                continue
            }
            guard word.count >= 6, word.allSatisfy(\.isLetter) else { continue }
            let letters = Array(word)
            for index in letters.indices {
                var dropped = letters
                dropped.remove(at: index)
                add(String(dropped), word)
                if index + 1 < letters.count, letters[index] != letters[index + 1] {
                    var swapped = letters
                    swapped.swapAt(index, index + 1)
                    add(String(swapped), word)
                }
            }
        }
        return table
    }
}
