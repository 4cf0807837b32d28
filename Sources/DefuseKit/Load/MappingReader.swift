import Foundation

/// Reads the keys of one YAML mapping as typed values, logging a located diagnostic for every
/// unknown key (with a "did you mean"), duplicate key, missing required key and wrong type.
struct MappingReader {
    let value: YAMLValue
    /// What the mapping is, for messages: "the scenario", "node 'opening'", "a branch".
    let subject: String
    let log: DiagnosticLog
    /// Pairs by key; a duplicate key keeps its first value (the second one is reported).
    private(set) var pairs: [String: YAMLValue.Pair] = [:]
    /// Known keys that an unknown key was taken for a misspelling of; a missing-key error for
    /// them would only repeat the "did you mean".
    private var suggested: Set<String> = []

    /// Returns nil (after logging) when `value` is not a mapping.
    init?(_ value: YAMLValue, subject: String, knownKeys: [String], log: DiagnosticLog) {
        guard case .mapping(let list) = value.content else {
            log.report(.notAMapping(subject, found: value.kindDescription), at: value.location)
            return nil
        }
        self.value = value
        self.subject = subject
        self.log = log
        for pair in list {
            if pair.key.isEmpty {
                log.report(.keysNotWords(in: subject), at: pair.keyLocation)
                continue
            }
            if let first = pairs[pair.key] {
                log.report(
                    .duplicateKey(pair.key, in: subject, firstLine: first.keyLocation.line),
                    at: pair.keyLocation)
                continue
            }
            if !knownKeys.contains(pair.key) {
                let suggestion = Suggestion.closest(to: pair.key, among: knownKeys)
                if let suggestion { suggested.insert(suggestion) }
                log.report(.unknownKey(pair.key, in: subject), at: pair.keyLocation, suggestion: suggestion)
            }
            pairs[pair.key] = pair
        }
    }

    func has(_ key: String) -> Bool { pairs[key] != nil }

    /// The key written last in the mapping, if any.
    var lastKey: String? {
        guard case .mapping(let list) = value.content else { return nil }
        return list.last?.key
    }

    /// Where `key`'s value stands, or the mapping itself when the key is absent.
    func location(of key: String) -> SourceLocation { pairs[key]?.value.location ?? value.location }

    /// Where `key` itself stands, or the mapping when the key is absent.
    func keyLocation(of key: String) -> SourceLocation { pairs[key]?.keyLocation ?? value.location }

    func requireKey(_ key: String) -> YAMLValue? {
        guard let pair = pairs[key] else {
            if suggested.contains(key) { return nil }
            log.report(.missingKey(key, in: subject), at: value.location)
            return nil
        }
        return pair.value
    }

    /// A scalar read as text. Numbers and booleans are taken as written.
    func string(_ key: String, required: Bool = false) -> String? {
        guard let found = required ? requireKey(key) : pairs[key]?.value else { return nil }
        return Self.text(of: found, key: key, subject: subject, log: log)
    }

    static func text(of found: YAMLValue, key: String, subject: String, log: DiagnosticLog) -> String? {
        switch found.content {
        case .scalar(.null, _):
            log.report(.emptyText(key, in: subject), at: found.location)
            return nil
        case .scalar(_, let text):
            return text
        default:
            log.report(.notText(key, in: subject, found: found.kindDescription), at: found.location)
            return nil
        }
    }

    /// A whole number in `range`.
    func int(_ key: String, in range: ClosedRange<Int>, meaning: String) -> Int? {
        guard let found = pairs[key]?.value else { return nil }
        if case .scalar(let scalar, let text) = found.content {
            let number: Int? =
                switch scalar {
                case .int(let value): value
                case .string: Int(text.trimmingCharacters(in: .whitespaces))
                default: nil
                }
            if let number {
                if range.contains(number) { return number }
                log.report(
                    .wholeNumberOutOfRange(key, in: subject, value: number, range: range, meaning: meaning),
                    at: found.location)
                return nil
            }
        }
        log.report(
            .notAWholeNumber(key, in: subject, range: range, meaning: meaning, found: found.kindDescription),
            at: found.location)
        return nil
    }

    /// A number (whole or decimal) in `range`.
    func double(_ key: String, in range: ClosedRange<Double>) -> Double? {
        guard let found = pairs[key]?.value else { return nil }
        if case .scalar(let scalar, _) = found.content {
            let number: Double? =
                switch scalar {
                case .int(let value): Double(value)
                case .float(let value): value
                default: nil
                }
            if let number {
                if range.contains(number) { return number }
                log.report(
                    .numberOutOfRange(key, in: subject, value: number, range: range), at: found.location)
                return nil
            }
        }
        log.report(
            .notANumber(key, in: subject, range: range, found: found.kindDescription), at: found.location)
        return nil
    }

    func bool(_ key: String) -> Bool? {
        guard let found = pairs[key]?.value else { return nil }
        if case .scalar(.bool(let flag), _) = found.content { return flag }
        log.report(.notABoolean(key, in: subject, found: found.kindDescription), at: found.location)
        return nil
    }

    /// A list of scalars, each with its location. `[]` and a missing key are both empty.
    func list(_ key: String, example: String) -> [(String, SourceLocation)]? {
        guard let found = pairs[key]?.value else { return nil }
        switch found.content {
        case .sequence(let items):
            var result: [(String, SourceLocation)] = []
            for item in items {
                if case .scalar(let scalar, let text) = item.content, scalar != .null {
                    result.append((text, item.location))
                } else {
                    log.report(
                        .listItemNotAWord(key, in: subject, found: item.kindDescription), at: item.location)
                }
            }
            return result
        case .scalar(.null, _):
            return []
        default:
            log.report(
                .notAList(key, in: subject, like: example, found: found.kindDescription), at: found.location)
            return nil
        }
    }

    /// A list of mappings or other values, as they are.
    func sequence(_ key: String, required: Bool = false, example: String) -> [YAMLValue]? {
        guard let found = required ? requireKey(key) : pairs[key]?.value else { return nil }
        switch found.content {
        case .sequence(let items): return items
        default:
            log.report(
                .notAListOf(key, in: subject, items: example, found: found.kindDescription),
                at: found.location)
            return nil
        }
    }
}
