import Testing

@testable import DefuseKit

/// The tokenizer and spelling rules: contractions with and without apostrophes, curly quotes,
/// shorthand, stretched letters, typos, and sentence/clause boundaries.
@Suite struct NormalisationTests {
    let tokenizer = Tokenizer(
        spelling: Spelling(typos: Spelling.typos(for: ["apologize", "thanks", "sorry"])))

    func words(_ text: String) -> [String] { tokenizer.tokenize(text).tokens.map(\.word) }

    @Test(arguments: [
        ("I'm", ["i", "am"]), ("I’m", ["i", "am"]), ("im", ["i", "am"]), ("ill", ["i", "will"]),
        ("I'll", ["i", "will"]), ("dont", ["do", "not"]), ("won't", ["will", "not"]),
        ("wont", ["will", "not"]),
        ("youre", ["you", "are"]), ("it's", ["it", "is"]), ("thats", ["that", "is"]),
        ("we're", ["we", "are"]),
        ("were", ["were"]), ("can't", ["can", "not"]), ("u", ["you"]), ("thx", ["thanks"]),
        ("tmrw", ["tomorrow"]), ("thurs", ["thursday"]), ("weds", ["wednesday"]),
        ("sat", ["sat"]), ("wed", ["wed"]),
        ("doesnae", ["does", "not"]), ("cannae", ["can", "not"]),
        // "not gonna lie" means "honestly": it negates nothing after it (stop 39).
        ("ngl", ["honestly"]),
        ("sorrrry", ["sorry"]), ("apologise", ["apologize"]), ("Dr. Hahn's", ["doctor", "hahn"]),
    ])
    func normalises(_ typed: String, _ expected: [String]) {
        #expect(words(typed) == expected)
    }

    @Test func modalOfMeansHave() {
        #expect(words("should of called") == ["should", "have", "called"])
        #expect(words("a box of screws") == ["a", "box", "of", "screws"])
    }

    @Test func typosFromTheVocabulary() {
        #expect(words("apologze thnaks") == ["apologize", "thanks"])
    }

    @Test func aTypoTwoWordsShareGoesToTheSameWordEveryTime() {
        // "planned" and "planner" both drop their last letter to "planne": the first in sorted
        // order keeps it, however the set happens to be laid out.
        let words = ["planner", "planned", "sorry", "because"]
        var small = Set<String>()
        for word in words { small.insert(word) }
        var large = Set<String>(minimumCapacity: 1024)
        for word in words.reversed() { large.insert(word) }
        let first = Spelling.typos(for: small)
        #expect(first["planne"] == "planned")
        #expect(Spelling.typos(for: large) == first)
        // Non-ASCII letters take the slower path and still give typos.
        #expect(Spelling.typos(for: ["entrée", "sorry"])["entre"] == "entrée")
    }

    @Test func timesAndNumbersStayWhole() {
        #expect(
            words("by 7:30 or 3.5 mm, 1,200 units") == ["by", "7:30", "or", "3.5", "mm", "1,200", "units"])
    }

    @Test func sentencesAndClauses() {
        let tokens = tokenizer.tokenize("Sorry, late. ok… fine! yes").tokens
        #expect(tokens.map(\.sentence) == [0, 0, 1, 2, 3])
        #expect(tokens[0].clause != tokens[1].clause)
        #expect(tokens.map(\.startsSentence) == [true, false, true, true, true])
    }

    @Test func quotesTheTypedText() {
        let text = tokenizer.tokenize("Well, I’ll fix it")
        #expect(text.quote(1..<4) == "I’ll fix")
    }
}
