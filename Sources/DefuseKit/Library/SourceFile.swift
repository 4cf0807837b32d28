/// A file of the scenario library, read from disk or embedded in the program.
public struct SourceFile: Sendable, Hashable {
    /// The path shown in diagnostics: as given on disk, or `<built-in>/…` for embedded files.
    public var path: String
    public var bytes: [UInt8]
    /// Set when the file exists but could not be read (permissions, a folder named `.yaml`).
    public var unreadable: Bool

    public init(path: String, bytes: [UInt8], unreadable: Bool = false) {
        self.path = path
        self.bytes = bytes
        self.unreadable = unreadable
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Whether the file was installed with the program (its path starts with `<built-in>/`).
    public var isBuiltIn: Bool { Self.isBuiltIn(path) }

    /// Whether a file at `path` was installed with the program.
    public static func isBuiltIn(_ path: String) -> Bool { path.hasPrefix("<built-in>/") }
}

/// What a library file holds, decided by the folder it sits in.
public enum LibraryFileKind: Sendable, Hashable {
    /// A scenario (any `.yaml`/`.yml` file not under `techniques/` or `drills/`).
    case scenario
    /// A technique card with its phrase patterns (under a `techniques/` folder).
    case technique
    /// A named, ordered list of scenario ids (under a `drills/` folder).
    case drill

    /// The kind of the file at `path` (relative to the library folder or absolute).
    public static func of(_ path: String) -> LibraryFileKind {
        let components = path.split(separator: "/").dropLast()
        if components.contains("techniques") { return .technique }
        if components.contains("drills") { return .drill }
        return .scenario
    }
}
