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
        #expect(page.components(separatedBy: "<svg class=\"line\"").count - 1 == 4)  // one per rep
        #expect(page.contains("<svg class=\"bars\""))
        #expect(page.contains("<polyline"))
    }

    @Test func theLeaderboardRanksRepsOfEachCohortByMeanScore() throws {
        let north = try #require(page.range(of: "<h3>north</h3>"))
        let south = try #require(page.range(of: "<h3>south</h3>"))
        let northTable = page[north.upperBound..<south.lowerBound]
        let ana = try #require(northTable.range(of: "<td>Ana</td>"))
        let cy = try #require(northTable.range(of: "<td>Cy</td>"))
        #expect(ana.lowerBound < cy.lowerBound)
        #expect(northTable.contains("<td>1</td><td>Ana</td><td>3</td><td>0</td><td>63</td><td>90</td>"))
        #expect(northTable.contains("<td>2</td><td>Cy</td><td>1</td><td>1</td><td>20</td>"))
    }

    @Test func masteryBarsAreDrawnToScale() {
        let svg = HTMLReport.render([ReportFixtures.attempt(1, rep: "Ana")])
        // apology met in 1 of 1 replies: a full 300-unit bar; ownership 0 of 1: an empty one.
        #expect(svg.contains("width=\"300.0\" height=\"16\" fill=\"#2f7d6d\""))
        #expect(svg.contains("width=\"0.0\" height=\"16\" fill=\"#2f7d6d\""))
    }

    @Test func anEmptyReportSaysSo() {
        #expect(HTMLReport.render([]).contains("No attempts recorded yet."))
    }
}
