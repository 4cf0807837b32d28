/// The stable code of each kind of problem. Codes never change meaning, and each has one
/// severity and name (``descriptor``); the authoring guide (`Docs/diagnostics.md`) has a
/// paragraph for each.
public enum DiagnosticCode: String, Hashable, Sendable, Codable, CaseIterable {
    // Reading the file
    case unreadableFile = "DF001"
    case invalidEncoding = "DF002"
    case fileTooLarge = "DF003"
    case emptyFile = "DF004"
    case notYAML = "DF005"
    case nestingTooDeep = "DF006"
    case aliasExpansion = "DF007"
    case multipleDocuments = "DF008"
    // Shape of the document
    case missingKey = "DF101"
    case unknownKey = "DF102"
    case duplicateKey = "DF103"
    case wrongType = "DF104"
    case outOfRange = "DF105"
    case badIdentifier = "DF106"
    case unknownValue = "DF107"
    // References
    case unknownNode = "DF201"
    case unknownTechnique = "DF202"
    case techniqueKindMismatch = "DF203"
    case duplicateScenarioID = "DF204"
    case unknownScenario = "DF205"
    case duplicateDrillSetID = "DF206"
    case replacesInstalled = "DF207"
    // Structure of the story
    case noDefaultBranch = "DF301"
    case defaultBranchNotLast = "DF302"
    case mixedNodeKind = "DF303"
    case emptyList = "DF304"
    case unreachableNode = "DF401"
    case noReachableEnding = "DF402"
    case inescapableCycle = "DF403"
    case multiLineTitle = "DF404"
    case unguardedBreach = "DF405"
    case hiddenGate = "DF406"
    case creditNotExpected = "DF407"
    case uncreditedBreachLine = "DF408"
    // Technique files
    case badPattern = "DF501"
    case duplicateTechniqueID = "DF502"
    case rubricKindMismatch = "DF503"
    case exceptNeverCancels = "DF504"
    // Tests inside files
    case badTest = "DF601"
}
