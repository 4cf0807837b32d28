/// `breaches-sterile-field` said as the rep's hands passing a thing to the scrub team: the rep's
/// own act (``BreachShapes/ownActs(_:_:)``, a promise or an offer, under an "if" too: "if it's
/// quicker I'll grab it and pass it straight to Marisol") hands, passes or gives an instrument,
/// a trial, an implant or "it"/"them" to a person in the room (a name, the scrub nurse or tech,
/// the surgeon, "her"/"him"), in a setting about the case (``SterileContextRule/sterile`` in the
/// reply or the client's line). A rep's hands are not sterile; what goes to the scrub team goes
/// through the circulator or the hospital's own people. The list knew the words next to each
/// other ("pass it to Marisol"); this reads the verb, the object and the person in one clause.
///
/// Not negated, asked or quoted ("I can't hand anything to Marisol"), not a thing that is not an
/// instrument ("I'll pass your question to medical affairs", "give the lot number to Joanne"),
/// not to someone outside the room (medical affairs, a manager, quality), and not without a
/// sterile setting.
struct HandedAcrossRule: GradingRule {
    static let id = "breaches-sterile-field"
    /// ``id`` by number (``RubricID``): every reply asks for its verdict.
    static let key = RubricID.breachesSterileField

    /// Verbs of putting a thing in someone's hands.
    static let handing: Set<String> = ["hand", "pass", "give", "handing", "passing", "giving"]
    /// ``SterileContextRule/sterile`` by word number (``WordSet``): the reply's words are tested
    /// against it by one bit each, not hashed.
    static let sterileWords = WordSet(SterileContextRule.sterile)
    /// ``handing`` by word number.
    static let handingSet = WordSet(handing)
    /// What goes onto the field: an instrument, a trial or an implant, or a pronoun for one.
    static let things: Set<String> = [
        "it", "them", "trial", "trials", "implant", "implants", "instrument", "instruments", "augment",
        "screw", "screws", "plate", "plates", "cage", "sizer", "sizers", "guide", "driver", "reload",
        "reloads",
        "pieces", "piece", "arm", "nail",
    ]
    /// People in the room, by role.
    static let roomPeople: Set<String> = [
        "scrub", "nurse", "tech", "surgeon", "dr", "doctor", "her", "him", "resident", "fellow", "assistant",
    ]
    /// Who is not in the room: passing a thing to them is a hand-off, not the field.
    static let outside: Set<String> = [
        "medical", "affairs", "manager", "quality", "compliance", "complaints", "engineers", "engineering",
        "lab",
        "office", "spd", "processing", "team", "me", "you", "us",
    ]

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key) else { return }
        let text = board.text
        let tokens = text.tokens
        // Leave early: no verb of handing, tested by word number (``WordSet``): hashing every word
        // of every reply into ``handing`` cost ~12 k instructions a reply.
        guard Self.handingSet.any(in: tokens.indices, of: text) else { return }
        let clientSterile = !board.clientWords.isDisjoint(with: SterileContextRule.sterile)
        guard clientSterile || Self.sterileWords.any(in: tokens.indices, of: text) else { return }
        for raw in board.clauses {
            let clause = ClauseReader.fromFirstPerson(raw, text)
            guard clause.negation == nil, !clause.question, !tokens[clause.range].contains(where: \.quoted),
                !clause.range.contains(where: { text.infos[$0].roles & WordRole.negation.rawValue != 0 }),
                let verb = clause.range.first(where: { Self.handing.contains(tokens[$0].word) })
            else { continue }
            // The rep's act: "I" as subject, or an "I" before the verb after an "if" ("if it's
            // quicker I'll grab it and pass it…").
            let mine =
                clause.subject == .me
                || (clause.range.lowerBound..<verb).contains {
                    text.infos[$0].roles & WordRole.me.rawValue != 0
                }
            guard mine || (clause.subject == .none && raw.subject == .none) else { continue }
            let after = Range(from: verb + 1, upTo: min(clause.range.upperBound, verb + 10))
            guard let to = after.first(where: { tokens[$0].word == "to" }), to + 1 < clause.range.upperBound,
                (verb + 1..<to).contains(where: { Self.things.contains(tokens[$0].word) })
            else { continue }
            let person = to + 1
            let word = tokens[person].word
            let named =
                tokens[person].start < text.utf8.count
                && (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(text.utf8[tokens[person].start])
            guard !Self.outside.contains(word),
                Self.roomPeople.contains(word)
                    || (["the", "your", "my"].contains(word)
                        && person + 1 < clause.range.upperBound
                        && Self.roomPeople.contains(tokens[person + 1].word))
                    || named
            else { continue }
            board.add(
                Self.id, quoting: Range(from: verb, upTo: min(clause.range.upperBound, person + 2)),
                rule: "the rep's hands pass a thing to the scrub team"
            ) { "hands something across to the team at the table: “\($0)”" }
            return
        }
    }
}
