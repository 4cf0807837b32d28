/// Something a session tells its front end: the REPL renders these, the plain-text and JSON
/// modes print them, tests read them. The engine itself never prints.
public enum SessionEvent: Sendable, Hashable {
    /// The scenario opens: title, persona and situation.
    case intro(title: String, persona: Persona, summary: String)
    /// Narration or a stage direction (a node's `narrate`), told before the client's line and
    /// not in the client's voice.
    case narration(node: String, text: String)
    /// The client speaks (a node's `say`).
    case clientLine(node: String, text: String)
    /// An instruction to the rep (a node's `prompt`).
    case instruction(String)
    /// The rep is asked to type a reply.
    case awaitingReply(node: String, expect: [String], avoid: [String])
    /// The rep is asked to pick one of these lines (numbered from 1).
    case awaitingChoice(node: String, choices: [String])
    /// A reply could not be taken (a choice number out of range, an empty reply).
    case rejected(String)
    /// A reply was graded.
    case graded(Turn)
    /// The client's mood moved, on the rep's answer at `node` (whose `speaker`, when it has
    /// one, is who was listening).
    case moodChanged(from: Int, to: Int, node: String)
    /// A branch's `reply` line, said after the rep answered `node` (by the node's `speaker`,
    /// else the client).
    case clientReply(node: String, text: String)
    /// The mood reached 10, on the rep's answer at `node`.
    case boiledOver(goingTo: String?, node: String)
    /// The story ended.
    case ended(SessionResult)
}
