import DefuseKit

/// Writes one grade as the contract's compact JSON line, from byte fragments prepared once.
struct VerdictEncoder: Sendable {
    private let keys: [[UInt8]]
    private let absent: [[UInt8]]
    private let quotedIDs: [[UInt8]]

    init(ids: [String]) {
        keys = ids.map { Array("\"\($0)\":{\"present\":".utf8) }
        absent = ids.map { Array("\"\($0)\":{\"present\":false,\"evidence\":[]}".utf8) }
        quotedIDs = ids.map { Array("\"\($0)\"".utf8) }
    }

    /// `{"id":…,"detected":[…],"techniques":{…}}` and a new line; `id` is JSON already.
    func encode(_ id: String, _ grade: DefuseKit.Grade, into out: inout [UInt8]) {
        out += #"{"id":"#.utf8
        out += id.utf8
        out += #","detected":["#.utf8
        var first = true
        for (position, verdict) in grade.all.enumerated() where verdict.present {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            out += quotedIDs[position]
        }
        out += #"],"techniques":{"#.utf8
        for (position, verdict) in grade.all.enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            guard verdict.present || !verdict.evidence.isEmpty else {
                out += absent[position]
                continue
            }
            out += keys[position]
            out += verdict.present ? "true".utf8 : "false".utf8
            out += #","evidence":["#.utf8
            for (index, evidence) in verdict.evidence.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONLine.appendQuoted(evidence.words, to: &out)
            }
            out += "]}".utf8
        }
        out += "}}\n".utf8
    }
}
