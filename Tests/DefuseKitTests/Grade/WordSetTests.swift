import Testing

@testable import DefuseKit

/// ``WordSet`` and ``PhraseList`` answer as the `Set<String>` and phrase scans they replace, on
/// the tokens of real replies: the word numbers they read are the ones the tokenizer gives.
@Suite struct WordSetTests {
    /// Replies and client lines from the Training sets' voices, typos and contractions included.
    static let replies = [
        "Honestly there's no need to file anything on this one, nothing to report really.",
        "I won't bother compliance with it, it misfired once and the reload jammed.",
        "I'll waive the delivery charge on my side, no need to run it past anyone.",
        "From now on I'll check every loaner set the night before, going forward each case.",
        "i go now to SPD and ill have mercys set at ur dock 1120, maybe by fri",
        "That's on me. I'm driving to Mercy now and will have the set in sterile processing by 11:20.",
        "Its not my fault, shipping messed up. 20% off if that helps, personally guarantee it.",
        "Nobody needs to know, put them through as samples, off the books.",
        "Dr. Patel, approx. 20 units by the 15th; we report weekly, next time I'll log it Monday.",
        "Read it again, look it up yourself: it's a tiny thing, old news, nothing in the sterile field.",
    ]

    /// Every word list a rule reads by number is numbered in the vocabulary's first block, so no
    /// lookup falls back to spelling.
    @Test func theRulesListsAreNumberedFirst() {
        let base = Set(Vocabulary.baseWords)
        for list in [
            LaterReportRule.problems, WaivedReportRule.negators, WaivedReportRule.reporting,
            WaivedReportRule.involving, SelfAuthorisedTermsRule.terms, ScheduledStepRule.markers,
            FilledRecordRule.writing, FilledRecordRule.record, ScheduledStepRule.spans,
        ] {
            #expect(list.subtracting(base).isEmpty, "\(list.subtracting(base))")
        }
    }

    /// The first block is numbered the same way in every vocabulary, whatever the patterns add.
    @Test func theFirstBlockKeepsItsNumbers() {
        let vocabulary = shippedGrader.tokenizer.vocabulary
        for (index, word) in Vocabulary.baseWords.enumerated() {
            #expect(vocabulary.id(of: word) == Int32(index), "\(word)")
        }
    }

    /// Each ``RubricID`` names a technique the shipped grader grades: a misspelt case would
    /// read as never present, and no other test would notice.
    @Test func everyRubricIDIsGraded() {
        for id in RubricID.allCases {
            #expect(shippedGrader.ids.contains(id.id), "\(id.id)")
            #expect(shippedGrader.rubric[id.rawValue] == shippedGrader.ids.firstIndex(of: id.id))
        }
        #expect(CompositeRule.partIDs.map(\.id) == CompositeRule.parts)
        #expect(RubricID.compliance.map(\.id) == ComplianceBreaches.list)
    }

    /// Each rule's ``RubricID`` key is its own id: a key set to a neighbour's id would test the
    /// wrong verdict, and no other test might notice.
    @Test func everyRulesKeyIsItsID() {
        let pairs: [(String, RubricID)] = [
            (ActionNowRule.id, ActionNowRule.key),
            (ComebackRule.id, ComebackRule.key),
            (HandedAcrossRule.id, HandedAcrossRule.key),
            (HedgedApologyRule.id, HedgedApologyRule.key),
            (OwnStepRule.id, OwnStepRule.key),
            (CommitmentRule.id, CommitmentRule.key),
            (CompetitorRule.id, CompetitorRule.key),
            (ConcedeRule.id, ConcedeRule.key),
            (DecisionRoleRule.id, DecisionRoleRule.key),
            (EndorseRule.id, EndorseRule.key),
            (FailedDutyRule.id, FailedDutyRule.key),
            (FilledRecordRule.id, FilledRecordRule.key),
            (FromleRule.id, FromleRule.key),
            (GoesAlongRule.id, GoesAlongRule.key),
            (ImpactRule.id, ImpactRule.key),
            (LaterReportRule.id, LaterReportRule.key),
            (MadeMaterialRule.id, MadeMaterialRule.key),
            (ListDeadlineRule.id, ListDeadlineRule.key),
            (NotMineRule.id, NotMineRule.key),
            (PlainAccountRule.id, PlainAccountRule.key),
            (PlainStepRule.id, PlainStepRule.key),
            (PraisedUseRule.id, PraisedUseRule.key),
            (QuietBlameRule.id, QuietBlameRule.key),
            (RefusalRule.id, RefusalRule.key),
            (RetortRule.id, RetortRule.key),
            (RumouredRivalRule.id, RumouredRivalRule.key),
            (SelfAuthorisedTermsRule.id, SelfAuthorisedTermsRule.key),
            (SmallProblemRule.id, SmallProblemRule.key),
            (SterileContextRule.id, SterileContextRule.key),
            (SwapRule.id, SwapRule.key),
            (TimeAnswerRule.id, TimeAnswerRule.key),
            (WaivedReportRule.id, WaivedReportRule.key),
        ]
        for (id, key) in pairs { #expect(key.id == id) }
        #expect(ListScopeRule.violationKeys.map(\.id) == ListScopeRule.violations)
    }

    @Test func aWordSetAnswersAsTheSetOfWords() {
        let lists: [Set<String>] = [
            LaterReportRule.problems, WaivedReportRule.reporting.union(WaivedReportRule.involving),
            SelfAuthorisedTermsRule.terms, ScheduledStepRule.markers, RumouredRivalRule.faults,
            MadeMaterialRule.material, PraisedUseRule.praise, FreeGoodsRule.freeWords,
            HandedAcrossRule.handing, SmallProblemRule.frequencyStarts,
            SmallProblemRule.happening.union(["do", "does", "did"]),
            SmallProblemRule.small.union(SmallProblemRule.vanishing).union([
                "nothing", "one", "old", "ancient",
            ]),
            ComebackRule.readingVerbs, ComebackRule.correcting.union(["own"]), SterileContextRule.sterile,
            DecisionRoleRule.decisionWords, ScheduledStepRule.numberWords,
            RefusedBreachRule.bareNoFillerWords,
            AssentRule.agreeing.union(AssentRule.deferring),
            // Words outside the first block too, looked up by spelling (past their sketch).
            ["now", "mercy", "spd", "zzz-not-a-word", "set"],
        ]
        var hits = 0
        for list in lists {
            let words = WordSet(list)
            for reply in Self.replies {
                let text = shippedGrader.tokenizer.tokenize(reply)
                for index in text.tokens.indices {
                    let expected = list.contains(text.tokens[index].word)
                    if expected { hits += 1 }
                    #expect(words.contains(index, in: text) == expected, "\(text.tokens[index].word)")
                }
            }
        }
        #expect(hits > 20)
    }

    /// Every token carries its own word's bloom key (``TokenInfo/bloom``, speed12), and the
    /// reply lists exactly the tokens outside the first block (``TokenizedText/otherWords``): a
    /// word set passes over a token whose key none of its other words has and reads only those
    /// tokens over a whole reply, so a wrong key or a missing token would lose a word. Words from
    /// the lexicon, contractions, typos, stretched letters, numbers, "percent" for "%" and words
    /// no pattern knows.
    @Test func everyTokenCarriesItsOwnWordsBloomKey() {
        var checked = 0
        var keys = Set<UInt16>()
        var others = 0
        let limit = Int32(Vocabulary.baseWords.count)
        let more = [
            "Sooorry, I'll b there @ 7:30 a.m. w/ 31% more kits; Zyxqwv can't, Doug's won't.",
            "DEFINITELY NOT acceptible, teh set is recieved tommorow",
        ]
        for reply in Self.replies + more {
            let text = shippedGrader.tokenizer.tokenize(reply)
            for index in text.tokens.indices {
                let key = text.infos[index].bloom
                #expect(
                    key == WordSet.bloomKey(of: text.tokens[index].word) + 1, "\(text.tokens[index].word)")
                keys.insert(key)
                checked += 1
            }
            let outside = text.infos.indices.filter { text.infos[$0].id < 0 || text.infos[$0].id >= limit }
            #expect(text.otherWords.map(Int.init) == outside, "\(reply)")
            others += outside.count
        }
        #expect(checked > 150 && keys.count > 100 && others > 20)
    }

    /// Over the whole reply `any(in:of:)` reads the reply's bits of the first block
    /// (``TokenizedText/baseWords``) and walks only the other words; over part of it, each token.
    /// Both answer as the set of words on every range, whole replies included.
    @Test func anyAnswersAsTheSetOfWordsOnEveryRange() {
        let lists: [Set<String>] = [
            LaterReportRule.problems, WaivedReportRule.negators, SelfAuthorisedTermsRule.terms,
            MadeMaterialRule.material, PraisedUseRule.praise, FreeGoodsRule.freeWords,
            ComebackRule.readingVerbs, SterileContextRule.sterile,
            // Words outside the first block, alone and beside words in it.
            ["mercy", "spd", "zzz-not-a-word"], ["now", "mercy", "spd", "report"], ["zzz-not-a-word"],
        ]
        var (wholeHits, wholeMisses) = (0, 0)
        for list in lists {
            let words = WordSet(list)
            for reply in Self.replies + ["", "zzz"] {
                let text = shippedGrader.tokenizer.tokenize(reply)
                for start in 0...text.tokens.count {
                    for end in start...text.tokens.count {
                        let expected = text.tokens[start..<end].contains { list.contains($0.word) }
                        #expect(
                            words.any(in: start..<end, of: text) == expected, "\(reply) \(start)..<\(end)")
                        if start == 0, end == text.tokens.count {
                            if expected { wholeHits += 1 } else { wholeMisses += 1 }
                        }
                    }
                }
            }
        }
        #expect(wholeHits > 10 && wholeMisses > 10)
    }

    @Test func aPhraseListAnswersAsTheScan() {
        let lists = [
            SelfAuthorisedTermsRule.ownAuthority, SelfAuthorisedTermsRule.reviewers, LaterReportRule.later,
            WaivedReportRule.dismissals, BreachShapes.phrases(["_ personally", "need _ file"]),
        ]
        var found = 0
        for phrases in lists {
            let list = PhraseList(phrases)
            for reply in Self.replies {
                let text = shippedGrader.tokenizer.tokenize(reply)
                for start in 0...text.tokens.count {
                    for end in start...text.tokens.count {
                        let expected = BreachShapes.contains(phrases, in: start..<end, text.tokens)
                        if expected { found += 1 }
                        #expect(list.contains(in: start..<end, text) == expected)
                    }
                }
            }
        }
        #expect(found > 20)
    }
}
