/// DF101–DF107: the shape of the document (keys, types, ranges, identifiers, values).
///
/// `subject` names the mapping in the trainer's words ("node 'opening'", "the persona");
/// `found` is what the file holds instead ("a list", "text 'x'").
extension DiagnosticMessage {
    // MARK: DF101 missing key

    static func missingKey(_ key: String, in subject: String) -> DiagnosticMessage {
        DiagnosticMessage(.missingKey, "\(subject) is missing the required key '\(key)'")
    }

    static func extensionAddsNothing(to target: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .missingKey, "a file that extends '\(target)' adds 'patterns', 'except' or both; it has neither")
    }

    // MARK: DF102 unknown key

    static func unknownKey(_ key: String, in subject: String) -> DiagnosticMessage {
        DiagnosticMessage(.unknownKey, "unknown key '\(key)' in \(subject)")
    }

    // MARK: DF103 duplicate key

    static func duplicateKey(_ key: String, in subject: String, firstLine: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            .duplicateKey, "'\(key)' appears twice in \(subject); the first is at line \(firstLine)")
    }

    static func duplicateNode(_ id: String, firstLine: Int) -> DiagnosticMessage {
        DiagnosticMessage(.duplicateKey, "node '\(id)' is defined twice; the first is at line \(firstLine)")
    }

    // MARK: DF104 wrong type

    static func notAMapping(_ subject: String, found: String) -> DiagnosticMessage {
        DiagnosticMessage(.wrongType, "\(subject) must be a mapping of keys, not \(found)")
    }

    static func nodesNotAMapping(found: String) -> DiagnosticMessage {
        DiagnosticMessage(.wrongType, "'nodes' must be a mapping of node id to node, not \(found)")
    }

    static func keysNotWords(in subject: String) -> DiagnosticMessage {
        DiagnosticMessage(.wrongType, "keys in \(subject) must be plain words")
    }

    static func emptyText(_ key: String, in subject: String) -> DiagnosticMessage {
        DiagnosticMessage(.wrongType, "'\(key)' in \(subject) is empty; it needs text")
    }

    static func blankModel(in subject: String) -> DiagnosticMessage {
        DiagnosticMessage(.wrongType, "'model' in \(subject) is blank; it needs a reply")
    }

    static func blankSpeaker(in subject: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .wrongType,
            "'speaker' in \(subject) is blank; remove it to let the client speak, or name who speaks")
    }

    static func blankNarration(in subject: String) -> DiagnosticMessage {
        DiagnosticMessage(.wrongType, "'narrate' in \(subject) is blank; remove it or write the narration")
    }

    static func notText(_ key: String, in subject: String, found: String) -> DiagnosticMessage {
        DiagnosticMessage(.wrongType, "'\(key)' in \(subject) must be text, not \(found)")
    }

    static func notAWholeNumber(
        _ key: String, in subject: String, range: ClosedRange<Int>, meaning: String, found: String
    ) -> DiagnosticMessage {
        DiagnosticMessage(
            .wrongType,
            "'\(key)' in \(subject) must be a whole number from \(range.lowerBound) to \(range.upperBound) "
                + "(\(meaning)), not \(found)")
    }

    static func notANumber(_ key: String, in subject: String, range: ClosedRange<Double>, found: String)
        -> DiagnosticMessage
    {
        DiagnosticMessage(
            .wrongType,
            "'\(key)' in \(subject) must be a number from \(range.lowerBound) to \(range.upperBound), not \(found)"
        )
    }

    static func notABoolean(_ key: String, in subject: String, found: String) -> DiagnosticMessage {
        DiagnosticMessage(.wrongType, "'\(key)' in \(subject) must be true or false, not \(found)")
    }

    static func listItemNotAWord(_ key: String, in subject: String, found: String) -> DiagnosticMessage {
        DiagnosticMessage(.wrongType, "each item of '\(key)' in \(subject) must be a word, not \(found)")
    }

    /// A list of words (`example` shows one).
    static func notAList(_ key: String, in subject: String, like example: String, found: String)
        -> DiagnosticMessage
    {
        DiagnosticMessage(.wrongType, "'\(key)' in \(subject) must be a list, like \(example), not \(found)")
    }

    /// A list of mappings (`example` says what each item holds).
    static func notAListOf(_ key: String, in subject: String, items example: String, found: String)
        -> DiagnosticMessage
    {
        DiagnosticMessage(.wrongType, "'\(key)' in \(subject) must be a list (\(example)), not \(found)")
    }

    // MARK: DF105 out of range

    static func wholeNumberOutOfRange(
        _ key: String, in subject: String, value: Int, range: ClosedRange<Int>, meaning: String
    ) -> DiagnosticMessage {
        DiagnosticMessage(
            .outOfRange,
            "'\(key)' in \(subject) is \(value); \(meaning) is a whole number from \(range.lowerBound) to "
                + "\(range.upperBound)")
    }

    static func moodBelowFloor(mood: Int, floor: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            .outOfRange,
            "'mood_floor' is \(floor) but the persona's starting mood is \(mood); the mood never goes "
                + "below its floor, so start at \(floor) or more, or lower the floor")
    }

    static func numberOutOfRange(_ key: String, in subject: String, value: Double, range: ClosedRange<Double>)
        -> DiagnosticMessage
    {
        DiagnosticMessage(
            .outOfRange,
            "'\(key)' in \(subject) is \(value); it must be from \(range.lowerBound) to \(range.upperBound)")
    }

    // MARK: DF106 bad identifier

    static let kebabCase = "must be kebab-case (lower-case words joined by '-'"

    /// `fromFileName` when the file has no `id` key and the id was taken from its name.
    static func badScenarioID(_ id: String, fromFileName: Bool) -> DiagnosticMessage {
        DiagnosticMessage(
            .badIdentifier,
            "the scenario id '\(id)' \(kebabCase), like angry-surgeon)"
                + (fromFileName ? "; add an 'id' key or rename the file" : ""))
    }

    static func badDrillSetID(_ id: String) -> DiagnosticMessage {
        DiagnosticMessage(.badIdentifier, "the drill set id '\(id)' \(kebabCase))")
    }

    static func badTechniqueID(_ id: String) -> DiagnosticMessage {
        DiagnosticMessage(.badIdentifier, "technique id '\(id)' \(kebabCase))")
    }

    static func badNodeID(_ id: String) -> DiagnosticMessage {
        DiagnosticMessage(.badIdentifier, "the node id '\(id)' \(kebabCase))")
    }

    // MARK: DF107 unknown value

    static func unknownEnding(_ word: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .unknownValue, "'\(word)' is not a kind of ending; use resolved, exit, lost or escalated")
    }

    static func unknownFailKind(_ word: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .unknownValue,
            "'\(word)' is not something a drill can fail on; use breach (a line crossed) or a kind of "
                + "ending: resolved, exit, lost or escalated")
    }

    static func unknownNodeKind(_ word: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .unknownValue, "'\(word)' is not a node kind; use free-text, reframe, choice or end")
    }

    static func unknownTechniqueKind(_ word: String) -> DiagnosticMessage {
        DiagnosticMessage(.unknownValue, "'\(word)' is not a kind; use technique or violation")
    }

    static func unknownScope(_ word: String, for key: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .unknownValue, "'\(word)' is not a scope for '\(key)'; use match, sentence or reply")
    }

    static func unknownDay(_ word: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .unknownValue,
            "'\(word)' is not a day for 'names_day'; use a weekday's full name, monday to sunday")
    }

    static func notANamedNumber(_ word: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .wrongType,
            "'\(word)' is not a number for 'names_number'; write each as a whole number in digits, as [12, 45]"
        )
    }

    /// A word for a key that takes one of two (`yes` or `no`).
    static func unknownChoice(_ word: String, for key: String, yes: String, no: String) -> DiagnosticMessage {
        DiagnosticMessage(.unknownValue, "'\(word)' is not a value for '\(key)'; use \(yes) or \(no)")
    }
}
