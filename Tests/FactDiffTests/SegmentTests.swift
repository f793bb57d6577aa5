import Testing

@testable import FactDiff

@Suite struct SegmentTests {
    private func split(_ paragraph: String) throws -> [String] {
        let article = try makeArticle(id: "a", "Headline", paragraph)
        return SentenceSplitter.sentences(of: article, articleIndex: 0).dropFirst().map(\.text)
    }

    @Test(arguments: [
        // honorifics and titles
        ("Mr Trump met Mrs May. Dr. Smith and Sen. Jones did not.",
         ["Mr Trump met Mrs May.", "Dr. Smith and Sen. Jones did not."]),
        ("They went to St. Paul's. It rained.", ["They went to St. Paul's.", "It rained."]),
        // dotted abbreviations: a new sentence only when a sentence opener follows
        ("The U.S. President spoke. The U.N. replied.", ["The U.S. President spoke.", "The U.N. replied."]),
        ("Talks were held in the U.S. The talks ended.", ["Talks were held in the U.S.", "The talks ended."]),
        // initials
        ("J. K. Rowling and George W. Bush met. Then they left.",
         ["J. K. Rowling and George W. Bush met.", "Then they left."]),
        // decimals and times
        ("Growth was 3.5 per cent. It began at 3.40pm on Friday.",
         ["Growth was 3.5 per cent.", "It began at 3.40pm on Friday."]),
        // quotations that end a sentence, and those that do not
        ("\"It can't,\" he tweeted. \"We will win.\" She left.",
         ["\"It can't,\" he tweeted.", "\"We will win.\"", "She left."]),
        ("\"Why?\" he asked. Nobody knew!", ["\"Why?\" he asked.", "Nobody knew!"]),
        // a lowercase word after a stop does not start a sentence
        ("Prices rose 2.1 p.c. in May. Costs fell.", ["Prices rose 2.1 p.c. in May.", "Costs fell."]),
        ("The answer was no. The vote failed.", ["The answer was no.", "The vote failed."]),
        ("He lives at No. 10 Downing Street.", ["He lives at No. 10 Downing Street."]),
    ])
    func splitsSentences(paragraph: String, expected: [String]) throws {
        #expect(try split(paragraph) == expected)
    }

    @Test func headlinesAndCaptionsStandAlone() throws {
        let article = try makeArticle(
            id: "a", "Leaders meet. Talks begin", "",
            "Leaders shook hands on Friday",
            "The leaders met on Friday. They talked for an hour.")
        let sentences = SentenceSplitter.sentences(of: article, articleIndex: 3)
        #expect(sentences.map(\.text) == [
            "Leaders meet. Talks begin", "Leaders shook hands on Friday",
            "The leaders met on Friday.", "They talked for an hour.",
        ])
        #expect(sentences.map(\.role) == [.headline, .caption, .body, .body])
        #expect(sentences.map(\.ref) == (0..<4).map { SentenceRef(article: 3, sentence: $0) })
    }

    @Test func repeatedCaptionIsMarked() throws {
        let article = try makeArticle(
            id: "a", "Headline", "", "Leaders held talks on Saturday", "Leaders held talks on Saturday",
            "Leaders held talks on Saturday, officials said.")
        let sentences = SentenceSplitter.sentences(of: article, articleIndex: 0)
        #expect(sentences.map(\.repeatOf) == [nil, nil, 1, nil])
    }

    /// A repeat is the same text whatever its case, and, beyond ASCII,
    /// whatever Unicode form it is written in: a decomposed accent, or a
    /// Greek question mark for a semicolon, before or after the ASCII twin.
    /// The paragraphs are built as they are, not cleaned to NFC as a read
    /// article's are, so that every form reaches the splitter.
    @Test func repeatsIgnoreCaseAndUnicodeForm() {
        let texts = [
            "Headline", "Leaders met in Paris", "LEADERS MET IN PARIS", "The caf\u{E9} closed", "The cafe\u{301} closed",
            "Wait; then go", "Wait\u{37E} then go", "Stop\u{37E} look", "Stop; look", "stop; LOOK", "Leaders met in Paris",
        ]
        let paragraphs = texts.enumerated().map { line, text in
            Paragraph(
                role: line == 0 ? .headline : .body, text: text, line: line + 1,
                columns: Array(repeating: 1, count: text.utf8.count + 1))
        }
        let article = Article(id: "a", path: "a.txt", paragraphs: paragraphs)
        let sentences = SentenceSplitter.sentences(of: article, articleIndex: 0)
        #expect(sentences.map(\.text) == texts)
        #expect(sentences.map(\.repeatOf) == [nil, nil, 1, nil, 3, nil, 5, nil, 7, 7, 1])
    }

    @Test func rangesPointIntoTheParagraph() throws {
        let article = try makeArticle(id: "a", "Headline", "One.  Two is here. Three!")
        let sentences = SentenceSplitter.sentences(of: article, articleIndex: 0)
        let paragraph = Array(article.paragraphs[1].text.utf8)
        for sentence in sentences.dropFirst() {
            #expect(String(decoding: paragraph[sentence.range], as: UTF8.self) == sentence.text)
            #expect(sentence.paragraph == 1)
        }
        #expect(sentences.dropFirst().map(\.text) == ["One.", "Two is here.", "Three!"])
    }

    @Test func splitsTheSeedCaptionAndBody() throws {
        let story = try Story.read(paths: ["bbc", "independent"].map { Paths.package.appendingPathComponent("seeds/\($0).txt").path })
        let independent = SentenceSplitter.sentences(of: story.articles[1], articleIndex: 1)
        let captions = independent.filter { $0.text.hasSuffix("for the first time on Saturday") }
        #expect(captions.count == 2)
        #expect(captions.map(\.role) == [.caption, .caption])
        #expect(captions[1].repeatOf == captions[0].ref.sentence)
        let bbc = SentenceSplitter.sentences(of: story.articles[0], articleIndex: 0)
        #expect(bbc.count == 24)
        #expect(bbc.contains { $0.text == "Mr Trump shifted his position on Sunday night." })
    }
}
