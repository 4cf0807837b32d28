/// The grader is what sessions grade replies with: its verdicts become the session's
/// ``Assessment`` (ids present, the words that earned them, and each verdict's explanation).
extension Grader: ReplyAssessing {
    public func assess(_ reply: String, client: String?) -> Assessment {
        let grade = grade(reply, client: client)
        var assessment = Assessment(detected: Set(grade.detected))
        for verdict in grade.all {
            assessment.explanations[verdict.id] = verdict.explanation
            if verdict.present { assessment.evidence[verdict.id] = verdict.evidence.map(\.words) }
            if let fraction = verdict.fraction { assessment.fractions[verdict.id] = fraction }
        }
        return assessment
    }
}
