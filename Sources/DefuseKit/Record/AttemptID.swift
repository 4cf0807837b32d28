import Foundation

/// How an attempt's stable id is written in a results store: a UUID as lowercase text.
///
/// The UUID is made when the attempt begins and never changes, so an attempt keeps its id when
/// it is imported into another store, and two laptops never give two attempts the same one.
public enum AttemptID {
    /// `uuid` as stored: `3f2504e0-4f89-41d3-9a0c-0305e82c3301`.
    public static func text(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }

    /// The UUID of stored text; nil when it is not one.
    public static func parse(_ text: String) -> UUID? { UUID(uuidString: text) }
}
