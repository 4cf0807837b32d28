import Foundation
import NIOCore
import PostgresNIO

/// A date as the stores keep it: to the millisecond (GRDB's `yyyy-MM-dd HH:mm:ss.SSS` on
/// SQLite; on PostgreSQL a `timestamptz` of whole milliseconds, written as the exact count of
/// microseconds rather than through `Date`'s own encoding, which truncates a product of
/// doubles and can land a microsecond short).
///
/// A date read from one store and written to the other (`defuse import`) keeps its millisecond:
/// the report of an imported file is the report it gave at home, durations included.
struct StoredDate: PostgresNonThrowingEncodable {
    /// Seconds from 1970 to 2000-01-01, PostgreSQL's epoch.
    private static let epoch2000: Int64 = 946_684_800
    /// Seconds from 1970 to 2001-01-01, `Date`'s reference date.
    private static let epoch2001: Int64 = 978_307_200

    /// Milliseconds since 1970.
    let milliseconds: Int64

    /// `date` cut to the millisecond, as SQLite would store it.
    init(_ date: Date) { milliseconds = Self.milliseconds(date) }

    static var psqlType: PostgresDataType { .timestamptz }
    static var psqlFormat: PostgresFormat { .binary }

    func encode<JSONEncoder: PostgresJSONEncoder>(
        into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
    ) {
        byteBuffer.writeInteger((milliseconds - Self.epoch2000 * 1000) * 1000)
    }

    /// `date` cut to the millisecond.
    ///
    /// A `Date` holds seconds since 2001 as a double; one read back from a store (whole
    /// seconds plus its milliseconds over 1000, ``DatabaseDate``) is within a ten-millionth of
    /// a second of its millisecond, on either side. The whole seconds and the fraction are
    /// taken apart (both exactly) and only the fraction is scaled, so that margin stays far
    /// below the microsecond nudge that keeps such a date on its millisecond. Scaling the whole
    /// count by 1000 first left the nudge below the double's precision, and about one stored
    /// date in nine came back a millisecond early.
    static func milliseconds(_ date: Date) -> Int64 {
        let interval = date.timeIntervalSinceReferenceDate
        let seconds = interval.rounded(.down)
        let fraction = ((interval - seconds) * 1000 + 0.001).rounded(.down)
        return (Int64(seconds) + epoch2001) * 1000 + Int64(fraction)
    }

    /// The date of a stored `timestamptz`, rounded to the millisecond.
    static func date(microsecondsSince2000 micros: Int64) -> Date {
        let millis = (micros >= 0 ? micros + 500 : micros - 500) / 1000
        var seconds = millis / 1000
        var rest = millis % 1000
        if rest < 0 {
            seconds -= 1
            rest += 1000
        }
        // As `DatabaseDate.parse`: whole seconds from the reference date, then the milliseconds.
        return Date(
            timeIntervalSinceReferenceDate: Double(seconds + epoch2000 - epoch2001) + Double(rest) / 1_000)
    }
}
