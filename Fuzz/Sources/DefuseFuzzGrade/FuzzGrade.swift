import DefuseKit
import FuzzSupport

/// The workspace's assessor, built once from the shipped technique files.
nonisolated(unsafe) private let assessor = Workspace.load(LibraryLocator()).assessor

/// Fuzz target: any text as a client line and a reply. The first line of the input is the
/// client's line (or none when the input has no newline), the rest is the rep's reply. The
/// grader must never crash, whatever the bytes: invalid UTF-8 is repaired as `String` does.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGrade(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: inputBytes(data, size), as: UTF8.self)
    let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    let client = parts.count == 2 ? String(parts[0]) : nil
    let reply = String(parts.last ?? "")
    let assessment = assessor.assess(reply, client: client)
    _ = assessor.assess(reply, client: nil)
    precondition(assessment.detected.allSatisfy { !$0.isEmpty }, "an empty id was detected")
    return 0
}

@_cdecl("DefuseFuzzGrade_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc: argc, argv: argv, fuzzGrade)
}
