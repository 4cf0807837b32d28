/// Exit codes from sysexits(3), as `shared/spec/cli.md` requires.
enum Sysexits {
    static let ok: Int32 = 0
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let software: Int32 = 70
    static let ioError: Int32 = 74
}
