import Testing

@testable import DefuseKit

/// Inputs found by `Fuzz/run.sh load` that crashed the loader, kept so they never do again.
@Suite struct FuzzRegressionTests {
    /// A base-60 integer too large for `Int`: Yams multiplied it out with trapping arithmetic.
    @Test func hugeSexagesimalIntegerIsTextNotACrash() {
        let document = ScenarioLoader.load(
            text: "12:1:1:2:1:1:1:09:1:09:1:1:09:1:09:1:0:09", context: ValidationContext(catalog: .rubric))
        #expect(document.hasErrors)
        #expect(document.scenario == nil)
    }

    @Test func sexagesimalIntegersKeepTheirValue() {
        #expect(Sexagesimal.int("190:20:30") == 685_230)
        #expect(Sexagesimal.int("-1:30") == -90)
        #expect(Sexagesimal.int("+1_0:00") == 600)
        #expect(Sexagesimal.int("1:2:3:4:5:6:7:8:9:10:11:12") == nil)
        #expect(Sexagesimal.int("12") == nil)
    }

    @Test func sexagesimalStillParsesAsANumber() throws {
        let root = try YAMLDocument.parse("a: 1:30\nb: 59:59:59:59:59:59:59:59:59:59:59:59\n", file: "t.yaml")
            .get()
        guard case .mapping(let pairs) = root.content else {
            Issue.record("not a mapping")
            return
        }
        let scalars = pairs.map { pair -> YAMLValue.Scalar? in
            if case .scalar(let scalar, _) = pair.value.content { return scalar }
            return nil
        }
        #expect(scalars == [.int(90), .string("59:59:59:59:59:59:59:59:59:59:59:59")])
    }
}
