import ArgumentParser
import DefuseKit
import Foundation

/// `defuse review`: a trainer reads recorded attempts, overrides the grader's verdicts on a turn
/// and notes why; scores and reports then use the trainer's verdicts. Also prints how well the
/// grader agrees with trainers (`--agreement`) and writes the reviewed turns as labelled
/// replies (`--export`). The store and the figures live in DefuseKit; this command parses the
/// request, looks the turn's node up in the library, and prints.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review recorded attempts: override the grader's verdicts, note why, measure agreement.",
        discussion: """
            On a terminal with no ATTEMPT: lists recent attempts (filtered as 'report'), opens one and \
            walks its turns; type a verdict's number to flip it, 'n' to write a note. Without a \
            terminal it prints the list. An attempt a trainer's breach verdict ended lost, or whose \
            story the trainer's verdicts take elsewhere, says 're-marked, was …'; a drill attempt whose \
            typed answers at a compliance node the grader could not read says 'pending review of N \
            answers' (its drill's pass waits on them), and one whose ending failed its drill by the \
            set's fail_on says 'failed drill SET: lost ending (fail_on: lost)' until a trainer reviews \
            it; --pending lists only those.

            A review replays the attempt's story with the trainer's verdicts: when a flipped verdict \
            sends it another way than the rep was taken (a different branch, or the client boiling \
            over), the attempt is re-marked: the ending the new way reaches counts instead, or none \
            when it goes on at a node the rep never answered, so a drill failed by fail_on passes on \
            review. A flip that keeps the same path changes nothing of the ending.

            ATTEMPT --turn N --set ID=present|absent [--note TEXT] [--by NAME]: records a trainer's \
            verdict on turn N (from 1) of an attempt (its UUID or a unique prefix). Setting a verdict \
            again keeps the latest; --clear with --set ID takes that verdict back, --clear alone the \
            turn's whole review. The grader's verdicts are kept beside the trainer's.

            --agreement: per technique over the reviewed turns, how often trainers overrode the \
            grader, its precision and recall against them, and Cohen's kappa.

            --export FILE: every reviewed turn as a labelled reply (id, context, client, text, \
            labels), for 'defuse grade --jsonl' and the evaluation script.
            """)

    @Argument(help: ArgumentHelp("The attempt's UUID, or a unique prefix of it.", valueName: "ATTEMPT"))
    var attempt: String?

    @Option(help: ArgumentHelp("The turn to review, counting from 1.", valueName: "N"))
    var turn: Int?

    @Option(
        name: .customLong("set"),
        help: ArgumentHelp(
            "A trainer's verdict: ID=present or ID=absent (repeatable).", valueName: "ID=VERDICT"))
    var verdicts: [String] = []

    @Option(help: ArgumentHelp("A note on the turn (an empty one removes it).", valueName: "TEXT"))
    var note: String?

    @Option(help: ArgumentHelp("Who reviews (default: your login name).", valueName: "NAME"))
    var by: String?

    @Flag(help: "Take back the verdicts named with --set, or without --set the turn's whole review.")
    var clear = false

    @Flag(help: "Print the grader's agreement with trainers per technique.")
    var agreement = false

    @Option(help: "Output format of --agreement.")
    var format: AgreementFormat = .table

    @Option(
        help: ArgumentHelp(
            "Write every reviewed turn as a labelled JSON line to FILE ('-': standard output).",
            valueName: "FILE"))
    var export: String?

    @OptionGroup var filters: AttemptFilterOptions

    @Option(help: ArgumentHelp("How many recent attempts to list.", valueName: "N"))
    var limit = 20

    @Flag(
        help:
            "List only drill attempts waiting for a trainer: unread answers, or an ending that failed the drill (fail_on)."
    )
    var pending = false

    @Option(help: ArgumentHelp("The results database: a file, or a postgresql:// URL.", valueName: "PATH"))
    var db: String?

    @OptionGroup var library: LibraryOptions

    enum AgreementFormat: String, ExpressibleByArgument, CaseIterable {
        case table
        case json
    }

    func validate() throws {
        let modes = [attempt != nil, agreement, export != nil].filter { $0 }.count
        guard modes <= 1 else {
            throw ValidationError("give one of ATTEMPT, --agreement or --export")
        }
        if pending && (attempt != nil || agreement || export != nil) {
            throw ValidationError(
                "--pending filters the list: give it without ATTEMPT, --agreement or --export")
        }
        if attempt == nil && (turn != nil || !verdicts.isEmpty || note != nil || clear) {
            throw ValidationError("--turn, --set, --note and --clear need an ATTEMPT")
        }
        if let attempt {
            guard let turn else { throw ValidationError("missing --turn N for attempt '\(attempt)'") }
            guard turn >= 1 else {
                throw ValidationError("invalid value '\(turn)' for '--turn <n>': turns count from 1")
            }
            guard !verdicts.isEmpty || note != nil || clear else {
                throw ValidationError(
                    "nothing to record: give --set ID=present|absent, --note TEXT or --clear")
            }
            if clear && note != nil { throw ValidationError("--clear and --note do not go together") }
            _ = try change()
        }
        guard limit >= 1 else {
            throw ValidationError("invalid value '\(limit)' for '--limit <n>': at least 1")
        }
    }

    /// The change `--set`, `--clear` and `--note` ask for.
    func change() throws -> ReviewChange {
        var change = ReviewChange(note: note)
        for item in verdicts {
            let parts = item.split(separator: "=", maxSplits: 1).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            let id = parts.first ?? ""
            guard !id.isEmpty else {
                throw ValidationError("invalid value '\(item)' for '--set': expected ID=present|absent")
            }
            if clear {
                change.clear.append(id)
                continue
            }
            guard parts.count == 2, let present = ["present": true, "absent": false][parts[1].lowercased()]
            else {
                throw ValidationError(
                    "invalid value '\(item)' for '--set': expected ID=present or ID=absent")
            }
            change.verdicts[id] = present
        }
        change.clearAll = clear && verdicts.isEmpty
        return change
    }

    func run() throws {
        let path = ResultStore.defaultPath(override: db, environment: ProcessInfo.processInfo.environment)
        let workspace = try library.workspace()
        let nodes = ReviewNodes(workspace: workspace)
        if agreement {
            let figures = try ReviewStoreAccess.reading(path) {
                ReviewAgreement(
                    attempts: try $0.reviewedAttempts(
                        try filters.filter.spelledAsRecorded(in: $0), catalog: workspace.catalog),
                    catalog: workspace.catalog)
            }
            let agreement = figures ?? ReviewAgreement(attempts: [], catalog: workspace.catalog)
            Terminal.write(
                format == .json
                    ? AgreementReport.json(agreement) : Sanitizer.text(AgreementReport.table(agreement)))
        } else if let export {
            let attempts =
                try ReviewStoreAccess.reading(path) {
                    try $0.reviewedAttempts(
                        try filters.filter.spelledAsRecorded(in: $0), catalog: workspace.catalog)
                } ?? []
            let text = ReviewExport.lines(attempts, client: nodes.clientLine)
            try ReviewStoreAccess.write(text, to: export)
            if export != "-" {
                let count = text.split(separator: "\n").count
                Terminal.writeError("\(count) reviewed turn\(count == 1 ? "" : "s") written to \(export)\n")
            }
        } else if let attempt, let turn {
            try ReviewStoreAccess.writing(path) { store in
                let id = try ReviewStoreAccess.attemptID(attempt, in: store)
                try ReviewRecorder(store: store, nodes: nodes, catalog: workspace.catalog).record(
                    try change(), turn: turn, attempt: id, by: Recording.rep(by))
            }
        } else if Terminal.stdinIsTerminal && Terminal.stdoutIsTerminal {
            try ReviewStoreAccess.writing(path) { store in
                let editor = LineEditor(historyPath: LineEditor.defaultHistoryPath(), words: [])
                var walk = ReviewWalk(
                    store: store, nodes: nodes, catalog: workspace.catalog, editor: editor,
                    reviewer: Recording.rep(by), colour: Terminal.colour())
                try walk.run(
                    filter: try filters.filter.spelledAsRecorded(in: store), limit: limit,
                    awaitingReview: pending)
            }
        } else {
            let listed = try ReviewStoreAccess.reading(path) { store in
                let attempts = try store.recentAttempts(
                    try filters.filter.spelledAsRecorded(in: store), limit: limit, awaitingReview: pending
                ).compactMap { try store.attempt(id: $0.id, catalog: workspace.catalog) }
                return (attempts, try store.drills(of: attempts.map(\.id)))
            }
            Terminal.write(
                ReviewList.plain(listed?.0 ?? [], drills: listed?.1 ?? [:], awaitingReview: pending))
        }
    }
}
