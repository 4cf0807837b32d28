import Foundation
import Testing

/// `defuse test --walk` says when a limit stopped it instead of calling reachable nodes
/// "never reached".
@Suite struct WalkCommandTests {
    @Test func theTurnCapIsNamedAndItsNodesAreNotNeverReached() throws {
        let folder = try DefuseProcess.emptyFolder()
        var text = """
            title: A long corridor
            summary: Forty-five lines before the end.
            persona: { name: Dr. Test, role: Surgeon, mood: 5 }
            start: n0
            nodes:

            """
        for index in 0..<45 {
            text +=
                "  n\(index):\n    say: Line \(index).\n    next:\n      - goto: \(index == 44 ? "done" : "n\(index + 1)")\n"
        }
        text += "  done:\n    end: resolved\n"
        let file = folder.appending(path: "corridor.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try DefuseProcess.run(["test", "--walk", file.path])
        #expect(
            result.stdout.contains("some paths stopped at the 40-turn cap"),
            "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("not reached within the limits: n41, n42, n43, n44, done"))
        #expect(!result.stdout.contains("never reached"))
    }
}
