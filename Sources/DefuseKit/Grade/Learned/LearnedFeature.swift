/// One feature of a reply that the learned layer weighs: a word, a pair of words, a structural
/// fact the clause reader found, a verdict of the rules, or what the client's line was.
///
/// A feature is named in the weights file by ``name`` (`w:sorry`, `b:my fault`,
/// `c:me+future`, `rule:apology`, `client:capitulates+short`, `o:agrees-with-insult fair`) and
/// looked up at grading time by ``key``, an FNV-1a hash of the same bytes, so grading never
/// builds the name.
struct LearnedFeature {
    /// The kind prefix, with its colon: `w:`, `b:`, `c:`, `rule:`, `client:`, `o:` (one of the
    /// reply's opening words after a client line that matched an id's `soft-if-client` list:
    /// ``first`` is the id, ``second`` the word).
    let kind: StaticString
    let first: String
    /// The second word of a pair, or a suffix such as `+short` (empty when none).
    let second: String
    /// Whether ``second`` is joined with a space (a pair of words) or glued on (a suffix).
    let spaced: Bool
    /// FNV-1a (64 bits) of ``name``'s UTF-8 bytes, computed without building the name.
    let key: UInt64

    init(_ kind: StaticString, _ first: String, _ second: String = "", spaced: Bool = false) {
        self.kind = kind
        self.first = first
        self.second = second
        self.spaced = spaced
        var hash = FNV1a()
        kind.withUTF8Buffer { hash.add($0) }
        hash.add(first.utf8)
        if !second.isEmpty {
            if spaced { hash.add(0x20) }
            hash.add(second.utf8)
        }
        self.key = hash.value
    }

    /// The feature a weights file's row is named for: the inverse of ``name`` (`w:sorry`,
    /// `b:<s> sorry`, `o:ID WORD` split at their first space; `c:me+future`,
    /// `client:ID+short` at their first `+`; `rule:ID` and `w:WORD` whole). The grading path
    /// ranks a reply's features by row and rebuilds only the few it shows as reasons. A name of
    /// no kind (the bias row, never a feature of a reply) reads as a `c:` fact, whole.
    init(name: String) {
        let kinds: [StaticString] = ["w:", "b:", "c:", "rule:", "client:", "o:"]
        let found = kinds.first { kind in kind.withUTF8Buffer { name.utf8.starts(with: $0) } }
        let kind = found ?? "c:"
        let rest = name.utf8.dropFirst(found?.utf8CodeUnitCount ?? 0)
        let separator: UInt8? =
            switch kind.description {
            case "b:", "o:": 0x20
            case "c:", "client:": UInt8(ascii: "+")
            default: nil
            }
        guard let separator, let split = rest.firstIndex(of: separator) else {
            self.init(kind, String(Substring(rest)))
            return
        }
        let spaced = separator == 0x20
        self.init(
            kind, String(Substring(rest[..<split])),
            String(Substring(spaced ? rest[rest.index(after: split)...] : rest[split...])), spaced: spaced)
    }

    /// The name as the weights file writes it.
    var name: String {
        let prefix = kind.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
        return prefix + first + (second.isEmpty ? "" : (spaced ? " " : "") + second)
    }

    /// The same hash of a name read from the weights file.
    static func key(of name: String) -> UInt64 { FNV1a.hash(name.utf8) }
}

extension LearnedFeature {
    /// How many of the reply's first words are read against the client's line (`o:` features).
    static let opening = 4

    /// Every feature of the reply on `board` as the rules left it (before the learned layer and
    /// the composite), each once, in a fixed order. Training and grading both read them here.
    static func features(of board: Board) -> [LearnedFeature] {
        var list: [LearnedFeature] = []
        let tokens = board.text.tokens
        list.reserveCapacity(tokens.count * 2 + 24)
        for (position, id) in board.ids.enumerated() where board.slots[position].present {
            list.append(LearnedFeature("rule:", id))
        }
        var previous = "<s>"
        var sentence = -1
        var question = false
        for token in tokens {
            if token.sentence != sentence {
                sentence = token.sentence
                previous = "<s>"
            }
            list.append(LearnedFeature("w:", token.word))
            list.append(LearnedFeature("b:", previous, token.word, spaced: true))
            previous = token.word
            question = question || token.question
        }
        let short = tokens.count <= 4
        let assent = board.text.infos.contains { $0.roles & WordRole.assent.rawValue != 0 }
        if short { list.append(LearnedFeature("c:", "short")) }
        if question { list.append(LearnedFeature("c:", "question")) }
        if assent { list.append(LearnedFeature("c:", "assent")) }
        for clause in board.clauses {
            let subject = clause.subjectName
            list.append(LearnedFeature("c:", subject))
            if clause.negation != nil { list.append(LearnedFeature("c:", subject, "+negated")) }
            if clause.future { list.append(LearnedFeature("c:", subject, "+future")) }
            if clause.perfect { list.append(LearnedFeature("c:", subject, "+perfect")) }
            if clause.progressive { list.append(LearnedFeature("c:", subject, "+progressive")) }
            if clause.conditional { list.append(LearnedFeature("c:", subject, "+conditional")) }
            if clause.ability { list.append(LearnedFeature("c:", subject, "+ability")) }
        }
        // What the reply does, read against what the client's line was (a demand, an insult, a
        // claim, a complaint): "yeah, fair" after an insult agrees with it, after a complaint it
        // need not; a clause with "you" as subject after an insult may answer it back.
        let negated = board.clauses.contains { $0.negation != nil }
        let addressed = board.clauses.contains { $0.subject == .you }
        let casual = board.text.infos.contains { $0.roles & WordRole.casual.rawValue != 0 }
        for (position, gate) in board.clientGate.enumerated() where gate == true && position < board.ids.count
        {
            let id = board.ids[position]
            list.append(LearnedFeature("client:", id))
            if short { list.append(LearnedFeature("client:", id, "+short")) }
            if assent { list.append(LearnedFeature("client:", id, "+assent")) }
            if question { list.append(LearnedFeature("client:", id, "+question")) }
            if negated { list.append(LearnedFeature("client:", id, "+negated")) }
            if addressed { list.append(LearnedFeature("client:", id, "+you")) }
            if casual { list.append(LearnedFeature("client:", id, "+casual")) }
            // The reply's opening words after that line: `o:agrees-with-insult fair`.
            for token in tokens.prefix(Self.opening) {
                list.append(LearnedFeature("o:", id, token.word, spaced: true))
            }
        }
        // Each feature once: a word typed twice weighs as much as once.
        var seen = Set<UInt64>(minimumCapacity: list.count)
        return list.filter { seen.insert($0.key).inserted }
    }
}

extension Clause {
    /// The subject as the learned layer names it (`c:me`, `c:party+negated`…).
    var subjectName: String { Self.name(of: subject) }

    /// Whether this clause is one the clause feature `feature` reads (`c:me+future`: "I" as
    /// subject and a future), so that an added verdict can quote it.
    func reads(_ feature: LearnedFeature) -> Bool {
        guard feature.kind.description == "c:", feature.first == subjectName else { return false }
        switch feature.second {
        case "": return true
        case "+negated": return negation != nil
        case "+future": return future
        case "+perfect": return perfect
        case "+progressive": return progressive
        case "+conditional": return conditional
        case "+ability": return ability
        default: return false
        }
    }

    static func name(of subject: Subject) -> String {
        switch subject {
        case .me: "me"
        case .we: "we"
        case .you: "you"
        case .yourSide: "your-side"
        case .party: "party"
        case .other: "other"
        case .none: "none"
        }
    }
}
