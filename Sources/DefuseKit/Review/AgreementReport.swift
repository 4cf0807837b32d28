import Foundation

/// `defuse review --agreement` as text: JSON for tools, a table for a trainer.
public enum AgreementReport {
    /// `{"turns": N, "techniques": {id: {"reviewed", "overrides", "precision", "recall",
    /// "kappa"}}, "overall": {…the same keys}}`, keys sorted, figures rounded to four places and
    /// `null` where undefined. `reviewed` is the number of verdicts compared: reviewed turns for
    /// one id, turns × ids overall.
    public static func json(_ agreement: ReviewAgreement) -> String {
        var out = "{\n  \"overall\" : \(object(agreement.overall, indent: 2)),\n  \"techniques\" : {"
        out += agreement.techniques.sorted { $0.id < $1.id }.map { id, figures in
            "\n    \(JSONString.quoted(id)) : \(object(figures, indent: 4))"
        }.joined(separator: ",")
        out += agreement.techniques.isEmpty ? "\n\n  },\n" : "\n  },\n"
        return out + "  \"turns\" : \(agreement.turns)\n}\n"
    }

    /// A table, the techniques the grader gets wrong most first.
    public static func table(_ agreement: ReviewAgreement) -> String {
        guard agreement.turns > 0 else {
            return "No reviewed turns yet: review some with 'defuse review'.\n"
        }
        var out = "Grader against trainers over \(agreement.turns) reviewed turn"
        out += agreement.turns == 1 ? "" : "s"
        out += ", \(agreement.overall.overrides) override\(agreement.overall.overrides == 1 ? "" : "s")\n\n"
        let header = ["technique", "reviewed", "overrides", "precision", "recall", "kappa"]
        let rows =
            agreement.worstFirst.map { row($0.id, $0.figures) } + [row("overall", agreement.overall)]
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        for line in [header] + rows {
            let cells = line.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + pad : pad + cell
            }
            out += "  " + cells.joined(separator: "  ") + "\n"
        }
        return out + "\n(– where a figure is undefined: nothing to divide by)\n"
    }

    private static func row(_ id: String, _ figures: ReviewAgreement.Figures) -> [String] {
        [id, "\(figures.reviewed)", "\(figures.overrides)"]
            + [figures.precision, figures.recall, figures.kappa].map {
                $0.map { String(format: "%.2f", $0) } ?? "–"
            }
    }

    private static func object(_ figures: ReviewAgreement.Figures, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent + 2)
        let fields: [(String, String)] = [
            ("kappa", number(figures.kappa)), ("overrides", "\(figures.overrides)"),
            ("precision", number(figures.precision)), ("recall", number(figures.recall)),
            ("reviewed", "\(figures.reviewed)"),
        ]
        return "{\n" + fields.map { "\(pad)\"\($0.0)\" : \($0.1)" }.joined(separator: ",\n") + "\n"
            + String(repeating: " ", count: indent) + "}"
    }

    /// A figure rounded to four decimal places, or `null`.
    private static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "null" }
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
