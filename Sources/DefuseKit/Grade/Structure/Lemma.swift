/// A verb's plain form, as far as its spelling tells: "said" → "say", "looking" → "look",
/// "stepping" → "step", "gives" → "give". Enough to tell that two words name the same act; it
/// is not a dictionary, and a word it cannot read comes back as it is.
enum Lemma {
    static func of(_ word: String) -> String {
        if let plain = irregular[word] { return plain }
        for suffix in ["ing", "ed", "es", "s"] where word.hasSuffix(suffix) && word.count > suffix.count + 2 {
            var stem = Array(word.dropLast(suffix.count))
            if suffix == "s" { return String(stem) }
            if suffix == "es" {
                let sibilant =
                    String(stem).hasSuffix("sh") || String(stem).hasSuffix("ch") || stem.last == "x"
                return String(stem) + (sibilant ? "" : "e")
            }
            // "stepping" → "step", "planned" → "plan".
            if stem.count >= 3, stem[stem.count - 1] == stem[stem.count - 2],
                !"aeiouls".contains(stem[stem.count - 1])
            {
                stem.removeLast()
                return String(stem)
            }
            // "giving" → "give", "moved" → "move": a short stem ending consonant, vowel, consonant.
            if stem.count >= 3, stem.count <= 4, !vowels.contains(stem[stem.count - 1]),
                !"wxy".contains(stem[stem.count - 1]), vowels.contains(stem[stem.count - 2]),
                !vowels.contains(stem[stem.count - 3])
            {
                return String(stem) + "e"
            }
            return String(stem)
        }
        return word
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    static let irregular: [String: String] = [
        "said": "say", "says": "say", "told": "tell", "gave": "give", "given": "give", "made": "make",
        "saw": "see", "seen": "see", "did": "do", "done": "do", "does": "do", "went": "go", "gone": "go",
        "goes": "go", "got": "get", "gotten": "get", "sent": "send", "took": "take", "taken": "take",
        "thought": "think", "brought": "bring", "left": "leave", "kept": "keep", "meant": "mean",
        "knew": "know", "known": "know", "wrote": "write", "written": "write", "spoke": "speak",
        "spoken": "speak", "threw": "throw", "thrown": "throw", "paid": "pay", "sold": "sell",
        "stood": "stand", "heard": "hear", "was": "be", "were": "be", "is": "be", "are": "be", "am": "be",
        "been": "be", "had": "have", "has": "have", "being": "be", "using": "use",
    ]
}
