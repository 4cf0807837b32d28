import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// Turns ``PostgresSettings`` into a postgres-nio configuration, and postgres-nio's errors
/// into ``StoreError``s with the server's own words.
///
/// postgres-nio keeps its error descriptions vague on purpose (they may hold query data), so
/// the message is taken from the server's answer, or from the socket error underneath.
enum PostgresErrors {
    static func configuration(_ settings: PostgresSettings) throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        if settings.host.hasPrefix("/") {
            configuration = PostgresConnection.Configuration(
                unixSocketPath: "\(settings.host)/.s.PGSQL.\(settings.port)", username: settings.user,
                password: settings.password, database: settings.database)
        } else {
            configuration = PostgresConnection.Configuration(
                host: settings.host, port: settings.port, username: settings.user,
                password: settings.password,
                database: settings.database, tls: try tls(settings))
        }
        configuration.options.connectTimeout = .seconds(Int64(max(1, settings.connectTimeout)))
        return configuration
    }

    /// libpq's `sslmode`: `disable` plain; `allow`/`prefer` encrypted when the server offers it,
    /// unverified; `require` encrypted, unverified; `verify-ca` the certificate checked against
    /// the system's trust store; `verify-full` that and the host name.
    private static func tls(_ settings: PostgresSettings) throws -> PostgresConnection.Configuration.TLS {
        var tls = TLSConfiguration.makeClientConfiguration()
        switch settings.sslMode {
        case .disable: return .disable
        case .allow, .prefer, .require: tls.certificateVerification = .none
        case .verifyCA: tls.certificateVerification = .noHostnameVerification
        case .verifyFull: tls.certificateVerification = .fullVerification
        }
        let context: NIOSSLContext
        do {
            context = try NIOSSLContext(configuration: tls)
        } catch {
            throw StoreError.cannotOpen(path: settings.description, reason: "cannot set up TLS: \(error)")
        }
        return [.allow, .prefer].contains(settings.sslMode) ? .prefer(context) : .require(context)
    }

    /// The ``StoreError`` for a failed connection or query.
    static func storeError(_ error: any Error, settings: PostgresSettings, connecting: Bool = false)
        -> StoreError
    {
        if let error = error as? StoreError { return error }
        let location = settings.description
        if let error = error as? PSQLError {
            if let info = error.serverInfo, let message = info[.message] {
                let state = info[.sqlState] ?? ""
                // 28…: authentication; 3D000: no such database; 42501: no permission.
                if connecting || state.hasPrefix("28") || state == "3D000" {
                    return .cannotOpen(path: location, reason: message)
                }
                // 57P…: the server is shutting down or was restarted; 08…: connection trouble.
                if state.hasPrefix("57P") || state.hasPrefix("08") {
                    return .unavailable(location: location, reason: message)
                }
                return .io(path: location, reason: message)
            }
            switch error.code {
            case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
                return .unavailable(
                    location: location, reason: error.underlying.map(reason) ?? "the connection was closed")
            case .sslUnsupported:
                return .cannotOpen(
                    path: location,
                    reason: "the server does not offer TLS (sslmode=\(settings.sslMode.rawValue))")
            case .authMechanismRequiresPassword:
                return .cannotOpen(
                    path: location, reason: "the server asks for a password and none was given")
            default:
                return connecting
                    ? .unavailable(
                        location: location, reason: error.underlying.map(reason) ?? "\(error.code)")
                    : .io(path: location, reason: error.underlying.map(reason) ?? "\(error.code)")
            }
        }
        if connecting || error is NIOConnectionError || error is IOError || error is ChannelError {
            return .unavailable(location: location, reason: reason(error))
        }
        return .io(path: location, reason: reason(error))
    }

    /// Plain words for a socket-level error.
    static func reason(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            return error.serverInfo?[.message] ?? error.underlying.map(reason) ?? "\(error.code)"
        }
        if let error = error as? NIOConnectionError {
            if let dns = error.dnsAError ?? error.dnsAAAAError {
                return "cannot find \(error.host): \(reason(dns))"
            }
            if let first = error.connectionErrors.first { return reason(first.error) }
            return "cannot connect to \(error.host):\(error.port)"
        }
        if let error = error as? IOError { return String(cString: strerror(error.errnoCode)).lowercased() }
        if let error = error as? ChannelError, case .connectTimeout = error { return "no answer (timed out)" }
        return "\(error)"
    }
}
