/// The grader is what sessions grade replies with: its verdicts become the session's
/// ``Assessment`` (ids present, the words that earned them, the quotes a rep reads, and each
/// verdict's explanation).
extension Grader: ReplyAssessing {
    public func assess(_ reply: String, client: String?) -> Assessment {
        let board = graded(reply, client: client, reading: nil, reasons: .written)
        let grade = finish(board)
        var assessment = Assessment(detected: Set(grade.detected))
        for verdict in grade.all {
            assessment.explanations[verdict.id] = verdict.explanation
            if verdict.present {
                assessment.evidence[verdict.id] = verdict.evidence.map(\.words)
                assessment.spans[verdict.id] = verdict.evidence.map { Self.span(of: $0, in: board.text) }
            }
            if let fraction = verdict.fraction { assessment.fractions[verdict.id] = fraction }
        }
        assessment.quotes = quotes(for: grade, in: board.text)
        return assessment
    }
}
