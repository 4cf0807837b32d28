/// `blame-shifting` said as whose the limit is: the rep refuses, or reports a loss, and puts the
/// decision on someone else, as if the rep would have done it otherwise. "If it were up to me
/// it'd be done", "compliance won't let me", "pricing tied my hands at 12", "my hands are tied",
/// "the limits you set made it impossible". A limit the rep states as their own ("I can't, it's
/// against the Code") is `boundary-setting`; the same limit disowned puts the refusal on a party,
/// and the labelled sets read it as blame every time they meet it (37 of 37 replies in
/// `Training/learned` with "if it were up to me", "won't let me" or "tied my hands", stop 46).
///
/// Four shapes, read from the clause reader and not from any party's name, so "legal", "head
/// office", "the pricing desk" or "AdvaMed" all count:
/// - the counterfactual "if it were up to me", "if it was my call", "if it were down to me";
/// - the rep's hands tied: "my hands are tied", "has my hands tied", "tied my hands";
/// - a clause whose subject is not the rep (nor the client, whose "you won't let me finish"
///   is a complaint, not a cause) with "let" negated and the rep as its object: "compliance
///   won't let me", "pricing wouldn't let me go past 9", "AdvaMed won't let us";
/// - such a clause that made it impossible, forced the rep or left the rep no choice.
///
/// Not in a question or quoted words, and not "won't let you down", "won't let me keep you".
struct HandsTiedRule: GradingRule {
    static let id = "blame-shifting"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.blameShifting

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), !board.opensWithReframe else { return }
        let tokens = board.text.tokens
        // Leave early: none of the shapes' key words in the reply.
        guard Self.keys.any(in: tokens.indices, of: board.text) else { return }
        for clause in board.clauses where !clause.question {
            guard !tokens[clause.range].allSatisfy(\.quoted),
                let (range, what) = Self.disowns(clause, tokens)
            else { continue }
            board.add(Self.id, quoting: range, rule: what) {
                "puts the decision on someone else: “\($0)”"
            }
            return
        }
    }

    /// The words of `clause` that disown the limit, and which shape they are, if any.
    static func disowns(_ clause: Clause, _ tokens: [Token]) -> (Range<Int>, String)? {
        let range = clause.range
        func word(_ index: Int) -> String { range.contains(index) ? tokens[index].word : "" }
        for index in range {
            switch tokens[index].word {
            case "if":
                // "if it were up to me", "if it was my call", "if it were down to me".
                guard ["it", "that", "this"].contains(word(index + 1)),
                    ["were", "was", "s", "is"].contains(word(index + 2))
                else { continue }
                let rest = (word(index + 3), word(index + 4), word(index + 5))
                let upToMe = ["up", "down"].contains(rest.0) && rest.1 == "to" && rest.2 == "me"
                let myCall = rest.0 == "my" && ["call", "decision", "choice", "rule"].contains(rest.1)
                guard upToMe || myCall else { continue }
                let end = min(range.upperBound, index + (upToMe ? 6 : 5))
                return (index..<end, "the decision put on someone else (“if it were up to me”)")
            case "hands":
                // "my hands are tied", "has my hands tied", "tied my hands".
                guard index > range.lowerBound, ["my", "our"].contains(tokens[index - 1].word) else {
                    continue
                }
                let tiedAfter =
                    word(index + 1) == "tied"
                    || (["are", "were", "re"].contains(word(index + 1))
                        && word(index + 2) == "tied")
                let tiedBefore =
                    index >= range.lowerBound + 2
                    && ["tied", "ties", "tie", "tying"].contains(tokens[index - 2].word)
                guard tiedAfter || tiedBefore else { continue }
                let start = tiedBefore ? index - 2 : index - 1
                let end = min(range.upperBound, index + (word(index + 1) == "tied" ? 2 : 3))
                return (start..<end, "the rep's hands tied by someone else")
            case "let":
                guard clause.negation != nil, ![.me, .we, .you, .none].contains(clause.subject),
                    ["me", "us"].contains(word(index + 1)), !Self.notALimit.contains(word(index + 2))
                else { continue }
                return (
                    min(clause.subjectRange.lowerBound, index)..<min(range.upperBound, index + 2),
                    "someone else does not let the rep"
                )
            case "impossible", "forced", "choice":
                guard ![.me, .we, .none].contains(clause.subject) else { continue }
                let shaped: Bool
                switch tokens[index].word {
                case "impossible":
                    shaped = ["made", "makes", "make"].contains(word(index - 2)) && word(index - 1) == "it"
                case "forced":
                    shaped = ["me", "us", "my", "our"].contains(word(index + 1))
                default:
                    shaped =
                        word(index - 1) == "no" && ["me", "us"].contains(word(index - 2))
                        && ["left", "leaves", "gave", "gives"].contains(word(index - 3))
                }
                guard shaped, clause.negation == nil, !clause.conditional else { continue }
                return (
                    min(clause.subjectRange.lowerBound, index)..<(index + 1),
                    "someone else left the rep no way"
                )
            default:
                continue
            }
        }
        return nil
    }

    /// Words after "won't let me/us" that make it no limit: "won't let you down", "won't let me
    /// keep you", "won't let us forget it".
    static let notALimit: Set<String> = ["down", "keep", "hold", "forget", "waste", "know"]

    static let keys = WordSet(["if", "hands", "let", "impossible", "forced", "choice"])
}
