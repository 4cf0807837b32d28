import DefuseKit

/// Technique and violation ids as a rep reads them: the name on the card (`Reframe the insult
/// (from my limited experience)` for `fromle`), the id itself when there is no card. Machine
/// outputs (JSON, CSV, `--jsonl`) keep the ids; the terminal shows these.
struct TechniqueNames: Sendable {
    private let names: [String: String]

    init(_ names: [String: String] = [:]) { self.names = names }

    init(techniques: [Technique]) {
        names = Dictionary(techniques.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// The name of `id`, made safe for one terminal line.
    func callAsFunction(_ id: String) -> String { Sanitizer.line(names[id] ?? id) }

    /// The names of `ids`, joined for one line.
    func list(_ ids: [String]) -> String { Self.list(ids.map(callAsFunction)) }

    /// `names` on one line. Card names can hold commas (`Acknowledge, don't agree`), so they
    /// are set apart with a middle dot.
    static func list(_ names: [String]) -> String { names.map(Sanitizer.line).joined(separator: " · ") }
}
