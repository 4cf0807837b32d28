import DefuseKit
import FuzzSupport

/// Fuzz target: any bytes as a scenario file. Loading must never crash, hang or exhaust
/// memory: every problem is a diagnostic. The diagnostics are then rendered with their source
/// line and caret, which indexes into the text by line and column.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoad(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let file = SourceFile(path: "fuzz.yaml", bytes: inputBytes(data, size))
    let document = ScenarioLoader.load(file, context: ValidationContext(catalog: .rubric))
    let renderer = DiagnosticRenderer(showsSource: true)
    for diagnostic in document.diagnostics {
        _ = renderer.render(diagnostic, source: document.text)
    }
    if let scenario = document.scenario, !document.hasErrors {
        _ = GraphRenderer.render(scenario, as: .dot)
    }
    return 0
}

@_cdecl("DefuseFuzzLoad_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc: argc, argv: argv, fuzzLoad)
}
