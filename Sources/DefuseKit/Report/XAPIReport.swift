import Foundation

/// `defuse report --format xapi`: one xAPI 1.0.3 statement per attempt, as a JSON array a
/// learning record store accepts (POST it to `/statements`).
///
/// - actor: an Agent with the rep's name and an account `{homePage, name}` on the home page.
/// - verb (ADL vocabulary): `terminated` for an abandoned attempt; for a finished one,
///   `passed` or `failed` in drill mode and `completed` in practice mode.
/// - object: the scenario, as the Activity `<homePage>/scenarios/<id>` of type `simulation`.
/// - result: the score (scaled 0…1, raw 0…100), `success` (a finished attempt ending `resolved`
///   or `exit` with at least ``passingScore``; left out when abandoned), `completion` (reached an
///   end) and the ISO 8601 duration.
/// - context.extensions: techniques, mode, cohort, drill set and content hash, under IRIs of
///   `<homePage>/xapi/extensions/`, and `breach` (`line crossed`) when the ending that counts is
///   a breach.
/// - context.registration: the drill run the attempt was played in (its UUID), so an LRS groups
///   a run's attempts; context.contextActivities: the drill set as `parent`
///   (`<homePage>/drills/<set>`) and the cohort as `grouping` (`<homePage>/cohorts/<cohort>`).
/// - result.extensions: for an attempt a trainer reviewed, `<homePage>/xapi/extensions/review`:
///   the grader's own score and, per reviewed turn (from 1), the trainer's verdicts, who, when
///   and the note; the score above uses the trainers' verdicts.
/// - id: a name-based UUID (version 5) of the attempt's UUID, its outcome and number of replies
///   (and its reviews, when reviewed), so the same export twice, from any store the attempt was
///   imported into, gives the same ids.
public enum XAPIReport {
    /// The lowest score that counts as a pass.
    public static let passingScore = 70

    public static let verbs = [
        "completed": "http://adlnet.gov/expapi/verbs/completed",
        "passed": "http://adlnet.gov/expapi/verbs/passed",
        "failed": "http://adlnet.gov/expapi/verbs/failed",
        "terminated": "http://adlnet.gov/expapi/verbs/terminated",
    ]

    public static func statements(_ attempts: [AttemptRecord], options: ReportOptions = ReportOptions())
        -> [XAPIStatement]
    {
        attempts.map { statement($0, options: options) }
    }

    /// The statement of `attempt`; `registration` is the drill run it was played in.
    public static func statement(
        _ attempt: AttemptRecord, options: ReportOptions = ReportOptions(), registration: UUID? = nil
    )
        -> XAPIStatement
    {
        let success = attempt.ending.map { ($0 == .resolved || $0 == .exit) && attempt.score >= passingScore }
        let verb: String =
            switch (attempt.isAbandoned, attempt.mode, success) {
            case (true, _, _): "terminated"
            case (false, .practice, _): "completed"
            case (false, .drill, true): "passed"
            case (false, .drill, _): "failed"
            }
        let title = options.title(of: attempt.scenario)
        let base = options.homePage
        var extensions: [String: XAPIStatement.Extension] = [
            "\(base)/xapi/extensions/techniques": .techniques(techniques(attempt, options.catalog)),
            "\(base)/xapi/extensions/mode": .text(attempt.mode.rawValue),
            "\(base)/xapi/extensions/content-hash": .text(attempt.contentHash),
            "\(base)/xapi/extensions/replies": .number(attempt.turns.count),
        ]
        if let cohort = attempt.cohort { extensions["\(base)/xapi/extensions/cohort"] = .text(cohort) }
        if let drill = attempt.drill { extensions["\(base)/xapi/extensions/drill"] = .text(drill) }
        // The ending is a line crossed (a breach ending, or a trainer's confirmed breach): what
        // fails a drill set with `fail_on: [breach]`. Left out for any other attempt.
        if attempt.countedBreach { extensions["\(base)/xapi/extensions/breach"] = .text("line crossed") }
        // A breach read and cleared at a check (review12 finding 12(b)): left out for any other attempt.
        if let cleared = attempt.clearedAtCheckText {
            extensions["\(base)/xapi/extensions/cleared-at-check"] = .text(cleared)
        }
        // An ending's `score_cap` that holds the score down: left out for any other attempt.
        if let capped = attempt.scoreCapText {
            extensions["\(base)/xapi/extensions/score-cap"] = .text(capped)
        }
        var name = [
            base, AttemptID.text(attempt.id), attempt.rep, attempt.scenario,
            String(Int64((attempt.started.timeIntervalSince1970 * 1000).rounded())), attempt.outcome,
            String(attempt.turns.count),
        ].joined(separator: "\u{1F}")
        let review = XAPIStatement.Review(attempt)
        // A reviewed attempt is a different statement (another score): it gets its own id.
        if let review { name += "\u{1F}" + review.fingerprint }
        return XAPIStatement(
            id: NameBasedUUID.v5(namespace: NameBasedUUID.defuse, name: name).uuidString.lowercased(),
            actor: .init(name: attempt.rep, account: .init(homePage: base, name: attempt.rep)),
            verb: .init(id: verbs[verb] ?? "", display: ["en-US": verb]),
            object: .init(
                id: "\(base)/scenarios/\(pathSegment(attempt.scenario))",
                definition: .init(
                    name: ["en-US": title],
                    description: ["en-US": "Defuse de-escalation role-play '\(attempt.scenario)'"],
                    type: "http://adlnet.gov/expapi/activities/simulation")),
            result: .init(
                score: .init(scaled: Double(attempt.score) / 100, raw: attempt.score, min: 0, max: 100),
                success: success, completion: !attempt.isAbandoned,
                duration: ReportDates.iso8601Duration(attempt.duration),
                extensions: review.map { ["\(base)/xapi/extensions/review": .review($0)] }),
            context: .init(
                registration: registration.map(AttemptID.text),
                contextActivities: .init(
                    parent: attempt.drill.map { [drillActivity($0, base: base)] } ?? [],
                    grouping: attempt.cohort.map { [cohortActivity($0, base: base)] } ?? []),
                platform: "Defuse", language: "en-US", extensions: extensions),
            timestamp: ReportDates.iso8601(attempt.lastActivity))
    }

    /// The drill set `set` as an Activity (the object of a drill run's statement, the parent of
    /// its attempts').
    static func drillActivity(_ set: String, base: String, description: String? = nil)
        -> XAPIStatement.Activity
    {
        .init(
            id: "\(base)/drills/\(set.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? set)",
            definition: .init(
                name: ["en-US": "Drill \(set)"], description: description.map { ["en-US": $0] },
                type: "http://adlnet.gov/expapi/activities/assessment"))
    }

    /// The cohort `cohort` as an Activity, for `context.contextActivities.grouping`.
    static func cohortActivity(_ cohort: String, base: String) -> XAPIStatement.Activity {
        .init(
            id: "\(base)/cohorts/\(pathSegment(cohort))",
            definition: .init(name: ["en-US": "Cohort \(cohort)"]))
    }

    /// Writes the statements one by one as the attempts stream by, in exactly the layout of
    /// ``render(_:options:drills:)`` (a pretty-printed JSON array), without holding them all.
    public struct Writer {
        let options: ReportOptions
        private let encoder = JSONEncoder()
        private var count = 0

        public init(options: ReportOptions) {
            self.options = options
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        }

        /// The statement of `attempt`, played in the drill run `registration`, as the next
        /// element of the array.
        public mutating func element(_ attempt: AttemptRecord, registration: UUID? = nil) -> String {
            element(statement(attempt, options: options, registration: registration))
        }

        /// `statement` indented as an element of the array, after the text that opens the array
        /// or separates it from the previous element.
        public mutating func element(_ statement: XAPIStatement) -> String {
            let data = (try? encoder.encode(statement)) ?? Data("{}".utf8)
            var text = count == 0 ? "[\n  " : ",\n  "
            count += 1
            // Strings in JSON hold no raw newline: every newline is the layout's.
            text += String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\n", with: "\n  ")
            return text
        }

        /// The statements of `drills`, then the text that closes the array (all of it when
        /// there was no statement).
        public mutating func end(drills: [DrillRunRecord] = []) -> String {
            var text = DrillReport.statements(drills, options: options).map { element($0) }.joined()
            guard count > 0 else {
                let empty = (try? encoder.encode([XAPIStatement]())) ?? Data("[]".utf8)
                return String(decoding: empty, as: UTF8.self) + "\n"
            }
            text += "\n]\n"
            return text
        }
    }

    public static func render(
        _ attempts: [AttemptRecord], options: ReportOptions = ReportOptions(), drills: [DrillRunRecord] = []
    ) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let all = statements(attempts, options: options) + DrillReport.statements(drills, options: options)
        let data = (try? encoder.encode(all)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func techniques(_ attempt: AttemptRecord, _ catalog: TechniqueCatalog)
        -> [String: XAPIStatement.TechniqueCount]
    {
        let mastery = TechniqueMastery(attempt.turns, catalog: catalog)
        var counts = mastery.tallies.mapValues {
            XAPIStatement.TechniqueCount(expected: $0.expected, present: $0.met)
        }
        for (id, tally) in mastery.violations {
            counts[id] = .init(expected: nil, avoided: tally.avoided, present: tally.shown)
        }
        return counts
    }

    /// A scenario id as one IRI path segment.
    private static func pathSegment(_ id: String) -> String {
        let allowed = CharacterSet(
            charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return id.addingPercentEncoding(withAllowedCharacters: allowed) ?? id
    }
}
