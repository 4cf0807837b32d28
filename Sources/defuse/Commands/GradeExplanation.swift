import DefuseKit

/// Renders a ``Grade`` for a person: one line per technique with ✓ or ✗, its name and the
/// reason in plain words, then the evidence (the words matched and the rule that fired).
struct GradeExplanation {
    let techniques: [Technique]
    let colour: Bool
    /// Evidence lines shown per verdict; a reply that repeats a phrase thousands of times says
    /// how many more there are instead of printing them all (`--jsonl` lists every one).
    static let evidenceShown = 8

    func render(_ grade: DefuseKit.Grade, ids: [String]) -> String {
        var out = ""
        let detected = grade.detected.filter { ids.contains($0) }
        out += "detected: \(detected.isEmpty ? "nothing" : detected.joined(separator: ", "))\n\n"
        for id in ids {
            guard let verdict = grade.verdicts[id] else { continue }
            let technique = techniques.technique(id: id)
            let isViolation = technique?.kind == .violation
            let mark =
                verdict.present
                ? Terminal.paint("✓", isViolation ? .red : .green, enabled: colour)
                : Terminal.paint("✗", .dim, enabled: colour)
            let kind = isViolation ? " (violation)" : ""
            var line = "\(mark) \(Terminal.paint(id, .bold, enabled: colour))\(kind)"
            if let fraction = verdict.fraction { line += " [\(Int((fraction * 4).rounded()))/4 parts]" }
            out += line + "\n"
            if let explanation = verdict.explanation, !explanation.isEmpty {
                out += "    \(Sanitizer.line(explanation))\n"
            }
            for evidence in verdict.evidence.prefix(Self.evidenceShown) {
                // The learned layer may carry a verdict on structure alone, with no words to quote.
                let words = evidence.words.isEmpty ? "" : "“\(Sanitizer.line(evidence.words))”  "
                out += "    \(words)← \(Sanitizer.line(evidence.rule ?? ""))\n"
            }
            if verdict.evidence.count > Self.evidenceShown {
                out += "    … and \(verdict.evidence.count - Self.evidenceShown) more\n"
            }
        }
        return out
    }
}
