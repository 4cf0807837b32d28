/// One clause of a reply, read for who does what: its subject, the helpers of its verb, whether
/// it is negated, and its main verb.
///
/// Phrase lists know words; clauses know structure. "I'm **not** going to blame the warehouse"
/// and "the warehouse sent the wrong tray" share words but not a subject or a polarity, and the
/// rubric reads them differently. Clauses end at commas, sentence ends and joining words ("but",
/// "so", "because"; "and" when a new subject follows).
struct Clause: Sendable {
    /// Who the clause is about.
    enum Subject: Sendable, Equatable {
        /// The rep: "I", "let me".
        case me
        /// The rep's company: "we".
        case we
        /// The client: "you".
        case you
        /// The client's side: "your front desk", "your scheduler".
        case yourSide
        /// A party, system or document: "the warehouse", "our plant", "the IFU", "my calendar".
        case party
        /// Another pronoun: "he", "they", "it", "that".
        case other
        /// No subject: an imperative or a fragment ("sending it now", "on it").
        case none
    }

    /// The clause's tokens.
    var range: Range<Int>
    var subject: Subject
    /// Where the subject's words are.
    var subjectRange: Range<Int>
    /// The negation before the main verb ("not", "never", "won't"), if any.
    var negation: Int?
    /// A future helper ("will", "going to", "shall") before the verb.
    var future = false
    /// A progressive "am/is … -ing" ("I'm driving").
    var progressive = false
    /// A perfect "have … -ed" ("I've booked").
    var perfect = false
    /// "can", "could", "able to".
    var ability = false
    /// "if", "unless" at or before the subject.
    var conditional = false
    /// The first word after the subject and its helpers: the main verb, as far as word order tells.
    var verb: Int?
    /// Whether a hedge stood between the subject and the verb ("I kind of can't…", "I maybe
    /// should…"): read past, and remembered.
    var hedged = false
    /// Whether the sentence ends with a question mark.
    var question = false
}
