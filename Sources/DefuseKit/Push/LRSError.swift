import Foundation

/// Why a learning record store did not take a batch of statements, as a value with a plain
/// message. ``isRefusal`` tells the front end which exit code fits: the LRS answered and said no
/// (65: wrong credentials, a statement it will not store) or could not be used (69: not
/// reachable, timed out, TLS, a server error, a redirect, an answer that is not xAPI).
public enum LRSError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No connection: refused, unknown host, network down.
    case unreachable(url: String, reason: String)
    /// No answer within the time allowed.
    case timedOut(url: String, seconds: Double)
    /// The TLS handshake failed (untrusted or expired certificate, …).
    case tls(url: String, reason: String)
    /// The LRS answered with a redirect; statements are not posted on to another address.
    case redirected(url: String, status: Int, location: String?)
    /// 401 or 403: the credentials were missing, wrong or not allowed to write statements.
    case unauthorized(url: String, status: Int, detail: String)
    /// 409: the LRS holds a different statement with an id in the batch.
    case conflict(url: String, detail: String)
    /// Another 4xx: the LRS will not take the statements as they are.
    case refused(url: String, status: Int, detail: String)
    /// 5xx: the LRS failed; trying later may work.
    case serverError(url: String, status: Int, detail: String)
    /// A success status whose body is not what an xAPI LRS answers, or another status.
    case unexpectedAnswer(url: String, status: Int, detail: String)
    /// The LRS stored part of a batch (a partial-success answer) and refused the rest.
    case partlyRefused(url: String, refused: Int, reasons: [String])

    /// Whether the LRS refused the statements (exit 65) rather than being unavailable (69).
    public var isRefusal: Bool {
        switch self {
        case .unauthorized, .conflict, .refused, .partlyRefused: true
        case .unreachable, .timedOut, .tls, .redirected, .serverError, .unexpectedAnswer: false
        }
    }

    /// A message for the trainer, saying what to do.
    public var message: String {
        switch self {
        case .unreachable(let url, let reason):
            "cannot reach the LRS at \(url): \(reason); nothing was marked as sent, push again later"
        case .timedOut(let url, let seconds):
            "the LRS at \(url) did not answer within \(Self.seconds(seconds)); nothing more was marked as sent, "
                + "push again later"
        case .tls(let url, let reason):
            "cannot open a secure connection to the LRS at \(url): \(reason); nothing was marked as sent "
                + "(check the address, https or http, and the server's certificate)"
        case .redirected(let url, let status, let location):
            "the LRS at \(url) answered \(status) redirecting to \(location ?? "another address"); "
                + "statements are not posted on to another address: give --lrs the address the LRS "
                + "really serves"
        case .unauthorized(let url, let status, let detail):
            "the LRS at \(url) refused the credentials (HTTP \(status)\(Self.said(detail))); check --user and "
                + "--password (or DEFUSE_LRS_USER and DEFUSE_LRS_PASSWORD) and that the account may write "
                + "statements"
        case .conflict(let url, let detail):
            "the LRS at \(url) already holds a different statement with the same id (HTTP 409"
                + "\(Self.said(detail)))"
        case .refused(let url, let status, let detail):
            "the LRS at \(url) refused the statements (HTTP \(status)\(Self.said(detail)))"
                + (status == 404
                    ? "; is --lrs the LRS's xAPI endpoint (often ending in /xAPI or /data/xAPI)?" : "")
        case .serverError(let url, let status, let detail):
            "the LRS at \(url) failed (HTTP \(status)\(Self.said(detail))); push again later"
        case .unexpectedAnswer(let url, let status, let detail):
            "the LRS at \(url) gave an answer that is not xAPI (HTTP \(status)\(Self.said(detail))); is --lrs "
                + "the LRS's xAPI endpoint?"
        case .partlyRefused(let url, let refused, let reasons):
            "the LRS at \(url) refused \(refused) statement\(refused == 1 ? "" : "s")"
                + (reasons.isEmpty ? "" : ": " + reasons.prefix(3).joined(separator: "; "))
        }
    }

    public var description: String { message }

    private static func said(_ detail: String) -> String { detail.isEmpty ? "" : ": \(detail)" }

    private static func seconds(_ value: Double) -> String {
        value == 1 ? "1 second" : value == value.rounded() ? "\(Int(value)) seconds" : "\(value) seconds"
    }

    /// What an LRS said in an error body, on one line and at most 300 characters: the `detail`,
    /// `message` or `error` of a JSON object, else the text itself.
    static func detail(_ body: Data) -> String {
        var text = String(decoding: body, as: UTF8.self)
        if let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] {
            for key in ["detail", "message", "error", "errorMessage"] {
                if let value = object[key] as? String {
                    text = value
                    break
                }
                if let value = object[key], JSONSerialization.isValidJSONObject(value),
                    let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])
                {
                    text = String(decoding: data, as: UTF8.self)
                    break
                }
            }
        }
        let line = String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { CharacterSet.controlCharacters.contains($0) ? " " : $0 })
        ).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        return line.count > 300 ? String(line.prefix(299)) + "…" : line
    }
}
