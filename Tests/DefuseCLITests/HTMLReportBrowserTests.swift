import Foundation
import Testing

@testable import DefuseKit

/// `defuse report --format html` as a browser shows it: headless Chromium lays the page out at
/// a desktop, a print-like and a phone width, a small script measures the rendered page, and
/// the test checks the measures: one grid row per rep and one column per technique with the
/// mastery worked out here from the recorded turns, dates along the score charts' x axes, drill
/// standings, trainers' notes shown, hostile names shown as text, and nothing cut or running
/// off the page.
@Suite(.enabled(if: Chromium.path != nil, Comment(rawValue: Chromium.missing)))
struct HTMLReportBrowserTests {
    static let t0 = Date(timeIntervalSince1970: 1_790_000_000)  // 2026-09-21T14:13:20Z
    static let hostile = "Eve <script>alert('x')</script> \"q\" & <img src=x onerror=alert(1)>"
    static let longName = "Maximiliana-" + String(repeating: "Konstantinopolitanisch", count: 3)
    static let longTechnique = "de-escalation-by-restating-the-clients-own-words-back-precisely"
    static let note = "Say <b>sorry</b> first & \"own\" it </q><script>alert(2)</script>"

    /// One recorded attempt: who, which scenario, when (days after t0), its turns as
    /// (met, missed), its score (nil: abandoned) and the drill run it belongs to.
    struct Played {
        var rep: String
        var cohort: String?
        var scenario: String
        var day: Double
        var turns: [(met: [String], missed: [String])]
        var score: Int?
        var run: String?
    }

    static let history: [Played] = [
        Played(
            rep: "Ana", cohort: "north", scenario: "wrong-tray", day: 0,
            turns: [(["apology"], ["ownership"]), ([], ["acknowledge-dont-agree"])], score: 40, run: nil),
        Played(
            rep: "Ana", cohort: "north", scenario: "wrong-tray", day: 3,
            turns: [(["apology", "ownership"], []), (["acknowledge-dont-agree"], [])], score: 60, run: nil),
        Played(
            rep: "Ana", cohort: "north", scenario: "angry-surgeon", day: 10,
            turns: [(["apology-ownership-prevention-thanks"], ["ownership"])], score: 90, run: "ana"),
        Played(
            rep: "Ben", cohort: "south", scenario: "angry-surgeon", day: 1,
            turns: [([], ["apology"]), ([longTechnique], [])], score: 55, run: "ben"),
        Played(
            rep: "Ben", cohort: "south", scenario: "wrong-tray", day: 20,
            turns: [(["apology"], ["apology-ownership-prevention-thanks"])], score: 75, run: "ben"),
        Played(
            rep: hostile, cohort: "c <i>x</i>", scenario: "s-<b>x</b>", day: 2,
            turns: [(["apology"], []), ([], [longTechnique])], score: nil, run: "eve"),
        Played(
            rep: longName, cohort: nil,
            scenario: "a-scenario-with-a-very-long-identifier-that-goes-on-and-on-and-on", day: 5.5,
            turns: [(["acknowledge-dont-agree", longTechnique], ["apology-ownership-prevention-thanks"])],
            score: 100, run: nil),
    ]

    /// The drill runs: set, total scenarios and pass mark, by run name.
    static let runs: [String: (rep: String, set: String, total: Int, passMark: Int)] = [
        "ana": ("Ana", "week-1", 1, 70),  // 90: passed
        "ben": ("Ben", "week-1", 2, 70),  // (55 + 75) / 2 = 65: not passed
        "eve": (hostile, "week-1-<b>bold</b>", 3, 70),  // nothing finished: incomplete
    ]

    /// Records ``history`` with the store's public API; the hostile rep's reply gets a review.
    func database(in folder: URL) throws -> String {
        let path = folder.appending(path: "results.sqlite").path
        let store = try ResultStore(path: path)
        var runIDs: [String: UUID] = [:]
        for (name, run) in Self.runs.sorted(by: { $0.key < $1.key }) {
            runIDs[name] = try store.beginDrillRun(
                DrillRunStart(
                    rep: run.rep, set: run.set, total: run.total, passMark: run.passMark,
                    started: Self.t0.addingTimeInterval(-60)))
        }
        for played in Self.history {
            let started = Self.t0.addingTimeInterval(played.day * 86_400)
            let id = try store.begin(
                AttemptStart(
                    rep: played.rep, cohort: played.cohort, scenario: played.scenario,
                    contentHash: "00ff00ff00ff00ff", mode: played.run == nil ? .practice : .drill,
                    started: started))
            for (index, turn) in played.turns.enumerated() {
                let reply =
                    played.rep == Self.hostile
                    ? "I <b>own</b> it </li></ol><script>alert(3)</script>" : "Sorry"
                try store.record(
                    Turn(
                        node: "node-\(index)", reply: reply, choice: nil, detected: turn.met, met: turn.met,
                        missed: turn.missed, violations: [], evidence: [:],
                        score: turn.missed.isEmpty ? 1 : 0.5, moodBefore: 5, moodAfter: 5, branch: 0),
                    index: index, attempt: id)
            }
            if let score = played.score {
                try store.finish(
                    attempt: id, outcome: .resolved, score: score, ended: started.addingTimeInterval(300))
            }
            if let run = played.run, let runID = runIDs[run] { try store.add(attempt: id, toDrillRun: runID) }
            if played.rep == Self.hostile {
                try store.saveReview(
                    TurnReview(
                        note: Self.note, reviewer: "Kim <u>K</u>", reviewed: started.addingTimeInterval(900)),
                    turn: 0, attempt: id)
            }
        }
        return path
    }

    /// What the page script measured at one window width.
    struct Measures: Decodable {
        struct Row: Decodable {
            var rep: String
            var cells: [String]
        }
        struct Chart: Decodable {
            var title: String
            var dates: [String]
            var overlaps: Int
        }
        struct Standing: Decodable {
            var rep: String
            var cells: [String]
        }
        var width: Double
        var scrollWidth: Double
        var columns: [String]
        var rows: [Row]
        var charts: [Chart]
        var drillSets: [String]
        var drills: [Standing]
        var notes: [String]
        var reviewMarks: Int
        var scripts: Int
        var images: Int
        var handlers: Int
        var clipped: [String]
        var checked: Int
    }

    /// Measures the report in the frame `#report` once it is laid out: opens every `details`,
    /// then reads the grids, the charts' date labels and the bounds of every visible element
    /// (outside the frame's width, or text wider than its box, is "clipped"; an SVG label
    /// outside its chart too), and writes them as JSON into `pre#measures` of the outer page.
    static let script = #"""
        <script>
        window.addEventListener('load', () => {
          const frame = document.getElementById('report');
          const doc = frame.contentDocument;
          const style = (el) => frame.contentWindow.getComputedStyle(el);
          for (const d of doc.querySelectorAll('details')) d.open = true;
          const vw = doc.documentElement.clientWidth;
          const text = (el) => el ? el.textContent.trim() : '';
          const seen = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
          const out = { width: vw, scrollWidth: doc.documentElement.scrollWidth, clipped: [], checked: 0 };
          const grid = doc.querySelector('table.grid');
          out.columns = [...grid.querySelectorAll('thead th')].slice(1).map(th => th.dataset.key);
          out.rows = [...grid.querySelectorAll('tbody tr')].map(tr => ({
            rep: text(tr.querySelector('th')),
            cells: [...tr.querySelectorAll('td')].map(td => td.querySelector('b') ? text(td.querySelector('b')) : '–') }));
          const drills = doc.querySelector('table.drills');
          out.drillSets = drills ? [...drills.querySelectorAll('thead th')].slice(1).map(th => th.dataset.key) : [];
          out.drills = drills ? [...drills.querySelectorAll('tbody tr')].map(tr => ({
            rep: text(tr.querySelector('th')),
            cells: [...tr.querySelectorAll('td')].map(td => td.className.replace('status', '').trim()) })) : [];
          out.charts = [...doc.querySelectorAll('svg.line')].map(svg => {
            const labels = [...svg.querySelectorAll('text.date')];
            const boxes = labels.map(t => t.getBoundingClientRect()).sort((a, b) => a.left - b.left);
            let overlaps = 0;
            for (let i = 1; i < boxes.length; i++) if (boxes[i].left < boxes[i - 1].right) overlaps++;
            return { title: text(svg.querySelector('title')), dates: labels.map(text), overlaps };
          });
          out.notes = [...doc.querySelectorAll('.review .note')].filter(seen).map(text);
          out.reviewMarks = [...doc.querySelectorAll('.reviewed')].filter(seen).length;
          out.scripts = doc.querySelectorAll('script').length;
          out.images = doc.querySelectorAll('img').length;
          out.handlers = doc.querySelectorAll('[onerror], [onload], [onclick]').length;
          for (const t of doc.querySelectorAll('svg text')) {
            if (!seen(t)) continue;
            const s = t.ownerSVGElement.getBoundingClientRect(), r = t.getBoundingClientRect();
            out.checked++;
            if (r.left < s.left - 0.5 || r.right > s.right + 0.5 || r.top < s.top - 0.5 || r.bottom > s.bottom + 0.5)
              out.clipped.push('svg text "' + text(t) + '" ' + Math.round(r.left) + '..' + Math.round(r.right)
                + ' outside its chart ' + Math.round(s.left) + '..' + Math.round(s.right));
          }
          for (const el of doc.body.querySelectorAll('*')) {
            if (el.closest('svg') || el.classList.contains('sr') || el.tagName === 'SCRIPT' || !seen(el)) continue;
            const r = el.getBoundingClientRect();
            out.checked++;
            if (r.left < -0.5 || r.right > vw + 0.5)
              out.clipped.push(el.tagName + ' "' + text(el).slice(0, 50) + '" at ' + Math.round(r.left) + '..'
                + Math.round(r.right) + ' of ' + vw);
            else if (style(el).display !== 'inline' && el.scrollWidth > el.clientWidth + 1
                     && style(el).overflowX === 'visible' && el.clientWidth > 0)
              out.clipped.push(el.tagName + ' "' + text(el).slice(0, 50) + '" overflows its box: '
                + el.scrollWidth + ' > ' + el.clientWidth);
          }
          const pre = document.createElement('pre');
          pre.id = 'measures';
          pre.textContent = JSON.stringify(out);
          document.body.append(pre);
        });
        </script>
        """#

    /// The report page as `defuse report` writes it, from ``history`` recorded in `folder`.
    func report(in folder: URL) throws -> String {
        let path = try database(in: folder)
        let result = try DefuseProcess.run(["report", "--format", "html", "--db", path], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// A page that shows `report` in a frame `width` px wide (a browser window has a minimum
    /// width; a frame does not), with the measuring script when `measuring`.
    func framed(_ report: String, width: Int, measuring: Bool, in folder: URL) throws -> URL {
        let source = report.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "\"", with: "&quot;")
        let page = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><style>body { margin: 0 } iframe { border: 0; \
            display: block }</style></head><body><iframe id="report" width="\(width)" height="2400" \
            srcdoc="\(source)"></iframe>\(measuring ? Self.script : "")</body></html>
            """
        let url = folder.appending(path: "framed-\(width)-\(measuring).html")
        try Data(page.utf8).write(to: url)
        return url
    }

    func measure(_ report: String, width: Int, in folder: URL) throws -> Measures {
        let page = try framed(report, width: width, measuring: true, in: folder)
        let dom = try Chromium.run(
            page, width: max(width, 600) + 40, height: 1000,
            arguments: ["--dump-dom", "--virtual-time-budget=5000"],
            in: folder)
        let start = try #require(
            dom.range(of: "<pre id=\"measures\">"),
            "no measures in the DOM at \(width) px: \(dom.suffix(300))")
        let end = try #require(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
        let json = dom[start.upperBound..<end.lowerBound].replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&nbsp;", with: "\u{A0}")
            .replacingOccurrences(of: "&amp;", with: "&")
        return try JSONDecoder().decode(Measures.self, from: Data(json.utf8))
    }

    /// Mastery as the report should show it, counted here from ``history``: per rep and
    /// technique, replies that met it ÷ replies that called for it.
    func expectedMastery() -> [String: [String: String]] {
        var tallies: [String: [String: (met: Int, expected: Int)]] = [:]
        for played in Self.history {
            for turn in played.turns {
                for id in turn.met { tallies[played.rep, default: [:]][id, default: (0, 0)].met += 1 }
                for id in turn.met + turn.missed {
                    tallies[played.rep, default: [:]][id, default: (0, 0)].expected += 1
                }
            }
        }
        return tallies.mapValues { byTechnique in
            byTechnique.mapValues { "\(Int((100 * Double($0.met) / Double($0.expected)).rounded()))%" }
        }
    }

    @Test func theRenderedPageShowsTheGridChartsAndDrillsWithNothingCut() throws {
        let folder = try DefuseProcess.emptyFolder()
        let html = try report(in: folder)
        let expected = expectedMastery()
        let techniques = Set(Self.history.flatMap { $0.turns.flatMap { $0.met + $0.missed } })
        let reps = Set(Self.history.map(\.rep))
        for width in [1280, 700, 390] {
            let page = try measure(html, width: width, in: folder)
            #expect(abs(page.width - Double(width)) < 20, "the window is \(page.width) px, not \(width)")
            #expect(page.checked > 100)
            #expect(page.clipped.isEmpty, "at \(width) px: \(page.clipped.joined(separator: "\n"))")
            #expect(page.scrollWidth <= page.width, "at \(width) px the page scrolls sideways")
            // The grid: one row per rep, one column per technique called for, the figures counted here.
            #expect(Set(page.columns) == techniques)
            #expect(page.columns.count == techniques.count)
            #expect(page.rows.count == reps.count)
            #expect(Set(page.rows.map(\.rep)) == reps)
            for row in page.rows {
                #expect(row.cells.count == page.columns.count)
                for (column, cell) in zip(page.columns, row.cells) {
                    #expect(cell == expected[row.rep]?[column] ?? "–", "\(row.rep) · \(column)")
                }
            }
            // Charts: one per rep, their x axes labelled with dates inside each rep's span.
            #expect(page.charts.count == reps.count)
            for chart in page.charts {
                #expect(!chart.dates.isEmpty, "\(chart.title) has no dates")
                #expect(chart.overlaps == 0, "\(chart.title): date labels overlap at \(width) px")
                for label in chart.dates {
                    #expect(label.wholeMatch(of: /\d{4}-\d{2}(-\d{2}( \d{2}:\d{2})?)?/) != nil, "\(label)")
                }
            }
            let ana = try #require(page.charts.first { $0.title == "Scores of Ana over time" })
            #expect(ana.dates.count >= 2)
            let days = ana.dates.compactMap { ReportDates.parseSince($0, timeZone: .gmt) }
            #expect(days.count == ana.dates.count)
            #expect(days == days.sorted())
            for day in days {
                #expect(
                    day >= Self.t0.addingTimeInterval(-86_400)
                        && day <= Self.t0.addingTimeInterval(10 * 86_400))
            }
            // Drill standings per rep and set, in words.
            #expect(Set(page.drillSets) == ["week-1", "week-1-<b>bold</b>"])
            let standings = Dictionary(
                page.drills.map { ($0.rep, Array(zip(page.drillSets, $0.cells))) },
                uniquingKeysWith: { a, _ in a })
            #expect(standings["Ana"]?.first { $0.0 == "week-1" }?.1 == "passed")
            #expect(standings["Ben"]?.first { $0.0 == "week-1" }?.1 == "failed")
            #expect(standings[Self.hostile]?.first { $0.0 == "week-1-<b>bold</b>" }?.1 == "incomplete")
            // The trainer's review: its mark and note, shown as text.
            #expect(page.notes == [Self.note])
            #expect(page.reviewMarks >= 2)
            // Nothing a rep or trainer typed became markup: the report has no script at all.
            #expect(page.scripts == 0)
            #expect(page.images == 0)
            #expect(page.handlers == 0)
        }
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
    }

    @Test func thePagePrintsAndTakesScreenshotsAtBothWidths() throws {
        let folder = try DefuseProcess.emptyFolder()
        let html = try report(in: folder)
        for width in [1280, 390] {
            let shot = folder.appending(path: "page-\(width).png")
            let window = max(width, 600) + 40
            _ = try Chromium.run(
                try framed(html, width: width, measuring: false, in: folder), width: window, height: 2400,
                arguments: ["--screenshot=\(shot.path)"], in: folder)
            let png = try Data(contentsOf: shot)
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            // The PNG's IHDR width (bytes 16…19, big-endian) is the window's.
            let shotWidth = png.count > 24 ? png[16..<20].reduce(0) { $0 << 8 | Int($1) } : 0
            #expect(shotWidth == window)
        }
        let page = folder.appending(path: "report.html")
        try Data(html.utf8).write(to: page)
        let pdf = folder.appending(path: "page.pdf")
        _ = try Chromium.run(
            page, width: 1280, height: 1000,
            arguments: ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)"],
            in: folder)
        let bytes = try Data(contentsOf: pdf)
        #expect(bytes.starts(with: Array("%PDF".utf8)))
        #expect(String(decoding: bytes, as: UTF8.self).components(separatedBy: "/Type /Page").count > 2)
    }
}
