import Synchronization

/// Compiles the grader the first time something grades, not when the library loads.
///
/// Compiling every technique's phrase patterns is most of the work of loading the library, and
/// `defuse list`, `validate`, `graph` and `report` never grade. The box is shared by copies of a
/// ``Workspace`` and safe to use from several threads (`grade --jsonl` grades on every core).
final class LazyGrader: Sendable {
    private let techniques: [Technique]
    /// The scenarios whose client lines the grader reads by their nodes (``NodeCues``).
    private let scenarios: [Scenario]
    private let compiled = Mutex<Grader?>(nil)

    init(_ techniques: [Technique], scenarios: [Scenario] = []) {
        self.techniques = techniques
        self.scenarios = scenarios
    }

    /// The grader, compiled on first use.
    var grader: Grader {
        compiled.withLock { cached in
            if let cached { return cached }
            let grader = Grader(techniques: techniques, cues: NodeCues(scenarios: scenarios))
            cached = grader
            return grader
        }
    }
}
