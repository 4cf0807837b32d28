import ArgumentParser
import DefuseKit
import Foundation

/// `defuse-train`: rebuilds the grader's learned layer from labelled replies, and measures it.
///
/// Kept out of `defuse` (a rep never needs it). `features` reads JSONL answer sets with the
/// current rules and writes the feature snapshot; `fit` turns a snapshot into the weights file;
/// `evaluate` fits on all sets but one and grades the one left out, for each set in turn.
@main
struct DefuseTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "defuse-train",
        abstract: "Rebuild and measure the grader's learned layer (Docs/techniques.md).",
        subcommands: [Features.self, Fit.self, Evaluate.self, Probe.self])

    /// Which layer: the rubric ids' (Training/learned) or the compliance ids' (Training/compliance).
    struct LayerOption: ParsableArguments {
        @Option(help: "The layer: rubric (the default) or compliance (Docs/techniques.md).")
        var layer: LearnedLayer = .rubric
    }

    struct Options: ParsableArguments {
        @Option(help: "Add a verdict the rules missed above this probability.")
        var addAbove = 0.8
        @Option(help: "Withdraw a verdict the rules gave below this probability.")
        var removeBelow = 0.0
        @Option(help: "L2 penalty on the weights.")
        var penalty = LearnedTrainer().penalty
        @Option(help: "Per-id thresholds (Training/learned/thresholds.tsv), over the defaults.")
        var thresholds: String?
        @Flag(
            help:
                "Leave the client's line by itself out of the fit (client:ID, not its crosses; the rubric layer's default since learned11)."
        )
        var leaveOutClientLine = false
        @Flag(help: "Keep the client's line by itself in the fit (client:ID), as before learned11.")
        var keepClientLine = false
        @OptionGroup var layer: LayerOption

        func trainer() throws -> LearnedTrainer {
            var trainer = layer.layer.trainer
            if leaveOutClientLine { trainer.leavesOutClientLine = true }
            if keepClientLine { trainer.leavesOutClientLine = false }
            trainer.addAbove = addAbove
            trainer.removeBelow = removeBelow
            trainer.penalty = penalty
            if let thresholds {
                do {
                    trainer.thresholds = try LearnedThresholds.parse(try readText(thresholds))
                } catch let error as LearnedModel.FormatError {
                    FileHandle.standardError.write(Data("defuse-train: \(thresholds):\(error)\n".utf8))
                    throw ExitCode(65)
                }
            }
            return trainer
        }
    }

    struct Features: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read labelled JSONL replies with the current rules; write the feature snapshot.")
        @Argument(help: "JSONL files of labelled replies.") var files: [String]
        @Option(name: .shortAndLong, help: "Where to write (default: standard output).") var output: String?
        @OptionGroup var layer: LayerOption

        func run() throws {
            let layer = layer.layer
            let grader = layer.rulesOnly(techniques: TechniqueLibrary.builtIn.techniques, cues: builtInCues())
            let replies = try files.flatMap { try readReplies($0) }
            try write(
                LearnedSnapshot.text(of: LearnedSnapshot.examples(of: replies, grader: grader, layer: layer)),
                to: output)
        }
    }

    struct Fit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Fit the weights to a feature snapshot.")
        @Argument(help: "The feature snapshot (defuse-train features).") var snapshot: String
        @Option(name: .shortAndLong, help: "Where to write (default: standard output).") var output: String?
        @OptionGroup var options: Options

        func run() throws {
            let examples: [LearnedTrainer.Example]
            do {
                examples = try LearnedSnapshot.examples(parsing: try readText(snapshot))
            } catch let error as LearnedSnapshot.FormatError {
                FileHandle.standardError.write(Data("defuse-train: \(snapshot):\(error)\n".utf8))
                throw ExitCode(65)
            }
            try write(try options.trainer().fit(examples).text, to: output)
        }
    }

    struct Probe: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Show how a weights file reads replies: each id the rules found or the model gives 0.2 or more, with its thresholds."
        )
        @Argument(help: "A weights file (default: the built-in one).") var weights: String?
        @Option(help: "A JSONL file of replies (text, optional client and id); '-' for standard input.")
        var jsonl = "-"
        @OptionGroup var layer: LayerOption

        func run() throws {
            let layer = layer.layer
            let model: LearnedModel
            if let weights {
                do {
                    model = try LearnedModel(parsing: try readText(weights))
                } catch let error as LearnedModel.FormatError {
                    FileHandle.standardError.write(Data("defuse-train: \(weights):\(error)\n".utf8))
                    throw ExitCode(65)
                }
            } else if let builtIn = layer.builtIn {
                model = builtIn
            } else {
                throw ValidationError("no built-in weights")
            }
            let text =
                jsonl == "-"
                ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                : try readText(jsonl)
            let rulesOnly = layer.rulesOnly(
                techniques: TechniqueLibrary.builtIn.techniques, cues: builtInCues())
            let combined = layer.combined(
                model, techniques: TechniqueLibrary.builtIn.techniques, cues: builtInCues())
            let thresholds = model.thresholdsByColumn
            for line in text.split(separator: "\n") where !line.allSatisfy(\.isWhitespace) {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                    let reply = object["text"] as? String
                else { throw ValidationError("not a reply object: \(line.prefix(60))") }
                let client = object["client"] as? String
                let read = model.reading(reply, client: client, grader: rulesOnly, layer: layer)
                let graded = Scorecard.detected(combined.grade(reply, client: client))
                print("\(object["id"].map { "\($0)" } ?? "-"): \(reply.prefix(100))")
                for (column, id) in model.ids.enumerated() {
                    let probability = read.probabilities[column]
                    let ruled = read.rules.contains(id)
                    guard ruled || probability >= 0.2 || graded.contains(id) else { continue }
                    let (add, remove) = thresholds[column]
                    print(
                        "  \(id.padding(toLength: 24, withPad: " ", startingAt: 0)) p \(f2(probability))"
                            + " rules \(ruled ? "yes" : "no ") add>\(f2(add)) withdraw<\(f2(remove))"
                            + (read.canAdd[column] ? "" : " (reasons cannot add)")
                            + " -> \(graded.contains(id) ? "yes" : "no")")
                }
            }
        }
    }

    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Leave one set out: fit on the other sets, grade the held-out one, rules alone and combined.")
        @Argument(help: "Two or more JSONL files of labelled replies, one set each.") var files: [String]
        @OptionGroup var options: Options
        @Option(
            help: ArgumentHelp(
                "Choose per-id thresholds on these sets (file names, comma-separated): sets the rules were not tuned on.",
                valueName: "names"))
        var chooseOn: String?
        @Option(help: "Write the thresholds chosen on all the --choose-on sets here.") var thresholdsOutput:
            String?
        @Option(
            help: ArgumentHelp(
                "Leave these ids to the rules (comma-separated): the layer never adds or withdraws them.",
                valueName: "ids"))
        var holdBack: String?
        @Option(
            help: ArgumentHelp(
                "Let the layer add these ids but never withdraw them (comma-separated).", valueName: "ids"))
        var addOnly: String?
        @Option(help: "Write each held-out reply's gold, rules' and combined ids here (JSONL).")
        var repliesOutput: String?
        @Option(
            help: ArgumentHelp(
                "Also score these sets together (file names, comma-separated; default: the --choose-on sets).",
                valueName: "names"))
        var pool: String?
        @Option(
            help:
                "Fit each fold on this feature snapshot (defuse-train features; replies matched by id), not on the rules' reading now: a layer as shipped, graded with today's rules."
        )
        var fitSnapshot: String?
        @Flag(
            help:
                "Grade without the veto on additions that rest on an effort promise or a breach (to measure it)."
        )
        var withoutStepVeto = false
        @Option(
            help:
                "How far under the rules' own precision a chosen threshold pair's precision may fall (default 0.02)."
        )
        var slack: Double = 0.02

        func validate() throws {
            guard (0...1).contains(slack) else { throw ValidationError("--slack must be from 0 to 1") }
            guard files.count >= 2 else { throw ValidationError("give at least two sets") }
        }

        func run() throws {
            let sets = try files.map {
                (name: URL(fileURLWithPath: $0).lastPathComponent, replies: try readReplies($0))
            }
            let trainer = try options.trainer()
            let chosen = Set((chooseOn ?? "").split(separator: ",").map(String.init))
            let pooledNames = pool.map { Set($0.split(separator: ",").map(String.init)) } ?? chosen
            for (option, names) in [("--choose-on", chosen), ("--pool", pooledNames)] {
                if let unknown = names.first(where: { name in !sets.contains { $0.name == name } }) {
                    throw ValidationError("\(option) names '\(unknown)', which is not one of the files given")
                }
            }
            var snapshot: [String: LearnedTrainer.Example]?
            if let fitSnapshot {
                do {
                    let examples = try LearnedSnapshot.examples(parsing: try readText(fitSnapshot))
                    snapshot = Dictionary(
                        examples.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
                } catch let error as LearnedSnapshot.FormatError {
                    FileHandle.standardError.write(Data("defuse-train: \(fitSnapshot):\(error)\n".utf8))
                    throw ExitCode(65)
                }
            }
            let evaluation = LearnedEvaluation(
                sets: sets, techniques: TechniqueLibrary.builtIn.techniques, cues: builtInCues(),
                trainer: trainer,
                chooseOn: chosen, holdBack: Set((holdBack ?? "").split(separator: ",").map(String.init)),
                addOnly: Set((addOnly ?? "").split(separator: ",").map(String.init)),
                layer: options.layer.layer, snapshot: snapshot, stepVeto: !withoutStepVeto, slack: slack)
            if let thresholdsOutput {
                try write(
                    LearnedThresholds.text(of: evaluation.thresholds, ids: trainer.ids), to: thresholdsOutput)
            }
            if let repliesOutput {
                var lines = ""
                for (fold, set) in zip(evaluation.folds, sets) {
                    for (index, reply) in set.replies.enumerated() {
                        let object: [String: Any] = [
                            "set": fold.name, "id": reply.id, "client": reply.client ?? "",
                            "text": reply.text,
                            "gold": fold.gold[index].sorted(), "rules": fold.rulesPredicted[index].sorted(),
                            "combined": fold.combinedPredicted[index].sorted(),
                        ]
                        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                        lines += String(decoding: data, as: UTF8.self) + "\n"
                    }
                }
                try write(lines, to: repliesOutput)
            }
            var cards = evaluation.folds.map { (name: $0.name, rules: $0.rules, combined: $0.combined) }
            let pooled = evaluation.folds.filter { pooledNames.contains($0.name) }
            if !pooled.isEmpty {
                // The pooled sets' replies together, each read by a model fitted without its set.
                let gold = pooled.flatMap(\.gold)
                let ids = options.layer.layer.scored
                cards.append(
                    (
                        name: "pooled (\(pooled.count) sets)",
                        rules: Scorecard(predicted: pooled.flatMap(\.rulesPredicted), gold: gold, ids: ids),
                        combined: Scorecard(
                            predicted: pooled.flatMap(\.combinedPredicted), gold: gold, ids: ids)
                    ))
            }
            for fold in cards {
                print(
                    "\(fold.name): rules macro-F1 \(f3(fold.rules.macroF1)) all-right \(fold.rules.allRight)/\(fold.rules.count)"
                        + " | combined macro-F1 \(f3(fold.combined.macroF1)) all-right \(fold.combined.allRight)/\(fold.combined.count)"
                )
                for (rules, combined) in zip(fold.rules.rows, fold.combined.rows) {
                    print(
                        "  \(rules.id.padding(toLength: 36, withPad: " ", startingAt: 0)) rules P \(f2(rules.precision)) R \(f2(rules.recall)) F1 \(f2(rules.f1))"
                            + " | combined P \(f2(combined.precision)) R \(f2(combined.recall)) F1 \(f2(combined.f1)) (gold \(rules.gold))"
                    )
                }
            }
        }
    }
}

/// What the built-in scenarios say about their client lines: the labelled replies answer those
/// lines, and in play (and in `defuse grade`) each is read against its node's cue, so the
/// features are read the same way here.
func builtInCues() -> NodeCues {
    NodeCues(
        files: LibraryLocator.builtInFiles.map { ($0, LibraryFileKind.of($0.path)) },
        techniques: TechniqueLibrary.builtIn.techniques)
}

func f2(_ value: Double) -> String { String(format: "%.2f", value) }
func f3(_ value: Double) -> String { String(format: "%.3f", value) }

func readText(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("defuse-train: cannot read \(path)\n".utf8))
        throw ExitCode(66)
    }
    return String(decoding: data, as: UTF8.self)
}

func readReplies(_ path: String) throws -> [LabelledReply] {
    do {
        return try LabelledReply.read(jsonl: try readText(path))
    } catch let error as LabelledReply.FormatError {
        FileHandle.standardError.write(Data("defuse-train: \(path):\(error.line): \(error.reason)\n".utf8))
        throw ExitCode(65)
    }
}

func write(_ text: String, to path: String?) throws {
    guard let path else {
        FileHandle.standardOutput.write(Data(text.utf8))
        return
    }
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
        FileHandle.standardError.write(Data("defuse-train: cannot write \(path)\n".utf8))
        throw ExitCode(74)
    }
}

extension LearnedLayer: ExpressibleByArgument {}
