import ArgumentParser
import DefuseKit

/// Exit codes from sysexits(3), as `shared/spec/cli.md` requires.
enum Sysexits {
    static let ok: Int32 = 0
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let unavailable: Int32 = 69
    static let software: Int32 = 70
    static let ioError: Int32 = 74
}

extension StoreError {
    /// The exit code for a store that failed: 64 a store named wrongly (`--db`, `DEFUSE_DB`),
    /// 65 not a Defuse results database (or a newer one), 69 a server that cannot be reached,
    /// else 74.
    var exitCode: ExitCode {
        if isUsage { return ExitCode(Sysexits.usage) }
        if isBadData { return ExitCode(Sysexits.dataError) }
        if isUnavailable { return ExitCode(Sysexits.unavailable) }
        return ExitCode(Sysexits.ioError)
    }
}
