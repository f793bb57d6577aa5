import Foundation
import Testing

@testable import FactDiff

@Suite struct HTMLPageReaderTests {
    private func page(_ html: String, id: String = "page") throws -> Article {
        try HTMLPageReader.parse(data: Data(html.utf8), path: "\(id).html", id: id)
    }

    private func body(_ article: Article) -> [String] {
        article.paragraphs.dropFirst().map(\.text)
    }

    // MARK: - Fixtures

    @Test func readsATypicalNewsPage() throws {
        let path = Paths.fixture("html/news-page.html")
        let article = try HTMLPageReader.read(path: path)
        #expect(article.id == "news-page")
        #expect(article.path == path)
        // og: metadata outranks JSON-LD, <h1> and <title>.
        #expect(article.title == "Harbour bridge reopens after repairs")
        #expect(article.source == "The Example Gazette")
        #expect(article.published == CivilDate(year: 2024, month: 3, day: 14))
        #expect(article.url == "https://gazette.example/news/harbour-bridge")
        #expect(article.author == "Jane Reporter")
        #expect(article.paragraphs.map(\.role) == [.headline] + Array(repeating: .body, count: 5))
        #expect(body(article) == [
            "The harbour bridge reopened to traffic on Thursday after six weeks of repairs.",
            "Engineers replaced 40 expansion joints and resurfaced the northern approach, the council said in a "
                + "statement.",
            "\"It's good to have it back,\" said one commuter, who crosses it by bike every day.",
            "The work finished two days ahead of schedule.",
            "The full engineering report runs to 120 pages.",
        ])
        // Lines of the HTML file: the og:title meta, then each <p>.
        #expect(article.paragraphs.map(\.line) == [6, 36, 37, 44, 46, 47])
        // Columns count characters of the extracted text, not of the file.
        #expect(article.paragraphs[1].column(atUTF8Offset: 0) == 1)
        #expect(article.paragraphs[1].column(atUTF8Offset: 4) == 5)
        #expect(article.location(paragraph: 3, utf8Offset: 1) == SourceLocation(line: 44, column: 2))
    }

    @Test func leavesPageFurnitureOut() throws {
        let article = try HTMLPageReader.read(path: Paths.fixture("html/news-page.html"))
        let text = article.paragraphs.map(\.text).joined(separator: "\n")
        for chrome in [
            "cookies", "News", "Sport", "By Jane", "Share this", "dawn", "Advertisement", "Related", "Ferry",
            "briefing", "Subscribe", "Comments", "Friday", "Copyright", "not text", "color", "JSON-LD",
        ] {
            #expect(!text.contains(chrome), "\(chrome) leaked into the paragraphs")
        }
    }

    @Test func readsJSONLDGraph() throws {
        let article = try HTMLPageReader.read(path: Paths.fixture("html/graph-only.html"))
        #expect(article.title == "Council approves new library")
        #expect(article.paragraphs[0].line == 6)  // the script's line
        #expect(article.source == "Riverside Daily")
        #expect(article.author == "Sam Writer")
        #expect(article.published == CivilDate(year: 2023, month: 11, day: 2))
        #expect(article.url == nil)
        #expect(body(article) == [
            "The council approved plans for a new central library on Wednesday evening.",
            "Building work is due to start in the spring.",
        ])
    }

    @Test func pageOfOnlyScriptsHasNoText() {
        let path = Paths.fixture("html/scripts-only.html")
        #expect(throws: InputError(path: path, reason: .noText)) { try HTMLPageReader.read(path: path) }
    }

    @Test func withoutAnArticleReadsMain() throws {
        let article = try HTMLPageReader.read(path: Paths.fixture("html/no-article.html"))
        // The first <h1> of the main text, not the logo in the page header.
        #expect(article.title == "Storm closes schools across the valley")
        #expect(article.paragraphs[0].line == 11)
        #expect(article.published == CivilDate(year: 2022, month: 1, day: 19))
        #expect(article.source == nil)
        #expect(body(article) == [
            "More than 30 schools closed on Tuesday as the storm brought down power lines.",
            "Most are expected to reopen tomorrow.",
        ])
    }

    // MARK: - Pages built here

    @Test func withoutMainReadsBodyAndStripsTheSiteFromTheTitle() throws {
        let article = try page("""
            <html><head><title>Ferry fares rise - Coast News</title>
            <meta property="og:site_name" content="Coast News"></head>
            <body><div class="menu"><p>Home</p></div><p>Fares rise by 5% from Monday.</p></body></html>
            """)
        #expect(article.title == "Ferry fares rise")
        #expect(body(article) == ["Fares rise by 5% from Monday."])
    }

    @Test func keepsTheTitleWhenTheSuffixIsNotTheSite() throws {
        let article = try page("<title>Q&amp;A - the vote explained</title><p>Polls open at 7am.</p>")
        #expect(article.title == "Q&A - the vote explained")
    }

    @Test func escapedMarkupInAParagraphStaysText() throws {
        let article = try page("""
            <title>Bug</title><article><p>The site showed &lt;script&gt;alert("hi")&lt;/script&gt; to readers.</p>
            <p>A <script>document.write("real script")</script>fix followed.</p></article>
            """)
        #expect(body(article) == [#"The site showed <script>alert("hi")</script> to readers."#, "A fix followed."])
    }

    @Test func survivesDeeplyNestedDivs() throws {
        let levels = 5_000
        let html = "<title>Deep</title><article><p>Before the nesting.</p>"
            + String(repeating: "<div>", count: levels) + "<p>Deep inside.</p>"
            + String(repeating: "</div>", count: levels)
            + "<p>After the nesting.</p></article>"
        let article = try page(html)
        #expect(article.title == "Deep")
        // Below HTMLParser.maximumDepth the <p> is flattened into its
        // ancestor's text, which is marked flattened and read a paragraph a
        // line: nothing is lost, and the order is kept.
        #expect(body(article) == ["Before the nesting.", "Deep inside.", "After the nesting."])
    }

    @Test func prefersTheArticleWithMostText() throws {
        let article = try page("""
            <title>T</title>
            <article><p>Short teaser.</p></article>
            <article><p>The long story, first paragraph.</p><p>And its second paragraph.</p></article>
            """)
        #expect(body(article) == ["The long story, first paragraph.", "And its second paragraph."])
    }

    @Test func teaserArticlesDoNotHideTheStory() throws {
        let article = try page("""
            <title>Dam</title><main>
            <p>The dam was completed in 1962 after eight years of work.</p>
            <p>It holds back the largest reservoir in the region.</p>
            <p>Inspections take place every spring.</p>
            <article class="card"><p>Other story: lake levels fall.</p></article>
            </main>
            """)
        #expect(body(article).first == "The dam was completed in 1962 after eight years of work.")
        #expect(body(article).count == 4)
    }

    @Test func aWrapperNamedLikeFurnitureIsKept() throws {
        let article = try page("""
            <title>T</title><article>
            <div class="article-body has-sidebar">
            <p>First paragraph of the story.</p><p>Second paragraph of it.</p></div>
            <div class="social"><p>Follow us</p></div></article>
            """)
        #expect(body(article) == ["First paragraph of the story.", "Second paragraph of it."])
    }

    @Test func displayStateAndPageClassesDoNotHideTheStory() throws {
        // Saved with a sign-up dialog open, which had hidden the page.
        let article = try page("""
            <title>T</title><body class="single comments-open"><div id="page" aria-hidden="true">
            <article class="post has-comments"><p>Visible part.</p>
            <div class="rest" hidden><p>Rest of the story.</p></div>
            </article></div><div class="modal" role="dialog"><p>Sign up now</p></div></body>
            """)
        #expect(body(article) == ["Visible part.", "Rest of the story."])
    }

    @Test func itempropArticleBodyIsUsedWithoutAnArticle() throws {
        let article = try page("""
            <title>T</title><body><div><p>Site blurb outside the story, longer than the story itself is.</p></div>
            <div itemprop="articleBody"><p>Story text.</p></div></body>
            """)
        #expect(body(article) == ["Story text."])
    }

    @Test func headlineRepeatedAsFirstParagraphIsNotKeptTwice() throws {
        let article = try page("""
            <meta property="og:title" content="Rail strike called off">
            <p>Rail strike called off</p><p>Unions agreed a deal.</p>
            """)
        #expect(article.paragraphs.map(\.text) == ["Rail strike called off", "Unions agreed a deal."])
    }

    @Test func withoutAnyHeadlineTheFirstParagraphIsIt() throws {
        let article = try page("<p>First line.</p><p>Second line.</p>")
        #expect(article.paragraphs.map(\.role) == [.headline, .body])
        #expect(article.title == "First line.")
    }

    @Test func unparseableDatesArePassedOver() throws {
        let article = try page("""
            <meta property="article:published_time" content="last Tuesday">
            <script type="application/ld+json">
            [{"@type": "BlogPosting", "datePublished": "2021-06-05"}, {broken
            </script>
            <script type="application/ld+json">
            {"@type": "NewsArticle", "headline": "Fete returns", "datePublished": "2021-06-04"}
            </script>
            <p>The village fete returned.</p>
            """)
        // The first script is broken JSON and ignored as a whole.
        #expect(article.published == CivilDate(year: 2021, month: 6, day: 4))
        #expect(article.title == "Fete returns")
    }

    @Test func readsADeclaredLegacyEncoding() throws {
        let html = Array(#"<meta charset="windows-1252"><title>Caf"#.utf8) + [0xE9]
            + Array("</title><p>".utf8) + [0x93] + Array("Fine".utf8) + [0x94, 0x20, 0x97, 0x20]
            + Array("they said.</p>".utf8)
        let article = try HTMLPageReader.parse(data: Data(html), path: "legacy.html", id: "legacy")
        #expect(article.title == "Café")
        #expect(body(article) == ["\"Fine\" - they said."])
    }

    static let unusablePages: [([UInt8], InputError.Reason)] = [
        (Array(" \n\t".utf8), .empty),
        (Array("<p>a".utf8) + [0] + Array("b</p>".utf8), .binary(offset: 4)),
        ([0xEF, 0xBB, 0xBF] + Array("<p>caf".utf8) + [0xE9, 0x21], .invalidUTF8(offset: 9)),
        (
            Array(#"<meta charset="shift_jis"><p>"#.utf8) + [0x81, 0x20],
            .unreadable("not valid shift_jis, the encoding the page declares")
        ),
        (Array("<!-- nothing -->".utf8), .noText),
    ]

    @Test(arguments: unusablePages)
    func rejectsUnusablePages(bytes: [UInt8], reason: InputError.Reason) {
        #expect(throws: InputError(path: "bad.html", reason: reason)) {
            try HTMLPageReader.parse(data: Data(bytes), path: "bad.html", id: "bad")
        }
    }

    @Test func missingFileIsReportedByPath() {
        let path = Paths.fixture("html/missing.html")
        #expect(throws: InputError(path: path, reason: .missing)) { try HTMLPageReader.read(path: path) }
    }

    static let classNames: [(String, HTMLChrome.Verdict)] = [
        ("header-ad", .flagged), ("ad_slot", .flagged), ("adSlot", .flagged), ("ad2", .flagged),
        ("SHARE-BAR", .flagged), ("comments-section", .skip), ("commentList", .skip), ("shadow", .content),
        ("download", .content), ("header", .content), ("heading", .content), ("thread", .content),
        ("story-body", .content), ("", .content),
    ]

    @Test(arguments: classNames)
    func classNamesAreMatchedByWholeWords(value: String, verdict: HTMLChrome.Verdict) {
        #expect(HTMLChrome.classify(value) == verdict)
    }
}
