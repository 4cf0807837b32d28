import DefuseKit

/// Writes one grade as the contract's compact JSON line, from byte fragments prepared once.
///
/// This runs once per reply of `grade --jsonl`, so verdicts are read in place (no copies of
/// their strings and arrays) and fragments are appended as whole buffers.
struct VerdictEncoder: Sendable {
    /// `"id":{"present":` per technique.
    private let keys: [[UInt8]]
    /// `"id":{"present":false,"evidence":[]}` per technique: most of every line.
    private let absent: [[UInt8]]
    /// `"id"` per technique, for `detected`.
    private let quotedIDs: [[UInt8]]

    init(ids: [String]) {
        keys = ids.map { Array("\"\($0)\":{\"present\":".utf8) }
        absent = ids.map { Array("\"\($0)\":{\"present\":false,\"evidence\":[]}".utf8) }
        quotedIDs = ids.map { Array("\"\($0)\"".utf8) }
    }

    private static let opening = Array(#"{"id":"#.utf8)
    private static let detected = Array(#","detected":["#.utf8)
    private static let techniques = Array(#"],"techniques":{"#.utf8)
    private static let evidence = Array(#","evidence":["#.utf8)
    private static let closing = Array("}}\n".utf8)

    /// `{"id":…,"detected":[…],"techniques":{…}}` and a new line; `id` is JSON already.
    /// The verdicts are read where the grader left them (``Grader/withVerdicts(_:client:reading:_:)``).
    func encode(_ id: String, _ verdicts: VerdictsInPlace, into out: inout [UInt8]) {
        out += Self.opening
        out += id.utf8
        out += Self.detected
        var first = true
        for position in 0..<verdicts.count where verdicts.isPresent(position) {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            out += quotedIDs[position]
        }
        out += Self.techniques
        for position in 0..<verdicts.count {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            // An absent verdict has no evidence (``VerdictsInPlace/evidence(_:)``).
            guard verdicts.isPresent(position) else {
                out += absent[position]
                continue
            }
            out += keys[position]
            out += "true".utf8
            out += Self.evidence
            verdicts.evidence(position).withUnsafeBufferPointer { evidence in
                for index in evidence.indices {
                    if index > 0 { out.append(UInt8(ascii: ",")) }
                    JSONLine.appendQuoted(evidence[index].words, to: &out)
                }
            }
            out += "]}".utf8
        }
        out += Self.closing
    }
}
