/// When a step the rep names will happen, read from the words around a token: the times the
/// `decisive-action` list's `needs` know ("by 3 pm", "tonight", "Friday") and the shorter ones
/// typed on a phone or by a writer whose first language is not English: a day cut short after a
/// word of deadline or before an hour ("by fri", "mon 630"), a date ("by the 15th"), a clock
/// typed without a colon after a day or a word of deadline ("at 1120", "fri 0700"), and "now".
///
/// It reads one token against its neighbours inside a clause; whether the clause commits the
/// rep to anything is the caller's question.
enum StepTime {
    /// Whether token `index` (inside `range`) names when a step happens: a time the
    /// `decisive-action` list knows (``TimeAnswerRule/isTime(_:_:_:in:)``), "now", "this
    /// morning", or one typed short (``isShortTime(_:_:in:)``).
    static func isTime(_ tokens: [Token], _ infos: [TokenInfo], _ index: Int, in range: Range<Int>) -> Bool {
        let word = tokens[index].word
        let before = index > range.lowerBound ? tokens[index - 1].word : nil
        let after = index + 1 < range.upperBound ? tokens[index + 1].word : nil
        if word == "now" {
            // "for now", "from now on", "by now": not a time of action.
            return !(before.map { ["for", "from", "till", "until", "by"].contains($0) } ?? false)
                && after != "on"
        }
        if ["morning", "afternoon", "evening"].contains(word), before == "this" {
            // "this morning", not "sorry about this morning".
            return index < range.lowerBound + 2 || !Self.pastMarks.contains(tokens[index - 2].word)
        }
        if Self.weekdays.contains(word) {
            // "by Friday", "Friday 9am", and the day straight after the one the rep calls or
            // meets ("I call you Tuesday", "I come back Thursday"), as the list's own
            // "(you|back|…) (monday|…)" reads it after a helper.
            return before.map(Self.deadlineWords.contains) == true
                || before.map(Self.beforeDay.contains) == true
                || after.map({ isClockLike($0) || Self.partsOfDay.contains($0) }) == true
        }
        if TimeAnswerRule.isTime(tokens, infos, index, in: range) { return true }
        return isShortTime(tokens, index, in: range) || isSpokenClock(tokens, index, in: range)
            || isEventTime(tokens, index, in: range)
    }

    /// Whether token `index` ends a clock said in words (stop 44, training KE): "half past
    /// twelve", "quarter to one", "ten past 11". The `decisive-action` list's `needs` read these
    /// after a helper; a plan told in the present needs them here.
    static func isSpokenClock(_ tokens: [Token], _ index: Int, in range: Range<Int>) -> Bool {
        let word = tokens[index].word
        guard index >= range.lowerBound + 2, ["past", "to"].contains(tokens[index - 1].word),
            WordClass.isHour(word) || TimeAnswerRule.hourWords.contains(word)
        else { return false }
        return Self.clockFractions.contains(tokens[index - 2].word)
    }

    /// Whether token `index` closes a time set by the thing itself being ready (stop 44,
    /// training KF, KG, KH): "the minute it's dry", "the second it's out". The set's own state
    /// is the deadline, as "before your noon case" is; "as soon as it's out" stays as vague as
    /// "soon" (training BC143).
    static func isEventTime(_ tokens: [Token], _ index: Int, in range: Range<Int>) -> Bool {
        guard Self.readyStates.contains(tokens[index].word) else { return false }
        // Back over "is"/"'s" and the thing ("it", "they", "the tray") to the marker.
        var at = index - 1
        if at >= range.lowerBound,
            ["is", "are", "s", "comes", "come", "gets", "get"].contains(tokens[at].word)
        {
            at -= 1
        }
        guard at >= range.lowerBound,
            ["it", "they", "tray", "set", "trial", "cycle", "load"].contains(tokens[at].word)
        else { return false }
        at -= 1
        if at >= range.lowerBound, ["the", "that"].contains(tokens[at].word) { at -= 1 }
        guard at > range.lowerBound, ["minute", "second", "moment", "instant"].contains(tokens[at].word)
        else { return false }
        return tokens[at - 1].word == "the"
    }

    /// Whether token `index` names a time typed short, which the `decisive-action` list does not
    /// read: "by fri", "fri 7am", "by the 15th", "at 1120", "at ur dock 1120".
    static func isShortTime(_ tokens: [Token], _ index: Int, in range: Range<Int>) -> Bool {
        let word = tokens[index].word
        let before = index > range.lowerBound ? tokens[index - 1].word : nil
        let after = index + 1 < range.upperBound ? tokens[index + 1].word : nil
        // Every short day is three to five letters long: other words are not hashed.
        if (3...5).contains(word.utf8.count), Self.shortDays.contains(word) {
            // "by fri", "on thurs", "fri 7am", "mon 630"; never "sat" or "sun" alone.
            return before.map(Self.deadlineWords.contains) == true
                || after.map({ isClockLike($0) || Self.partsOfDay.contains($0) }) == true
        }
        // An ordinal date and a bare clock start with a digit: other words leave here, before
        // those tests build arrays of their bytes.
        guard let first = word.utf8.first, first >= 48 && first <= 57 else { return false }
        if Self.isOrdinalDate(word) {
            // "by the 15th", "on the 3rd".
            return before == "the" && index >= range.lowerBound + 2
                && Self.deadlineWords.contains(tokens[index - 2].word)
                || before.map(Self.deadlineWords.contains) == true
        }
        if Self.isBareClock(word) {
            // "at 1120", "fri 630", "by 0700", or the last word of the clause after a place
            // ("at ur dock 1120").
            guard let before else { return false }
            // Not "billed at 1200": after "at" a bare number may be a price.
            return ["by", "before", "around", "till", "until"].contains(before)
                || Self.weekdays.contains(before) || Self.shortDays.contains(before)
                || index + 1 == range.upperBound && !WordClass.isNumber(before)
                    && !Self.beforeAmount.contains(before)
        }
        return false
    }

    /// "1120", "630", "0700": three or four digits that read as hours and minutes (minutes on
    /// the five, so "1123 units" is not a time).
    static func isBareClock(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        guard (3...4).contains(bytes.count), bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }), let value = Int(word)
        else { return false }
        let hours = value / 100
        let minutes = value % 100
        return hours <= 23 && minutes < 60 && minutes % 5 == 0 && (hours > 0 || bytes.count == 4)
    }

    /// A clock or a bare clock: "7am", "7:30", "630".
    static func isClockLike(_ word: String) -> Bool {
        WordClass.isClock(word) || isBareClock(word) || WordClass.isHour(word)
    }

    /// "15th", "3rd", "1st", "22nd".
    static func isOrdinalDate(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        guard (3...4).contains(bytes.count) else { return false }
        let digits = bytes.prefix { $0 >= 48 && $0 <= 57 }
        guard (1...2).contains(digits.count), let day = Int(String(decoding: digits, as: UTF8.self)),
            (1...31).contains(day)
        else { return false }
        return ["st", "nd", "rd", "th"].contains(
            String(decoding: bytes.dropFirst(digits.count), as: UTF8.self))
    }

    static let weekdays = WordClass.weekdays
    /// Words before "past" or "to" in a clock said in words: "half past", "quarter to".
    static let clockFractions: Set<String> = ["half", "quarter", "five", "ten", "twenty", "twentyfive"]
    /// States of a set or tray that end its processing: "the minute it's dry".
    static let readyStates: Set<String> = [
        "dry", "out", "done", "ready", "cool", "cooled", "sterile", "through", "lands", "arrives", "up",
    ]
    static let shortDays: Set<String> = [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]
    /// Words that set a deadline or a day before a time: "by fri", "on the 15th".
    static let deadlineWords: Set<String> = ["by", "on", "before", "until", "till", "this", "next"]
    /// Words before "this morning" that make it the past: "sorry about this morning".
    static let pastMarks: Set<String> = ["about", "for", "from", "since", "of", "after", "during", "over"]
    /// The words a weekday may follow straight in a step told in the present: "I call you
    /// Tuesday", "I come back Thursday", "I have them there Monday".
    static let beforeDay: Set<String> = ["you", "back", "there", "here", "over", "in", "it", "them"]
    static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night", "eve", "am", "pm"]
    /// Words before a number that make it an amount: "to 1120", "for 450", "of 200".
    static let beforeAmount: Set<String> = [
        "to", "for", "of", "about", "over", "under", "than", "x", "times", "per", "at", "only", "just",
    ]
}
