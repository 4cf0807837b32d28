import DefuseKit

/// Plays one scenario with whichever front end fits: the REPL on a terminal, plain text or
/// JSON from standard input otherwise. Shared by `play`, `drill` and the menu.
struct ScenarioRun {
    var scenario: Scenario
    var workspace: Workspace
    var drill: Bool
    var interactive: Bool
    var json: Bool
    var recorder: StoreRecorder?
    var editor: LineEditor?
    /// What Enter does once the story has ended, for the REPL's closing line.
    var leaving = "leaves"

    /// How the scenario came out, and whether the rep asked to leave (Ctrl-D or /quit before
    /// the end), which stops a drill.
    mutating func play() throws -> (result: SessionResult, turns: [Turn], left: Bool) {
        let session = Session(scenario: scenario, grader: workspace.assessor, catalog: workspace.catalog)
        let renderer = TranscriptRenderer(
            showsFeedback: !drill, colour: interactive && Terminal.colour(),
            coach: Coach(techniques: workspace.techniques, modelReply: { session.modelReply(at: $0) }))
        if interactive, let editor {
            var repl = REPL(
                session: session, renderer: renderer, drill: drill, editor: editor, recorder: recorder,
                cards: workspace.advice)
            repl.leaving = leaving
            let result = try repl.run()
            return (result, repl.session.turns, result.outcome == "abandoned")
        }
        var scripted = ScriptedPlay(session: session, renderer: renderer, json: json, recorder: recorder)
        try scripted.run()
        return (scripted.session.result, scripted.session.turns, !scripted.session.isOver)
    }
}
