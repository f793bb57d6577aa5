import Foundation
import Testing

@testable import FactDiff

@Suite struct IngestTests {
    @Test func readsFrontMatterHeadlineAndParagraphs() throws {
        let article = try ArticleReader.read(path: Paths.fixture("front-matter.txt"))
        #expect(article.id == "front-matter")
        #expect(article.source == "The Example Times")
        #expect(article.published == CivilDate(year: 2019, month: 4, day: 16))
        #expect(article.url == "https://example.com/a")
        #expect(article.author == "A. Writer")
        #expect(article.title == "Headline with \"curly quotes\"")
        #expect(article.paragraphs.map(\.role) == [.headline, .body, .body])
        #expect(article.paragraphs.map(\.line) == [8, 10, 12])
        #expect(article.paragraphs[1].text == "First paragraph. Second sentence.")
    }

    /// The byte splitter must cut exactly where Swift's Characters say a
    /// line ends, including the breaks that are not LF.
    @Test(arguments: [
        "a\nb\r\nc\rd", "\r\r\n\n", "one\u{0B}two\u{0C}three", "x\u{85}y\u{2028}z\u{2029}",
        "caf\u{E9}\n\u{301}accent", "\u{2027}\u{2030}no break", "", "end\n",
    ])
    func splitsLinesLikeCharacters(_ text: String) {
        let expected = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        #expect(ArticleReader.lines(of: text) == expected)
    }

    /// Cleaning by bytes where it can must give what cleaning Character by
    /// Character gives (``referenceClean``): the same text and columns.
    @Test(arguments: [
        "plain ASCII line", "curly \u{201C}quotes\u{201D} and it\u{2019}s", "e\u{301}te\u{301} accents",
        "tab\there  and  spaces ", "\u{600}1 prepended", "emoji \u{1F600}\u{200D}\u{1F4BB} joined", "cr\r\nlf\r",
        "a\u{A0}b\u{2014}c\u{2026}", "\u{FEFF}\u{200B}invisible\u{7F}", "Ame\u{301}lie \u{5E9}\u{5DC}\u{5D5}\u{5DD} \u{4E2D}\u{6587}",
        "Zürich’s “naïve” café—Łódź…", "e\u{301}\u{2019}s", "\u{2019}\u{301} mark after a quote", "\u{301}leading mark",
        "\u{212B}ngstr\u{F6}m and \u{2126}", "\u{340}\u{374}\u{37E} singletons", "x\u{200D}y and x\u{200C}y",
        "\u{203C}\u{FE0F} and \u{1F468}\u{200D}\u{1F469}", "\u{85}next\u{9F}line", "tail é", "é", "\u{2019}", "\u{600}",
        "\u{1100}\u{1161}\u{11A8} hangul", "\u{1F1EB}\u{1F1F7} flag", "\u{2060}\u{2061}\u{206F}", "ʼokina and ˈstress",
    ])
    func cleansMixedLinesAsCharacters(_ line: String) {
        let (text, columns) = Self.referenceClean(line)
        let result = TextCleaner.clean(line[...])
        #expect(result.text == text)
        #expect(result.columns == columns)
    }

    /// The scalars the cleaner copies as they stand must be what the
    /// per-scalar replacement gives, its NFC included.
    @Test func scalarsCopiedAsTheyStandAreTheirOwnReplacement() {
        for value in Array(0xA0...0x2FF) + Array(0x2000...0x206F) where TextCleaner.isNFCAsIs(UInt32(value)) {
            guard TextCleaner.isSimple(UInt32(value)), let scalar = Unicode.Scalar(value) else { continue }
            #expect(TextCleaner.replacement(for: scalar) == String(scalar), "U+\(String(value, radix: 16))")
        }
    }

    /// Every line of the corpus's articles, when ../shared is there, cleans
    /// as the reference cleans it.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: Paths.shared.appendingPathComponent("corpus").path), "../shared/corpus is absent"))
    func cleansTheCorpusAsCharacters() throws {
        let corpus = Paths.shared.appendingPathComponent("corpus")
        let walker = try #require(FileManager.default.enumerator(atPath: corpus.path))
        var lines = 0
        for case let path as String in walker where path.hasSuffix(".txt") {
            guard let text = try? String(contentsOf: corpus.appendingPathComponent(path), encoding: .utf8) else { continue }
            for line in ArticleReader.lines(of: text) {
                let (expected, columns) = Self.referenceClean(String(line))
                let result = TextCleaner.clean(line)
                #expect(result.text == expected, "\(path)")
                #expect(result.columns == columns, "\(path)")
                lines += 1
            }
        }
        #expect(lines > 10_000)
    }

    /// The cleaner as it was first written, one Character at a time.
    static func referenceClean(_ line: String) -> (String, [Int32]) {
        var bytes: [UInt8] = []
        var columns: [Int32] = []
        var column: Int32 = 1
        var pendingSpace = false
        func emit(_ output: some Sequence<UInt8>) {
            for byte in output {
                if byte == UInt8(ascii: " ") {
                    pendingSpace = !bytes.isEmpty
                    continue
                }
                if pendingSpace {
                    bytes.append(UInt8(ascii: " "))
                    columns.append(column)
                    pendingSpace = false
                }
                bytes.append(byte)
                columns.append(column)
            }
        }
        for character in line {
            let scalars = character.unicodeScalars
            if scalars.count == 1, let scalar = scalars.first {
                emit(TextCleaner.replacement(for: scalar).utf8)
            } else {
                let composed = String(character).precomposedStringWithCanonicalMapping
                emit(composed.unicodeScalars.map(TextCleaner.replacement(for:)).joined().utf8)
            }
            column += Int32(scalars.count)
        }
        columns.append(column)
        return (String(decoding: bytes, as: UTF8.self), columns)
    }

    @Test func readsCRLFAndBOM() throws {
        let crlf = try ArticleReader.read(path: Paths.fixture("crlf.txt"))
        #expect(crlf.paragraphs.map(\.text) == ["Headline", "Body line one.", "Body line two."])
        let bom = try ArticleReader.read(path: Paths.fixture("bom.txt"))
        #expect(bom.title == "Headline after a BOM")
        #expect(bom.paragraphs[0].column(atUTF8Offset: 0) == 1)
    }

    @Test func articleWithoutFrontMatterHasNoMetadata() throws {
        let article = try makeArticle(id: "a", "Headline", "", "Body.")
        #expect(article.source == nil && article.published == nil)
        #expect(article.paragraphs.count == 2)
    }

    @Test(arguments: [
        ("missing.txt", "missing.txt: no such file"),
        ("other", "other: is a directory, not a file"),
        ("blank.txt", "blank.txt: empty file"),
        ("binary.txt", "binary.txt: binary file (NUL byte at offset 16)"),
        ("invalid-utf8.txt", "invalid-utf8.txt: not valid UTF-8 (bad byte at offset 19)"),
        ("unclosed.txt", "unclosed.txt:1: front matter opened with '---' is never closed"),
        ("bad-date.txt", "bad-date.txt:2: published: 'last Tuesday' is not an ISO 8601 date"),
        ("no-text.txt", "no-text.txt: no headline or text"),
    ])
    func rejectsBadFilesNamingThem(name: String, message: String) {
        let path = Paths.fixture(name)
        #expect(throws: InputError.self) { try ArticleReader.read(path: path) }
        do {
            _ = try ArticleReader.read(path: path)
        } catch {
            #expect(error.description == Paths.fixtures.path + "/" + message)
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func storyNeedsTwoArticlesWithDistinctIDs() {
        #expect(throws: InputError(path: Paths.fixture("crlf.txt"), reason: .tooFewArticles(1))) {
            try Story.read(paths: [Paths.fixture("crlf.txt")])
        }
        let first = Paths.fixture("crlf.txt")
        let second = Paths.fixture("other/crlf.txt")
        #expect(throws: InputError(path: second, reason: .duplicateID("crlf", otherPath: first))) {
            try Story.read(paths: [first, second])
        }
    }

    @Test func storyIDIsTheSharedFolder() throws {
        let story = try Story.read(paths: [Paths.fixture("crlf.txt"), Paths.fixture("bom.txt")])
        #expect(story.id == "Fixtures")
        #expect(story.articles.map(\.id) == ["crlf", "bom"])
    }

    @Test(arguments: [
        ("It’s “fine”", "It's \"fine\""),
        ("a\u{00A0}b\u{2009}c", "a b c"),
        ("3–1 and 2014—2015", "3-1 and 2014 - 2015"),
        ("  spaced   out  ", "spaced out"),
        ("soft\u{00AD}hyphen\u{200B}", "softhyphen"),
        ("Cafe\u{0301} wait…", "Café wait..."),
        ("tab\there", "tab here"),
    ])
    func cleansText(raw: String, clean: String) {
        #expect(TextCleaner.clean(Substring(raw)).text == clean)
    }

    @Test func cleanerMapsBackToOriginalColumns() {
        // "“Hi” said José" : the cleaned "said" starts at column 6 of the original.
        let result = TextCleaner.clean("“Hi” said Jose\u{0301} today")
        #expect(result.text == "\"Hi\" said José today")
        #expect(result.columns.count == result.text.utf8.count + 1)
        let saidOffset = Array(result.text.utf8).firstIndex(of: UInt8(ascii: "s"))!
        #expect(result.columns[saidOffset] == 6)
        let todayOffset = result.text.utf8.count - "today".utf8.count
        // "José" is five scalars in the original (e + combining accent).
        #expect(result.columns[todayOffset] == 17)
    }

    @Test(arguments: [
        ("2017-07-07", 2017, 7, 7, 5),
        ("2019-04-16T09:30:00Z", 2019, 4, 16, 2),
        ("2000-02-29", 2000, 2, 29, 2),
        ("1970-01-01", 1970, 1, 1, 4),
    ])
    func civilDates(text: String, year: Int, month: Int, day: Int, weekday: Int) throws {
        let date = try #require(CivilDate(iso8601: text))
        #expect(date == CivilDate(year: year, month: month, day: day))
        #expect(date.weekday == weekday)
        #expect(CivilDate(dayNumber: date.dayNumber) == date)
    }

    @Test func rejectsImpossibleDates() {
        #expect(CivilDate(year: 2019, month: 2, day: 29) == nil)
        #expect(CivilDate(iso8601: "2019-13-01") == nil)
        #expect(CivilDate(iso8601: "16/04/2019") == nil)
        #expect(CivilDate(year: 2019, month: 12, day: 31)!.adding(days: 1) == CivilDate(year: 2020, month: 1, day: 1))
    }

    /// The front matter's trim must be Foundation's, on every kind of space.
    @Test func frontMatterTrimIsFoundationsWhitespaceTrim() {
        let samples = [
            "", " ", "\t\t", "plain", "  key: value  ", "\u{A0}nbsp\u{A0}", "\u{3000}wide\u{2003}", "\u{200B}zero width\u{200B}",
            "\nnewline\n", " \u{301}accent ", "\t---\t", "caf\u{E9} ", " \u{1F600} ",
        ]
        for sample in samples {
            #expect(ArticleReader.trimmedSpaces(Substring(sample)) == sample.trimmingCharacters(in: .whitespaces), "\(Array(sample.unicodeScalars))")
        }
    }
}
