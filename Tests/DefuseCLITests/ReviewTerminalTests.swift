import Foundation
import PostgresTestServer
import Testing

/// `defuse review` on a real terminal (tmux), as a trainer uses it: pick an attempt, read a turn,
/// flip a verdict, write a note with readline editing, move on, leave.
@Suite(.serialized) struct ReviewTerminalTests {
    @Test(arguments: StoreBackend.tested) func aTrainerFlipsAVerdictAndWritesANote(_ backend: StoreBackend)
        throws
    {
        let folder = try DefuseProcess.emptyFolder()
        let scenarios = DefuseProcess.fixtures.appending(path: "review").path
        let db = try backend.location(file: folder.appending(path: "results.sqlite").path)
        let play = try DefuseProcess.run(
            ["play", "service-desk", "--name", "Ana", "--scenarios", scenarios],
            input: "\(ReviewCommandTests.sorry)\n\(ReviewCommandTests.plan)\n1\n", in: folder,
            environment: ["DEFUSE_DB": db])
        #expect(play.status == 0, "\(play.stderr)")

        let tmux = Tmux()
        defer { tmux.kill() }
        // Tall enough that the list, a card of every verdict and the review printed above the
        // next card all stay on the screen as the catalogue of techniques grows.
        try tmux.start(
            Tmux.isolated(in: folder, db: db)
                + "'\(DefuseProcess.binary.path)' review --scenarios '\(scenarios)' --by Kim", columns: 150,
            rows: 200)
        let list = try tmux.screen(containing: "attempt>")
        #expect(list.contains("Ana") && list.contains("service-desk") && list.contains("3 turns"))

        try tmux.send("1", "Enter")
        let card = try tmux.screen(containing: "turn 1>")
        #expect(card.contains("── Turn 1 of 3 · opening · score"))
        #expect(card.contains("Jo Reyes: The implants for this morning never arrived. What happened?"))
        #expect(card.contains("Ana: \(ReviewCommandTests.sorry)"))
        // Every verdict is listed, numbered; the expected ones are marked.
        let thanksLine = try #require(card.split(separator: "\n").first { $0.contains(" thanks") })
        let apologyLine = try #require(card.split(separator: "\n").first { $0.contains(" apology ") })
        #expect(apologyLine.contains("expected"))
        let number = try #require(thanksLine.split(separator: " ").first.map(String.init))
        let wasPresent = thanksLine.contains("✓")

        // Flip thanks. The review is printed, then the card again: wait for the prompt under it.
        try tmux.send(number, "Enter")
        let flipped = try tmux.screen(where: {
            Tmux.after($0, "thanks: \(wasPresent ? "absent" : "present") (grader:").contains("turn 1>")
        })
        #expect(
            Tmux.after(flipped, "thanks: \(wasPresent ? "absent" : "present") (grader:").contains(
                "✎ Kim (grader \(wasPresent ? "✓" : "✗"))"), "\(flipped)")

        // A note, edited with readline: type, go to the start of the line (Ctrl-A), add a word.
        try tmux.send("n", "Enter")
        try tmux.screen(containing: "note>")
        try tmux.send("too vague", "C-a", "Far ", "Enter")
        try tmux.screen(containing: "note: Far too vague")

        // Enter moves to the next turn; q goes back to the list, which now counts the review.
        try tmux.send("Enter")
        try tmux.screen(containing: "── Turn 2 of 3")
        try tmux.send("q", "Enter")
        try tmux.screen(containing: "3 turns, 1 reviewed")
        try tmux.send("q", "Enter")
        #expect(try tmux.exitStatus() == 0)

        // The store holds what the trainer did.
        let report = try DefuseProcess.run(
            ["report", "--format", "json", "--scenarios", scenarios], in: folder,
            environment: ["DEFUSE_DB": db])
        let object = try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any]
        let attempt = try #require((object?["attempts"] as? [[String: Any]])?.first)
        let reply = try #require((attempt["replies"] as? [[String: Any]])?.first)
        #expect(reply["overrides"] as? [String: Bool] == ["thanks": !wasPresent])
        let review = try #require(reply["review"] as? [String: Any])
        #expect(review["note"] as? String == "Far too vague")
        #expect(review["reviewer"] as? String == "Kim")
    }
}
