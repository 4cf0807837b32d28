/// DF001–DF008: reading the file as YAML text.
extension DiagnosticMessage {
    /// DF001.
    static let unreadable = DiagnosticMessage(.unreadableFile, "the file cannot be read")

    /// DF002: a NUL byte at the place.
    static let nulByte = DiagnosticMessage(
        .invalidEncoding, "the file contains a NUL byte; it looks like a binary file, not YAML text")

    /// DF002: bytes that are not UTF-8 at the place.
    static let notUTF8 = DiagnosticMessage(
        .invalidEncoding, "the file is not valid UTF-8 text here; save it as UTF-8")

    /// DF002: the YAML reader's own words about the characters.
    static func unreadableAsYAML(_ problem: String) -> DiagnosticMessage {
        DiagnosticMessage(.invalidEncoding, "the file cannot be read as YAML text: \(problem)")
    }

    /// DF003.
    static func fileTooLarge(megabytes: Double, limit: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            .fileTooLarge, "the file is \(megabytes) MB; a scenario file may be at most \(limit) MB")
    }

    /// DF004.
    static let emptyFile = DiagnosticMessage(
        .emptyFile, "the file is empty; a scenario needs at least title, summary, persona, start and nodes")

    /// DF005: the parser's words, when no slip in plain words (``YAMLMistake``) explains them.
    static func notYAML(_ problem: String) -> DiagnosticMessage {
        DiagnosticMessage(.notYAML, "this is not valid YAML: \(problem)")
    }

    /// DF005: a slip explained in plain words by ``YAMLMistake``, whose recognisers write the
    /// sentence for each slip they know.
    static func yamlSlip(_ explanation: String) -> DiagnosticMessage {
        DiagnosticMessage(.notYAML, explanation)
    }

    /// DF006.
    static func nestingTooDeep(limit: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            .nestingTooDeep,
            "the file nests lists and mappings more than \(limit) levels deep here; a scenario never needs that many"
        )
    }

    /// DF007: more values than any scenario needs; `becauseOfAliases` when anchors and aliases
    /// multiplied them.
    static func tooManyValues(limit: Int, becauseOfAliases: Bool) -> DiagnosticMessage {
        let cause =
            becauseOfAliases
            ? "anchors and aliases (&name / *name) multiply its values too many times"
            : "a scenario file needs far fewer; split it or remove what is not part of the story"
        return DiagnosticMessage(.aliasExpansion, "the file holds more than \(limit) values; \(cause)")
    }

    /// DF008.
    static let multipleDocuments = DiagnosticMessage(
        .multipleDocuments,
        "the file holds more than one YAML document ('---'); put one scenario in each file")
}
