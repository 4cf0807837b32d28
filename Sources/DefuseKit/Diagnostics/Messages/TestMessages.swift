/// DF601: tests that trainers write inside a scenario file. `subject` names the test ("test 2").
extension DiagnosticMessage {
    static func replyTestMixedWithPath(_ subject: String, key: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .badTest, "\(subject) mixes a reply test ('node', 'reply') with a path test ('\(key)')")
    }

    static func testChecksNothing(_ subject: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .badTest,
            "\(subject) checks nothing; give it a 'path', an 'outcome', a 'score_at_least' or a 'score_at_most'"
        )
    }

    static func testCanNeverPass(_ subject: String, atLeast minimum: Int, atMost maximum: Int)
        -> DiagnosticMessage
    {
        DiagnosticMessage(
            .badTest,
            "\(subject) can never pass: 'score_at_least' \(minimum) is above 'score_at_most' \(maximum)")
    }
}
