import Foundation

/// The authoring check behind `defuse test --walk`'s model-line failures (review12 finding 11):
/// a check (choice node) must not print, as its right line, the model answer of a node that leads
/// to it. A rep who fell short there would be handed the answer they were asked to find: the
/// right line states the decision, not the full technique.
///
/// A right line is one that credits a technique and no violation. It echoes the model of a
/// free-text node with a branch to the check when, compared as lower-case words (punctuation
/// and spacing aside), it is the model, or it repeats one of the model's sentences of
/// ``minimumWords`` words or more ("I'm so sorry." may recur; a whole plan may not).
public struct ChoiceModelEcho: Sendable, Hashable {
    public struct Echo: Sendable, Hashable {
        public var scenario: String
        /// The check.
        public var node: String
        /// The node whose model the line repeats.
        public var modelNode: String
        /// The line's number as the rep picks it (1-based).
        public var number: Int
        /// The repeated words: the whole model, or its sentence.
        public var repeated: String
        public var location: SourceLocation
    }

    /// The fewest words a model sentence has for a right line that repeats it to be reported.
    public static let minimumWords = 6

    /// The echoes found, in file order.
    public var echoes: [Echo]

    public init(scenario: Scenario, catalog: TechniqueCatalog) {
        var echoes: [Echo] = []
        let nodes = scenario.orderedNodes
        for check in nodes where check.kind == .choice {
            let feeders = nodes.filter { node in
                node.isFreeText && node.model != nil && node.next.contains { $0.goto == check.id }
            }
            for (index, choice) in check.choices.enumerated() {
                let right =
                    choice.credits.contains { catalog.kind(of: $0) == .technique }
                    && !choice.credits.contains { catalog.kind(of: $0) == .violation }
                guard right else { continue }
                for feeder in feeders {
                    guard let model = feeder.model, let repeated = Self.repeated(model, in: choice.text)
                    else {
                        continue
                    }
                    echoes.append(
                        Echo(
                            scenario: scenario.id, node: check.id, modelNode: feeder.id, number: index + 1,
                            repeated: repeated, location: choice.location))
                }
            }
        }
        self.echoes = echoes
    }

    /// The part of `model` that `line` repeats: the whole model when the two are the same words,
    /// else the first model sentence of ``minimumWords`` words or more that the line contains as
    /// a sentence of its own; nil when it repeats neither.
    public static func repeated(_ model: String, in line: String) -> String? {
        let modelWords = words(model)
        if !modelWords.isEmpty, modelWords == words(line) {
            return model.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let lineSentences = Set(sentences(line).map(words))
        for sentence in sentences(model) {
            let said = words(sentence)
            if said.count >= minimumWords, lineSentences.contains(said) { return sentence }
        }
        return nil
    }

    /// Lower-case words of `text`: letters and digits, apostrophes dropped ("I'm" is "im").
    static func words(_ text: String) -> [String] {
        text.lowercased().replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: "")
            .split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// `text` cut after each `.`, `!`, `?` or `;` that ends a sentence (followed by a space or the end).
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            let ends = ".!?;".contains(character)
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if ends, next.isWhitespace {
                result.append(current.trimmingCharacters(in: .whitespacesAndNewlines))
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !rest.isEmpty { result.append(rest) }
        return result
    }
}
