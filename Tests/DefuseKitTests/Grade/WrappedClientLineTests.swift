import Testing

@testable import DefuseKit

/// A scenario's `say` written as a YAML block breaks its sentences across lines; the reply is
/// read against the line as if typed on one (review21 A finding 4: "…Match⏎it by Friday" hid
/// the demand from `capitulates`' client list in play, while `grade --client` found it).
@Suite struct WrappedClientLineTests {
    static let oneLine =
        "Meridian is thirty-one percent under you on nails. Same indications, same sizes. Match it by Friday, or the trauma business moves when your contract ends."
    static let wrapped =
        "Meridian is thirty-one percent under you on nails. Same indications, same sizes. Match\nit by Friday, or the trauma business moves when your contract ends.\n"
    static let reply = "Honestly though, I'm sure we can work something out."

    @Test func aWrappedLineReadsAsTheLineOnOneLine() {
        let typed = StructureReadingTests.found(Self.reply, Self.oneLine)
        #expect(typed.contains("capitulates"))
        #expect(StructureReadingTests.found(Self.reply, Self.wrapped) == typed)
    }

    @Test func unwrappingKeepsParagraphsAndLeavesOneLineAlone() {
        #expect(Grader.unwrapped("Match\n  it by Friday.") == "Match it by Friday.")
        #expect(Grader.unwrapped("He sighs.\n\nFine.") == "He sighs.\n\nFine.")
        #expect(Grader.unwrapped("One line.") == "One line.")
        #expect(Grader.unwrapped(nil) == nil)
    }
}
