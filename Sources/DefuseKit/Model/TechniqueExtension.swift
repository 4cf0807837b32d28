/// A technique file with `extends: ID`: phrase patterns and `except` entries added to the
/// technique `ID` (installed or a trainer's own), so that a trainer can tune a phrase list
/// without copying the whole file. Every other part of the technique stays as it is.
struct TechniqueExtension: Sendable {
    /// The id of the technique extended.
    var target: String
    /// Where the `extends` value stands, for an unknown id.
    var targetLocation: SourceLocation
    /// Patterns added to the technique's `patterns`, in file order.
    var patterns: [String]
    /// Patterns added to the technique's `except`, each with where it stands.
    var except: [(source: String, location: SourceLocation)]
    /// Every added pattern, parsed.
    var parsed: [String: Pattern]
    /// The file it comes from.
    var file: String
    /// Whether `except` is the file's last key (lines appended at the end land in it).
    var exceptIsLast: Bool
}
