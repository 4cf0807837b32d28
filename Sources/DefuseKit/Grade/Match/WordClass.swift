/// The word classes patterns can name: `<num>` (a number, as digits or words), `<hour>` (a
/// whole number from 1 to 12, as in "by 5") and `<clock>` (a time of day: `7:30`, `10am`,
/// `3pm`, `noon`, `midday`, `midnight`).
enum WordClass {
    /// The seven days' names, in lower case: the rules that read days add their own neighbours
    /// ("weekend", "tonight", "week") to this one list.
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    static func isHour(_ word: String) -> Bool {
        guard let value = Int(word) else { return false }
        return (1...12).contains(value)
    }

    /// "3", "11", "7:30": a number that reads as a time of day before "am" or "pm".
    static func isHourOrClock(_ word: String) -> Bool { isHour(word) || isClock(word) }

    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fortyfive", "fifty", "sixty", "ninety", "couple", "few",
    ]

    static func isNumber(_ word: String) -> Bool {
        if numberWords.contains(word) { return true }
        guard let first = word.utf8.first, first >= 48, first <= 57 else { return false }
        return word.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || $0 == 46 || $0 == 44 || $0 == 58 }
    }

    /// "0645", "1140", "2130": four digits that read as a 24-hour time written without its colon,
    /// as clinical and military voices write it (training RA, SC): hours 00–23, minutes 00–59.
    /// Whether one is a time depends on the words before it (``Tokenizer``): "by 1140" is,
    /// "billed at 1200" is not.
    static func isColonlessTime(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.count == 4 else { return false }
        var value = 0
        for byte in bytes {
            guard byte >= 48, byte <= 57 else { return false }
            value = value * 10 + Int(byte - 48)
        }
        return value / 100 <= 23 && value % 100 <= 59
    }

    static func isClock(_ word: String) -> Bool {
        if word == "noon" || word == "midday" || word == "midnight" { return true }
        let bytes = Array(word.utf8)
        guard let first = bytes.first, first >= 48, first <= 57 else { return false }
        var digits = bytes
        var suffixed = false
        if bytes.count > 2, bytes.suffix(2) == Array("am".utf8) || bytes.suffix(2) == Array("pm".utf8) {
            digits = Array(bytes.dropLast(2))
            suffixed = true
        }
        // "14h", "8h", "14h30": the hour written as French, Québécois and much of Europe write
        // it (stop 40, training ZC); an hour of the day only, so "48h" stays a span.
        if !suffixed, let h = digits.firstIndex(of: 104), (1...2).contains(h),
            digits.count == h + 1 || digits.count == h + 3,
            digits[..<h].allSatisfy({ $0 >= 48 && $0 <= 57 }),
            digits[(h + 1)...].allSatisfy({ $0 >= 48 && $0 <= 57 }),
            let hour = Int(String(decoding: digits[..<h], as: UTF8.self)), hour <= 23
        {
            return true
        }
        if let colon = digits.firstIndex(of: 58) {
            let hours = digits[..<colon]
            let minutes = digits[(colon + 1)...]
            return (1...2).contains(hours.count) && minutes.count == 2
                && hours.allSatisfy { $0 >= 48 && $0 <= 57 } && minutes.allSatisfy { $0 >= 48 && $0 <= 57 }
        }
        return suffixed && (1...2).contains(digits.count) && digits.allSatisfy { $0 >= 48 && $0 <= 57 }
    }
}
