import Foundation

/// Where and how to reach a PostgreSQL results store, from a `postgresql://` (or
/// `postgres://`) URL, then the usual `PG*` environment variables and the password file for
/// whatever the URL leaves out, the way `psql` and libpq read them:
///
/// - host: the URL's, else `PGHOST`, else the local socket folder `/var/run/postgresql` when
///   it exists, else `localhost`; a host starting with `/` is a socket folder;
/// - port: the URL's, else `PGPORT`, else 5432;
/// - user: the URL's, else `PGUSER`, else `USER`/`LOGNAME`, else `postgres`;
/// - database: the URL's path, else `PGDATABASE`, else the user name;
/// - password: the URL's, else `PGPASSWORD`, else the first matching line of `PGPASSFILE`
///   (default `~/.pgpass`, `host:port:database:user:password`, `*` matching anything; a
///   file others can read is ignored, as libpq does);
/// - `sslmode`: the URL's `?sslmode=`, else `PGSSLMODE`, else `prefer`.
///
/// ```swift
/// let settings = try PostgresSettings(url: "postgresql://trainer:s3cret@db.lan/defuse?sslmode=require",
///                                     environment: [:])
/// settings.description  // "postgresql://trainer@db.lan:5432/defuse?sslmode=require" (no password)
/// ```
public struct PostgresSettings: Sendable, Hashable, CustomStringConvertible {
    public enum SSLMode: String, Sendable, Hashable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var sslMode: SSLMode
    /// Seconds to wait for the server to answer a connection.
    public var connectTimeout: Int

    /// Whether `text` names a PostgreSQL store rather than a file.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    /// Reads `url`, filling the gaps from `environment` (and the password file it names).
    ///
    /// - Throws: ``StoreError/badLocation(_:reason:)`` for a URL that cannot be read.
    public init(url: String, environment: [String: String]) throws {
        func bad(_ reason: String) -> StoreError { .badLocation(Self.redacted(url), reason: reason) }
        guard Self.isURL(url), let parts = URLComponents(string: url) else {
            throw bad("expected postgresql://user:password@host:port/database?sslmode=…")
        }
        func env(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        var query: [String: String] = [:]
        for item in parts.queryItems ?? [] { query[item.name] = item.value ?? "" }
        let host = parts.percentEncodedHost.flatMap { $0.isEmpty ? nil : $0.removingPercentEncoding }
        let resolvedHost =
            host ?? query["host"] ?? env("PGHOST")
            ?? (FileManager.default.fileExists(atPath: "/var/run/postgresql")
                ? "/var/run/postgresql" : "localhost")
        self.host = resolvedHost
        let port = parts.port ?? query["port"].flatMap(Int.init) ?? env("PGPORT").flatMap(Int.init) ?? 5432
        guard (1...65_535).contains(port) else { throw bad("the port is not a number from 1 to 65535") }
        self.port = port
        let user =
            parts.user.flatMap { $0.isEmpty ? nil : $0.removingPercentEncoding } ?? query["user"] ?? env(
                "PGUSER")
            ?? env("USER") ?? env("LOGNAME") ?? "postgres"
        self.user = user
        let path = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        let database = path.isEmpty ? query["dbname"] ?? env("PGDATABASE") ?? user : path
        self.database = database
        let mode = query["sslmode"] ?? env("PGSSLMODE") ?? "prefer"
        guard let sslMode = SSLMode(rawValue: mode) else {
            throw bad(
                "sslmode '\(mode)' is not one of \(SSLMode.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self.sslMode = sslMode
        connectTimeout =
            query["connect_timeout"].flatMap(Int.init) ?? env("PGCONNECT_TIMEOUT").flatMap(Int.init) ?? 10
        password =
            parts.password ?? query["password"] ?? env("PGPASSWORD")
            ?? Self.passwordFile(environment).flatMap {
                PasswordFile.password(in: $0, host: resolvedHost, port: port, database: database, user: user)
            }
    }

    /// The URL without its password: safe to print.
    public var description: String {
        let socket = host.hasPrefix("/") ? "?host=\(host)" : ""
        let hostPart = host.hasPrefix("/") ? "" : host.contains(":") ? "[\(host)]" : host
        let ssl = sslMode == .prefer ? "" : (socket.isEmpty ? "?" : "&") + "sslmode=\(sslMode.rawValue)"
        return "postgresql://\(user)@\(hostPart):\(port)/\(database)\(socket)\(ssl)"
    }

    /// A URL as given, its password (if any) replaced by `***`.
    static func redacted(_ url: String) -> String {
        guard var parts = URLComponents(string: url), parts.password != nil else { return url }
        parts.password = "***"
        return parts.string ?? url
    }

    /// The contents of the password file, when it exists and only its owner may read it.
    private static func passwordFile(_ environment: [String: String]) -> String? {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let path = environment["PGPASSFILE"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.pgpass"
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let mode = attributes[.posixPermissions] as? Int, mode & 0o077 == 0
        else { return nil }
        return try? String(contentsOfFile: path, encoding: .utf8)
    }
}

/// The lines of a libpq password file: `hostname:port:database:username:password`, where `*`
/// matches anything and `\:` and `\\` stand for `:` and `\`.
enum PasswordFile {
    static func password(in text: String, host: String, port: Int, database: String, user: String) -> String?
    {
        let wanted = [host, String(port), database, user]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(line)
            guard fields.count == 5 else { continue }
            let matches = zip(fields.prefix(4), wanted).allSatisfy { field, value in
                field == "*" || field == value
                    || (field == "localhost" && value.hasPrefix("/"))
            }
            if matches { return fields[4] }
        }
        return nil
    }

    private static func split(_ line: Substring) -> [String] {
        var fields: [String] = []
        var field = ""
        var escaped = false
        for character in line {
            if escaped {
                field.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 4 {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }
}
