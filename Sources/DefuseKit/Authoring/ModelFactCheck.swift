import Foundation

/// The authoring check behind `defuse test --walk`'s model-fact failures (review14 finding 8): a
/// model report must not add facts. The objective-report card says "nothing added, nothing left
/// out", yet bias-client's report model said "At 10:15 … I left at 10:25" in a scenario that
/// names no time, and a rep copying it reports times nobody gave.
///
/// At every node that expects `objective-report`, each clock time ("10:15", "7.30") and each
/// figure written in digits ("$5,000", "12", "3.5") in the model must appear somewhere the rep
/// could have learnt it: the summary, a node's `narrate` or `say`, or a branch's `reply`. A
/// figure there may be written in words up to ninety-nine, or as words times "hundred" or
/// "thousand" ("five thousand dollars" is 5000). Figures in words in the model ("two other
/// accounts") are not checked: "one" and "two" are too common in plain speech to read as facts.
/// Plans in other models (the rep's own "by 7:00 tomorrow") are the rep's to make and are not
/// checked.
public struct ModelFactCheck: Sendable, Hashable {
    public struct Finding: Sendable, Hashable {
        public var scenario: String
        /// The node whose model holds the figure.
        public var node: String
        /// The time or figure, as the model writes it.
        public var figure: String
        public var location: SourceLocation
    }

    public var findings: [Finding]

    public init(scenario: Scenario) {
        var texts = [scenario.summary]
        for node in scenario.orderedNodes {
            texts += [node.narrate, node.say].compactMap { $0 }
            texts += node.next.compactMap(\.reply)
        }
        var known: Set<String> = []
        for text in texts { known.formUnion(Self.figures(in: text, words: true).map(\.key)) }
        var findings: [Finding] = []
        for node in scenario.orderedNodes where node.isFreeText && node.expect.contains("objective-report") {
            guard let model = node.model else { continue }
            for figure in Self.figures(in: model, words: false) where !known.contains(figure.key) {
                findings.append(
                    Finding(
                        scenario: scenario.id, node: node.id, figure: figure.text, location: node.location))
            }
        }
        self.findings = findings
    }

    /// A time or figure found in a text: `key` compares ("t10:15", "n5000"), `text` is as written.
    struct Figure: Hashable {
        var key: String
        var text: String
    }

    static let units: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90,
    ]

    static let clock = try? NSRegularExpression(pattern: #"\b(\d{1,2})[:.](\d{2})\b"#)
    static let digits = try? NSRegularExpression(pattern: #"\d[\d,]*(\.\d+)?"#)

    /// The clock times and digit figures of `text`, in order; with `words`, also the figures
    /// written in words (up to ninety-nine, optionally times hundred or thousand).
    static func figures(in text: String, words: Bool) -> [Figure] {
        let lower = text.lowercased()
        var found: [Figure] = []
        guard let time = Self.clock, let number = Self.digits else { return [] }
        let range = NSRange(lower.startIndex..., in: lower)
        var rest = lower
        for match in time.matches(in: lower, range: range) {
            guard let whole = Range(match.range, in: lower), let hour = Range(match.range(at: 1), in: lower),
                let minute = Range(match.range(at: 2), in: lower), let h = Int(lower[hour]),
                let m = Int(lower[minute]), h < 24, m < 60
            else { continue }
            found.append(Figure(key: "t\(h):\(m)", text: String(text[whole])))
        }
        rest = time.stringByReplacingMatches(in: lower, range: range, withTemplate: " ")
        for match in number.matches(in: rest, range: NSRange(rest.startIndex..., in: rest)) {
            guard let whole = Range(match.range, in: rest) else { continue }
            var digits = String(rest[whole]).replacingOccurrences(of: ",", with: "")
            while digits.hasSuffix(".") { digits.removeLast() }
            if digits.contains("."), let value = Double(digits) { digits = String(value) }
            found.append(Figure(key: "n\(digits)", text: String(rest[whole])))
        }
        guard words else { return found }
        let tokens = rest.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        var index = 0
        while index < tokens.count {
            var value: Int?
            let parts = tokens[index].split(separator: "-").map(String.init)
            if parts.count == 2, let ten = tens[parts[0]], let unit = units[parts[1]], unit < 10 {
                value = ten + unit
            } else if let ten = tens[tokens[index]] {
                value = ten
                if index + 1 < tokens.count, let unit = units[tokens[index + 1]], unit < 10 {
                    value = ten + unit
                    index += 1
                }
            } else if let unit = units[tokens[index]] {
                value = unit
            }
            if var figure = value {
                if index + 1 < tokens.count, tokens[index + 1] == "hundred" { figure *= 100 }
                if index + 1 < tokens.count, tokens[index + 1] == "thousand" { figure *= 1000 }
                found.append(Figure(key: "n\(figure)", text: tokens[index]))
            }
            index += 1
        }
        return found
    }
}
