/// The weekdays a reply names, for the branch condition `names_day`: a scenario that needs the
/// day of a step (the loaner set reaches sterile processing on Friday) reads it from the reply
/// that gave it, instead of asking a rep who already said it.
///
/// A day counts when the reply has its full name ("Friday", "friday's"), or the short form
/// that ``StepTime`` reads as a time ("by fri", "thurs 2pm"; never "sat" or "sun" alone), outside
/// double quotation marks (a day the rep quotes the client as saying is not the rep's). It does
/// not ask whether the day is promised or refused: branch on the day first and on the
/// techniques the grader read beside it.
enum NamedDays {
    /// The seven full names, in lower case: the only values `names_day` takes.
    static let weekdays = WordClass.weekdays

    /// The short forms and the full name each stands for.
    static let shortForms: [String: String] = [
        "mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
        "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday",
    ]

    /// Splits replies the same way the grader does, without its typo table (a day's name is
    /// read as typed).
    static let tokenizer = Tokenizer(spelling: Spelling())

    /// The full names, in lower case, of the days `reply` names.
    static func read(_ reply: String) -> Set<String> {
        let tokens = tokenizer.tokenize(reply).tokens
        var days: Set<String> = []
        var start = 0
        while start < tokens.count {
            var end = start + 1
            while end < tokens.count, tokens[end].clause == tokens[start].clause { end += 1 }
            for index in start..<end where !tokens[index].quoted {
                if let day = day(tokens, index, in: start..<end) { days.insert(day) }
            }
            start = end
        }
        return days
    }

    /// The day token `index` names, if any: a full name, alone or with "s" ("fridays", or
    /// "friday's" split by the tokenizer), or a short form that ``StepTime`` reads as a time.
    static func day(_ tokens: [Token], _ index: Int, in range: Range<Int>) -> String? {
        let word = tokens[index].word
        if weekdays.contains(word) { return word }
        if word.hasSuffix("s"), weekdays.contains(String(word.dropLast())) { return String(word.dropLast()) }
        if let full = shortForms[word], StepTime.isShortTime(tokens, index, in: range) { return full }
        return nil
    }
}
