import Foundation

/// One scenario as `defuse list` shows it (and as `defuse list --json` writes it).
public struct ScenarioListing: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    /// The persona's name.
    public var persona: String
    public var role: String
    public var trains: [String]
    /// The card names of ``trains``, in the same order (an id without a card stays an id): what
    /// the table shows; `--json` keeps the ids in `trains` beside them.
    public var trainsNames: [String]
    public var tags: [String]
    public var difficulty: Int
    public var nodes: Int
    public var file: String

    /// The listing of `scenario`, with the card names in `names` (by id).
    public init(_ scenario: Scenario, names: [String: String] = [:]) {
        id = scenario.id
        title = scenario.title
        persona = scenario.persona.name
        role = scenario.persona.role
        trains = scenario.trains
        trainsNames = scenario.trains.map { names[$0] ?? $0 }
        tags = scenario.tags
        difficulty = scenario.difficulty
        nodes = scenario.nodes.count
        file = scenario.file
    }
}

/// Remembers the listing of a library that loaded without errors, keyed by a hash of the
/// program and of every library file (path and bytes), so that `defuse list` on an unchanged
/// library does not parse and check every file again. Like a linter's cache: any change to a
/// file, a file added or removed, or a rebuilt program gives a new key and a full load.
///
/// The cache is one small file (`list.json`) in `DEFUSE_CACHE_DIR`, else
/// `$XDG_CACHE_HOME/defuse`, else `~/.cache/defuse`; `DEFUSE_NO_CACHE=1` turns it off. A cache
/// that cannot be read or written is ignored: the listing is then worked out as usual.
public struct ListingCache: Sendable {
    /// The cache file, or nil when caching is off.
    public let path: String?
    /// What identifies the running program (a rebuilt binary must not reuse old results).
    let program: String
    /// The first line's tag: what the file holds, and in which layout.
    let format: String

    /// A cache named `name`: `list` for the listing (`list.json`); `cues` holds the scenario
    /// cues `defuse grade` reads client lines by (``NodeCues/init(files:techniques:cache:)``).
    public init(environment: [String: String], program: String?, name: String = "list") {
        self.program = program ?? ""
        format = "defuse-\(name)-cache 2"  // 2: listings carry the card names
        guard program != nil, environment["DEFUSE_NO_CACHE"].map({ $0.isEmpty || $0 == "0" }) ?? true else {
            path = nil
            return
        }
        let folder: String? =
            if let explicit = environment["DEFUSE_CACHE_DIR"], !explicit.isEmpty {
                explicit
            } else if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
                xdg + "/defuse"
            } else if let home = environment["HOME"], !home.isEmpty {
                home + "/.cache/defuse"
            } else {
                nil
            }
        path = folder.map { $0 + "/\(name).json" }
    }

    /// The key for `files` (in order, as the library locator found them) and `more` (strings
    /// the value also depends on, such as technique ids).
    public func key(for files: [SourceFile], adding more: [String] = []) -> String {
        var hash = ContentHasher()
        hash.add(Array(format.utf8))
        hash.add(Array(program.utf8))
        for file in files {
            hash.add(Array(file.path.utf8))
            hash.add([file.unreadable ? 1 : 0])
            hash.add(file.bytes)
        }
        for string in more { hash.add(Array(string.utf8)) }
        return hash.hex
    }

    /// The listing stored under `key`, if there is one.
    public func lookup(_ key: String) -> [ScenarioListing]? { lookup(key, as: [ScenarioListing].self) }

    /// The value stored under `key`, if there is one and it decodes as `type`.
    public func lookup<Value: Decodable>(_ key: String, as type: Value.Type) -> Value? {
        guard let path, let data = FileManager.default.contents(atPath: path),
            let newline = data.firstIndex(of: 0x0A),
            String(decoding: data[..<newline], as: UTF8.self) == "\(format) \(key)"
        else { return nil }
        return try? JSONDecoder().decode(type, from: data[(newline + 1)...])
    }

    /// Stores `listing` under `key`, replacing what was there; failures are ignored.
    public func store(_ listing: [ScenarioListing], for key: String) { store(value: listing, for: key) }

    /// Stores `value` under `key`, replacing what was there; failures are ignored.
    public func store<Value: Encodable>(value: Value, for key: String) {
        guard let path, let body = try? JSONEncoder().encode(value) else { return }
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = path + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        var data = Data("\(format) \(key)\n".utf8)
        data.append(body)
        guard FileManager.default.createFile(atPath: temporary, contents: data) else { return }
        // Rename is atomic: a reader sees the old file or the new one, never half of one.
        if rename(temporary, path) != 0 { try? FileManager.default.removeItem(atPath: temporary) }
    }
}
