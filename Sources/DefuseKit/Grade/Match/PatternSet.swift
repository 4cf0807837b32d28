/// A list of compiled patterns flattened into plain integer tables and indexed by the word each
/// can start with, so a reply is scanned once per token and matching never touches a string
/// or a reference count (grading is the hot path: see `Benchmarks/grade.sh`).
struct PatternSet: Sendable {
    /// One place a pattern matched: tokens `range` of the reply.
    struct Match: Sendable, Hashable {
        /// Index of the pattern in its set (``PatternSet/sources`` has it as written).
        var index: Int
        var range: Range<Int>
        var sentence: Int
    }

    // The tables, numbered like columns of one program: pattern `p` is `programs[p]`, whose
    // pieces are `pieces[start..<start + count]`; a `.choice` piece's alternatives are
    // `alternatives[start..<start + count]`, each alternative's atoms `atoms[start..<start +
    // count]`; a `.words` piece's word ids are `wordChoices[start..<start + count]`. Plain
    // integers instead of nested arrays: matching reads them without retaining anything.

    private enum Kind: UInt8 { case word, prefix, number, clock, hour, any }
    /// One word position. `value` is packed by kind: for `.word` the word id (a ``Vocabulary``
    /// number, sign-extended, -1 for a word no reply can contain); for `.prefix` the prefix's
    /// bit (``Vocabulary/prefixBit(of:)``); unused for the word classes and `_`.
    private struct Atom {
        var kind: Kind
        /// The packed value; read it through ``wordID`` or ``prefixBits``.
        var value: UInt64

        static func word(id: Int32) -> Atom { Atom(kind: .word, value: UInt64(bitPattern: Int64(id))) }
        static func prefix(bits: UInt64) -> Atom { Atom(kind: .prefix, value: bits) }
        static func wordClass(_ kind: Kind) -> Atom { Atom(kind: kind, value: 0) }

        /// For `.word`: the ``Vocabulary`` id (-1: a word no reply can contain).
        var wordID: Int64 { Int64(bitPattern: value) }
        /// For `.prefix`: the prefix's bit (``Vocabulary/prefixBit(of:)``), tested against a token's.
        var prefixBits: UInt64 { value }
    }
    /// One alternative of a `.choice` piece: its atoms are `atoms[start..<start + count]`.
    private struct Alternative {
        var start: Int32
        var count: Int32
        /// The word id its first atom must be (-1: a word no reply can contain), or ``anyFirst``
        /// when its first atom is not a word (or it has none). The matcher passes over an
        /// alternative whose first word is not the token's without reading its atoms: a choice
        /// is tried alternative by alternative, and most fail on their first word (reading each
        /// one's atoms was about a tenth of all grading).
        var firstWord: Int32
    }
    /// ``Alternative/firstWord`` of an alternative that does not start with a word.
    fileprivate static let anyFirst = Int32.min
    /// The token id the matcher compares with ``Alternative/firstWord`` past the reply's end:
    /// no alternative's first word.
    fileprivate static let noToken: Int32 = -2
    private enum PieceKind: UInt8 { case choice, words, gap, sentenceStart, sentenceEnd, skipAny }
    private struct Piece {
        /// `words` is a choice whose alternatives are one word each: `start..<start + count` of
        /// ``PatternSet/wordChoices`` holds their ids (the common case, tested without recursion).
        /// `skipAny` stands for `count` optional `(_)?` pieces in a row (see ``Matcher``).
        var kind: PieceKind
        var optional: Bool
        var start: Int32
        var count: Int32
        /// For a choice whose alternatives all start with a word: bit `id % 64` of each first
        /// word, so most tokens are ruled out with one AND. Zero means "test every alternative".
        var firstBloom: UInt64 = 0
    }
    /// A pattern's pieces, and the required groups it needs satisfied (``noGroup``: none).
    private struct Program {
        var start: Int32
        var count: Int32
        var group0: Int32 = PatternSet.noGroup
        var group1: Int32 = PatternSet.noGroup
    }

    /// A pattern in one of the start indexes, with its required groups beside it so that a
    /// pattern the reply lacks the words for is passed over without reading its program.
    private struct Candidate {
        var pattern: Int32
        var group0: Int32
        var group1: Int32
    }

    /// The group number a pattern without a (second) required group points at: group 0 is
    /// reserved and always marked, so the test needs no branch for "no group".
    fileprivate static let noGroup: Int32 = 0

    let sources: [String]
    private var programs: [Program] = []
    private var pieces: [Piece] = []
    private var alternatives: [Alternative] = []
    private var atoms: [Atom] = []
    private var wordChoices: [Int32] = []
    /// Patterns by first word id (CSR: `firstStarts[id]..<firstStarts[id + 1]` in `firstEntries`).
    private var firstStarts: [Int32] = []
    private var firstEntries: [Candidate] = []
    /// Patterns whose first word is a prefix or a word class, with the bits a token must have.
    private var filtered: [(index: Int32, prefixes: UInt64, flags: UInt8)] = []
    /// Patterns that may start at any word.
    private var unindexed: [Int32] = []
    /// Each pattern has up to two groups of word ids (``Program/group0``, ``Program/group1``); in
    /// every group at least one id must occur in the reply for the pattern to match. Numbered
    /// from 1: group 0 is ``noGroup``.
    private var groupCount = 1
    /// The groups by word: the groups word id `id` belongs to are
    /// `groupsByWord[groupsByWordStarts[id]..<groupsByWordStarts[id + 1]]` (as ``GroupBits``), so
    /// a reply marks the groups its words satisfy in one pass over its tokens.
    private var groupsByWordStarts: [Int32] = []
    private var groupsByWord: [GroupBits] = []

    /// Some of the groups one word belongs to, as they are marked: the bits `bits` of
    /// ``GroupMarks`` word `word` (groups `64 * word ..< 64 * word + 64`). A word's groups come
    /// as one entry per 64 groups they fall in, so a common word marks its hundreds of groups
    /// in a few dozen ORs.
    private struct GroupBits {
        var word: Int32
        var bits: UInt64
    }
    /// Patterns whose first two words are fixed, by that pair of word ids: tried only where the
    /// reply has one of their pairs, which rules out most of the many patterns that start with
    /// "i" or "you". Open addressing: `pairSlots[slot]` is a list number + 1 (0: empty), list `l`
    /// has key `pairKeys[l]` and patterns `pairEntries[pairStarts[l]..<pairStarts[l + 1]]`.
    private var pairSlots: [Int32] = []
    private var pairKeys: [UInt64] = []
    private var pairStarts: [Int32] = [0]
    private var pairEntries: [Candidate] = []

    init(_ patterns: [Pattern], vocabulary: Vocabulary) {
        sources = patterns.map(\.source)
        var byFirst = [[Candidate]](repeating: [], count: vocabulary.count)
        var byPair: [UInt64: [Candidate]] = [:]
        var groupsOf = [[Int32]](repeating: [], count: vocabulary.count)
        for (index, pattern) in patterns.enumerated() {
            let programStart = pieces.count
            for piece in pattern.pieces {
                if Self.isOptionalAny(piece) {
                    // A run of `(_)?` becomes one piece (``Matcher`` explains why that is the same).
                    if let last = pieces.indices.last, last >= programStart, pieces[last].kind == .skipAny {
                        pieces[last].count += 1
                    } else {
                        pieces.append(Piece(kind: .skipAny, optional: true, start: 0, count: 1))
                    }
                    continue
                }
                switch piece {
                case .sentenceStart:
                    pieces.append(Piece(kind: .sentenceStart, optional: false, start: 0, count: 0))
                case .sentenceEnd:
                    pieces.append(Piece(kind: .sentenceEnd, optional: false, start: 0, count: 0))
                case .gap(let max):
                    pieces.append(Piece(kind: .gap, optional: false, start: 0, count: Int32(max)))
                case .choice(let choices, let optional):
                    var bloom: UInt64 = 0
                    for choice in choices {
                        guard case .word(let word) = choice.first, vocabulary.id(of: word) >= 0 else {
                            bloom = 0
                            break
                        }
                        bloom |= 1 << UInt64(vocabulary.id(of: word) & 63)
                    }
                    let words = choices.compactMap { choice -> Int32? in
                        guard choice.count == 1, case .word(let word) = choice[0] else { return nil }
                        return vocabulary.id(of: word)
                    }
                    if words.count == choices.count {
                        pieces.append(
                            Piece(
                                kind: .words, optional: optional, start: Int32(wordChoices.count),
                                count: Int32(words.count), firstBloom: bloom))
                        wordChoices += words
                        continue
                    }
                    pieces.append(
                        Piece(
                            kind: .choice, optional: optional, start: Int32(alternatives.count),
                            count: Int32(choices.count), firstBloom: bloom))
                    for choice in choices {
                        let first = atoms.count
                        atoms += choice.map { Self.atom($0, vocabulary) }
                        let firstWord =
                            first < atoms.count && atoms[first].kind == .word
                            ? Int32(truncatingIfNeeded: atoms[first].wordID) : Self.anyFirst
                        alternatives.append(
                            Alternative(start: Int32(first), count: Int32(choice.count), firstWord: firstWord)
                        )
                    }
                }
            }
            var program = Program(start: Int32(programStart), count: Int32(pieces.count - programStart))
            for (number, group) in PatternIndexing.requiredGroups(of: pattern, vocabulary).enumerated() {
                for id in Set(group) { groupsOf[Int(id)].append(Int32(groupCount)) }
                if number == 0 {
                    program.group0 = Int32(groupCount)
                } else {
                    program.group1 = Int32(groupCount)
                }
                groupCount += 1
            }
            programs.append(program)
            let candidate = Candidate(pattern: Int32(index), group0: program.group0, group1: program.group1)
            if let pairs = PatternIndexing.firstPairs(of: pattern, vocabulary) {
                for pair in pairs { byPair[pair, default: []].append(candidate) }
                continue
            }
            let first = PatternIndexing.firstToken(of: pattern, vocabulary)
            if first.any || first.words.contains(-1) {
                unindexed.append(Int32(index))
                continue
            }
            for id in first.words { byFirst[Int(id)].append(candidate) }
            if first.prefixes != 0 || first.flags != 0 {
                filtered.append((Int32(index), first.prefixes, first.flags))
            }
        }
        firstStarts.reserveCapacity(byFirst.count + 1)
        for list in byFirst {
            firstStarts.append(Int32(firstEntries.count))
            firstEntries += list
        }
        firstStarts.append(Int32(firstEntries.count))
        groupsByWordStarts.reserveCapacity(groupsOf.count + 1)
        for list in groupsOf {
            groupsByWordStarts.append(Int32(groupsByWord.count))
            for group in list.sorted() {
                let word = group >> 6
                let bit = UInt64(1) << UInt64(group & 63)
                if let last = groupsByWord.indices.last,
                    last >= Int(groupsByWordStarts[groupsByWordStarts.count - 1]),
                    groupsByWord[last].word == word
                {
                    groupsByWord[last].bits |= bit
                } else {
                    groupsByWord.append(GroupBits(word: word, bits: bit))
                }
            }
        }
        groupsByWordStarts.append(Int32(groupsByWord.count))
        var capacity = 16
        while capacity < byPair.count * 2 { capacity *= 2 }
        pairSlots = [Int32](repeating: 0, count: capacity)
        for (key, list) in byPair.sorted(by: { $0.key < $1.key }) {
            pairKeys.append(key)
            pairEntries += list
            pairStarts.append(Int32(pairEntries.count))
            var slot = Self.slot(of: key, capacity - 1)
            while pairSlots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            pairSlots[slot] = Int32(pairKeys.count)
        }
    }

    /// Whether `piece` is `(_)?`: any one word, optional.
    private static func isOptionalAny(_ piece: Pattern.Piece) -> Bool {
        guard case .choice(let choices, optional: true) = piece, choices.count == 1, choices[0].count == 1,
            case .any = choices[0][0]
        else { return false }
        return true
    }

    private static func slot(of key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The patterns indexed under the pair of word ids `first`, `second`.
    private func pairList(_ first: Int32, _ second: Int32) -> Range<Int> {
        let key = PatternIndexing.pairKey(first, second)
        let mask = pairSlots.count - 1
        var slot = Self.slot(of: key, mask)
        while true {
            let value = Int(pairSlots[slot])
            if value == 0 { return 0..<0 }
            if pairKeys[value - 1] == key { return Int(pairStarts[value - 1])..<Int(pairStarts[value]) }
            slot = (slot + 1) & mask
        }
    }

    private static func atom(_ atom: Pattern.Atom, _ vocabulary: Vocabulary) -> Atom {
        switch atom {
        case .word(let word): .word(id: vocabulary.id(of: word))
        case .prefix(let stem): .prefix(bits: vocabulary.prefixBit(of: stem))
        case .number: .wordClass(.number)
        case .clock: .wordClass(.clock)
        case .hour: .wordClass(.hour)
        case .any: .wordClass(.any)
        }
    }

    var isEmpty: Bool { programs.isEmpty }
    var count: Int { programs.count }

    /// Every match in `text`, in order of where they start; at each start, each pattern's first
    /// match, and matches of the same pattern never overlap.
    func matches(in text: TokenizedText) -> [Match] {
        guard !programs.isEmpty, !text.infos.isEmpty else { return [] }
        var found: [Match] = []
        found.reserveCapacity(32)
        // Which required groups the reply's words satisfy: a pattern is tried only when all of its
        // groups are (see `PatternIndexing.requiredGroups`). Marked in a scratch buffer, not an
        // array: allocating an array costs a runtime type lookup.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: GroupMarks.wordCount(groupCount)) {
            scratch in
            scratch.initialize(repeating: 0)
            let marks = GroupMarks(bits: scratch)
            marks.mark(Self.noGroup)
            for token in text.infos where token.id >= 0 && Int(token.id) + 1 < groupsByWordStarts.count {
                for entry in Int(
                    groupsByWordStarts[Int(token.id)])..<Int(groupsByWordStarts[Int(token.id) + 1])
                {
                    marks.mark(groupsByWord[entry])
                }
            }
            // Buffer pointers because they pay: read through `Span`s instead (checked reads, the
            // matcher as local functions), `Benchmarks/pattern-set.sh` counted 4.11 G instructions
            // against 3.89 G this way (+5.7%).
            text.infos.withUnsafeBufferPointer { tokens in
                pieces.withUnsafeBufferPointer { pieces in
                    alternatives.withUnsafeBufferPointer { alternatives in
                        atoms.withUnsafeBufferPointer { atoms in
                            wordChoices.withUnsafeBufferPointer { words in
                                programs.withUnsafeBufferPointer { programs in
                                    let matcher = Matcher(
                                        tokens: tokens, pieces: pieces, alternatives: alternatives,
                                        atoms: atoms,
                                        words: words, programs: programs)
                                    scan(matcher, marks, &found)
                                }
                            }
                        }
                    }
                }
            }
        }
        return found
    }

    /// Which required groups a reply's words satisfy: bit `group % 64` of word `group / 64`.
    /// Bits rather than a `Bool` per group: clearing them for each reply is a few stores, not a
    /// few thousand.
    private struct GroupMarks {
        let bits: UnsafeMutableBufferPointer<UInt64>

        static func wordCount(_ groups: Int) -> Int { max(1, (groups + 63) / 64) }

        @inline(__always)
        func mark(_ group: Int32) { bits[Int(group) >> 6] |= 1 << UInt64(group & 63) }

        @inline(__always)
        func mark(_ groups: GroupBits) { bits[Int(groups.word)] |= groups.bits }

        @inline(__always)
        func isMarked(_ group: Int32) -> Bool { bits[Int(group) >> 6] & (1 << UInt64(group & 63)) != 0 }

        /// Whether the reply has the words `candidate` needs (both its required groups).
        @inline(__always)
        func allows(_ candidate: Candidate) -> Bool {
            isMarked(candidate.group0) && isMarked(candidate.group1)
        }

        @inline(__always)
        func allows(_ program: Program) -> Bool { isMarked(program.group0) && isMarked(program.group1) }
    }

    private func scan(_ matcher: Matcher, _ marks: GroupMarks, _ found: inout [Match]) {
        let tokens = matcher.tokens
        // The patterns tried at every start (a prefix or word class first, or anything first),
        // kept only when the reply has the words they need: decided once per reply, not once per
        // token. Same patterns, same order, as testing each at each token. Kept in scratch
        // buffers: an array per reply costs an allocation.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: max(1, filtered.count)) { liveBuffer in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(1, unindexed.count)) {
                anywhereBuffer in
                var liveCount = 0
                var livePrefixes: UInt64 = 0
                var liveFlags: UInt8 = 0
                for (number, entry) in filtered.enumerated()
                where marks.allows(matcher.programs[Int(entry.index)]) {
                    liveBuffer.initializeElement(at: liveCount, to: number)
                    liveCount += 1
                    // The bits some live pattern starts with: a token with none of them skips the list.
                    livePrefixes |= entry.prefixes
                    liveFlags |= entry.flags
                }
                var anywhereCount = 0
                for index in unindexed where marks.allows(matcher.programs[Int(index)]) {
                    anywhereBuffer.initializeElement(at: anywhereCount, to: index)
                    anywhereCount += 1
                }
                firstStarts.withUnsafeBufferPointer { firstStarts in
                    firstEntries.withUnsafeBufferPointer { firstEntries in
                        pairEntries.withUnsafeBufferPointer { pairEntries in
                            for start in 0..<tokens.count {
                                let id = tokens[start].id
                                var word = 0
                                var wordEnd = 0
                                if id >= 0, Int(id) + 1 < firstStarts.count {
                                    (word, wordEnd) = (
                                        Int(firstStarts[Int(id)]), Int(firstStarts[Int(id) + 1])
                                    )
                                }
                                var pair = 0
                                var pairEnd = 0
                                if id >= 0, start + 1 < tokens.count, tokens[start + 1].id >= 0 {
                                    let list = pairList(id, tokens[start + 1].id)
                                    (pair, pairEnd) = (list.lowerBound, list.upperBound)
                                }
                                // Both lists in pattern order, merged, so matches come out in the
                                // same order as if every pattern were indexed by its first word;
                                // patterns the reply lacks the words for are passed over first.
                                while true {
                                    while word < wordEnd, !marks.allows(firstEntries[word]) { word += 1 }
                                    while pair < pairEnd, !marks.allows(pairEntries[pair]) { pair += 1 }
                                    if word < wordEnd,
                                        pair == pairEnd
                                            || firstEntries[word].pattern < pairEntries[pair].pattern
                                    {
                                        try1(firstEntries[word].pattern, start, matcher, &found)
                                        word += 1
                                    } else if pair < pairEnd {
                                        try1(pairEntries[pair].pattern, start, matcher, &found)
                                        pair += 1
                                    } else {
                                        break
                                    }
                                }
                                let token = tokens[start]
                                if token.prefixes & livePrefixes != 0 || token.flags & liveFlags != 0 {
                                    for number in 0..<liveCount {
                                        let entry = filtered[liveBuffer[number]]
                                        if token.prefixes & entry.prefixes != 0
                                            || token.flags & entry.flags != 0
                                        {
                                            try1(entry.index, start, matcher, &found)
                                        }
                                    }
                                }
                                for number in 0..<anywhereCount {
                                    try1(anywhereBuffer[number], start, matcher, &found)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Tries pattern `index` at token `start`; the caller has checked its required groups.
    @inline(__always)
    private func try1(_ index: Int32, _ start: Int, _ matcher: Matcher, _ found: inout [Match]) {
        let program = matcher.programs[Int(index)]
        let sentence = matcher.tokens[start].sentence
        guard let end = matcher.match(Int(program.start), Int(program.start + program.count), start, sentence)
        else {
            return
        }
        // Matches of one pattern never overlap.
        for earlier in found.reversed() where earlier.index == Int(index) {
            if earlier.range.upperBound > start { return }
            break
        }
        found.append(Match(index: Int(index), range: start..<end, sentence: Int(sentence)))
    }

    /// Backtracking matcher over the flat tables.
    private struct Matcher {
        let tokens: UnsafeBufferPointer<TokenInfo>
        let pieces: UnsafeBufferPointer<Piece>
        let alternatives: UnsafeBufferPointer<Alternative>
        let atoms: UnsafeBufferPointer<Atom>
        let words: UnsafeBufferPointer<Int32>
        let programs: UnsafeBufferPointer<Program>

        func match(_ piece: Int, _ end: Int, _ position: Int, _ sentence: Int32) -> Int? {
            if piece == end { return position }
            let current = pieces[piece]
            switch current.kind {
            case .sentenceStart:
                guard position < tokens.count, tokens[position].flags & TokenInfo.startsSentence != 0 else {
                    return nil
                }
                return match(piece + 1, end, position, sentence)
            case .sentenceEnd:
                guard position == tokens.count || tokens[position].flags & TokenInfo.startsSentence != 0
                else {
                    return nil
                }
                return match(piece + 1, end, position, sentence)
            case .gap:
                var skip = 0
                while skip <= Int(current.count) {
                    let next = position + skip
                    if next > tokens.count { break }
                    if skip > 0, tokens[next - 1].sentence != sentence { break }
                    if let found = match(piece + 1, end, next, sentence) { return found }
                    skip += 1
                }
                return nil
            case .skipAny:
                // `count` optional `(_)?` pieces in a row. Matched one by one, each taken before
                // it is skipped, they try every way of taking some of the words that follow (2^count
                // paths); the first to let the rest match wins. The rest's result depends only on
                // where it starts, and the first time each start comes up is in order from the
                // most words taken to none, so trying those starts once each, in that order, finds
                // the same match.
                var taken = 0
                while taken < Int(current.count), position + taken < tokens.count {
                    let token = tokens[position + taken]
                    guard token.sentence == sentence, token.flags & TokenInfo.negator == 0 else { break }
                    taken += 1
                }
                while taken >= 0 {
                    if let found = match(piece + 1, end, position + taken, sentence) { return found }
                    taken -= 1
                }
                return nil
            case .words:
                if position < tokens.count {
                    let token = tokens[position]
                    let id = token.id
                    if id >= 0, token.sentence == sentence,
                        current.firstBloom == 0 || current.firstBloom & (1 << UInt64(id & 63)) != 0,
                        words[Int(current.start)..<Int(current.start + current.count)].contains(id),
                        let found = match(piece + 1, end, position + 1, sentence)
                    {
                        return found
                    }
                }
                return current.optional ? match(piece + 1, end, position, sentence) : nil
            case .choice:
                let id = position < tokens.count ? tokens[position].id : PatternSet.noToken
                if current.firstBloom != 0 {
                    if id < 0 || current.firstBloom & (1 << UInt64(id & 63)) == 0 {
                        return current.optional ? match(piece + 1, end, position, sentence) : nil
                    }
                }
                for alternative in Int(current.start)..<Int(current.start + current.count) {
                    let candidate = alternatives[alternative]
                    // Another first word: ``matchAtoms(_:_:_:)`` would fail on it.
                    if candidate.firstWord != PatternSet.anyFirst, candidate.firstWord != id { continue }
                    if let next = matchAtoms(candidate, position, sentence),
                        let found = match(piece + 1, end, next, sentence)
                    {
                        return found
                    }
                }
                return current.optional ? match(piece + 1, end, position, sentence) : nil
            }
        }

        @inline(__always)
        private func matchAtoms(_ alternative: Alternative, _ position: Int, _ sentence: Int32) -> Int? {
            var position = position
            for index in Int(alternative.start)..<Int(alternative.start + alternative.count) {
                guard position < tokens.count else { return nil }
                let token = tokens[position]
                guard token.sentence == sentence else { return nil }
                let atom = atoms[index]
                switch atom.kind {
                case .word:
                    guard token.id >= 0, Int64(token.id) == atom.wordID else { return nil }
                case .prefix: guard token.prefixes & atom.prefixBits != 0 else { return nil }
                case .any: guard token.flags & TokenInfo.negator == 0 else { return nil }
                case .number: guard token.flags & TokenInfo.number != 0 else { return nil }
                case .clock: guard token.flags & TokenInfo.clock != 0 else { return nil }
                case .hour: guard token.flags & TokenInfo.hour != 0 else { return nil }
                }
                position += 1
            }
            return position
        }
    }
}
