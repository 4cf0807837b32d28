import DefuseKit
import Foundation
import Testing

@Suite struct HTMLReportTests {
    let page = HTMLReport.render(
        ReportFixtures.mixed + [ReportFixtures.hostileAttempt],
        options: ReportOptions(
            titles: [
                "wrong-tray": "Tray <img src=x onerror=alert(1)>",
                "s-<b>x</b>": "Title \(ReportFixtures.hostile)",
            ],
            generated: ReportFixtures.t0))

    @Test func hostileTextIsEscapedEverywhere() {
        #expect(!page.contains("<script"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("<b>x"))
        #expect(!page.contains("<i>"))
        #expect(!page.contains("\u{1B}"))
        #expect(!page.contains("\u{07}"))
        #expect(!page.contains("onerror=alert(1)>"))
        #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(page.contains("Tray &lt;img src=x onerror=alert(1)&gt;"))
        #expect(page.contains("\u{FFFD}[2J"))
        #expect(page.contains("&quot;quoted&quot; &amp;"))
    }

    @Test func escapeCoversMarkupAndControls() {
        #expect(
            HTMLText.escape("<a href=\"x\">'&'</a>")
                == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(HTMLText.escape("a\u{1B}[2Jb\u{0}c\u{9B}d\n\te") == "a\u{FFFD}[2Jb\u{FFFD}c\u{FFFD}d\n\te")
    }

    @Test func isOneSelfContainedPageWithInlineSVG() {
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<style>"))
        #expect(!page.contains("<link"))
        #expect(!page.contains("src=\""))
        #expect(!page.contains("url("))
        #expect(!page.contains("@import"))
        // No address but the SVG namespace: nothing is fetched.
        #expect(!page.replacingOccurrences(of: "\"http://www.w3.org/2000/svg\"", with: "").contains("http"))
        #expect(page.components(separatedBy: "<svg class=\"line\"").count - 1 == 4)  // one per rep
        #expect(page.contains("<div class=\"bars\">"))
        #expect(page.contains("<polyline"))
    }

    @Test func theLeaderboardRanksRepsOfEachCohortByMeanScore() throws {
        let north = try #require(page.range(of: "<h3>north</h3>"))
        let south = try #require(page.range(of: "<h3>south</h3>"))
        let northTable = page[north.upperBound..<south.lowerBound]
        let ana = try #require(northTable.range(of: "<th scope=\"row\">Ana</th>"))
        let cy = try #require(northTable.range(of: "<th scope=\"row\">Cy</th>"))
        #expect(ana.lowerBound < cy.lowerBound)
        #expect(
            northTable.contains(
                "<th scope=\"row\">Ana</th><td data-label=\"Rank\">1</td><td data-label=\"Finished\">3</td>"
                    + "<td data-label=\"Abandoned\">0</td><td data-label=\"Mean\">63</td>"))
        #expect(
            northTable.contains(
                "<th scope=\"row\">Cy</th><td data-label=\"Rank\">2</td><td data-label=\"Finished\">1</td>"
                    + "<td data-label=\"Abandoned\">1</td><td data-label=\"Mean\">20</td>"))
    }

    @Test func theLeaderboardShowsFirstBestAndLatestScoreWithTheirDays() throws {
        // Ana: 40 on day 0, 60 on day 1, 90 on day 2 (t0 is 2026-09-21).
        let row = try part(of: page, /<th scope="row">Ana<\/th>.*?<\/tr>/)
        #expect(row.contains("<td data-label=\"First\">40<small>2026-09-21</small></td>"))
        #expect(row.contains("<td data-label=\"Best\">90<small>2026-09-23</small></td>"))
        #expect(
            row.contains(
                "<td data-label=\"Latest\">90 <span class=\"change\">(+50)</span><small>2026-09-23</small></td>"
            ))
        // Cy's abandoned attempt gives no score: first, best and latest are the one finished (20).
        let cy = try part(of: page, /<th scope="row">Cy<\/th>.*?<\/tr>/)
        #expect(cy.contains("<td data-label=\"First\">20<small>2026-09-25</small></td>"))
        #expect(cy.contains("<td data-label=\"Latest\">20<small>2026-09-25</small></td>"))
    }

    @Test func theGridHasARowPerRepAndAColumnPerTechniqueWithShadedFigures() throws {
        let attempts = [
            ReportFixtures.attempt(1, rep: "Ana"),  // apology met, ownership missed
            ReportFixtures.attempt(
                2, rep: "Ben",
                turns: [
                    sampleTurn(met: ["apology", "ownership"], missed: []),
                    sampleTurn(met: ["ownership"], missed: ["apology"]),
                    sampleTurn(met: [], missed: ["ownership"]),
                ]),
        ]
        let html = HTMLReport.render(
            attempts, options: ReportOptions(techniqueNames: ["apology": "Apology", "ownership": "Own-it"]))
        let grid = try part(of: html, /<table class="r grid">.*?<\/table>/.dotMatchesNewlines())
        #expect(grid.contains("<th scope=\"col\" title=\"Apology\" data-key=\"apology\">Apology</th>"))
        #expect(grid.contains("<th scope=\"col\" title=\"Own-it\" data-key=\"ownership\">Own-<wbr>it</th>"))
        #expect(grid.components(separatedBy: "<tr><th scope=\"row\">").count - 1 == 2)
        // Ana: apology 1 of 1 (100%, darkest), ownership 0 of 1 (0%, lightest).
        #expect(
            grid.contains("class=\"shade s4\" title=\"Ana · Apology: 100% (1 of 1 replies)\"><b>100%</b>"))
        #expect(grid.contains("class=\"shade s0\" title=\"Ana · Own-it: 0% (0 of 1 replies)\"><b>0%</b>"))
        // Ben: apology 1 of 2 (50%), ownership 2 of 3 (67%).
        #expect(grid.contains("class=\"shade s2\" title=\"Ben · Apology: 50% (1 of 2 replies)\"><b>50%</b>"))
        #expect(grid.contains("class=\"shade s3\" title=\"Ben · Own-it: 67% (2 of 3 replies)\"><b>67%</b>"))
        #expect(grid.contains("<span class=\"sr\"> (2 of 3 replies)</span>"))
    }

    @Test func drillStandingsAreShownPerRepAndSet() throws {
        func run(_ rep: String, _ set: String, day: Double, scores: [Int], total: Int) -> DrillRunRecord {
            DrillRunRecord(
                id: UUID(), rep: rep, cohort: nil, set: set,
                started: ReportFixtures.t0.addingTimeInterval(day * 86_400), total: total, passMark: 70,
                scenarioScores: scores, done: scores.count)
        }
        let drills = [
            run("Ana", "week-1", day: 0, scores: [50, 60], total: 2),  // complete, 55: not passed
            run("Ana", "week-1", day: 1, scores: [80, 90], total: 2),  // complete, 85: passed
            run("Ben", "week-1", day: 0, scores: [50, 60], total: 2),  // not passed
            run("Ben", "week-2", day: 0, scores: [100], total: 3),  // incomplete
        ]
        let html = HTMLReport.render(ReportFixtures.mixed, drills: drills)
        let grid = try part(of: html, /<table class="r drills">.*?<\/table>/.dotMatchesNewlines())
        let ana = try part(of: grid, /<th scope="row">Ana<\/th>.*?<\/tr>/)
        #expect(ana.contains("class=\"status passed\""))
        #expect(ana.contains("passed · 85"))
        #expect(ana.contains("2 runs · pass mark 70"))
        let ben = try part(of: grid, /<th scope="row">Ben<\/th>.*?<\/tr>/)
        #expect(ben.contains("not passed · 55 of 70"))
        #expect(ben.contains("incomplete · 1 of 3 done"))
    }

    @Test func masteryBarsAreDrawnToScale() {
        let html = HTMLReport.render([ReportFixtures.attempt(1, rep: "Ana")])
        // apology met in 1 of 1 replies: a full bar; ownership 0 of 1: an empty one.
        #expect(html.contains("<span class=\"fill\" style=\"width:100.0%\"></span>"))
        #expect(html.contains("<span class=\"fill\" style=\"width:0.0%\"></span>"))
        #expect(html.contains("<span class=\"value\">100% · 1 of 1 replies</span>"))
    }

    @Test func scoreChartsHaveDatedAxes() throws {
        let html = HTMLReport.render(ReportFixtures.mixed)
        // Ana played on 2026-09-21, 22 and 23: her axis is labelled with those days.
        let section = try part(of: html, /<h3>Ana<\/h3>.*?<\/svg>/.dotMatchesNewlines())
        let labels = section.matches(of: /<text class="date"[^>]*>([^<]*)<\/text>/).map { String($0.1) }
        // From 2026-09-21 14:13 to 2026-09-23 14:13: the two midnights inside the span.
        #expect(labels == ["2026-09-22", "2026-09-23"])
        #expect(section.contains("date started (UTC)"))
    }

    /// The first match of `pattern` in `text`.
    func part(of text: String, _ pattern: some RegexComponent) throws -> String {
        let range = try #require(text.firstRange(of: pattern), "no match in the page")
        return String(text[range])
    }

    /// A breach read and cleared at a check shows on the attempt's line, as JSON, CSV and xAPI
    /// carry it: waiting for a trainer until a review of that reply, then reviewed.
    @Test func aBreachClearedAtACheckIsMarkedOnTheAttempt() throws {
        var waiting = ReportFixtures.attempt(
            7, rep: "Dee", day: 5, turns: [sampleTurn(), sampleTurn(node: "check")])
        waiting.clearedAtCheck = 1
        var reviewed = ReportFixtures.attempt(8, rep: "Eli", day: 6)
        reviewed.clearedAtCheck = 1
        reviewed.turns[0].review = TurnReview(reviewer: "Kim", reviewed: ReportFixtures.t0)
        let page = HTMLReport.render(ReportFixtures.mixed + [waiting, reviewed])
        let dee = try part(of: page, /<details class="attempt"><summary>[^\n]*Dee[^\n]*<\/summary>/)
        #expect(dee.contains("breach read at turn 1, cleared at check; awaiting review"), "\(dee)")
        #expect(dee.contains("class=\"cleared pending\""))
        let eli = try part(of: page, /<details class="attempt"><summary>[^\n]*Eli[^\n]*<\/summary>/)
        #expect(eli.contains("breach read at turn 1, cleared at check; reviewed"), "\(eli)")
        #expect(!eli.contains("pending"))
        // No other attempt carries the mark.
        #expect(page.components(separatedBy: "cleared at check").count - 1 == 2)
    }

    @Test func anEmptyReportSaysSo() {
        #expect(HTMLReport.render([]).contains("No attempts recorded yet."))
    }
}
