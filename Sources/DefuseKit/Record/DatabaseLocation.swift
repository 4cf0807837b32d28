import Foundation

extension ResultStore {
    /// Where the results database lives: `override` (`--db PATH`) when given, else `DEFUSE_DB`,
    /// else `$XDG_DATA_HOME/defuse/results.sqlite`, else `~/.local/share/defuse/results.sqlite`.
    ///
    /// Empty values count as unset, and so does a relative `XDG_DATA_HOME` (the XDG Base
    /// Directory specification says to ignore it). `~` is `HOME` from `environment`, or the
    /// user's home folder when `HOME` is unset.
    ///
    /// ```swift
    /// ResultStore.defaultPath(override: nil, environment: ["HOME": "/home/ana"])
    /// // "/home/ana/.local/share/defuse/results.sqlite"
    /// ```
    public static func defaultPath(override: String?, environment: [String: String]) -> String {
        if let override, !override.isEmpty { return override }
        if let path = environment["DEFUSE_DB"], !path.isEmpty { return path }
        let data: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            data = xdg
        } else {
            let home =
                environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
                ?? FileManager.default.homeDirectoryForCurrentUser.path
            data = home + "/.local/share"
        }
        return (data.hasSuffix("/") ? String(data.dropLast()) : data) + "/defuse/results.sqlite"
    }
}
