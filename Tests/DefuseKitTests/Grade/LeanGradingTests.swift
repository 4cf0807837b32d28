import Testing

@testable import DefuseKit

/// `grade(_:client:reasons: .omitted)` is the batch form's fast path: the same verdicts and
/// evidence words, with the explanations and rule labels left out.
@Suite struct LeanGradingTests {
    static let replies: [(String, String?)] = [
        ("I'm so sorry, that one is on me. I'll have the right tray in your OR by 11:30.", nil),
        ("Sorry, but the warehouse mixed it up, not us.", "Where is my tray?"),
        ("I'm not sorry. Calm down, it's one tray.", nil),
        (
            "From my limited experience, you people always send the wrong tray.",
            "You people always send the wrong tray."
        ),
        ("Thanks for flagging it; from now on I'll check every tray the night before.", nil),
        (
            "I need us to keep this respectful, doctor. If that can't happen I'll step away.",
            "Get me a male rep."
        ),
        ("whatever u want doc", nil),
    ]

    @Test(arguments: replies)
    func sameVerdictsAndWordsWithoutExplanations(_ reply: String, _ client: String?) {
        let full = shippedGrader.grade(reply, client: client)
        let lean = shippedGrader.grade(reply, client: client, reasons: .omitted)
        #expect(lean.all.map(\.id) == full.all.map(\.id))
        #expect(lean.detected == full.detected)
        for (leanVerdict, fullVerdict) in zip(lean.all, full.all) {
            #expect(
                leanVerdict.evidence.map(\.words) == fullVerdict.evidence.map(\.words), "\(fullVerdict.id)")
            #expect(leanVerdict.fraction == fullVerdict.fraction, "\(fullVerdict.id)")
            #expect(leanVerdict.explanation == nil, "\(fullVerdict.id)")
            #expect(leanVerdict.evidence.allSatisfy { $0.rule == nil }, "\(fullVerdict.id)")
        }
        // The full form does explain: every verdict says why.
        #expect(full.all.allSatisfy { $0.explanation?.isEmpty == false })
    }

    /// The batch form reads the verdicts where the grader left them: the same presence and
    /// evidence words as the `Grade` built from them, technique by technique.
    @Test(arguments: replies)
    func verdictsInPlaceMatchTheGrade(_ reply: String, _ client: String?) {
        let lean = shippedGrader.grade(reply, client: client, reasons: .omitted)
        let read = shippedGrader.withVerdicts(reply, client: client) { verdicts in
            (0..<verdicts.count).map { (verdicts.isPresent($0), verdicts.evidence($0).map(\.words)) }
        }
        #expect(read.count == lean.all.count)
        for (inPlace, verdict) in zip(read, lean.all) {
            #expect(inPlace.0 == verdict.present, "\(verdict.id)")
            #expect(inPlace.1 == verdict.evidence.map(\.words), "\(verdict.id)")
        }
        #expect(read.filter(\.0).count == lean.detected.count)
    }
}

/// The byte-keyed table the tokenizer looks typed words up in.
@Suite struct LexiconTests {
    func entry(_ lexicon: Lexicon, _ word: String) -> [String]? {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { lexicon.entry(for: $0) }.map { lexicon.words(of: $0) }
    }

    @Test func findsEveryFormAndNothingElse() {
        var forms: [String: [String]] = [:]
        for index in 0..<500 { forms["w\(index)"] = ["word\(index)"] }
        forms["im"] = ["i", "am"]
        let lexicon = Lexicon(forms) { _ in TokenInfo(id: -1, sentence: 0, flags: 0, prefixes: 0) }
        for (form, words) in forms { #expect(entry(lexicon, form) == words) }
        #expect(entry(lexicon, "w500") == nil)
        #expect(entry(lexicon, "i") == nil)
        #expect(entry(lexicon, "imm") == nil)
        #expect(entry(lexicon, "") == nil)
    }

    @Test func emptyLexiconFindsNothing() {
        let lexicon = Lexicon([:]) { _ in TokenInfo(id: -1, sentence: 0, flags: 0, prefixes: 0) }
        #expect(entry(lexicon, "sorry") == nil)
    }
}
