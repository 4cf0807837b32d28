/// The grader's working state for one reply: what each technique's patterns found, and the
/// verdicts the interaction rules refine before they become a ``Grade``.
///
/// State is kept in arrays by technique position (``Grader/ids``) so that grading does not hash
/// an id for every read; rules still name techniques by id.
struct Board {
    let text: TokenizedText
    let client: String?
    /// Technique ids by position, and positions by id.
    let ids: [String]
    let positions: ByteTable
    /// The position of each ``RubricID`` (in case order; -1: not graded), found once per grader.
    let rubric: [Int]
    /// Each technique's verdict in the making, by position: one array, so a reply costs one
    /// allocation here rather than one per field.
    var slots: [Slot]

    struct Slot {
        var present = false
        var evidence: [Evidence] = []
        var explanation: String?
        var finding: CompiledTechnique.Finding?
        var fraction: Double?
    }
    /// For each technique with `soft` patterns, the ids whose presence turns them off.
    let softUnless: [[String]]
    /// For each technique with `soft-if-client` patterns, whether the client's line matched one.
    var clientGate: [Bool?] = [] {
        // Read for every reply by several rules: worked out once, whenever the gates change.
        didSet { clientRaisesProblem = readsRaisedProblem() }
    }
    /// Whether the reply opens like a reframe step (``FromleRule/hasReframeOpener(_:)``): a dozen
    /// rules ask, so it is read once, when the board is made.
    let opensWithReframe: Bool
    /// The techniques whose `soft-if-client` list matched the reply itself (read only when the
    /// reply opens with assent: see ``replyMatchesClientList(_:)``).
    var replyClientLists: Set<Int> = []
    /// The client's content words (none when there is no client line).
    var clientWords: Set<String> = []
    /// Whether the client's line ends by asking whether anyone does something
    /// (``Grader/ClientReading/asksAnyone``).
    var clientAsksAnyone = false
    /// Where the reply's own words match `agrees-with-insult`'s `soft-if-client` list (the
    /// insult said again: "it is kind of a joke"), read only after a line that insults.
    var replyInsults: [Range<Int>] = []
    /// The verbs the client's line puts on the rep (``Grader/ClientReading/attributes``).
    var clientAttributes: Set<String> = []
    /// Whether the client's line asks the rep to do something (``Grader/requests(in:)``).
    var clientRequests = false
    /// Whether the client's line asks for a time (``Grader/ClientReading/asksForTime``).
    var clientAsksForTime = false
    /// Whether the client's line asks the rep to confirm a refusal
    /// (``Grader/ClientReading/asksToConfirmANo``).
    var clientAsksToConfirmANo = false
    /// Whether the client's line names a device problem or a harm (``Grader/ClientReading/namesProblem``).
    var clientNamesProblem = false
    /// The client's times as written (``Grader/ClientReading/times``).
    var clientTimes: Set<String> = []
    /// The client's remarks a restatement keeps the words of (``Grader/ClientReading/restatable``).
    var clientRestatable: [[String]] = []
    /// Every word of the client's line (``Grader/ClientReading/said``).
    var clientSaid: Set<String> = []
    /// What the scenario node that says the client's line expects and avoids (nil when no
    /// scenario says it).
    var cue: NodeCues.Cue?
    /// What the lines of the choice node that says the client's line credit: at a choice node the
    /// author's credits say what a good line there does (``NodeCues/credited(for:)``).
    var nodeCredits: Set<String> = []
    /// The figures the client's line names as terms (``Grader/ClientReading/termFigures``).
    var clientTermFigures: Set<String> = []
    /// The techniques ``ViolationCancelsRule`` took away because a violation stood beside them,
    /// by position (technique, violation): when the learned layer withdraws the violation, the
    /// technique stands again (learned10).
    var cancelledBeside: [(technique: Int, violation: Int)] = []
    /// The reply's clauses, read for who does what (``ClauseReader``).
    var clauses: [Clause] = []
    /// The matches of every list by owner, for rules that read a list's matches directly (the
    /// reply's own words matched against a `soft-if-client` list, say).
    var matched: MatchTable?
    /// The patterns as written, by ``PatternSet/Match/index``.
    let sources: [String]
    /// Whether explanations and evidence rules are written. With ``Grader/Reasons/omitted`` they
    /// stay nil, and the words passed to ``add(_:_:explanation:)``, ``cancel(_:because:)`` and
    /// ``rule(_:)`` are never built.
    let reasons: Grader.Reasons

    init(
        text: TokenizedText, client: String?, ids: [String], positions: ByteTable, rubric: [Int],
        softUnless: [[String]], sources: [String], reasons: Grader.Reasons = .written
    ) {
        self.rubric = rubric
        self.sources = sources
        self.reasons = reasons
        self.text = text
        self.client = client
        self.ids = ids
        self.positions = positions
        self.softUnless = softUnless
        let count = softUnless.count
        slots = (0..<count).map { _ in Slot() }
        opensWithReframe = FromleRule.hasReframeOpener(text)
    }

    /// Takes what the grader read from the client's line (``Grader/ClientReading``).
    mutating func adopt(_ line: Grader.ClientReading) {
        (clientGate, clientWords, cue) = (line.gates, line.words, line.cue)
        nodeCredits = line.credited
        clientTermFigures = line.termFigures
        clientAsksAnyone = line.asksAnyone
        clientAttributes = line.attributes
        clientRequests = line.requests
        clientAsksForTime = line.asksForTime
        clientAsksToConfirmANo = line.asksToConfirmANo
        clientNamesProblem = line.namesProblem
        clientTimes = line.times
        clientRestatable = line.restatable
        clientSaid = line.said
    }

    /// Whether the client's line matched `id`'s `soft-if-client` list: nil when there is no
    /// client line or `id` has no such list.
    func client(_ id: String) -> Bool? { client(at: positions.index(of: id)) }

    func client(_ id: RubricID) -> Bool? { client(at: position(of: id)) }

    private func client(at position: Int?) -> Bool? {
        guard let client, !client.isEmpty, let position, position < clientGate.count else { return nil }
        return clientGate[position]
    }

    /// Whether the client's line raises a problem the rep could own or excuse: it matches
    /// `ownership`'s `soft-if-client` list (a complaint), or at least none of the lists that say
    /// it is something else (a demand for `capitulates`, a claim about the evidence for
    /// `respectful-challenge`, a manager asking for a report for `objective-report`). True when
    /// there is no client line: then nothing rules it out. Kept up to date as ``clientGate`` is set.
    private(set) var clientRaisesProblem = true

    private func readsRaisedProblem() -> Bool {
        if client(.ownership) != false { return true }
        return ![RubricID.capitulates, .respectfulChallenge, .objectiveReport].contains { client($0) == true }
    }

    /// Whether the node that says the client's line expects `id` (false when no node says it).
    func nodeExpects(_ id: String) -> Bool { cue?.expect.contains(id) == true }

    /// Whether the reply's own words match `id`'s `soft-if-client` list ("he called me pathetic"
    /// carries an insult; "free blocks and saturdays" names a demand).
    func replyMatchesClientList(_ id: String) -> Bool {
        guard let position = positions.index(of: id) else { return false }
        return replyClientLists.contains(position)
    }

    /// The words of token `index` as typed.
    func word(_ index: Int) -> String { text.quote(index..<(index + 1)) }

    func isPresent(_ id: String) -> Bool { positions.index(of: id).map { slots[$0].present } ?? false }

    func finding(_ id: String) -> CompiledTechnique.Finding? {
        positions.index(of: id).flatMap { slots[$0].finding }
    }

    func evidence(_ id: String) -> [Evidence] { positions.index(of: id).map { slots[$0].evidence } ?? [] }

    /// The matches that count for `id`, strong and soft.
    func matches(_ id: String) -> [PatternSet.Match] {
        guard let finding = finding(id) else { return [] }
        return finding.matches + finding.softMatches
    }

    /// Where `id` sits in ``slots`` (nil: not graded), read from ``rubric``.
    func position(of id: RubricID) -> Int? {
        let position = rubric[id.rawValue]
        return position >= 0 ? position : nil
    }

    func isPresent(_ id: RubricID) -> Bool { position(of: id).map { slots[$0].present } ?? false }

    func finding(_ id: RubricID) -> CompiledTechnique.Finding? {
        position(of: id).flatMap { slots[$0].finding }
    }

    func evidence(_ id: RubricID) -> [Evidence] { position(of: id).map { slots[$0].evidence } ?? [] }

    func matches(_ id: RubricID) -> [PatternSet.Match] {
        guard let finding = finding(id) else { return [] }
        return finding.matches + finding.softMatches
    }

    /// The sentences in which any of `ids` that is present was read: a commitment or a party
    /// named there belongs to that violation (``CommitmentRule``, ``QuietBlameRule``).
    func sentences(reading ids: [RubricID]) -> Set<Int> {
        Set(ids.filter(isPresent).flatMap { matches($0).map(\.sentence) })
    }

    /// Marks `id` present with `more` evidence.
    mutating func add(_ id: String, _ more: [Evidence], explanation: @autoclosure () -> String) {
        guard let position = positions.index(of: id) else { return }
        slots[position].present = true
        slots[position].evidence += more
        if reasons == .written { slots[position].explanation = explanation() }
    }

    /// Marks `id` present on the words of `range`, read by `rule` (written after "rule: "); the
    /// explanation is built from the quoted words.
    mutating func add(
        _ id: String, quoting range: Range<Int>, rule: @autoclosure () -> String,
        explanation: (String) -> String
    ) {
        let words = text.quote(range)
        add(
            id, [Evidence(words: words, rule: self.rule("rule: \(rule())"), span: text.span(range))],
            explanation: explanation(words))
    }

    /// Marks `id` absent because of `reason`, keeping what had been found in the explanation.
    mutating func cancel(_ id: String, because reason: @autoclosure () -> String) {
        guard let position = positions.index(of: id), slots[position].present else { return }
        slots[position].present = false
        if reasons == .written {
            slots[position].explanation = "found \(quoted(slots[position].evidence)), but \(reason())"
        }
    }

    mutating func set(
        _ id: String, present value: Bool? = nil, evidence list: [Evidence]? = nil,
        explanation: @autoclosure () -> String? = nil, fraction: Double? = nil
    ) {
        guard let position = positions.index(of: id) else { return }
        if let value { slots[position].present = value }
        if let list { slots[position].evidence = list }
        if reasons == .written, let explanation = explanation() { slots[position].explanation = explanation }
        if let fraction { slots[position].fraction = fraction }
    }

    /// Keeps only the soft matches of `id` that `keep` accepts.
    mutating func filterSoftMatches(_ id: String, _ keep: (PatternSet.Match) -> Bool) {
        guard let position = positions.index(of: id) else { return }
        slots[position].finding?.softMatches.removeAll { !keep($0) }
    }

    mutating func dropSoftMatches(_ id: String) {
        guard let position = positions.index(of: id) else { return }
        slots[position].finding?.softMatches = []
    }

    /// Evidence for `match`: the typed words and the pattern that found them.
    func evidence(for match: PatternSet.Match, kind: String = "pattern") -> Evidence {
        Evidence(
            words: text.quote(match.range), rule: rule("\(kind): \(sources[match.index])"),
            span: text.span(match.range))
    }

    /// `text` as an evidence rule when reasons are written; nil, and never built, when not.
    func rule(_ text: @autoclosure () -> String) -> String? { reasons == .written ? text() : nil }

    func quoted(_ evidence: [Evidence]) -> String {
        evidence.map { "“\($0.words)”" }.joined(separator: ", ")
    }
}

/// One interaction of the rubric table, applied after every technique's patterns have run
/// (an acknowledgement beside an insult is not `acknowledge-dont-agree`, and so on).
protocol GradingRule: Sendable {
    func apply(to board: inout Board)
}

/// The techniques the interaction rules ask about by id most often, numbered: a rule asks
/// `board.isPresent(.capitulates)` and the board reads the position from an array
/// (``Board/rubric``, found once per grader) instead of looking the id up by its spelling, which
/// cost ~130 instructions and ran ~110 times a reply. The answers are those of the same calls
/// with the id spelled out.
enum RubricID: Int, CaseIterable, Sendable {
    case capitulates, boundarySetting, agreesWithInsult, arguesBack, apology, objectiveReport
    case decisiveAction, respectfulChallenge, ownership, prevention, gracefulExit
    case thanks, acknowledgeDontAgree, minimizing, blameShifting, fromle
    case breachesSterileField, delaysReporting, disparagesCompetitor, falsifiesRecord, offLabelPromotion
    case offersValue, sharesPatientData, unapprovedMaterial, unauthorisedConcession
    case nonApology, checkableStep

    /// The id as the technique files spell it.
    var id: String {
        switch self {
        case .capitulates: "capitulates"
        case .boundarySetting: "boundary-setting"
        case .agreesWithInsult: "agrees-with-insult"
        case .arguesBack: "argues-back"
        case .apology: "apology"
        case .objectiveReport: "objective-report"
        case .decisiveAction: "decisive-action"
        case .respectfulChallenge: "respectful-challenge"
        case .ownership: "ownership"
        case .prevention: "prevention"
        case .gracefulExit: "graceful-exit"
        case .thanks: "thanks"
        case .acknowledgeDontAgree: "acknowledge-dont-agree"
        case .minimizing: "minimizing"
        case .blameShifting: "blame-shifting"
        case .fromle: "fromle"
        case .breachesSterileField: "breaches-sterile-field"
        case .delaysReporting: "delays-reporting"
        case .disparagesCompetitor: "disparages-competitor"
        case .falsifiesRecord: "falsifies-record"
        case .offLabelPromotion: "off-label-promotion"
        case .offersValue: "offers-value"
        case .sharesPatientData: "shares-patient-data"
        case .unapprovedMaterial: "unapproved-material"
        case .unauthorisedConcession: "unauthorised-concession"
        case .nonApology: "non-apology"
        case .checkableStep: "checkable-step"
        }
    }

    /// The compliance breaches, in the order of ``ComplianceBreaches/list``.
    static let compliance: [RubricID] = [
        .breachesSterileField, .delaysReporting, .disparagesCompetitor, .falsifiesRecord, .offLabelPromotion,
        .offersValue, .sharesPatientData, .unapprovedMaterial, .unauthorisedConcession,
    ]

    /// Where each case sits in a grader's ids (`table`: ``Grader/positions``), in case order;
    /// -1 for one the grader does not grade.
    static func positions(in table: ByteTable) -> [Int] { allCases.map { table.index(of: $0.id) ?? -1 } }
}
