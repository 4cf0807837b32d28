import Foundation

/// A learning record store's xAPI endpoint, as `defuse push --lrs URL` names it: statements go
/// to `URL/statements`.
public struct LRSEndpoint: Sendable, Hashable {
    /// The endpoint with a lower-case scheme and host and no trailing slash: how the results
    /// store remembers what this LRS accepted (see `lrsStatement`).
    public let key: String
    /// `key` + `/statements`.
    public let statements: URL

    /// nil when `text` is not an absolute `http` or `https` URL with a host, or carries a
    /// query, a fragment or credentials (give those with `--user` and `--password`).
    public init?(_ text: String) {
        guard let parts = URLComponents(string: text.trimmingCharacters(in: .whitespaces)),
            let scheme = parts.scheme?.lowercased(), ["http", "https"].contains(scheme),
            let host = parts.host, !host.isEmpty,
            parts.query == nil, parts.fragment == nil, parts.user == nil, parts.password == nil
        else { return nil }
        var path = parts.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        let port = parts.port.map { ":\($0)" } ?? ""
        let shownHost = host.contains(":") ? "[\(host)]" : host
        key = "\(scheme)://\(shownHost.lowercased())\(port)\(path)"
        guard let url = URL(string: key + "/statements") else { return nil }
        statements = url
    }

    /// Whether the endpoint is plain `http` to a machine other than this one: a password sent
    /// there travels unencrypted.
    public var isInsecure: Bool {
        guard statements.scheme == "http", let host = statements.host else { return false }
        return !["localhost", "127.0.0.1", "::1", "[::1]"].contains(host)
    }
}

/// The `homePage` of the reps' xAPI accounts and the base of Defuse's activity IRIs: the
/// company's learning system, from `--home-page` or `DEFUSE_HOME_PAGE`.
public enum HomePage {
    /// The environment variable that gives it.
    public static let variable = "DEFUSE_HOME_PAGE"

    /// `text` without a trailing slash when it is an absolute `http` or `https` URL with a host;
    /// nil otherwise.
    public static func parse(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let parts = URLComponents(string: trimmed), let scheme = parts.scheme?.lowercased(),
            ["http", "https"].contains(scheme), let host = parts.host, !host.isEmpty,
            parts.query == nil, parts.fragment == nil
        else { return nil }
        var page = trimmed
        while page.hasSuffix("/") { page.removeLast() }
        return page
    }

    /// The home page `defuse push` uses when none is configured: the LRS's own origin
    /// (`https://lrs.example.com`), the organisation's learning system, rather than a placeholder.
    public static func origin(of endpoint: LRSEndpoint) -> String {
        guard let scheme = endpoint.statements.scheme, let host = endpoint.statements.host else {
            return endpoint.key
        }
        let port = endpoint.statements.port.map { ":\($0)" } ?? ""
        return "\(scheme)://\(host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host)\(port)"
    }
}
