/// A turn that crosses a line scores 0 (review13 finding 13).
///
/// A reply that shows a violation its node avoids crosses a line when the violation is
/// - one of ``ids`` (the compliance breaches of the rubric, ``ComplianceBreaches``, but terms
///   beyond the rep's authority, and a time promised that skips sterile processing,
///   `impossible-time`), unless the branch the reply
///   takes asks about it: names it in `violated:` beside a `met:` (the branch written for a
///   reply that may be misread, which goes to a check that asks what was meant: a working meal
///   that is part of the training, the contract's own consignment); or
/// - any other violation that the branch the reply takes reads as the breach: the branch names
///   it in `violated:`, asks no `met:`, and goes to a breach ending (`breach: true`) or to a
///   check whose line crediting that violation goes to one (the check asks the rep to confirm
///   what the reply read as: a yes to a swap of reps, a skipped step).
///
/// Such a turn scores 0 whatever else it met, and the techniques read in it are not listed as
/// shown in the run: a new rep must not read 75% beside a reply that crossed a line. The branch
/// is chosen as before, on the score the formula gives (``Scoring/turnScore(met:expected:violations:)``).
/// A picked line that credits such a violation (one of ``ids``, or any violation when the
/// line goes to a breach ending) scores 0 the same way.
public enum CrossedLine {
    /// Violations that cross a line at any node that avoids them. Not `unauthorised-concession`:
    /// a discount beyond the rep's authority is a lesson in judgement that loses the account (a
    /// `lost` ending without the flag), and its turn saying "a line crossed" beside an ending that
    /// says none crossed told the rep two things (review22 A finding 5, C finding 10). It still
    /// crosses one where its branch reads it as the breach (terms with a competitor claim, free
    /// goods), by the second rule below.
    public static let ids: Set<String> = ComplianceBreaches.ids.subtracting(["unauthorised-concession"])
        .union(["impossible-time"])

    /// The violations of a typed reply that cross a line: of `violations` (those its node
    /// avoids that the reply showed), the ones in ``ids`` and the ones `branch` (the branch the
    /// reply takes) reads as the breach. In the order of `violations`.
    public static func crossed(_ violations: [String], branch: Branch?, in scenario: Scenario) -> [String] {
        violations.filter { id in
            if ids.contains(id) { return branch.map { !asks($0, id) } ?? true }
            return branch.map { readsBreach($0, id, in: scenario) } == true
        }
    }

    /// The violations a picked line credits that cross a line: those in ``ids``, and every
    /// violation it credits when it goes to a breach ending.
    public static func crossed(
        choice: Choice, goingTo goto: String, in scenario: Scenario, catalog: TechniqueCatalog
    ) -> [String] {
        let violations = choice.credits.filter { catalog.kind(of: $0) == .violation }
        return scenario.isBreachEnding(goto) ? violations : violations.filter(ids.contains)
    }

    /// Whether `branch` asks about `id` rather than reading it as the breach: it names `id` in
    /// `violated:` beside a `met:` (a reply that may be misread goes to a check).
    static func asks(_ branch: Branch, _ id: String) -> Bool {
        guard let condition = branch.condition, condition.violated?.contains(id) == true else { return false }
        return condition.met?.isEmpty == false
    }

    /// Whether `branch` takes a reply showing `id` as the breach itself: it names `id` in
    /// `violated:`, asks no `met:`, and goes to a breach ending or to a check with a line that
    /// credits `id` and goes to a breach ending.
    static func readsBreach(_ branch: Branch, _ id: String, in scenario: Scenario) -> Bool {
        guard let condition = branch.condition, condition.violated?.contains(id) == true, !asks(branch, id)
        else { return false }
        if scenario.isBreachEnding(branch.goto) { return true }
        guard let check = scenario.nodes[branch.goto], check.kind == .choice else { return false }
        return check.choices.contains { $0.credits.contains(id) && scenario.isBreachEnding($0.goto) }
    }
}
