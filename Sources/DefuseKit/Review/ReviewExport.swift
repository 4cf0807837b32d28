import Foundation

/// `defuse review --export`: every reviewed turn as a labelled reply, in the schema of the
/// team's labelled answer sets (`id`, `context`, `client`, `text`, `labels`), so a change to the
/// phrase lists can be measured on real replies with `defuse grade --jsonl` and the evaluation
/// script.
///
/// - `id`: the attempt's UUID and the 1-based turn, `<uuid>-t<N>`;
/// - `context`: the scenario id;
/// - `client`: what the client said at the turn's node (from the scenario in the library; empty
///   when the scenario or node is no longer there);
/// - `text`: the reply as typed;
/// - `labels`: the ids present in the trainer's view (the trainer's verdicts, the grader's
///   where the trainer set none), in catalog order, without the composite;
/// - `review`: what the labels rest on, so the trainer's reading never silently replaces the
///   grader's: `{"reviewer", "reviewed", "note", "grader", "remark"}`, with `grader` the ids the
///   grader found (without the composite) and `remark` the attempt's re-mark
///   (``AttemptRecord/remarkAccount``) on the reviewed turn that carries it, else `null`.
///   The answer-set tools read the first five keys and pass over this one.
///
/// Choice turns are left out: nothing was typed or graded.
public enum ReviewExport {
    /// One JSON line per reviewed free-text turn of `attempts`, in their order.
    public static func lines(
        _ attempts: some Sequence<AttemptRecord>, client: (_ scenario: String, _ node: String) -> String?
    ) -> String {
        var out: [UInt8] = []
        for attempt in attempts {
            for turn in attempt.turns where turn.review != nil && turn.choice == nil {
                out += Array("{\"id\": ".utf8)
                JSONString.append("\(AttemptID.text(attempt.id))-t\(turn.index + 1)", to: &out)
                out += Array(", \"context\": ".utf8)
                JSONString.append(attempt.scenario, to: &out)
                out += Array(", \"client\": ".utf8)
                JSONString.append(client(attempt.scenario, turn.node) ?? "", to: &out)
                out += Array(", \"text\": ".utf8)
                JSONString.append(turn.reply, to: &out)
                out += Array(", \"labels\": [".utf8)
                list(turn.detected, &out)
                out += Array("], \"review\": {\"reviewer\": ".utf8)
                let review = turn.review
                JSONString.append(review?.reviewer ?? "", to: &out)
                out += Array(", \"reviewed\": ".utf8)
                JSONString.append(review.map { ReportDates.iso8601($0.reviewed) } ?? "", to: &out)
                out += Array(", \"note\": ".utf8)
                optional(review?.note, &out)
                out += Array(", \"grader\": [".utf8)
                list((turn.graded ?? turn.turn).detected, &out)
                out += Array("], \"remark\": ".utf8)
                optional(attempt.remark?.reviewTurn == turn.index ? attempt.remarkAccount : nil, &out)
                out += Array("}}\n".utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `ids` without the composite, as JSON strings separated by commas.
    private static func list(_ ids: [String], _ out: inout [UInt8]) {
        for (index, label) in ids.filter({ $0 != CompositeRule.id }).enumerated() {
            if index > 0 { out += Array(", ".utf8) }
            JSONString.append(label, to: &out)
        }
    }

    /// A JSON string, or `null`.
    private static func optional(_ text: String?, _ out: inout [UInt8]) {
        guard let text else { return out += Array("null".utf8) }
        JSONString.append(text, to: &out)
    }
}
