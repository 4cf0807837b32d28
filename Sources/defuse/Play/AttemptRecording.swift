import DefuseKit

/// Where a front end sends a session's progress so that every graded reply is kept as soon as
/// it is made. The results store implements it; playing without a database passes nil.
protocol AttemptRecording {
    /// Records what `events` (the answer to one reply) changed: new turns, a retried turn.
    mutating func record(_ events: [SessionEvent], session: Session) throws
    /// Notes a turn taken back with `/retry`.
    mutating func retract(turnIndex: Int) throws
    /// Closes the attempt when the story ended; an unfinished one stays `abandoned`.
    mutating func finish(_ session: Session) throws
    /// The story's end is taken back (`/retry` on the turn that ended it): the attempt is
    /// open again.
    mutating func reopen() throws
    /// The scenario starts over: later turns belong to a new attempt.
    mutating func restart() throws
}
