import Testing

@testable import DefuseKit

/// The start-up shortcut must never call something a string that Yams's resolver would read as
/// a null, bool, number, merge key, timestamp or `=`.
@Suite struct PlainScalarTests {
    static let samples = [
        "", "~", "null", "Null", "NULL", "yes", "No", "on", "OFF", "true", "False", "y", "n", "<<", "=",
        "12", "-3", "+4", "0x1F", "0o17", "0b101", "1_000", "3.5", ".5", "-.inf", ".NaN", "1e3", "190:20:30",
        "2026-11-24", "2026-11-24 09:00:00", "hello", "From next month", "false alarm", "Yesterday",
        "trueish", "onward", "nullable", "Orthopaedic surgeon", "wrong-tray", "é", "[not a flow]",
    ]

    @Test(arguments: samples) func agreesWithTheResolver(_ text: String) throws {
        guard PlainScalar.isPlainText(text) else { return }
        #expect(PlainScalar.resolverTag(text) == "tag:yaml.org,2002:str", "\(text) would not be a string")
    }

    @Test func typedValuesStillResolve() throws {
        let root = try YAMLDocument.parse(
            "a: 12\nb: true\nc: ~\nd: 1.5\ne: Fine words here\nf: '12'\n", file: "t.yaml"
        )
        .get()
        guard case .mapping(let pairs) = root.content else {
            Issue.record("not a mapping")
            return
        }
        let scalars = pairs.map { pair -> YAMLValue.Scalar? in
            if case .scalar(let scalar, _) = pair.value.content { return scalar }
            return nil
        }
        #expect(
            scalars == [.int(12), .bool(true), .null, .float(1.5), .string("Fine words here"), .string("12")])
    }
}
