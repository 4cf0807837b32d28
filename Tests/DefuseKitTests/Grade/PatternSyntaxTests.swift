import Testing

@testable import DefuseKit

/// The pattern syntax of `Docs/techniques.md`: what parses, what each piece matches, and the
/// messages for what does not parse.
@Suite struct PatternSyntaxTests {
    let parser = PatternParser(spelling: Spelling())

    func matches(_ pattern: String, _ reply: String) throws -> [String] {
        let compiled = try parser.parse(pattern).get()
        let vocabulary = Vocabulary([compiled])
        let text = Tokenizer(spelling: Spelling(), vocabulary: vocabulary).tokenize(reply)
        return PatternSet([compiled], vocabulary: vocabulary).matches(in: text).map { text.quote($0.range) }
    }

    @Test func wordsChoicesAndOptionals() throws {
        #expect(try matches("i'm (so|really)? sorry", "Im really sorry") == ["Im really sorry"])
        #expect(try matches("i'm (so|really)? sorry", "I am sorry") == ["I am sorry"])
        #expect(try matches("(take care|fix) of|it", "I'll fix it") == ["fix it"])
        #expect(try matches("apolog*", "my apologies") == ["apologies"])
    }

    @Test func gapsStayInsideTheSentence() throws {
        #expect(
            try matches("i will ... by <clock>", "I'll have it there by 11:30") == [
                "I'll have it there by 11:30"
            ])
        #expect(try matches("i will ... by <clock>", "I'll have it. By 11:30").isEmpty)
    }

    /// A run of `(_)?` takes as many words as lets the rest match, most first; never a negation,
    /// never past the sentence (the matcher tries the run as one piece).
    @Test func optionalAnyWordRuns() throws {
        let pattern = "not (_)? (_)? (_)? (give|offer)"
        #expect(try matches(pattern, "I can not give it") == ["not give"])
        #expect(try matches(pattern, "I can not really just give it") == ["not really just give"])
        #expect(try matches(pattern, "not going to be able to give").isEmpty)
        #expect(try matches(pattern, "not going, never give").isEmpty)
        #expect(try matches(pattern, "not yet. Give").isEmpty)
        #expect(try matches("sorry (_)? (_)?", "sorry about that") == ["sorry about that"])
        #expect(try matches("sorry (_)? (_)?", "sorry about. That") == ["sorry about"])
        #expect(try matches("sorry (_)? (_)? it", "sorry it is it") == ["sorry it is it"])
        #expect(try matches("sorry (_)? (_)? it", "sorry it is") == ["sorry it"])
    }

    @Test func wordClasses() throws {
        #expect(try matches("in <num> minutes", "in 10 minutes") == ["in 10 minutes"])
        #expect(try matches("by <hour>", "by 5") == ["by 5"])
        #expect(try matches("by <hour>", "by 1200").isEmpty)
        #expect(try matches("<clock>", "at 3pm or noon") == ["3pm", "noon"])
    }

    @Test func sentenceStart() throws {
        #expect(try matches("^ relax", "Relax. It is fine") == ["Relax"])
        #expect(try matches("^ relax", "please relax").isEmpty)
    }

    /// `$`: the reply ends, or the next word starts a new sentence ("I'll go." is leaving; "I'll
    /// go get the tray" is not).
    @Test func sentenceEnd() throws {
        #expect(try matches("i will go $", "Yes sir, I'll go. My manager will call.") == ["I'll go"])
        #expect(try matches("i will go $", "I will go") == ["I will go"])
        #expect(try matches("i will go $", "I'll go get the tray.").isEmpty)
        #expect(try matches("i will go $", "I'll go, then call you.").isEmpty)
    }

    @Test(arguments: [
        ("", "empty"), ("(sorry|", "no matching"), ("... sorry", "start with"), ("sorry ...", "end with"),
        ("sorry <time>", "unknown word class"), ("so(rry", "brackets"), ("(a||b)", "empty choice"),
        ("a*b* x", "*"),
        ("sorry?", "not optional"), ("hi ^ there", "'^'"), ("$ hi there", "'$'"),
        ("(hi|$) there", "inside brackets"),
    ])
    func rejects(_ pattern: String, _ message: String) {
        switch parser.parse(pattern) {
        case .success: Issue.record("'\(pattern)' should not parse")
        case .failure(let failure): #expect(failure.message.contains(message), "\(failure.message)")
        }
    }
}
