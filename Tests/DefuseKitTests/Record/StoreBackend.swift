import Foundation
import PostgresTestServer
import Testing

@testable import DefuseKit

extension StoreBackend: CustomTestStringConvertible {
    public var testDescription: String { rawValue }

    /// Where a new, empty store of this kind is: a temporary file path, or the URL of a new
    /// database on the cluster.
    func newLocation() throws -> String { try location(file: temporaryDatabasePath()) }

    /// A new, empty store of this kind.
    func newStore() throws -> ResultStore { try ResultStore(path: newLocation()) }
}
