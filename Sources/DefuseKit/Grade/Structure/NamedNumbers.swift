/// The whole numbers a reply names, for the branch condition `names_number`: where the grader
/// reads two replies alike ("12% off list, net 45" and "thirty-five off and net ninety" are
/// both figures given), a branch can tell which figures were said.
///
/// A number counts as digits ("35", "35%", "1,200") or in words up to ninety-nine ("thirty-five",
/// "thirty five", "twelve"), outside double quotation marks (a figure the rep quotes the
/// client as saying is not the rep's). Like ``NamedDays`` it reads only that the number is
/// named, not whether it is offered or refused.
enum NamedNumbers {
    static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]

    /// The numbers `reply` names.
    static func read(_ reply: String) -> Set<Int> {
        let tokens = NamedDays.tokenizer.tokenize(reply).tokens
        var numbers: Set<Int> = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            guard !token.quoted else { continue }
            if let value = digits(token.word) {
                numbers.insert(value)
            } else if let ten = tens[token.word] {
                // "thirty five" (a hyphen splits "thirty-five" the same way), in one clause.
                if index < tokens.count, tokens[index].clause == token.clause, !tokens[index].quoted,
                    let unit = units[tokens[index].word], (1...9).contains(unit)
                {
                    numbers.insert(ten + unit)
                    index += 1
                } else {
                    numbers.insert(ten)
                }
            } else if let value = units[token.word] ?? joined(token.word) {
                numbers.insert(value)
            }
        }
        return numbers
    }

    /// "35", "1,200": digits, with commas between groups; nil for "3.5", "7:30" or "2pm".
    static func digits(_ word: String) -> Int? {
        let plain = word.replacingOccurrences(of: ",", with: "")
        guard !plain.isEmpty, plain.utf8.count <= 9, plain.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            return nil
        }
        return Int(plain)
    }

    /// "fortyfive": a ten and a unit written as one word.
    static func joined(_ word: String) -> Int? {
        for (name, ten) in tens where word.hasPrefix(name) {
            if let unit = units[String(word.dropFirst(name.count))], (1...9).contains(unit) {
                return ten + unit
            }
        }
        return nil
    }
}
