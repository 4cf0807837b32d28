import DefuseKit

/// Writes one grade as the contract's compact JSON line, from byte fragments prepared once.
///
/// This runs once per reply of `grade --jsonl`, so verdicts are read in place (no copies of
/// their strings and arrays) and fragments are appended as whole buffers: every run of absent
/// verdicts (most of a line) is one slice of ``absentBody``.
struct VerdictEncoder: Sendable {
    /// Every technique absent, in order and comma separated:
    /// `"id0":{"present":false,"evidence":[]},"id1":{…},…` with no comma after the last.
    private let absentBody: [UInt8]
    /// Where technique `position`'s fragment starts in ``absentBody``. A run of absent verdicts
    /// `first..<next` is `absentBody[absentStarts[first]..<absentStarts[next]]`, which ends with
    /// the comma before `next`; `absentStarts[count]` is `absentBody.count`.
    private let absentStarts: [Int]
    /// `"id":{"present":true,"evidence":[` per technique.
    private let presentKeys: [[UInt8]]
    /// `"id"` per technique, for `detected`.
    private let quotedIDs: [[UInt8]]
    /// The bytes of a line with every verdict absent, besides its id: what to reserve per reply.
    let emptyLineLength: Int

    init(ids: [String]) {
        var body: [UInt8] = []
        var starts: [Int] = []
        for (position, id) in ids.enumerated() {
            if position > 0 { body.append(UInt8(ascii: ",")) }
            starts.append(body.count)
            body += Array("\"\(id)\":{\"present\":false,\"evidence\":[]}".utf8)
        }
        starts.append(body.count)
        absentBody = body
        absentStarts = starts
        presentKeys = ids.map { Array("\"\($0)\":{\"present\":true,\"evidence\":[".utf8) }
        quotedIDs = ids.map { Array("\"\($0)\"".utf8) }
        emptyLineLength =
            Self.opening.count + Self.detected.count + Self.techniques.count + body.count + Self.closing.count
    }

    private static let opening = Array(#"{"id":"#.utf8)
    private static let detected = Array(#","detected":["#.utf8)
    private static let techniques = Array(#"],"techniques":{"#.utf8)
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
        absentBody.withUnsafeBufferPointer { body in
            // The absent verdicts since the last present one, not yet written.
            var run = 0
            for position in 0..<verdicts.count where verdicts.isPresent(position) {
                out.append(
                    contentsOf: UnsafeBufferPointer(
                        rebasing: body[absentStarts[run]..<absentStarts[position]]))
                out += presentKeys[position]
                verdicts.evidence(position).withUnsafeBufferPointer { evidence in
                    for index in evidence.indices {
                        if index > 0 { out.append(UInt8(ascii: ",")) }
                        JSONLine.appendQuoted(evidence[index].words, to: &out)
                    }
                }
                out += "]}".utf8
                if position + 1 < verdicts.count { out.append(UInt8(ascii: ",")) }
                run = position + 1
            }
            out.append(
                contentsOf: UnsafeBufferPointer(
                    rebasing: body[absentStarts[run]..<absentStarts[verdicts.count]]))
        }
        out += Self.closing
    }
}
