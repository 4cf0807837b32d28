import Foundation
import Testing

@testable import DefuseKit

/// `defuse list`'s memo of a clean library: keyed by the program and every file, stored
/// atomically, and ignored when it is off, missing or damaged.
@Suite struct ListingCacheTests {
    func folder() -> String {
        FileManager.default.temporaryDirectory.appending(path: "defuse-cache-\(UUID().uuidString)").path
    }

    let files = [
        SourceFile(path: "Scenarios/a.yaml", text: "id: a\n"),
        SourceFile(path: "Scenarios/b.yaml", text: "id: b\n"),
    ]

    var listing: [ScenarioListing] {
        let scenarios = Workspace.load(LibraryLocator(workingDirectory: "/nonexistent")).library.scenarios
        return scenarios.prefix(2).map { ScenarioListing($0) }
    }

    @Test func keyChangesWithEveryInput() {
        let cache = ListingCache(environment: ["DEFUSE_CACHE_DIR": folder()], program: "build 1")
        let key = cache.key(for: files)
        #expect(key.count == 32)
        #expect(cache.key(for: files) == key)
        var edited = files
        edited[1].bytes.append(0x20)
        #expect(cache.key(for: edited) != key)
        var renamed = files
        renamed[0].path = "Scenarios/c.yaml"
        #expect(cache.key(for: renamed) != key)
        #expect(cache.key(for: Array(files.prefix(1))) != key)
        #expect(cache.key(for: files.reversed()) != key)
        // Bytes moved from one file to the next are a different library.
        let shifted = [SourceFile(path: "x", text: "ab"), SourceFile(path: "x", text: "c")]
        let other = [SourceFile(path: "x", text: "a"), SourceFile(path: "x", text: "bc")]
        #expect(cache.key(for: shifted) != cache.key(for: other))
        let rebuilt = ListingCache(environment: ["DEFUSE_CACHE_DIR": folder()], program: "build 2")
        #expect(rebuilt.key(for: files) != key)
    }

    @Test func storedListingComesBackUnderItsKeyOnly() {
        let cache = ListingCache(environment: ["DEFUSE_CACHE_DIR": folder()], program: "build 1")
        let key = cache.key(for: files)
        #expect(cache.lookup(key) == nil)
        cache.store(listing, for: key)
        #expect(cache.lookup(key) == listing)
        var edited = files
        edited[0].bytes = Array("id: z\n".utf8)
        #expect(cache.lookup(cache.key(for: edited)) == nil)
    }

    @Test func damagedOrUnwritableCacheIsIgnored() throws {
        let dir = folder()
        let cache = ListingCache(environment: ["DEFUSE_CACHE_DIR": dir], program: "build 1")
        let key = cache.key(for: files)
        cache.store(listing, for: key)
        let path = try #require(cache.path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try String(text.dropLast(5)).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(cache.lookup(key) == nil)
        // A cache folder that is a file: storing fails quietly, looking up finds nothing.
        let blocked = folder()
        FileManager.default.createFile(atPath: blocked, contents: Data("x".utf8))
        let nowhere = ListingCache(environment: ["DEFUSE_CACHE_DIR": blocked], program: "build 1")
        nowhere.store(listing, for: key)
        #expect(nowhere.lookup(key) == nil)
    }

    @Test func turnedOffOrWithoutAProgramItDoesNothing() {
        let off = ListingCache(
            environment: ["DEFUSE_CACHE_DIR": folder(), "DEFUSE_NO_CACHE": "1"], program: "b")
        #expect(off.path == nil)
        #expect(ListingCache(environment: ["DEFUSE_CACHE_DIR": folder()], program: nil).path == nil)
        let xdg = ListingCache(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"], program: "b")
        #expect(xdg.path == "/x/defuse/list.json")
        let home = ListingCache(environment: ["HOME": "/h"], program: "b")
        #expect(home.path == "/h/.cache/defuse/list.json")
    }
}

/// `defuse grade`'s memo of the scenarios' cues: the same cues as reading the files, read back
/// from the cache while nothing changed, and read again when a file or a technique id does.
@Suite struct CueCacheTests {
    let files = LibraryLocator(workingDirectory: "/nonexistent").files().files
    /// The built-in techniques, as `defuse grade` passes them: every shipped scenario names a
    /// project technique somewhere, and a file that names an unknown one adds no cues.
    let techniques = TechniqueLibrary.builtIn.techniques

    func cache() -> ListingCache {
        let folder = FileManager.default.temporaryDirectory.appending(
            path: "defuse-cues-\(UUID().uuidString)")
        return ListingCache(environment: ["DEFUSE_CACHE_DIR": folder.path], program: "build 1", name: "cues")
    }

    @Test func cachedCuesAreTheCuesOfTheFiles() throws {
        let read = NodeCues(files: files, techniques: techniques)
        #expect(!read.isEmpty)
        let cache = cache()
        #expect(try #require(cache.path).hasSuffix("/cues.json"))
        #expect(NodeCues(files: files, techniques: techniques, cache: cache) == read)
        // Stored on the first run, read back on the next.
        let key = cache.key(for: files.map(\.0), adding: techniques.map(\.id))
        #expect(cache.lookup(key, as: NodeCues.self) == read)
        #expect(NodeCues(files: files, techniques: techniques, cache: cache) == read)
    }

    @Test func storedCuesAreUsedUntilAFileOrTechniqueChanges() {
        let cache = cache()
        // What the cache holds is what comes back (here: no cues at all, as no file gives).
        cache.store(value: NodeCues(), for: cache.key(for: files.map(\.0), adding: techniques.map(\.id)))
        #expect(NodeCues(files: files, techniques: techniques, cache: cache).isEmpty)
        var edited = files
        edited[0].0.bytes.append(0x0A)
        #expect(!NodeCues(files: edited, techniques: techniques, cache: cache).isEmpty)
        #expect(
            cache.key(for: files.map(\.0), adding: ["my-own-technique"])
                != cache.key(for: files.map(\.0), adding: techniques.map(\.id)))
    }
}
