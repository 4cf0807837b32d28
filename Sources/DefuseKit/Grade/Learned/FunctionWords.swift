/// The words that cannot carry a learned verdict by themselves: the closed classes of English
/// (pronouns, determiners, helpers and modals, prepositions, joiners), laughter and fillers, and
/// the bare words of assent. A word or a pair of these alone ("up", "it up", "that", "am",
/// "I'll", "ok") shows nothing a trainer could read as the technique, so a verdict the learned
/// layer adds must also rest on a word outside this list or on structure: the clause reader's
/// facts, the client's line, the rules' own verdicts (Docs/techniques.md, "The learned layer").
///
/// Left out on purpose: negations ("not", "never"), which carry refusals and denials; "mine" and
/// "myself" ("those errors are mine", "I'll swap them myself"); "by" and "at", the markers of a
/// deadline or a time ("by Friday", "at 11:40").
enum FunctionWords {
    static let list: Set<String> = Set(
        """
        a an the this that these those there here it its is am are was were be been being \
        of in on for with from up down out over off about into onto through than as \
        and or but so then to just too very really do does did has have had get got \
        all any some more most thing things one \
        i me my we us our ours you your yours he him his she her they them their theirs \
        who whom which what when where why how \
        will would shall should can could may might must gonna going need let lets \
        ha haha hah heh hehe lol lmao um uh hmm oh well honestly ok okay yes yeah yep sure
        """.split(separator: " ").map(String.init))

    /// Whether a feature carries meaning: a word outside the list, a pair with at least one such
    /// word, or a fact of structure (`c:`, `client:`, `rule:`, and `o:`, an opening word read
    /// against the client's line).
    static func carriesMeaning(_ feature: LearnedFeature) -> Bool {
        switch feature.kind.description {
        case "w:": !list.contains(feature.first)
        case "b:": (feature.first != "<s>" && !list.contains(feature.first)) || !list.contains(feature.second)
        default: true
        }
    }

    /// Whether a feature is words of the reply that mean something by themselves: a word
    /// outside the list, a pair with one, or an opening word outside it (`o:ID WORD`). The ids
    /// read against the client's line need one: "honestly, my english is better" after a jab
    /// is not agreeing with it on "honestly" and the jab alone.
    static func isContent(name: String) -> Bool {
        if name.hasPrefix("o:"), let space = name.firstIndex(of: " ") {
            return !list.contains(String(name[name.index(after: space)...]))
        }
        return (name.hasPrefix("w:") || name.hasPrefix("b:")) && carriesMeaning(name: name)
    }

    /// Negations: they carry refusals and denials, so they stay outside ``list``, but a negation
    /// alone does not answer back ("That's not a use the balloon is approved for" is a limit).
    static let negations: Set<String> = ["not", "never", "no", "nothing", "nobody", "none", "nor", "cannot"]

    /// Words that only say who is spoken to ("Dr. Lindqvist", "mate"): naming the client shows
    /// nothing about what the reply does to them.
    static let address: Set<String> = [
        "doctor", "doc", "dr", "mate", "sir", "madam", "maam", "buddy", "pal", "dude",
    ]

    /// Whether a feature's name shows what the reply says in words of its own: a word, a pair or
    /// an opening word outside ``list``, ``negations`` and ``address``. `argues-back` is added only
    /// on such a word or on a clause that tells the client what they do (``LearnedModel/answersBack``).
    static func isOwnWord(name: String) -> Bool {
        func own<Words: StringProtocol>(_ word: Words) -> Bool {
            let word = String(word)
            return !list.contains(word) && !negations.contains(word) && !address.contains(word)
        }
        if name.hasPrefix("w:") { return own(name.dropFirst(2)) }
        guard name.hasPrefix("o:") || name.hasPrefix("b:"), let space = name.firstIndex(of: " ") else {
            return false
        }
        let second = name[name.index(after: space)...]
        if name.hasPrefix("o:") { return own(second) }
        let first = name[name.index(name.startIndex, offsetBy: 2)..<space]
        return (first != "<s>" && own(first)) || own(second)
    }

    /// Words of assent and laughter. Read early in a reply against the client's line (`o:` features)
    /// they are what the rubric's settled cases turn on: a bare "ok" after a demand the rep should
    /// refuse gives in, "yeah, fair" or "lol probably" after an insult agrees with it.
    static let cues: Set<String> = [
        "ok", "okay", "yes", "yeah", "yep", "sure", "lol", "lmao", "ha", "haha", "hah", "heh", "hehe",
    ]

    /// Whether a feature may be a reason for a verdict the learned layer adds
    /// (``LearnedModel/reasons(_:column:width:weights:)``): it carries meaning (``carriesMeaning(name:)``),
    /// it is not a name the client is called by ("doctor": ``address``), and an opening word read
    /// against the client's line is outside the list or a word of assent or laughter (``cues``):
    /// "is" or "I" early after a demand says nothing, "yeah" early after an insult does.
    static func isReason(name: String) -> Bool {
        guard carriesMeaning(name: name) else { return false }
        if name.hasPrefix("w:") { return !address.contains(String(name.dropFirst(2))) }
        if name.hasPrefix("o:"), let space = name.firstIndex(of: " ") {
            let word = String(name[name.index(after: space)...])
            return !list.contains(word) || cues.contains(word)
        }
        return true
    }

    /// The same for a feature's name (`w:sorry`, `b:my fault`, `c:me+future`).
    static func carriesMeaning(name: String) -> Bool {
        if name.hasPrefix("w:") { return !list.contains(String(name.dropFirst(2))) }
        guard name.hasPrefix("b:"), let space = name.firstIndex(of: " ") else { return true }
        let first = String(name[name.index(name.startIndex, offsetBy: 2)..<space])
        let second = String(name[name.index(after: space)...])
        return (first != "<s>" && !list.contains(first)) || !list.contains(second)
    }
}
