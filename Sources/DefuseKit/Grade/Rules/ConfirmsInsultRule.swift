/// `agrees-with-insult` said without the insult's words (issue 12, rules11). After a line that
/// jabs at the rep or their side (the `soft-if-client` list of `agrees-with-insult`, or a node
/// that avoids it), the reply confirms the jab by its shape:
///
/// - **a bare "it is"** — a statement cut short after its helper, so that what it says is the
///   client's remark ("honestly some days it kind of is", "Ha, maybe we are.", "maybe I am lol");
/// - **the same thought** — the rep says they wonder, think or ask the same ("some days I wonder
///   that myself", "I ask myself the same thing");
/// - **the charge said of oneself** — a first-person statement in the present that carries a word
///   of what the client said the rep is or does ("you talk fast" → "I do talk way too much";
///   "you people are so sensitive" → "maybe I am being a bit oversensitive").
///
/// And after any statement the client makes about the rep ("you carry messages"), an opening
/// "pretty much" (or a yes) with the rep cutting themselves down to it ("lol pretty much, I'm
/// just the messenger"; "Pretty much, yeah. I carry messages.").
///
/// None of them counts negated, asked, quoted or conditional, nor beside a limit or a retort
/// ("I am, and I'd still like us to keep this civil" draws the line), nor when the clause turns
/// the charge into a plan ("I'll talk less").
struct ConfirmsInsultRule: GradingRule {
    static let id = "agrees-with-insult"

    func apply(to board: inout Board) {
        guard !board.isPresent(.agreesWithInsult), !board.isPresent(.arguesBack),
            !board.isPresent(.boundarySetting), !board.opensWithReframe, !board.nodeExpects("fromle"),
            let client = board.client, !client.isEmpty
        else { return }
        let insulted = board.client(.agreesWithInsult) == true
        guard insulted || !board.clientAttributes.isEmpty else { return }
        let tokens = board.text.tokens
        for raw in board.clauses
        where !raw.question && !raw.conditional && raw.negation == nil
            && !tokens[raw.range].contains(where: \.quoted)
        {
            let clause = raw.subject == .none ? ClauseReader.fromFirstPerson(raw, board.text) : raw
            guard !clause.future, !clause.ability, clause.negation == nil else { continue }
            if insulted, let what = Self.reading(clause, board) {
                board.add(Self.id, quoting: clause.range, rule: what) { "confirms the insult: “\($0)”" }
                return
            }
        }
        if let range = Self.cutsDown(board) {
            board.add(Self.id, quoting: range, rule: "says yes and cuts themselves down to the remark") {
                "goes along with the remark: “\($0)”"
            }
        }
    }

    /// What `clause` does to the jab, if it confirms it.
    static func reading(_ clause: Clause, _ board: Board) -> String? {
        let tokens = board.text.tokens
        let infos = board.text.infos
        let end = clause.range.upperBound
        // A bare "it is": the subject, hedges, a helper, then only fillers, and the clause ends
        // at a comma or a full stop ("I'm so sorry" is split at "so", not cut short). Not when an
        // earlier clause has the same subject: "I'm sorry you feel let down, I really am" is
        // cut short from the rep's own words.
        let cutAtMark =
            end == tokens.count || tokens[end].clause != tokens[end - 1].clause
            || tokens[end].sentence != tokens[end - 1].sentence
        let repeats = board.clauses.contains {
            $0.range.upperBound <= clause.range.lowerBound && $0.subject == clause.subject
                && clause.subject != .other
        }
        if cutAtMark, !repeats, [.me, .we, .other].contains(clause.subject) {
            var index = clause.subjectRange.upperBound
            while index < end, hedges.contains(tokens[index].word) { index += 1 }
            if index < end, bareHelpers.contains(tokens[index].word),
                clause.subject != .other
                    || tokens[clause.subjectRange].contains(where: {
                        ["it", "that", "they", "this"].contains($0.word)
                    }),
                (index + 1..<end).allSatisfy({
                    fillers.contains(tokens[$0].word) || infos[$0].roles & WordRole.casual.rawValue != 0
                })
            {
                return "says the jab is so, cut short (“it is”)"
            }
        }
        guard clause.subject == .me || clause.subject == .we, let verb = clause.verb else { return nil }
        // The same thought: "I wonder that myself", "I ask myself the same thing".
        if sameThought.contains(tokens[verb].word),
            (verb + 1..<end).contains(where: { ["same", "myself", "too"].contains(tokens[$0].word) })
        {
            return "says the rep thinks the same"
        }
        // The charge said of oneself, in the present, with a word of degree or emphasis ("I do
        // talk way too much", "I'm a bit oversensitive"); not beside an acknowledgement ("that
        // sounds draining, and I do fill silences" owns the habit), and not after a "you" in the
        // clause ("sorry you feel we vanish" reports the client's view).
        guard !pastForms(tokens[verb].word), !board.clientAttributes.isEmpty,
            !board.isPresent(.acknowledgeDontAgree),
            tokens[clause.range].contains(where: { degree.contains($0.word) })
        else { return nil }
        for index in clause.subjectRange.upperBound..<end
        where infos[index].roles == 0 && tokens[index].word.count >= 4 && !common.contains(tokens[index].word)
        {
            if (clause.range.lowerBound..<index).contains(where: { tokens[$0].word == "you" }) { break }
            let word = tokens[index].word
            let lemma = Lemma.of(word)
            if board.clientAttributes.contains(lemma)
                || (word.count >= 8
                    && board.clientAttributes.contains { $0.count >= 6 && word.hasSuffix($0) })
            {
                return "says of the rep what the client charged"
            }
        }
        return nil
    }

    /// After a statement about the rep: an opening "pretty much" or yes, and a clause where the
    /// rep cuts themselves down ("I'm just the messenger", "I carry messages" in the client's
    /// words).
    static func cutsDown(_ board: Board) -> Range<Int>? {
        let tokens = board.text.tokens
        let infos = board.text.infos
        guard let first = board.clauses.first, !board.clientAttributes.isEmpty else { return nil }
        var index = first.range.lowerBound
        var agreed = false
        while index < first.range.upperBound {
            let word = tokens[index].word
            if word == "pretty", index + 1 < first.range.upperBound, tokens[index + 1].word == "much" {
                agreed = true
                index += 2
                continue
            }
            if ["basically", "yeah", "yep", "yes", "true"].contains(word) { agreed = true }
            guard
                infos[index].roles
                    & (WordRole.casual.rawValue | WordRole.opener.rawValue | WordRole.assent.rawValue) != 0
                    || ["basically", "doc", "mate"].contains(word)
            else { return nil }
            index += 1
        }
        guard agreed else { return nil }
        // The next clause (or the rest of the first sentence) cuts the rep down.
        for clause in board.clauses.dropFirst().prefix(2)
        where clause.subject == .me && clause.negation == nil && !clause.future && !clause.ability {
            let words = tokens[clause.range].map(\.word)
            let diminished = words.contains { ["just", "only", "basically", "merely"].contains($0) }
            let echoes = clause.range.contains {
                infos[$0].roles == 0 && tokens[$0].word.count >= 4
                    && board.clientAttributes.contains(Lemma.of(tokens[$0].word))
            }
            if diminished || echoes { return first.range.lowerBound..<clause.range.upperBound }
        }
        return nil
    }

    /// Words of degree or emphasis that make a self-description a confession ("I do talk too
    /// much", "a bit oversensitive").
    static let degree: Set<String> = [
        "do", "does", "too", "bit", "little", "so", "always", "kind", "kinda", "sort", "probably", "guess",
        "way", "pretty",
    ]

    static func pastForms(_ word: String) -> Bool {
        ["was", "were", "had", "did", "said", "told"].contains(word)
            || (word.hasSuffix("ed") && word.count > 4)
    }

    /// Words between the subject and a bare helper ("it kind of is", "we probably are").
    static let hedges: Set<String> = [
        "kind", "kinda", "of", "sort", "sorta", "probably", "really", "definitely", "totally", "honestly",
        "sometimes", "maybe", "just", "actually", "certainly", "often", "usually", "clearly", "apparently",
    ]
    /// Helpers that can end a clause cut short ("it is", "we are", "I am", "we do").
    static let bareHelpers: Set<String> = ["is", "are", "am", "was", "were", "do", "does", "s", "re", "m"]
    /// What may follow a bare helper ("it is rn lol", "we are sometimes").
    static let fillers: Set<String> = [
        "rn", "lol", "haha", "tbh", "sometimes", "honestly", "too", "though", "tho", "yeah", "a", "bit",
        "little", "now", "today", "lately", "doc", "mate", "really", "right", "at", "times", "ngl", "sadly",
    ]
    /// Verbs of thinking the same ("I wonder that myself").
    static let sameThought: Set<String> = ["wonder", "think", "ask", "feel", "say", "thought", "wondered"]
    /// Content words too common to carry a charge ("every", "same", "time").
    static let common: Set<String> = [
        "every", "same", "time", "times", "days", "week", "month", "really", "much", "more", "here", "there",
        "this", "that", "what", "with", "from", "your", "about", "always", "never", "still", "even", "again",
        "look", "make", "take", "come", "call", "send", "work", "know", "want", "need", "tell", "said",
        "going",
        "case", "cases", "team", "patient", "patients",
    ]
}
