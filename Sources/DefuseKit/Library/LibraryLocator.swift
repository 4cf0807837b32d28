import Foundation

/// Finds the files of the scenario library.
///
/// The rule of `shared/spec/cli.md`, "Where things live": the library installed with the program
/// (built into it) is always there; `./Scenarios`, when it exists, and every `--scenarios DIR`
/// add to it. A file whose id matches an installed scenario, technique or drill set replaces
/// that one (the loaders note it, DF207); `--no-builtin` leaves the installed scenarios and drill
/// sets out. The installed techniques stay even then: the rubric is graded against them, and a
/// technique file still replaces or extends one.
public struct LibraryLocator: Sendable {
    /// Folders given with `--scenarios`.
    public var extraFolders: [String]
    /// The working directory's `Scenarios` folder, when it is a folder.
    public var localFolder: String?
    /// Whether the installed scenarios and drill sets are in play (`--no-builtin` clears it).
    public var includesBuiltIn: Bool

    public init(
        extraFolders: [String] = [], includesBuiltIn: Bool = true,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.extraFolders = extraFolders
        self.includesBuiltIn = includesBuiltIn
        let local = URL(fileURLWithPath: workingDirectory).appending(path: "Scenarios").path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: local, isDirectory: &isFolder), isFolder.boolValue {
            localFolder = "Scenarios"
        }
    }

    /// The files the program was built with.
    public static var builtInFiles: [SourceFile] {
        EmbeddedLibrary.files.map { SourceFile(path: "<built-in>/" + $0.path, text: $0.text) }
    }

    /// Every library file in play, each with its kind, and the folders that do not exist:
    /// the installed files first, then the trainer's own.
    public func files() -> (files: [(SourceFile, LibraryFileKind)], missing: [String]) {
        var own: [(SourceFile, LibraryFileKind)] = []
        var missing: [String] = []
        var seen = Set<String>()
        for folder in [localFolder].compactMap({ $0 }) + extraFolders {
            let key = URL(fileURLWithPath: folder).standardizedFileURL.path
            guard seen.insert(key).inserted else { continue }
            let found = Self.files(under: folder)
            if found.missing { missing.append(folder) }
            // Kinds come from the path inside the folder, plus the folder's own name, so that
            // `--scenarios DIR/techniques` holds technique files too.
            let name = URL(fileURLWithPath: folder).lastPathComponent
            own += found.files.map {
                ($0, LibraryFileKind.of(name + "/" + String($0.path.dropFirst(folder.count))))
            }
        }
        // Running inside this repository, `./Scenarios` holds the installed files themselves: an
        // installed scenario or drill set with the same bytes as one of the trainer's files is
        // that file, so it is neither read twice nor reported as replaced. (Technique files are
        // all kept: the technique loader reads identical bytes once and needs the full set.)
        let ownBytes = Set(own.filter { $0.1 != .technique }.map(\.0.bytes))
        let builtIn = Self.builtInFiles.map { ($0, LibraryFileKind.of($0.path)) }.filter {
            $0.1 == .technique || (includesBuiltIn && !ownBytes.contains($0.0.bytes))
        }
        return (builtIn + own, missing)
    }

    /// The `.yaml`/`.yml` files at `path` (a file, or a folder searched recursively, sorted).
    public static func files(under path: String) -> (files: [SourceFile], missing: Bool) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return ([], true) }
        guard isFolder.boolValue else {
            return ([read(path)].compactMap { $0 }, false)
        }
        var paths: [String] = []
        if let walker = FileManager.default.enumerator(atPath: path) {
            for case let relative as String in walker
            where relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") {
                paths.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
            }
        }
        return (paths.sorted().compactMap(read), false)
    }

    /// A file's bytes; an unreadable file is marked so that its load reports the problem.
    static func read(_ path: String) -> SourceFile? {
        guard let data = FileManager.default.contents(atPath: path) else {
            return SourceFile(path: path, bytes: [], unreadable: true)
        }
        return SourceFile(path: path, bytes: Array(data))
    }
}
