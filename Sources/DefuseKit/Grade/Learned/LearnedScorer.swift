import Foundation

/// The learned layer's weights bound to one grader's ids and laid out for the grading path.
///
/// ``LearnedModel/apply(to:)`` names every feature of a reply (``LearnedFeature``), which costs
/// strings and a hash per feature; almost every reply ends with the layer changing nothing. The
/// scorer sums the same weights from tables built once per grader, with no allocation and no
/// string built: a typed word is found by the id the tokenizer gave it (or its bytes), a pair by the two
/// words' numbers, the rules' verdicts, the client's line and the clause facts by position. Only
/// when some verdict would change does the model decide, from these sums and with the rules of
/// ``LearnedModel/decide(on:columns:probability:rows:)``, so the verdicts, their evidence and
/// explanations are the model's own, whichever path found them.
///
/// A class: the grader holds it, and grading reads it without copying (and retaining) its tables.
final class LearnedScorer: Sendable {
    let model: LearnedModel
    /// The number of each word of the grader's vocabulary among the model's words (-1: none):
    /// most typed words are found by the id the tokenizer already gave them.
    private let byVocabulary: [Int32]
    /// The model's words outside the grader's vocabulary, found by their bytes, and their numbers.
    private let others: ByteTable
    private let otherNumbers: [Int32]
    /// Row of `w:WORD` by the word's number (0: the model has no such row; row 0 is the bias).
    private let wordRows: [Int32]
    /// Rows of `b:FIRST SECOND` by ``pairKey(_:_:)``, and of `o:ID WORD` by the same key with
    /// `-2 - position of ID` as the first word (``openingKey(_:_:)``).
    private let pairRows: PairRows
    /// Rows of `rule:ID` by the grader's position of ID.
    private let ruleRows: [Int32]
    /// Rows of `client:ID` and its suffixes, ``clientSuffixes``.count per grader position.
    private let clientRows: [Int32]
    /// Rows of `c:SUBJECT` and its aspects, ``aspects`` per subject (see ``subjectIndex(_:)``).
    private let clauseRows: [Int32]
    private let shortRow: Int32
    private let questionRow: Int32
    private let assentRow: Int32
    /// The grader position of each of the model's columns, -1 when the grader lacks the id.
    private let positions: [Int]
    /// Each id's add and withdraw thresholds (``LearnedModel/adds``) as logits, a hair looser
    /// so that rounding can only send a reply to the full model, never keep it from it.
    private let addLogits: [Double]
    private let removeLogits: [Double]
    /// The columns whose thresholds can change a verdict: an id held back (add above 1, remove
    /// below 0) is never summed on the grading path.
    private let live: [Int]
    /// The weights of the ``live`` columns only, row by row, sixteen columns to a block
    /// (``liveBlocks`` blocks a row, the last padded with zeros; row 0 is the bias): a feature's
    /// row is added a block at a time as vectors, instead of a column number read and a weight
    /// fetched from the model's wider row for each column (~140 instructions a row, ~45 rows a
    /// reply). Each column still gets its features' weights one by one in the same order, so
    /// the sums are the same to the last bit; the padding lanes are never read.
    private let liveWeights: [SIMD16<Double>]
    private let liveBlocks: Int

    static let clientSuffixes = ["", "+short", "+assent", "+question", "+negated", "+you", "+casual"]
    static let aspectSuffixes = [
        "", "+negated", "+future", "+perfect", "+progressive", "+conditional", "+ability",
    ]
    static var aspects: Int { aspectSuffixes.count }
    static let subjects: [Clause.Subject] = [.me, .we, .you, .yourSide, .party, .other, .none]

    init(model: LearnedModel, ids: [String], vocabulary: Vocabulary) {
        self.model = model
        func row(_ name: String) -> Int32 { model.rows[LearnedFeature.key(of: name)] ?? 0 }
        var wordList: [String] = []
        var wordNumbers: [String: Int32] = [:]
        func number(_ word: String) -> Int32 {
            if let known = wordNumbers[word] { return known }
            wordNumbers[word] = Int32(wordList.count)
            wordList.append(word)
            return Int32(wordList.count - 1)
        }
        var wordRows: [Int32] = []
        var pairs: [(UInt64, Int32)] = []
        for (index, name) in model.names.enumerated() where index > 0 {
            if name.hasPrefix("w:") {
                let word = number(String(name.dropFirst(2)))
                if Int(word) >= wordRows.count {
                    wordRows += [Int32](repeating: 0, count: Int(word) + 1 - wordRows.count)
                }
                wordRows[Int(word)] = Int32(index)
            } else if name.hasPrefix("b:"), let space = name.firstIndex(of: " ") {
                let first = String(name[name.index(name.startIndex, offsetBy: 2)..<space])
                let second = number(String(name[name.index(after: space)...]))
                pairs.append((Self.pairKey(first == "<s>" ? -1 : number(first), second), Int32(index)))
            } else if name.hasPrefix("o:"), let space = name.firstIndex(of: " "),
                let position = ids.firstIndex(
                    of: String(name[name.index(name.startIndex, offsetBy: 2)..<space]))
            {
                let word = number(String(name[name.index(after: space)...]))
                pairs.append((Self.openingKey(position, word), Int32(index)))
            }
        }
        wordRows += [Int32](repeating: 0, count: wordList.count - wordRows.count)
        var byVocabulary = [Int32](repeating: -1, count: vocabulary.count)
        var others: [String] = []
        var otherNumbers: [Int32] = []
        for (number, word) in wordList.enumerated() {
            let id = vocabulary.id(of: word)
            if id >= 0 {
                byVocabulary[Int(id)] = Int32(number)
            } else {
                others.append(word)
                otherNumbers.append(Int32(number))
            }
        }
        self.byVocabulary = byVocabulary
        self.others = ByteTable(others)
        self.otherNumbers = otherNumbers
        self.wordRows = wordRows
        self.pairRows = PairRows(pairs)
        self.ruleRows = ids.map { row("rule:" + $0) }
        self.clientRows = ids.flatMap { id in Self.clientSuffixes.map { row("client:" + id + $0) } }
        self.clauseRows = Self.subjects.flatMap { subject in
            let name = Clause.name(of: subject)
            return Self.aspectSuffixes.map { row("c:" + name + $0) }
        }
        shortRow = row("c:short")
        questionRow = row("c:question")
        assentRow = row("c:assent")
        func logit(_ probability: Double) -> Double {
            probability <= 0
                ? -.infinity : probability >= 1 ? .infinity : log(probability / (1 - probability))
        }
        let positions = model.ids.map { id in ids.firstIndex(of: id) ?? -1 }
        let addLogits = model.adds.map { logit($0) - 1e-9 }
        let removeLogits = model.removes.map { logit($0) + 1e-9 }
        self.positions = positions
        self.addLogits = addLogits
        self.removeLogits = removeLogits
        let live = positions.indices.filter { column in
            positions[column] >= 0
                && (addLogits[column] < .infinity || removeLogits[column] > -.infinity)
        }
        self.live = live
        let width = model.ids.count
        let blocks = (live.count + 15) / 16
        var liveWeights = [SIMD16<Double>](repeating: .zero, count: model.names.count * blocks)
        for row in 0..<model.names.count {
            for (index, column) in live.enumerated() {
                liveWeights[row * blocks + index / 16][index % 16] = model.weights[row * width + column]
            }
        }
        self.liveWeights = liveWeights
        self.liveBlocks = blocks
    }

    /// The key of a pair of word numbers; `-1` stands for the start of a sentence.
    static func pairKey(_ first: Int32, _ second: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: first &+ 1)) << 32 | UInt64(UInt32(bitPattern: second))
    }

    /// The key of `o:ID WORD`: the grader position of ID in place of a first word.
    static func openingKey(_ position: Int, _ word: Int32) -> UInt64 { pairKey(Int32(-2 - position), word) }

    static func subjectIndex(_ subject: Clause.Subject) -> Int {
        switch subject {
        case .me: 0
        case .we: 1
        case .you: 2
        case .yourSide: 3
        case .party: 4
        case .other: 5
        case .none: 6
        }
    }

    /// Runs the learned layer on `board`: where the summed weights say some verdict would change,
    /// the model decides from the same sums (``LearnedModel/decide(on:columns:probability:rows:)``)
    /// and reads the reply's rows again only for what it adds (or, with reasons written, what it
    /// withdraws). Naming every feature and scoring them again, as ``LearnedModel/apply(to:)``
    /// does, cost ~100 k instructions on each of the one reply in twelve that gets here.
    func apply(to board: inout Board) {
        guard let probabilities = probabilities(ifChanging: board) else { return }
        model.decide(on: &board, columns: live, probability: { probabilities[$0] }, rows: rows(of:))
    }

    /// Whether the model's probabilities would add a verdict the rules missed or withdraw one
    /// they gave, from the same features ``LearnedFeature/features(of:)`` names, each once.
    func wouldChange(_ board: Board) -> Bool { probabilities(ifChanging: board) != nil }

    /// The model's probability for each column (by column; only the ``live`` ones are filled)
    /// when the summed weights say some verdict may change, else nil.
    ///
    /// The sums are those of ``LearnedModel/score(_:)`` to the last bit (the same weights added
    /// in the same order, see ``liveWeights``), and so are the probabilities: the model decides
    /// exactly as it would from the named features. The test against the thresholds, made for
    /// every reply, compares logits with a hair's slack and never misses a change.
    func probabilities(ifChanging board: Board) -> [Double]? {
        guard !live.isEmpty else { return nil }
        let blocks = liveBlocks
        return withUnsafeTemporaryAllocation(of: SIMD16<Double>.self, capacity: blocks) { logits in
            liveWeights.withUnsafeBufferPointer { weights in
                for block in 0..<blocks { logits[block] = weights[block] }
                forEachRow(of: board) { row in
                    let start = Int(row) * blocks
                    for block in 0..<blocks { logits[block] += weights[start + block] }
                }
            }
            let changes = board.slots.withUnsafeBufferPointer { slots in
                live.indices.contains { index in
                    let column = live[index]
                    let position = positions[column]
                    guard position < slots.count else { return false }
                    let logit = logits[index / 16][index % 16]
                    return slots[position].present ? logit < removeLogits[column] : logit > addLogits[column]
                }
            }
            guard changes else { return nil }
            var probabilities = [Double](repeating: .nan, count: model.ids.count)
            for (index, column) in live.enumerated() {
                probabilities[column] = 1 / (1 + exp(-logits[index / 16][index % 16]))
            }
            return probabilities
        }
    }

    /// The model's rows of the features of the reply on `board`, each once, in the order they
    /// are summed.
    func rows(of board: Board) -> [Int] {
        var rows: [Int] = []
        forEachRow(of: board) { rows.append(Int($0)) }
        return rows
    }

    /// The model's logit for each of its ids (the order of ``LearnedModel/ids``), as an array.
    func logits(of board: Board) -> [Double] {
        let width = model.ids.count
        var logits = Array(model.weights[0..<width])
        forEachRow(of: board) { row in
            let start = Int(row) * width
            for column in 0..<width { logits[column] += model.weights[start + column] }
        }
        return logits
    }

    /// Calls `body` with the model's row of each feature of the reply on `board` that the model
    /// weighs, each row once (a word typed twice weighs as much as once), in the order the sums
    /// have always been taken.
    @inline(__always)
    private func forEachRow(of board: Board, _ body: (Int32) -> Void) {
        let tokens = board.text.tokens
        let infos = board.text.infos
        // One bit per row: each feature once.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: model.names.count / 64 + 1) { seen in
            seen.initialize(repeating: 0)
            func add(_ row: Int32) {
                guard row > 0 else { return }
                let (word, bit) = (Int(row) >> 6, UInt64(1) << UInt64(row & 63))
                guard seen[word] & bit == 0 else { return }
                seen[word] |= bit
                body(row)
            }
            board.slots.withUnsafeBufferPointer { slots in
                for position in 0..<min(slots.count, ruleRows.count) where slots[position].present {
                    add(ruleRows[position])
                }
            }
            var previous: Int32 = -1
            var sentence = -1
            var question = false
            // The numbers of the reply's opening words (-2: a word the model lacks).
            var opening: (Int32, Int32, Int32, Int32) = (-2, -2, -2, -2)
            // By index, reading the token's fields in place: taking each `Token` whole
            // copied (and retained) its word for every word of every reply.
            for index in tokens.indices {
                let info = infos[index]
                if tokens[index].sentence != sentence {
                    sentence = tokens[index].sentence
                    previous = -1
                }
                let known =
                    info.id >= 0
                    ? byVocabulary[Int(info.id)]
                    : others.index(of: tokens[index].word).map { otherNumbers[$0] } ?? -1
                let word = known < 0 ? -2 : known
                switch index {
                case 0: opening.0 = word
                case 1: opening.1 = word
                case 2: opening.2 = word
                case 3: opening.3 = word
                default: break
                }
                if word >= 0 {
                    add(wordRows[Int(word)])
                    if previous != -2 { add(pairRows[Self.pairKey(previous, word)]) }
                }
                previous = word
                question = question || tokens[index].question
            }
            let short = tokens.count <= 4
            let assent = infos.contains { $0.roles & WordRole.assent.rawValue != 0 }
            if short { add(shortRow) }
            if question { add(questionRow) }
            if assent { add(assentRow) }
            for clause in board.clauses {
                let base = Self.subjectIndex(clause.subject) * Self.aspects
                add(clauseRows[base])
                if clause.negation != nil { add(clauseRows[base + 1]) }
                if clause.future { add(clauseRows[base + 2]) }
                if clause.perfect { add(clauseRows[base + 3]) }
                if clause.progressive { add(clauseRows[base + 4]) }
                if clause.conditional { add(clauseRows[base + 5]) }
                if clause.ability { add(clauseRows[base + 6]) }
            }
            var negated = false
            var addressed = false
            for clause in board.clauses {
                negated = negated || clause.negation != nil
                addressed = addressed || clause.subject == .you
            }
            let casual = infos.contains { $0.roles & WordRole.casual.rawValue != 0 }
            let suffixes = Self.clientSuffixes.count
            for (position, gate) in board.clientGate.enumerated()
            where gate == true && position < board.ids.count && position < ruleRows.count {
                let base = position * suffixes
                add(clientRows[base])
                if short { add(clientRows[base + 1]) }
                if assent { add(clientRows[base + 2]) }
                if question { add(clientRows[base + 3]) }
                if negated { add(clientRows[base + 4]) }
                if addressed { add(clientRows[base + 5]) }
                if casual { add(clientRows[base + 6]) }
                if opening.0 >= 0 { add(pairRows[Self.openingKey(position, opening.0)]) }
                if opening.1 >= 0 { add(pairRows[Self.openingKey(position, opening.1)]) }
                if opening.2 >= 0 { add(pairRows[Self.openingKey(position, opening.2)]) }
                if opening.3 >= 0 { add(pairRows[Self.openingKey(position, opening.3)]) }
            }
        }
    }
}

/// Rows by a 64-bit key, open addressing with a multiplicative hash: no `Hasher`, nothing
/// retained, for the pairs of words the learned layer weighs.
struct PairRows: Sendable {
    private var keys: [UInt64]
    private var rows: [Int32]
    private let shift: UInt64

    init(_ entries: [(UInt64, Int32)]) {
        var bits: UInt64 = 4
        while (1 << bits) < entries.count * 2 { bits += 1 }
        shift = 64 - bits
        keys = [UInt64](repeating: .max, count: 1 << bits)
        rows = [Int32](repeating: 0, count: 1 << bits)
        let mask = (1 << Int(bits)) - 1
        for (key, row) in entries {
            var slot = Self.slot(key, shift)
            while keys[slot] != .max, keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            rows[slot] = row
        }
    }

    private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The row stored for `key`, or 0.
    subscript(key: UInt64) -> Int32 {
        let mask = keys.count - 1
        var slot = Self.slot(key, shift)
        while true {
            let stored = keys[slot]
            if stored == key { return rows[slot] }
            if stored == .max { return 0 }
            slot = (slot + 1) & mask
        }
    }
}
