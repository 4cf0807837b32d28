// Each unsafe access outside PatternSet beside its safe counterpart, run on the same inputs so
// callgrind can count the instructions of each (see ../unsafe-paths.sh). Built together with
// the sources it measures (DecimalDigits, ContentHasher, DatabaseDate); the code they replaced
// and the safe code not taken are kept here. Every run prints a checksum: a pair must agree.
import Foundation
import Synchronization

// MARK: - JSONReport.integer (Sources/DefuseKit/Report/JSONReport.swift)

@inline(never) func unsafeDigits(_ value: Int, _ out: inout [UInt8]) {
    if value < 0 { out.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
        repeat {
            buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
            count += 1
        } while magnitude > 0 && count < 10
    }
    if magnitude > 0 {
        out += String(value.magnitude).utf8
        return
    }
    withUnsafeBytes(of: &digits) { buffer in
        for index in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[index]) }
    }
}

@inline(never) public func bench_digits(_ safe: Bool) -> Int {
    var out: [UInt8] = []
    out.reserveCapacity(1 << 20)
    var sum = 0
    var value = 7
    for _ in 0..<1_000_000 {
        out.removeAll(keepingCapacity: true)
        if safe { DecimalDigits.append(value, &out) } else { unsafeDigits(value, &out) }
        sum &+= out.count &+ Int(out[out.count - 1])
        value = (value &* 1_103_515_245 &+ 12_345) % 2_000_000_000 - 1_000  // 1 to 10 digits, some negative
    }
    return sum
}

// MARK: - ContentHasher.add (Sources/DefuseKit/Library/ScenarioListing.swift)

/// ContentHasher as it was: eight bytes at a time by unaligned loads through raw pointers.
struct RawPointerHasher {
    var a: UInt64 = 0x9E37_79B9_7F4A_7C15
    var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F

    @inline(never) mutating func add(_ bytes: [UInt8]) {
        mix(UInt64(bytes.count))
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset + 8 <= raw.count {
                mix(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            let tail = raw[offset...].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            mix(tail)
        }
    }

    mutating func mix(_ word: UInt64) {
        a = (a ^ word) &* 0x0000_0100_0000_01B3
        a ^= a >> 29
        b = (b &+ word) &* 0xFF51_AFD7_ED55_8CCD
        b ^= b >> 33
    }
}

@inline(never) public func bench_hash(_ safe: Bool) -> Int {
    // About the shipped library: 60 files of 1 to 12 KB, hashed 20 times.
    var files: [[UInt8]] = []
    var seed: UInt64 = 42
    for index in 0..<60 {
        var file: [UInt8] = []
        for _ in 0..<(1_000 + index * 187) {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1
            file.append(UInt8(truncatingIfNeeded: seed >> 33))
        }
        files.append(file)
    }
    var raw = RawPointerHasher()
    var hasher = ContentHasher()
    for _ in 0..<20 {
        for file in files {
            if safe { hasher.add(file) } else { raw.add(file) }
        }
    }
    let hex = hasher.hex
    let lanes = safe ? (UInt64(hex.prefix(16), radix: 16) ?? 0, UInt64(hex.suffix(16), radix: 16) ?? 0) : (raw.a, raw.b)
    return Int(truncatingIfNeeded: lanes.0 ^ lanes.1)
}

// MARK: - DatabaseDate.parse (Sources/DefuseKit/Record/DatabaseDate.swift)

@inline(never) public func bench_date(_ safe: Bool) -> Int {
    var texts: [[UInt8]] = []
    for index in 0..<1_000 {
        let fields: [CVarArg] = [index % 12 + 1, index % 28 + 1, index % 24, index % 60, (index * 7) % 60, index]
        texts.append(Array(String(format: "2026-%02d-%02d %02d:%02d:%02d.%03d", arguments: fields).utf8))
    }
    var sum = 0.0
    for _ in 0..<1_000 {
        for text in texts {
            let date = safe ? DatabaseDate.parse(text) : text.withUnsafeBufferPointer { DatabaseDate.parse($0) }
            sum += date?.timeIntervalSinceReferenceDate ?? 0
        }
    }
    return Int(sum / 1_000)
}

// MARK: - PatternParser, an ASCII word lower-cased (Sources/DefuseKit/Grade/Match/PatternParser.swift)

@inline(never) func unsafeLower(_ bytes: ArraySlice<UInt8>) -> String {
    String(unsafeUninitializedCapacity: bytes.count) { buffer in
        for (offset, byte) in bytes.enumerated() {
            buffer[offset] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
        }
        return bytes.count
    }
}

@inline(never) func safeLower(_ bytes: ArraySlice<UInt8>) -> String {
    String(decoding: bytes.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }, as: UTF8.self)
}

@inline(never) public func bench_lower(_ safe: Bool) -> Int {
    let words = ["Sorry", "apologise", "I", "TRAY", "responsibility", "Tomorrow", "ok", "Mistake"].map {
        Array($0.utf8)[...]
    }
    var sum = 0
    for _ in 0..<50_000 {
        for word in words { sum &+= (safe ? safeLower(word) : unsafeLower(word)).utf8.count }
    }
    return sum
}

// MARK: - JSONLGrading.grade, chunks written back by workers (Sources/defuse/Commands/JSONLGrading.swift)

struct Chunk {
    var output: [UInt8] = []
    var failure: (Int, String)?
}

@inline(never) func unsafeGather(workers: Int) -> [Chunk] {
    var chunks = [Chunk](repeating: Chunk(), count: workers)
    chunks.withUnsafeMutableBufferPointer { buffer in
        nonisolated(unsafe) let results = buffer
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var chunk = Chunk()
            chunk.output = Array(repeating: UInt8(truncatingIfNeeded: worker), count: 1_200 * 32)
            results[worker] = chunk
        }
    }
    return chunks
}

@inline(never) func safeGather(workers: Int) -> [Chunk] {
    let results = Mutex([Chunk](repeating: Chunk(), count: workers))
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
        var chunk = Chunk()
        chunk.output = Array(repeating: UInt8(truncatingIfNeeded: worker), count: 1_200 * 32)
        results.withLock { $0[worker] = chunk }
    }
    return results.withLock { $0 }
}

@inline(never) public func bench_gather(_ safe: Bool) -> Int {
    var sum = 0
    for _ in 0..<200 {  // 200 batches of 256 chunks: 1.6 M replies at 32 a chunk
        let chunks = safe ? safeGather(workers: 256) : unsafeGather(workers: 256)
        sum &+= chunks.reduce(0) { $0 + $1.output.count + Int($1.output.last ?? 0) }
    }
    return sum
}

@main struct Main {
    static func main() {
        let arguments = CommandLine.arguments
        guard arguments.count == 3, let safe = ["unsafe": false, "safe": true][arguments[2]] else {
            print("usage: unsafe-paths digits|hash|date|lower|gather safe|unsafe")
            return
        }
        let result: Int =
            switch arguments[1] {
            case "digits": bench_digits(safe)
            case "hash": bench_hash(safe)
            case "date": bench_date(safe)
            case "lower": bench_lower(safe)
            default: bench_gather(safe)
            }
        print(arguments[1], arguments[2], result)
    }
}
