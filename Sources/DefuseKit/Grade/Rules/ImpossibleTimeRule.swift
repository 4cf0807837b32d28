/// `impossible-time` read from the times in the reply, not from one scenario's clock (eng46a).
///
/// A loaner set, tray, trial or instrument that reaches the hospital is decontaminated,
/// inspected and sterilised before it can be opened: two and a half to four hours. The phrase
/// list knows angry-surgeon's noon; this reads any clock. The rep's words are split into
/// stretches (a clause with its subject and the fragments after it: "it'll be in OR 6, ready to
/// open, before anaesthesia starts") and every time in them is read as one of two kinds, by the
/// nearest word before it (in a fragment with none before it, the set's place or state after
/// it: "Real time: 12:15, set open in your room"):
///
/// - an arrival: the set reaches the dock, SPD, the desk or "there", or the rep brings, drops,
///   walks or drives it in ("I'll bring the set in Monday around 6:30", "SPD at 1");
/// - a ready time: the set in the room, on the (back) table or the tray, up, ready, open,
///   sterile or processed, or the client cutting, opening or starting ("it'll be open on the
///   back table for 7:30", "you'll be cutting by 12:30", "you'll have it in fifteen").
///
/// A ready time is one nobody can keep when it is
/// - less than two hours after an arrival the reply names (clocks read on twelve hours, so
///   "half twelve" to "half one" is an hour, "11:40" to "14:10" two and a half);
/// - a relative time that short ("in ten minutes", "half an hour later");
/// - the start of the case itself ("before anaesthesia starts", "for induction");
/// - any time, after a cycle cut short that the rep arranges or states ("flash", "express",
///   "quick-turn", "immediate-use", "skip the wash": not "I won't ask them to flash it");
/// - a clock, when the set leaves now ("I'm out the door", "on my way", "twenty minutes out")
///   and the reply names no arrival.
///
/// A time that adds the full cycle to the arrival ("on the dock by 6, sterile after 8:30") is
/// not, nor is a time for the dock or the desk, a time for news ("I'll call you by 1": no word
/// of the set's place), the rep's own presence ("I'll be in the room from six"), or a refusal,
/// question or condition ("I can't have it open by 7:30"). The case's start and a clock after
/// "leaving now" are read only where the reply does not add the full cycle itself ("full
/// cycle", "four hours", a tray already "in the steam cycle") or put the set in on another day.
/// A time said alone ("11:45.", "Put 11:40 on the board", "Ten minutes,") is taken by a stretch
/// that puts the set in the room with no time of its own ("it'll be in OR 6 ready to open by
/// then").
///
/// The reading needs a setting of sets and trays (a word of ``SterileContextRule/sterile`` in
/// the reply or the client's line) and a number, a clock or a word of the case's start in the
/// reply: others leave before any stretch is read.
///
/// It also withdraws the phrase list's verdict where each of its matches times something that
/// is not a set for a case (replacement stock for a recall: "Replacement stock here by 11
/// today") or news to the client ("I'll confirm with you by noon").
struct ImpossibleTimeRule: GradingRule {
    static let id = "impossible-time"

    func apply(to board: inout Board) {
        let text = board.text
        let tokens = text.tokens
        if board.isPresent(Self.id) {
            withdrawIfNotASet(&board)
            return
        }
        // Leave early: no number, clock or hour, and no word of the case's start.
        guard
            text.infos.contains(where: {
                $0.flags & (TokenInfo.number | TokenInfo.clock | TokenInfo.hour) != 0
            }) || Self.eventWordSet.any(in: tokens.indices, of: text)
        else { return }
        guard
            Self.sterileWordSet.any(in: tokens.indices, of: text)
                || !board.clientWords.isDisjoint(with: SterileContextRule.sterile)
        else { return }
        guard let finding = Self.find(text, board.clauses) else { return }
        board.add(Self.id, quoting: finding.quote, rule: finding.rule) {
            "promises a time that leaves out processing: “\($0)”"
        }
    }

    // MARK: - The reading

    /// What a time is for.
    enum Kind: Equatable {
        /// The set reaches the hospital, the dock or the rep's hands there.
        case arrival
        /// The set in the room, on the table, ready or open.
        case ready
        /// Neither, in a fragment with no subject: a time said alone ("11:45.", "Put 11:40 on
        /// the board"), which a ready stretch without a time of its own takes.
        case bare
        /// Neither, in a clause with a subject ("I'll call you by 1"): read no further.
        case other
    }

    /// A time said in the reply.
    struct Said {
        /// Its words.
        var range: Range<Int>
        var value: Value
        var kind: Kind
        /// The stretch it stands in (``Stretch``).
        var stretch: Int
        /// The weekday named in its stretch, if any.
        var day: String?
    }

    /// What a time says.
    enum Value: Equatable {
        /// A time of day, in minutes on a twelve-hour dial (0..<720).
        case clock(Int)
        /// Minutes from now, or from the arrival ("half an hour later").
        case after(Int)
        /// The case's own start: "before induction", "before anaesthesia starts".
        case event
        /// "by then": the time said alone before it.
        case then
    }

    /// A clause with its subject and the fragments after it that have none.
    struct Stretch {
        var range: Range<Int>
        var subject: Clause.Subject
        /// The clauses it is made of, in order.
        var clauses: [Clause]
    }

    /// A ready time nobody can keep, and the words to quote.
    struct Finding {
        var quote: Range<Int>
        var rule: String
    }

    static func stretches(_ clauses: [Clause], _ tokens: [Token]) -> [Stretch] {
        var result: [Stretch] = []
        for clause in clauses {
            if clause.subject == .none, let last = result.last,
                tokens[last.range.upperBound - 1].sentence == tokens[clause.range.lowerBound].sentence
            {
                result[result.count - 1].range = last.range.lowerBound..<clause.range.upperBound
                result[result.count - 1].clauses.append(clause)
            } else {
                result.append(Stretch(range: clause.range, subject: clause.subject, clauses: [clause]))
            }
        }
        return result
    }

    /// The first ready time in the reply that leaves no room for processing.
    static func find(_ text: TokenizedText, _ clauses: [Clause]) -> Finding? {
        let tokens = text.tokens
        let stretches = Self.stretches(clauses, tokens)
        var said: [Said] = []
        var cut: Range<Int>?
        var leavesNow = false
        var fullCycle = false
        for (number, stretch) in stretches.enumerated() {
            let day = stretch.range.first(where: { WordClass.weekdays.contains(tokens[$0].word) }).map {
                tokens[$0].word
            }
            if cut == nil, let found = cutCycle(stretch, tokens) { cut = found }
            if !leavesNow, Self.leavesNow(stretch, tokens) { leavesNow = true }
            if !fullCycle, Self.addsFullCycle(stretch, tokens) { fullCycle = true }
            var index = stretch.range.lowerBound
            while index < stretch.range.upperBound {
                guard let found = time(at: index, tokens, in: stretch.range) else {
                    index += 1
                    continue
                }
                let (range, value) = found
                index = range.upperBound
                guard let clause = stretch.clauses.last(where: { $0.range.lowerBound <= range.lowerBound }),
                    usable(range, clause, stretch, tokens)
                else { continue }
                var kind = Self.kind(of: range, in: stretch, clause: clause, tokens)
                // "I'll bring the plates and the syndesmosis kit in Monday at 6:15": the verb of
                // bringing in the rep's clause just before, in the same sentence.
                if kind != .ready, number > 0, Self.bringsIn(stretches[number - 1], before: stretch, tokens) {
                    kind = .arrival
                }
                said.append(Said(range: range, value: value, kind: kind, stretch: number, day: day))
            }
        }
        // A ready stretch without a time of its own takes the one said alone before it ("12:15.
        // Set in OR 6, open and ready to go").
        for (number, stretch) in stretches.enumerated()
        where plain(stretch) && !said.contains(where: { $0.stretch == number && $0.kind == .ready }) {
            guard readyCue(in: stretch, tokens) != nil,
                let bare = said.last(where: { $0.kind == .bare && $0.stretch < number })
            else { continue }
            said.append(
                Said(range: bare.range, value: bare.value, kind: .ready, stretch: number, day: bare.day))
        }
        let arrivals = said.filter { $0.kind == .arrival }
        for ready in said where ready.kind == .ready {
            let value =
                ready.value == .then
                ? (said.last(where: { $0.kind == .bare && $0.range.lowerBound < ready.range.lowerBound })?
                    .value
                    ?? .then) : ready.value
            let quote = quoteRange(ready, stretches[ready.stretch])
            let words = text.quote(ready.range)
            switch value {
            case .after(let minutes) where minutes < 120:
                return Finding(
                    quote: quote,
                    rule: "a ready time (“\(words)”) \(minutes) minutes away: no time for processing")
            case .event where !fullCycle && !namesAnotherDay(tokens):
                return Finding(
                    quote: quote,
                    rule: "the set ready for the case's own start (“\(words)”): no time for processing")
            case .clock(let minutes):
                if let cut {
                    return Finding(
                        quote: quote,
                        rule:
                            "a ready time (“\(words)”) kept by cutting the cycle short (“\(text.quote(cut))”)"
                    )
                }
                let gaps = arrivals.compactMap { arrival -> (Said, Int)? in
                    guard case .clock(let at) = arrival.value else { return nil }
                    if let day = arrival.day, let other = ready.day, day != other { return nil }
                    return (arrival, (minutes - at + 720) % 720)
                }
                if let (arrival, gap) = gaps.min(by: { $0.1 < $1.1 }) {
                    guard gap < 120 else { continue }
                    return Finding(
                        quote: quote,
                        rule:
                            "a ready time (“\(words)”) \(gap) minutes after the set arrives (“\(text.quote(arrival.range))”): no time for processing"
                    )
                }
                if leavesNow, !fullCycle, !namesAnotherDay(tokens) {
                    return Finding(
                        quote: quote,
                        rule:
                            "a ready time (“\(words)”) for a set that only leaves now: no time for processing"
                    )
                }
            case .after, .event:
                if let cut {
                    return Finding(
                        quote: quote,
                        rule:
                            "a ready time (“\(words)”) kept by cutting the cycle short (“\(text.quote(cut))”)"
                    )
                }
            case .then: continue
            }
        }
        return nil
    }

    /// The words to quote for a ready time: from the stretch's start to the time's end.
    static func quoteRange(_ ready: Said, _ stretch: Stretch) -> Range<Int> {
        if stretch.range.contains(ready.range.lowerBound) {
            return stretch.range.lowerBound..<max(ready.range.upperBound, stretch.range.lowerBound + 1)
        }
        return stretch.range
    }

    /// Whether the reply puts the set in on another day than the case: "tomorrow", "the night
    /// before", two different weekdays.
    static func namesAnotherDay(_ tokens: [Token]) -> Bool {
        var days = Set<String>()
        for (index, token) in tokens.enumerated() {
            if WordClass.weekdays.contains(token.word) { days.insert(token.word) }
            if ["tomorrow", "tonight", "yesterday"].contains(token.word) { return true }
            if ["night", "day", "evening"].contains(token.word), index + 1 < tokens.count,
                tokens[index + 1].word == "before"
            {
                return true
            }
        }
        return days.count > 1
    }

    /// Whether a time at `range` in `clause` is the rep's plain statement: not asked, not under
    /// a condition, not negated (in its clause or in its stretch before it), not quoted, not past.
    static func usable(_ range: Range<Int>, _ clause: Clause, _ stretch: Stretch, _ tokens: [Token]) -> Bool {
        guard !clause.question, !clause.conditional, !tokens[range.lowerBound].quoted, !clause.hedged
        else { return false }
        if stretch.clauses.contains(where: { $0.range.lowerBound <= range.lowerBound && $0.negation != nil })
        {
            return false
        }
        // "not 11:45", "no later than": a negation in the words just before the time.
        let before = max(stretch.range.lowerBound, range.lowerBound - 3)..<range.lowerBound
        if before.contains(where: { Scope.negators.contains(tokens[$0].word) }) { return false }
        return !TimeAnswerRule.isPast(stretch.clauses[0], tokens) && !TimeAnswerRule.isPast(clause, tokens)
    }

    /// What the time at `range` is for: the nearest cue before it in its stretch, or after it
    /// when there is none before.
    static func kind(of range: Range<Int>, in stretch: Stretch, clause: Clause, _ tokens: [Token]) -> Kind {
        let found = cue(of: range, in: stretch, ahead: clause.subject == .none, tokens)
        guard found == .bare else { return found }
        // Said alone: only words that give a time before it in its clause ("11:45.", "Put 11:40
        // on the board", "Real time: 12:15", "so call it 12:15"), not "Mercy's set is on my back
        // seat in twenty-five minutes".
        let lead = clause.range.lowerBound..<range.lowerBound
        return clause.subject == .none && lead.allSatisfy({ Self.headline.contains(tokens[$0].word) })
            ? .bare : .other
    }

    /// The kind the nearest cue gives; words after the time are read only in a fragment
    /// (`ahead`: "Real time: 12:15, set open in your room").
    static func cue(of range: Range<Int>, in stretch: Stretch, ahead: Bool, _ tokens: [Token]) -> Kind {
        let carried = stretch.range.contains(where: { Self.arrivalVerbs.contains(tokens[$0].word) })
        let back = Array((stretch.range.lowerBound..<range.lowerBound).reversed())
        let after = ahead ? Array(range.upperBound..<stretch.range.upperBound) : []
        for order in [back, after] {
            for index in order {
                // After the time, only the set's place or state: "Put 14:10 on the board unless
                // SPD gives you a different number" is no arrival.
                if order.first.map({ $0 > range.lowerBound }) != true, isArrivalCue(index, tokens) {
                    return .arrival
                }
                guard let ready = readyCue(at: index, tokens, stretch) else { continue }
                // "I'll walk it straight up to your OR at one": the place the rep carries it to
                // is its arrival; the set's own state ("ready", "open") is still a ready time.
                if carried, ready == .place, [.me, .none].contains(stretch.subject) { return .arrival }
                return .ready
            }
        }
        return .bare
    }

    /// Whether `previous`, the rep's clause just before `stretch` in its sentence, brings the
    /// set in ("I'll bring the plates and the syndesmosis kit in Monday at 6:15").
    static func bringsIn(_ previous: Stretch, before stretch: Stretch, _ tokens: [Token]) -> Bool {
        previous.subject == .me && previous.range.upperBound == stretch.range.lowerBound
            && tokens[previous.range.lowerBound].sentence == tokens[stretch.range.lowerBound].sentence
            && previous.range.contains(where: { Self.arrivalVerbs.contains(tokens[$0].word) })
    }

    /// A word of the set's arrival at token `index`: the dock, SPD, the desk, "there", "back
    /// here", or a verb of bringing it ("bring", "drop", "walk", "drive").
    static func isArrivalCue(_ index: Int, _ tokens: [Token]) -> Bool {
        let word = tokens[index].word
        if word == "here" { return index > 0 && ["back", "over"].contains(tokens[index - 1].word) }
        return Self.arrivalPlaces.contains(word) || Self.arrivalVerbs.contains(word)
    }

    enum Cue { case place, state }

    /// Whether nothing in `stretch` negates, asks or sets a condition.
    static func plain(_ stretch: Stretch) -> Bool {
        !stretch.clauses.contains(where: { $0.negation != nil || $0.question || $0.conditional })
    }

    /// The first ready cue of `stretch`, if one comes before any word of arrival.
    static func readyCue(in stretch: Stretch, _ tokens: [Token]) -> Cue? {
        for index in stretch.range {
            if isArrivalCue(index, tokens) { return nil }
            if let cue = readyCue(at: index, tokens, stretch) { return cue }
        }
        return nil
    }

    /// A word at token `index` that puts the set in the room or makes it ready, read with the
    /// stretch's subject: the rep ("I'll be in the room from six") counts only with "have" or
    /// "get" before it ("I'll have it in OR 6"), the client only with "have" or as the one who
    /// cuts, opens or starts ("you'll be cutting by 12:30").
    static func readyCue(at index: Int, _ tokens: [Token], _ stretch: Stretch) -> Cue? {
        let word = tokens[index].word
        let before = index > stretch.range.lowerBound ? tokens[index - 1].word : ""
        let after = index + 1 < stretch.range.upperBound ? tokens[index + 1].word : ""
        let had = (stretch.range.lowerBound..<index).contains(where: {
            ["have", "has", "get", "got"].contains(tokens[$0].word)
        })
        var cue: Cue?
        switch word {
        case "room", "theatre", "theater", "table", "shelf": cue = .place
        case "or": cue = ["in", "to", "into", "your", "the"].contains(before) ? .place : nil
        case "tray":
            cue =
                ["the", "your"].contains(before) && index >= 2
                    && ["on", "in"].contains(tokens[index - 2].word) ? .place : nil
        case "hands": cue = before == "your" ? .place : nil
        case "ready": cue = after == "time" ? nil : .state
        case "open", "opened", "sterile", "processed", "prepped": cue = .state
        case "up":
            // "it'll be up in ten", "tray'll be up here", "have it up by 12:30"; not "I'll be up".
            if ["be", "is", "are", "back"].contains(before) {
                let lead = max(0, index - 3)..<(index - 1)
                if lead.contains(where: { ["i", "we", "you"].contains(tokens[$0].word) }) { return nil }
                return .state
            }
            cue = had && before != "pick" ? .state : nil
        case "have", "get":
            // "you'll have it in fifteen", "you'll have the ten-mil trial in twenty".
            guard stretch.subject == .you else { return nil }
            if ["it", "them", "one"].contains(after) { return .state }
            let object = (index + 1)..<min(stretch.range.upperBound, index + 5)
            return object.contains(where: { Self.setWords.contains(tokens[$0].word) }) ? .state : nil
        case "good": cue = ["to", "for"].contains(after) ? .state : nil
        case "fine": cue = after == "for" ? .state : nil
        case "cutting", "opening", "going", "start", "starting":
            cue = [.you, .we, .none].contains(stretch.subject) ? .state : nil
        default: return nil
        }
        guard let cue else { return nil }
        switch stretch.subject {
        case .me, .we: return had ? cue : nil
        case .you:
            return had
                || ["cutting", "opening", "open", "start", "starting", "going", "good", "fine"].contains(word)
                ? cue : nil
        default:
            if ["start", "starting"].contains(word) { return nil }
            return cue
        }
    }

    /// A cycle cut short in `stretch`, said plainly (not refused, not asked): "flash", "express",
    /// "quick-turn", "quick flash", "short cycle", "immediate-use", "skip the wash", "run it
    /// quick", "pull it early".
    static func cutCycle(_ stretch: Stretch, _ tokens: [Token]) -> Range<Int>? {
        guard !stretch.clauses.contains(where: { $0.question }) else { return nil }
        let range = stretch.range
        for index in range {
            let word = tokens[index].word
            let next = index + 1 < range.upperBound ? tokens[index + 1].word : ""
            let previous = index > range.lowerBound ? tokens[index - 1].word : ""
            var span: Range<Int>?
            switch word {
            case "flash", "flashed", "flashing", "flashes", "express": span = index..<(index + 1)
            case "quick", "quickest", "short", "fast", "shortest", "fastest":
                if ["turn", "cycle", "flash"].contains(next) { span = index..<(index + 2) }
                if ["it", "them"].contains(previous), index >= range.lowerBound + 2,
                    ["run", "turn", "do"].contains(tokens[index - 2].word)
                {
                    span = (index - 2)..<(index + 1)
                }
            case "immediate": if next == "use" { span = index..<(index + 2) }
            case "skip":
                if next == "the", index + 2 < range.upperBound,
                    ["wash", "dry", "wrap", "full", "drying", "cool"].contains(tokens[index + 2].word)
                {
                    span = index..<(index + 3)
                }
            case "early":
                if ["it", "them"].contains(previous), index >= range.lowerBound + 2,
                    tokens[index - 2].word == "pull"
                {
                    span = (index - 2)..<(index + 1)
                }
            default: continue
            }
            guard let span else { continue }
            // "no flash", "What I won't do is ask them to flash it", "Flashing isn't the way": a
            // negation in its clause or just before it ("no stress", "no problem" only answer).
            let clause = stretch.clauses.last(where: { $0.range.lowerBound <= span.lowerBound })
            // "She asked me to get it flashed and I said no": a report, not a step.
            if let clause, TimeAnswerRule.isPast(clause, tokens) { continue }
            let own = clause?.range ?? range
            let near = min(own.lowerBound, max(range.lowerBound, span.lowerBound - 3))..<own.upperBound
            if near.contains(where: {
                Scope.negators.contains(tokens[$0].word)
                    && !($0 + 1 < tokens.count && Self.answers.contains(tokens[$0 + 1].word))
            }) {
                continue
            }
            return span
        }
        return nil
    }

    /// Whether `stretch` says the set leaves now: "I'm out the door", "on my way", "on its way",
    /// "I'm in the car", "twenty minutes out", or "now" with a verb of leaving or fetching
    /// ("I'm leaving for Mercy right now", "I'm grabbing Mercy's 3.5 set now"), not in a stretch
    /// about the dock or SPD ("I'll go to SPD now").
    static func leavesNow(_ stretch: Stretch, _ tokens: [Token]) -> Bool {
        let range = stretch.range
        if range.contains(where: {
            Self.arrivalPlaces.contains(tokens[$0].word) && tokens[$0].word != "there"
        }) {
            return false
        }
        for index in range {
            let word = tokens[index].word
            let next = index + 1 < range.upperBound ? tokens[index + 1].word : ""
            let previous = index > range.lowerBound ? tokens[index - 1].word : ""
            switch word {
            case "door": if previous == "the", index >= 2, tokens[index - 2].word == "out" { return true }
            case "way":
                // "on my way", "on its way" (read "on it is way" when typed without its apostrophe).
                let lead = max(range.lowerBound, index - 3)..<index
                if ["my", "its", "the", "is"].contains(previous),
                    lead.contains(where: { tokens[$0].word == "on" })
                {
                    return true
                }
            case "car": if previous == "the", index >= 2, tokens[index - 2].word == "in" { return true }
            case "minutes", "min", "mins": if ["out", "away"].contains(next) { return true }
            case "now":
                if ["for", "from", "by", "till", "until"].contains(previous) { continue }
                if range.contains(where: { Self.leaving.contains(tokens[$0].word) }) { return true }
            default: continue
            }
        }
        return false
    }

    /// Whether `stretch` adds the full cycle ("full cycle", "normal cycle", "four hours", "two
    /// and a half hours"), not negated.
    static func addsFullCycle(_ stretch: Stretch, _ tokens: [Token]) -> Bool {
        guard !stretch.clauses.contains(where: { $0.negation != nil }) else { return false }
        let range = stretch.range
        for index in range {
            let word = tokens[index].word
            let previous = index > range.lowerBound ? tokens[index - 1].word : ""
            if word == "cycle" || word == "reprocess",
                ["full", "normal", "whole", "usual"].contains(previous)
            {
                return true
            }
            if word == "hours", previous != "few", WordClass.isNumber(previous) || previous == "half" {
                return true
            }
            // A tray already in its cycle: "in the steam cycle now", "with drying".
            if ["steam", "drying"].contains(word) { return true }
        }
        return false
    }

    // MARK: - Times

    /// The time that starts at token `index`, if one does, with its words.
    static func time(at index: Int, _ tokens: [Token], in range: Range<Int>) -> (Range<Int>, Value)? {
        let word = tokens[index].word
        let next = index + 1 < range.upperBound ? tokens[index + 1].word : ""
        let afterNext = index + 2 < range.upperBound ? tokens[index + 2].word : ""
        let previous = index > range.lowerBound ? tokens[index - 1].word : ""
        // "by then": the time said before.
        if word == "then", previous == "by" { return (index..<(index + 1), .then) }
        // The case's own start: "before induction", "before anaesthesia starts", "when they put
        // her under".
        if Self.events.contains(word) {
            let lead = max(range.lowerBound, index - 3)..<index
            guard lead.contains(where: { ["before", "for", "by", "when"].contains(tokens[$0].word) }) else {
                return nil
            }
            return (index..<(index + 1), .event)
        }
        if word == "under", ["her", "him", "them"].contains(previous), index >= range.lowerBound + 2,
            tokens[index - 2].word == "put"
        {
            return (index..<(index + 1), .event)
        }
        // Relative: "in ten minutes", "in 15", "in half an hour", "half an hour later", "ten
        // minutes, tops".
        if word == "in", let found = span(from: index + 1, tokens, in: range, bare: true) {
            return (index..<found.end, .after(found.minutes))
        }
        if let found = span(from: index, tokens, in: range, bare: false) {
            let following = found.end < range.upperBound ? tokens[found.end].word : ""
            // "half an hour later"; "Ten minutes." said alone, not "twenty minutes away".
            if following == "later" { return (index..<(found.end + 1), .after(found.minutes)) }
            if index == range.lowerBound,
                !["in", "out", "away", "from", "drive", "each", "of"].contains(following)
            {
                return (index..<found.end, .after(found.minutes))
            }
        }
        // Clocks.
        if let value = clock(word) { return (index..<(index + 1), .clock(value)) }
        // "half twelve", "half past six", "quarter to seven", "quarter past twelve".
        if word == "half" || word == "quarter" {
            var at = index + 1
            var offset = word == "half" ? 30 : 15
            if next == "past" {
                at += 1
            } else if next == "to" {
                at += 1
                offset = -15
            } else if word == "quarter" {
                return nil
            }
            guard at < range.upperBound, let hour = hour(tokens[at].word) else { return nil }
            // "half an hour" is no clock; "half one" is.
            return (index..<(at + 1), .clock((hour % 12 * 60 + offset + 720) % 720))
        }
        // "by 1140", "at 0645": a clock typed without its colon.
        if StepTime.isBareClock(word), word.utf8.count == 4, let value = Int(word),
            ["by", "at", "around", "about", "before", "till", "until"].contains(previous)
        {
            return (index..<(index + 1), .clock(value / 100 % 12 * 60 + value % 100))
        }
        guard let hour = hour(word) else { return nil }
        // "seven-thirty", "one fifteen", "6 am".
        if let minutes = ["thirty": 30, "fifteen": 15, "fortyfive": 45, "oclock": 0][next] {
            return (index..<(index + 2), .clock(hour % 12 * 60 + minutes))
        }
        if next == "o", afterNext == "clock" { return (index..<(index + 3), .clock(hour % 12 * 60)) }
        if ["am", "pm"].contains(next) { return (index..<(index + 2), .clock(hour % 12 * 60)) }
        // "by one", "at six", "around 6", "Thursday at 6": an hour after a word of time, not a
        // size or a count ("by 40 mm", "at 2 hours").
        guard ["by", "at", "around", "about", "before", "till", "until"].contains(previous) else {
            return nil
        }
        // "about two and a half hours", "around three to four hours": a span, read to the end of
        // the sentence, past the clause.
        let rest = (index + 1)..<min(tokens.count, index + 5)
        guard
            !rest.contains(where: {
                tokens[$0].sentence == tokens[index].sentence && Self.units.contains(tokens[$0].word)
            })
        else { return nil }
        return (index..<(index + 1), .clock(hour % 12 * 60))
    }

    /// The hour a word names: "1" to "12", "one" to "twelve".
    static func hour(_ word: String) -> Int? {
        if let value = Int(word), (1...12).contains(value), word.utf8.count <= 2 { return value }
        return Self.hourWords[word]
    }

    /// The minutes of a clock typed as one word: "11:45", "6:30", "08:10", "1am", "7pm",
    /// "noon", "midday", "1120" (on the twelve-hour dial).
    static func clock(_ word: String) -> Int? {
        switch word {
        case "noon", "midday", "midnight": return 0
        default: break
        }
        guard let first = word.utf8.first, first >= 48, first <= 57 else { return nil }
        var body = Substring(word)
        if body.hasSuffix("am") || body.hasSuffix("pm") { body = body.dropLast(2) }
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]), hours < 24, minutes < 60,
            parts[1].count == 2
        {
            return hours % 12 * 60 + minutes
        }
        if parts.count == 1, body.count < word.count, let hours = Int(body), (1...12).contains(hours) {
            return hours % 12 * 60
        }
        return nil
    }

    /// Minutes said from token `start`: "ten minutes", "15 mins", "twenty five", "half an hour",
    /// "an hour", "a few minutes"; with `bare`, a number alone too ("in fifteen", "in 20"), from
    /// five up. The index after its words and the minutes.
    static func span(from start: Int, _ tokens: [Token], in range: Range<Int>, bare: Bool) -> (
        end: Int, minutes: Int
    )? {
        guard start < range.upperBound else { return nil }
        let word = tokens[start].word
        let next = start + 1 < range.upperBound ? tokens[start + 1].word : ""
        let afterNext = start + 2 < range.upperBound ? tokens[start + 2].word : ""
        if word == "half", next == "an", afterNext == "hour" { return (start + 3, 30) }
        if word == "an", next == "hour" { return (start + 2, 60) }
        if word == "a", ["few", "couple"].contains(next) {
            let end = start + 2 + (afterNext == "of" ? 1 : 0)
            guard end < range.upperBound, ["minutes", "mins", "min"].contains(tokens[end].word) else {
                return nil
            }
            return (end + 1, 5)
        }
        var value: Int
        var end = start + 1
        if let number = Self.minuteWords[word] {
            value = number
            if let more = Self.minuteWords[next], number >= 20, more < 10 {
                value += more
                end += 1
            }
        } else if let number = Int(word), word.utf8.count <= 3 {
            value = number
        } else {
            return nil
        }
        let unit = end < range.upperBound ? tokens[end].word : ""
        if ["minutes", "mins", "min", "minute"].contains(unit) {
            return value < 120 ? (end + 1, value) : nil
        }
        if ["hours", "hour", "hrs", "hr"].contains(unit) { return (end + 1, value * 60) }
        guard bare, value >= 5, value < 120, !Self.units.contains(unit) else { return nil }
        return (end, value)
    }

    // MARK: - The phrase list's own matches

    /// Withdraws the list's verdict when each match times recall stock or news, not a set for a
    /// case: "Replacement stock here by 11 today", "I'll confirm with you by noon".
    func withdrawIfNotASet(_ board: inout Board) {
        let matches = board.matches(Self.id)
        guard !matches.isEmpty else { return }
        let tokens = board.text.tokens
        let notASet = matches.allSatisfy { match in
            let sentence = BreachShapes.sentence(of: match.range.lowerBound, tokens)
            let things = sentence.contains(where: { Self.setWords.contains(tokens[$0].word) })
            if !things, sentence.contains(where: { Self.stockWords.contains(tokens[$0].word) }) {
                return true
            }
            let lead = max(sentence.lowerBound, match.range.lowerBound - 2)..<match.range.lowerBound
            return lead.contains(where: { Self.newsVerbs.contains(tokens[$0].word) })
        }
        if notASet {
            board.cancel(Self.id, because: "the time is for recall stock or for news, not a set for a case")
        }
    }

    // MARK: - Words

    static let sterileWordSet = WordSet(
        SterileContextRule.sterile.union(["arm", "trials", "trial", "plates"]))
    static let eventWordSet = WordSet(events.union(["under"]))
    /// The case's own start.
    static let events: Set<String> = ["induction", "anaesthesia", "anesthesia", "anaesthetic", "incision"]
    /// Places where the set arrives, not where it is used.
    static let arrivalPlaces: Set<String> = [
        "dock", "docks", "spd", "processing", "desk", "window", "door", "receiving", "decontam", "there",
    ]
    /// Verbs of bringing the set in.
    static let arrivalVerbs: Set<String> = [
        "bring", "bringing", "drop", "dropping", "walk", "walking", "carry", "carrying", "drive", "driving",
        "deliver", "delivering", "hand",
    ]
    /// Verbs of leaving or fetching, read with "now".
    static let leaving: Set<String> = [
        "leaving", "leave", "driving", "drive", "heading", "head", "walking", "grabbing", "grab", "picking",
        "collecting", "throwing", "coming", "off",
    ]
    /// Words after a number that make it a size or a span, not an hour.
    static let units: Set<String> = [
        "mm", "mil", "mils", "cm", "percent", "hours", "hour", "days", "day", "weeks", "minutes", "mins",
        "units", "sets", "trays", "x", "of",
    ]
    static let hourWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12,
    ]
    static let minuteWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fortyfive": 45, "fifty": 50,
        "sixty": 60, "ninety": 90, "twentyfive": 25,
    ]
    /// The things a case needs.
    static let setWords: Set<String> = [
        "set", "sets", "tray", "trays", "trial", "trials", "instrument", "instruments", "arm", "kit",
        "plates",
        "loaner",
    ]
    /// Words that may stand before a time said alone in its clause.
    static let headline: Set<String> = [
        "put", "write", "down", "call", "it", "real", "time", "one", "honest", "okay", "ok", "fine", "so",
        "and",
        "then", "yes", "right", "sure", "doc", "doctor", "say", "make", "here", "is", "a", "number", "the",
    ]
    /// Words after "no" that answer, not refuse: "no stress", "no problem".
    static let answers: Set<String> = ["stress", "problem", "problems", "worries", "drama", "sweat", "issue"]
    /// Things that are not a set for a case.
    static let stockWords: Set<String> = ["stock", "replacement", "replacements", "units", "shipment"]
    /// Verbs of news or paperwork just before a match: "confirm with you", "in writing to you".
    static let newsVerbs: Set<String> = [
        "confirm", "writing", "write", "sign", "email", "text", "report", "call", "ring", "phone",
    ]
}
