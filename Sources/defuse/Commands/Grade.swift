import ArgumentParser
import DefuseKit
import Dispatch
import Foundation
import Synchronization

/// `defuse grade`: grades replies against the technique cards.
///
/// With a reply (as TEXT, or on standard input) it explains every verdict in plain words: ✓ or
/// ✗ per technique, the words that matched and the rule that fired. With `--jsonl FILE` (or
/// `-`) it is the batch form other tools rely on (the contract of `shared/spec/cli.md`): one
/// compact JSON object per input line, in order.
struct Grade: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade a reply and explain each verdict, or grade a JSONL file of replies.",
        discussion: """
            Each input line of --jsonl is an object with "id", "text" and optional "client" (the \
            line the reply answers; FroMLE needs it). Output: one line per input line, \
            {"id": …, "detected": […], "techniques": {id: {"present": bool, "evidence": […]}}}.
            """)

    @Argument(help: "The reply to grade (default: read from standard input).")
    var text: String?

    @Option(
        name: .customLong("technique"),
        help: ArgumentHelp("Only show this technique (repeatable).", valueName: "ID"))
    var only: [String] = []

    @Option(help: "The client's line the reply answers.")
    var client: String?

    @Option(help: ArgumentHelp("Grade a JSONL file of replies ('-' for standard input).", valueName: "FILE"))
    var jsonl: String?

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if jsonl != nil && text != nil {
            throw ValidationError("give either a reply or --jsonl FILE, not both")
        }
    }

    func run() throws {
        let techniques = try TechniqueSource.load(library).techniques
        // Replies to a scenario's client line are read against what its node asks of them. The
        // scenarios are read for those cues on one core while the phrase lists compile and the
        // learned weights are parsed on the other: start-up is most of a small batch's time.
        // The cues are remembered between runs (`cues.json` beside the listing cache) while no
        // library file, technique id or build of the program changes.
        let files = library.locator.files().files
        let built = Mutex<(grader: Grader?, cues: NodeCues?)>((nil, nil))
        DispatchQueue.concurrentPerform(iterations: 2) { task in
            if task == 0 {
                let cache = ListingCache(
                    environment: ProcessInfo.processInfo.environment, program: ProgramIdentity.current,
                    name: "cues")
                let cues = NodeCues(files: files, techniques: techniques, cache: cache)
                built.withLock { $0.cues = cues }
            } else {
                let grader = Grader(techniques: techniques)
                built.withLock { $0.grader = grader }
            }
        }
        let parts = built.withLock { $0 }
        guard let grader = parts.grader.map({ $0.with(cues: parts.cues ?? NodeCues()) }) else {
            throw ExitCode(Sysexits.software)
        }
        for id in only where !grader.ids.contains(id) {
            let hint = grader.suggestion(for: id).map { "; did you mean '\($0)'?" } ?? ""
            Terminal.error("no technique '\(id)'\(hint) ('defuse techniques' lists them)")
            throw ExitCode(Sysexits.usage)
        }
        if let jsonl {
            try JSONLGrading(grader: grader, path: jsonl).run()
            // The grader's tables are left to the process's exit, as a batch ends here: freeing
            // them one by one cost ~56 M instructions (Benchmarks/compare.sh measures this path).
            _ = Unmanaged.passRetained(Kept(grader: grader))
            return
        }
        let reply: String
        if let text {
            reply = text
        } else if !Terminal.stdinIsTerminal {
            reply = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
        } else {
            Terminal.error("give a reply to grade, e.g. defuse grade \"I'm sorry, I'll fix it\"")
            throw ExitCode(Sysexits.usage)
        }
        let grade = grader.grade(reply, client: client)
        let ids = only.isEmpty ? grader.ids : only
        Terminal.write(
            GradeExplanation(techniques: techniques, colour: Terminal.colour()).render(grade, ids: ids))
    }
}

/// A value kept alive until the process exits (see ``Grade/run()``).
private final class Kept: Sendable {
    let grader: Grader
    init(grader: Grader) { self.grader = grader }
}
