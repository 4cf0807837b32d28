import Foundation

/// Finds the files of the scenario library.
///
/// The rule of `shared/spec/cli.md`: scenarios come from `./Scenarios` when it exists, else the
/// ones built into the program; every `--scenarios DIR` adds more. Techniques always start from
/// the built-in set; technique files found in those folders add to it or replace an entry with
/// the same id, so a trainer can tune a phrase list without recompiling.
public struct LibraryLocator: Sendable {
    /// Folders given with `--scenarios`.
    public var extraFolders: [String]
    /// The working directory's `Scenarios` folder, when it is a folder.
    public var localFolder: String?

    public init(
        extraFolders: [String] = [], workingDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.extraFolders = extraFolders
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

    /// Every library file in play, each with its kind, and the folders that do not exist.
    public func files() -> (files: [(SourceFile, LibraryFileKind)], missing: [String]) {
        var result: [(SourceFile, LibraryFileKind)] = []
        var missing: [String] = []
        let builtIn = Self.builtInFiles.map { ($0, LibraryFileKind.of($0.path)) }
        // Built-in techniques always; built-in scenarios and drills only without ./Scenarios.
        result += builtIn.filter { localFolder == nil || $0.1 == .technique }
        var seen = Set<String>()
        for folder in [localFolder].compactMap({ $0 }) + extraFolders {
            let key = URL(fileURLWithPath: folder).standardizedFileURL.path
            guard seen.insert(key).inserted else { continue }
            let found = Self.files(under: folder)
            if found.missing { missing.append(folder) }
            // Kinds come from the path inside the folder, plus the folder's own name, so that
            // `--scenarios DIR/techniques` holds technique files too.
            let name = URL(fileURLWithPath: folder).lastPathComponent
            result += found.files.map {
                ($0, LibraryFileKind.of(name + "/" + String($0.path.dropFirst(folder.count))))
            }
        }
        return (result, missing)
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
