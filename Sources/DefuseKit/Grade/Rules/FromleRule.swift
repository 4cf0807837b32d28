/// `fromle` (From my limited experience): the reply must open with the phrase (its pattern list
/// says how; a leading "FroMLE:" is fine) and then restate the client's insulting remark,
/// keeping most of its content words.
///
/// Pronouns change in a restatement ("you reps" becomes "we reps"), so they are not content
/// words, and plurals count as their singular. A reply that restates the client's remark in a
/// reframe step (it opens with "experience" or "FroMLE") is doing the exercise, not agreeing, so
/// it is never `agrees-with-insult`; one that opens by agreeing ("fair enough", "yeah") and then
/// says the remark back is.
struct FromleRule: GradingRule {
    static let id = "fromle"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.fromle
    /// The share of the client's content words a restatement must keep.
    static let threshold = 0.65

    static let stopwords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "so", "to", "of", "in", "on", "at", "for", "with", "by", "from",
        "is", "are", "am", "was", "were", "be", "been", "being", "do", "does", "did", "have", "has", "had",
        "will", "would", "can", "could", "should", "not", "no", "it", "this", "that", "these", "those",
        "there",
        "i", "me", "my", "we", "us", "our", "you", "your", "yours", "they", "them", "their", "he", "she",
        "his",
        "her", "him", "all", "just", "even", "if", "then", "than", "as", "up", "out", "what", "who", "when",
        "one", "every", "last", "any", "some", "here", "now", "yourselves", "ourselves", "people", "guys",
        "okay", "like", "get", "got", "im",
    ]

    /// Violations whose words, when they only repeat the client's own words in a restatement,
    /// are the exercise rather than the rep's own remark.
    static let echoedViolations: [RubricID] = [.arguesBack, .minimizing, .blameShifting, .capitulates]

    /// Whether the client's line ends by asking the rep a yes/no question about what they do:
    /// "Are you filing a complaint?", "Will you scrub in?".
    static func asksTheRep(_ client: String) -> Bool {
        let trimmed = client.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasSuffix("?") else { return false }
        let last = trimmed.dropLast().split(whereSeparator: { ".!?".contains($0) }).last ?? ""
        let words = last.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" })
        guard words.count >= 2 else { return false }
        return ["are", "will", "did", "have", "can", "do", "would", "could"].contains(String(words[0]))
            && words[1] == "you"
    }

    func apply(to board: inout Board) {
        let echoes = Self.echoedViolations.filter { board.isPresent($0) }
        let agreement = Self.agreementStart(board.text)
        let reframe = board.opensWithReframe
        // The client's line is only read when one of this rule's cases can apply.
        guard
            board.isPresent(Self.key) || agreement != nil
                || (reframe && (board.isPresent(.agreesWithInsult) || !echoes.isEmpty))
        else {
            return
        }
        let opener = board.finding(Self.id)?.matches.first { $0.range.lowerBound == 0 }
        guard let client = board.client, !client.isEmpty else {
            board.cancel(Self.id, because: "FroMLE is graded against the client's line, and none was given")
            return
        }
        // Read once per line (``Grader/ClientReading/restatable``): the board has it whenever
        // there is a client line. The first remark is the whole line.
        let remarks = board.clientRestatable
        guard let clientWords = remarks.first, clientWords.count >= 2 else {
            board.cancel(Self.id, because: "the client's line has too few words to restate")
            return
        }
        let tokens = board.text.tokens
        // Agreeing and then saying the line back is read against the whole line: "Yes, the 3.5
        // set will be there by noon" keeps most of a sentence that asked for it.
        let replyWords = Self.words(of: tokens[...])
        let wholeLine = Self.share(of: [clientWords], in: replyWords)
        // In a reframe any one remark of the line may be the one restated.
        let bestRemark = Self.share(of: remarks, in: replyWords)
        // "Yes, I'm filing it today" to "Are you filing it?" answers a question about the rep.
        if wholeLine.share >= Self.threshold, !reframe, let agreement, !Self.asksTheRep(client) {
            // "Fair enough, <the client's insult>": agreeing, then saying it back.
            board.add(
                "agrees-with-insult",
                [
                    Evidence(
                        words: board.text.quote(agreement..<tokens.count),
                        span: board.text.span(agreement..<tokens.count),
                        rule: board.rule("rule: agrees, then restates the client's remark"))
                ], explanation: "agrees, then repeats the client's remark as its own")
        }
        if bestRemark.share >= Self.threshold, reframe, board.isPresent(.agreesWithInsult) {
            board.cancel(
                "agrees-with-insult",
                because:
                    "the reply restates the client's remark (\(bestRemark.kept) of \(bestRemark.count) words): "
                    + "in a reframe that is the exercise, not agreement")
        }
        if bestRemark.share >= Self.threshold, reframe {
            for violation in echoes where echoesClient(board.matches(violation), clientWords, board) {
                board.cancel(
                    violation.id,
                    because: "its words repeat the client's own remark, which the reply restates")
            }
        }
        guard board.isPresent(Self.key) else { return }
        guard let opener else {
            board.cancel(Self.id, because: "the reply does not open with it")
            return
        }
        let restated = Self.share(of: remarks, in: Self.words(of: tokens[opener.range.upperBound...]))
        if restated.share < Self.threshold {
            board.cancel(
                Self.id,
                because:
                    "the rest keeps only \(restated.kept) of the client's \(restated.count) content words "
                    + "(it should restate the remark)")
            return
        }
        let restatement = board.text.quote(opener.range.upperBound..<tokens.count)
        let evidence = Evidence(
            words: restatement, span: board.text.span(opener.range.upperBound..<tokens.count),
            rule: board.rule(
                "rule: restates \(restated.kept) of the client's \(restated.count) content words"))
        board.set(
            Self.id, evidence: board.evidence(Self.id) + [evidence],
            explanation: "opens with the phrase and restates the client's remark")
    }

    /// Words that open a reply by agreeing ("yeah", "fair enough", "true").
    static let agreementWords: Set<String> = [
        "yeah", "yes", "yep", "yup", "true", "fair", "agreed", "exactly", "totally", "correct", "absolutely",
        "indeed",
        "right",
    ]

    /// ``agreementWords`` by word number (``WordSet``).
    static let agreementWordSet = WordSet(agreementWords)

    /// Where an agreeing word stands among the reply's first three words, if one does.
    static func agreementStart(_ text: TokenizedText) -> Int? {
        text.tokens.indices.prefix(3).first { agreementWordSet.contains($0, in: text) }
    }

    /// Whether the reply opens like a reframe step ("from my (limited) experience", "FroMLE").
    /// Read by word number (``WordSet``) among the first six words: asked for every reply when
    /// its board is made, where comparing each word's spelling with both cost ~0.5 k
    /// instructions (speed12).
    static func hasReframeOpener(_ text: TokenizedText) -> Bool {
        (0..<min(6, text.tokens.count)).contains { reframeOpeners.contains($0, in: text) }
    }
    private static let reframeOpeners = WordSet(["experience", "fromle"])

    /// Whether every match only uses words of the client's line.
    private func echoesClient(_ matches: [PatternSet.Match], _ clientWords: [String], _ board: Board) -> Bool
    {
        let clientWords = Set(clientWords)
        // A match of stopwords only ("you people are") echoes the line when the client said
        // every one of its words.
        return !matches.isEmpty
            && matches.allSatisfy { match in
                let words = Self.contentWords(board.text.tokens[match.range])
                if !words.isEmpty { return words.allSatisfy(clientWords.contains) }
                return board.text.tokens[match.range].allSatisfy { board.clientSaid.contains($0.word) }
            }
    }

    /// The remarks of a client's line a restatement may keep the words of: the whole line's
    /// content words (sorted), then, when the line has more than one sentence, each sentence's
    /// that has at least ``sentenceWords`` of them. "Three weeks on backorder. You reps are all
    /// the same: all smiles until the contract's signed, then you vanish." is restated by
    /// keeping its second sentence, and "Don't take it the wrong way. You people are so sensitive
    /// these days." by keeping "sensitive" and "days"; a sentence of one content word
    /// ("Typical.") is too short to count as a remark by itself.
    static func remarks(in line: TokenizedText) -> [[String]] {
        let whole = contentWords(line.tokens[...]).sorted()
        guard (line.tokens.last?.sentence ?? 0) > 0 else { return [whole] }
        var remarks = [whole]
        var start = line.tokens.startIndex
        while start < line.tokens.endIndex {
            let sentence = line.tokens[start].sentence
            var end = start
            while end < line.tokens.endIndex, line.tokens[end].sentence == sentence { end += 1 }
            let words = contentWords(line.tokens[start..<end]).sorted()
            if words.count >= sentenceWords, words != whole { remarks.append(words) }
            start = end
        }
        return remarks
    }

    /// The fewest content words a sentence needs to count as a remark of its own.
    static let sentenceWords = 2

    /// The words of `tokens` as typed, once, for ``share(of:in:)``: long lines cost no more than
    /// their length.
    static func words(of tokens: ArraySlice<Token>) -> Set<String> {
        var words = Set<String>()
        words.reserveCapacity(tokens.count)
        for token in tokens { words.insert(token.word) }
        return words
    }

    /// How many of a remark's content words occur among `words` (as typed or plural), for the
    /// remark of `remarks` kept best: that share, the words kept and the remark's size.
    static func share(of remarks: [[String]], in words: Set<String>) -> (
        share: Double, kept: Int, count: Int
    ) {
        var best: (share: Double, kept: Int, count: Int) = (0, 0, remarks.first?.count ?? 0)
        for remark in remarks {
            let kept = remark.filter { words.contains($0) || words.contains($0 + "s") }.count
            let share = Double(kept) / Double(max(1, remark.count))
            if share > best.share { best = (share, kept, remark.count) }
        }
        return best
    }

    static func contentWords(_ tokens: ArraySlice<Token>) -> Set<String> {
        var words = Set<String>()
        for token in tokens where !stopwords.contains(token.word) {
            var word = token.word
            if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") { word.removeLast() }
            words.insert(word)
        }
        return words
    }
}
