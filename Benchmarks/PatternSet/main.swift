import Foundation

/// PatternSet benchmark harness: every phrase list of the shipped technique files as its own
/// PatternSet (as the grader compiles them), every reply tokenized once, then `matches(in:)`
/// for every set over every reply, `rounds` times. Only `runMatches` is counted by callgrind.
@main struct Bench {
    static func main() throws {
        let args = CommandLine.arguments
        let patternLines = try String(contentsOfFile: args[1], encoding: .utf8).split(separator: "\n")
        let replies = try String(contentsOfFile: args[2], encoding: .utf8).split(separator: "\n").map(String.init)
        let rounds = Int(args[3]) ?? 1
        let parser = PatternParser(spelling: Spelling())
        var groups: [[Pattern]] = []
        for line in patternLines {
            if line.hasPrefix("## ") { groups.append([]); continue }
            if case .success(let pattern) = parser.parse(String(line)) { groups[groups.count - 1].append(pattern) }
        }
        let vocabulary = Vocabulary(groups.flatMap { $0 })
        let sets = groups.map { PatternSet($0, vocabulary: vocabulary) }
        let tokenizer = Tokenizer(spelling: Spelling(), vocabulary: vocabulary)
        let texts = replies.map { tokenizer.tokenize($0) }
        var total = 0
        var checksum = 0
        for _ in 0..<rounds {
            let (count, sum) = runMatches(sets, texts)
            total += count
            checksum &+= sum
        }
        print("patterns \(groups.reduce(0) { $0 + $1.count }) sets \(sets.count) replies \(texts.count) matches \(total) checksum \(checksum)")
    }

    @inline(never)
    static func runMatches(_ sets: [PatternSet], _ texts: [TokenizedText]) -> (Int, Int) {
        var count = 0
        var sum = 0
        for text in texts {
            for (number, set) in sets.enumerated() {
                for match in set.matches(in: text) {
                    count += 1
                    sum &+= (match.index &* 31 &+ match.range.lowerBound &* 7 &+ match.range.upperBound) &* (number + 1)
                }
            }
        }
        return (count, sum)
    }
}
