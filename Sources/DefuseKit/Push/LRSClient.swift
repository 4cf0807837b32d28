import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// HTTP basic-auth credentials for a learning record store.
public struct LRSCredentials: Sendable, Hashable {
    public var user: String
    public var password: String

    public init(user: String, password: String) {
        self.user = user
        self.password = password
    }

    /// The `Authorization` header's value.
    var header: String { "Basic " + Data("\(user):\(password)".utf8).base64EncodedString() }
}

/// Posts batches of xAPI 1.0.3 statements to an LRS's `statements` resource, one request at a
/// time, and tells what the LRS answered (see ``LRSError`` for every way it can go wrong).
///
/// Redirects are not followed: a `POST` must not be turned into something else, nor the
/// credentials sent on to another address. Each request has `timeout` seconds of silence at most.
public final class LRSClient: Sendable {
    public let endpoint: LRSEndpoint
    public let timeout: TimeInterval
    private let credentials: LRSCredentials?
    private let session: URLSession

    /// What the LRS answered to a batch it took.
    public enum Answer: Sendable, Hashable {
        /// Every statement is stored (stored now, or held already under the same id).
        case stored
        /// A partial-success answer: the statements at these 0-based indexes were refused, with
        /// the LRS's reasons; the others are stored.
        case partlyStored(refused: [Int: String])
    }

    public init(endpoint: LRSEndpoint, credentials: LRSCredentials?, timeout: TimeInterval = 30) {
        self.endpoint = endpoint
        self.credentials = credentials
        self.timeout = timeout
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = max(timeout, 10) * 4
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        session = URLSession(configuration: configuration, delegate: RedirectRefusal(), delegateQueue: nil)
    }

    deinit { session.invalidateAndCancel() }

    /// Posts `body`, a JSON array of statements.
    public func post(_ body: Data) throws(LRSError) -> Answer {
        var request = URLRequest(url: endpoint.statements, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.httpBody = body
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("1.0.3", forHTTPHeaderField: "X-Experience-API-Version")
        if let credentials { request.setValue(credentials.header, forHTTPHeaderField: "Authorization") }
        let exchange = Exchange()
        let task = session.dataTask(with: request) { data, response, error in
            exchange.finish(data: data, response: response, error: error)
        }
        task.resume()
        let (data, response, error) = exchange.wait()
        let url = endpoint.statements.absoluteString
        if let error { throw Self.failure(error, url: url, timeout: timeout) }
        guard let response = response as? HTTPURLResponse else {
            throw .unexpectedAnswer(url: url, status: 0, detail: "no HTTP answer")
        }
        return try Self.answer(status: response.statusCode, body: data ?? Data(), headers: response, url: url)
    }

    /// What an HTTP answer means for the batch.
    static func answer(status: Int, body: Data, headers: HTTPURLResponse?, url: String) throws(LRSError)
        -> Answer
    {
        switch status {
        case 204: return .stored
        case 200:
            let json = try? JSONSerialization.jsonObject(with: body)
            if let ids = json as? [Any], ids.allSatisfy({ $0 is String }) { return .stored }
            // A partial-success answer (Ralph's `partialSuccess`): {inserted, rejected, ids, errors}.
            if let object = json as? [String: Any], let errors = object["errors"] as? [[String: Any]] {
                var refused: [Int: String] = [:]
                for error in errors {
                    let index = (error["index"] as? Int) ?? -1
                    let reason = LRSError.detail(Data(((error["reason"] as? String) ?? "refused").utf8))
                    // An error for no statement in particular refuses them all.
                    guard index >= 0 else {
                        throw .refused(url: url, status: status, detail: reason)
                    }
                    refused[index] = reason
                }
                return refused.isEmpty ? .stored : .partlyStored(refused: refused)
            }
            throw .unexpectedAnswer(url: url, status: status, detail: LRSError.detail(body))
        case 300..<400:
            throw .redirected(
                url: url, status: status, location: headers?.value(forHTTPHeaderField: "Location"))
        case 401, 403: throw .unauthorized(url: url, status: status, detail: LRSError.detail(body))
        case 409: throw .conflict(url: url, detail: LRSError.detail(body))
        case 400..<500: throw .refused(url: url, status: status, detail: LRSError.detail(body))
        case 500..<600: throw .serverError(url: url, status: status, detail: LRSError.detail(body))
        default: throw .unexpectedAnswer(url: url, status: status, detail: LRSError.detail(body))
        }
    }

    /// A transport error as an ``LRSError``.
    static func failure(_ error: any Error, url: String, timeout: TimeInterval) -> LRSError {
        guard let error = error as? URLError else {
            return .unreachable(url: url, reason: "\(error)")
        }
        switch error.code {
        case .timedOut: return .timedOut(url: url, seconds: timeout)
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected,
            .clientCertificateRequired:
            return .tls(url: url, reason: "\(error.localizedDescription) (URLError \(error.code.rawValue))")
        case .cannotConnectToHost: return .unreachable(url: url, reason: "the connection was refused")
        case .cannotFindHost, .dnsLookupFailed: return .unreachable(url: url, reason: "unknown host")
        case .notConnectedToInternet: return .unreachable(url: url, reason: "no network")
        case .networkConnectionLost: return .unreachable(url: url, reason: "the connection was lost")
        default:
            // On Linux a failed handshake (curl's SSL errors) arrives as an unknown URLError whose
            // description is OpenSSL's.
            let description = error.localizedDescription
            if ["SSL", "TLS", "certificate"].contains(where: description.contains) {
                return .tls(url: url, reason: description)
            }
            return .unreachable(url: url, reason: "\(description) (URLError \(error.code.rawValue))")
        }
    }
}

/// Hands a data task's answer to the thread that waits for it.
private final class Exchange: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var result: (Data?, URLResponse?, (any Error)?) = (nil, nil, nil)

    func finish(data: Data?, response: URLResponse?, error: (any Error)?) {
        lock.withLock { result = (data, response, error) }
        done.signal()
    }

    func wait() -> (Data?, URLResponse?, (any Error)?) {
        done.wait()
        return lock.withLock { result }
    }
}

/// Answers every redirect with "do not follow": the task completes with the 3xx response.
private final class RedirectRefusal: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
