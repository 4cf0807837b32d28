/// DF201–DF207: references between nodes, techniques, scenarios and drill sets, and ids
/// used twice.
extension DiagnosticMessage {
    /// DF201: `what` is the key or item naming the node ("start", "goto of branch 2").
    static func unknownNode(_ id: String, namedBy what: String) -> DiagnosticMessage {
        DiagnosticMessage(.unknownNode, "\(what) '\(id)' names no node of this scenario")
    }

    /// DF202: a scenario names an id the technique library does not define.
    static func unknownTechnique(_ id: String, in role: ScenarioDocument.Reference.Role) -> DiagnosticMessage
    {
        DiagnosticMessage(
            .unknownTechnique, "'\(id)' (in '\(role.rawValue)') is not a defined technique or violation")
    }

    /// DF202: a technique file extends an id the library does not define.
    static func unknownExtendedTechnique(_ id: String) -> DiagnosticMessage {
        DiagnosticMessage(.unknownTechnique, "'extends' names technique '\(id)', which is not in the library")
    }

    /// DF203.
    static func techniqueKindMismatch(
        _ id: String, is kind: TechniqueKind, in role: ScenarioDocument.Reference.Role,
        takes wanted: TechniqueKind
    ) -> DiagnosticMessage {
        DiagnosticMessage(
            .techniqueKindMismatch,
            "'\(id)' is a \(kind.rawValue) but '\(role.rawValue)' takes \(wanted.rawValue)s")
    }

    /// DF204: `first` is `file:line` of the scenario that has the id.
    static func duplicateScenarioID(_ id: String, firstAt first: String) -> DiagnosticMessage {
        DiagnosticMessage(.duplicateScenarioID, "scenario id '\(id)' is already used by \(first)")
    }

    /// DF205.
    static func unknownScenario(_ id: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .unknownScenario, "the drill set names scenario '\(id)', which is not in the library")
    }

    /// DF206: `first` is the file of the drill set that has the id.
    static func duplicateDrillSetID(_ id: String, firstIn first: String) -> DiagnosticMessage {
        DiagnosticMessage(.duplicateDrillSetID, "drill set id '\(id)' is already used by \(first)")
    }

    /// DF207: what a local file replaces.
    enum Replaced: String {
        case scenario
        case drillSet = "drill set"
        case technique
    }

    /// DF207.
    static func replacesInstalled(_ what: Replaced, _ id: String) -> DiagnosticMessage {
        DiagnosticMessage(.replacesInstalled, "this file replaces the installed \(what.rawValue) '\(id)'")
    }
}
