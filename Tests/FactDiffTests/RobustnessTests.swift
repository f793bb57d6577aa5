import Foundation
import Testing

@testable import FactDiff

/// Hostile and odd inputs (issue 8): none may crash or hang FactDiff, make it
/// write outside its output folder, or leave a half-written file. Big inputs
/// are generated here, in a temporary folder, never committed.
@Suite struct RobustnessTests {
    static func folder(_ label: String) throws -> URL { try Tools.temporaryFolder("robust-\(label)") }

    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static let other = "The leaders meet\nThe two leaders met on Friday in Berlin for talks.\n"

    // MARK: - Size

    @Test func a200MBFileIsRefusedWithItsSizeBeforeItIsRead() throws {
        let folder = try Self.folder("big")
        let big = folder.appendingPathComponent("big.txt").path
        // Sparse: 200 MiB to stat, no disk or time spent writing it.
        #expect(FileManager.default.createFile(atPath: big, contents: Data("Headline\n".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: big))
        try handle.truncate(atOffset: 200 << 20)
        try handle.close()
        #expect(throws: InputError(path: big, reason: .tooLarge(size: 200 << 20, limit: 16 << 20))) {
            try ArticleReader.read(path: big)
        }
        #expect(
            InputError(path: "big.txt", reason: .tooLarge(size: 200 << 20, limit: 16 << 20)).description
                == "big.txt: file of 200 MiB is larger than the limit of 16 MiB; not read (raise it with --max-file-size)")

        // End to end: compare refuses it (exit 2, one line); check reports it
        // and still checks the rest.
        let compare = try CommandTests.run(["compare", big, "seeds/bbc.txt"])
        #expect(compare.status == 2)
        #expect(compare.stderr == "factdiff: error: \(big): file of 200 MiB is larger than the limit of 16 MiB; not read (raise it with --max-file-size)\n")
        let story = folder.appendingPathComponent("batch/summit")
        try FileManager.default.createDirectory(at: story, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Paths.package.appendingPathComponent("seeds/bbc.txt").path, toPath: story.appendingPathComponent("bbc.txt").path)
        try FileManager.default.copyItem(atPath: Paths.package.appendingPathComponent("seeds/independent.txt").path, toPath: story.appendingPathComponent("independent.txt").path)
        try FileManager.default.moveItem(atPath: big, toPath: folder.appendingPathComponent("batch/big.txt").path)
        let check = try CheckCommandTests.run(["check", "--format", "json", folder.appendingPathComponent("batch").path])
        #expect(check.status == 2)
        #expect(check.stdout.contains("big.txt: file of 200 MiB is larger than the limit of 16 MiB"))
        #expect(check.stdout.contains("\"conflicts\" : 1"))
        // The limit is an option.
        let raised = try CheckCommandTests.run(["check", "--max-file-size", "100M", folder.appendingPathComponent("batch/big.txt").path])
        #expect(raised.stdout.contains("big.txt: file of 200 MiB is larger than the limit of 100 MiB"))
    }

    @Test func aFileWithoutASizeIsReadOnlyUpToTheLimit() throws {
        // /dev/zero never ends; memory stays at the limit.
        #expect(throws: InputError(path: "/dev/zero", reason: .tooLarge(size: nil, limit: 1 << 20))) {
            try ArticleReader.read(path: "/dev/zero", limits: Limits(maxFileSize: 1 << 20))
        }
    }

    @Test func sizesAreReadAndNamed() {
        #expect(Limits.byteCount("16MiB") == 16 << 20)
        #expect(Limits.byteCount("16M") == 16 << 20)
        #expect(Limits.byteCount("200k") == 200 << 10)
        #expect(Limits.byteCount("1G") == 1 << 30)
        #expect(Limits.byteCount("4096") == 4096)
        #expect(Limits.byteCount("0") == nil)
        #expect(Limits.byteCount("12 parsecs") == nil)
        #expect(Limits.byteCount("99999999999999999999G") == nil)
        #expect(Limits.describe(bytes: 16 << 20) == "16 MiB")
        #expect(Limits.describe(bytes: 1536) == "1.5 KiB")
        #expect(Limits.describe(bytes: 7) == "7 bytes")
    }

    // MARK: - Long lines, many sentences

    @Test func aSingle5MBLineWithoutPunctuationIsComparedInPieces() throws {
        let words = ["leaders", "met", "Friday", "Berlin", "talks", "forty", "percent", "2019", "said", "the"]
        var line = ""
        line.reserveCapacity(5_000_100)
        var i = 0
        while line.utf8.count < 5_000_000 {
            line += words[(i * 7 + i / 10) % words.count]
            line += " "
            i += 1
        }
        let long = try ArticleReader.parse(data: Data(("A page with no full stop\n" + line + "\n").utf8), path: "long.txt", id: "long")
        let other = try ArticleReader.parse(data: Data(Self.other.utf8), path: "other.txt", id: "other")
        // The default of 2,000 sentences would compare 4 MB; fewer keep the
        // test quick, and the pieces are what is checked.
        let analysis = Analyzer(limits: Limits(maxSentences: 100)).analyze(Story(id: "long", articles: [long, other]))
        #expect(analysis.sentences[0].count == 100)
        #expect(analysis.sentences[0].allSatisfy { $0.text.utf8.count <= 2_000 && !$0.text.hasPrefix(" ") })
        #expect(analysis.limitNotes.map(\.limit) == [.maxSentenceLength, .maxSentences])
        #expect(analysis.limitNotes[0].description.hasPrefix("long.txt:2: a sentence of 4999999 bytes, longer than 2000, is compared in pieces"))
        #expect(analysis.limitNotes[1].description.contains("only the first 100 of 25"))
    }

    @Test func piecesAreCutAtSpacesAndNeverInsideACharacter() {
        let text = Array("ab cd ef gh".utf8)
        #expect(SentenceSplitter.pieces(of: 0..<text.count, in: text, maxLength: 5) == [0..<5, 6..<11])
        let wide = Array(String(repeating: "é", count: 10).utf8)  // 2 bytes each, no space
        let pieces = SentenceSplitter.pieces(of: 0..<wide.count, in: wide, maxLength: 5)
        #expect(pieces.allSatisfy { $0.count <= 5 && $0.count % 2 == 0 })
        #expect(pieces.reduce(0) { $0 + $1.count } == wide.count)
    }

    @Test func oneHundredThousandOneWordSentencesAreCutAtTheLimit() throws {
        let words = ["Alpha.", "Beta.", "Gamma.", "Delta.", "Berlin.", "Friday."]
        let body = (0..<100_000).map { words[$0 % words.count] }.joined(separator: " ")
        let many = try ArticleReader.parse(data: Data(("Many sentences\n" + body + "\n").utf8), path: "many.txt", id: "many")
        let other = try ArticleReader.parse(data: Data(Self.other.utf8), path: "other.txt", id: "other")
        #expect(SentenceSplitter.sentences(of: many, articleIndex: 0).count == 100_001)
        let analysis = Analyzer().analyze(Story(id: "many", articles: [many, other]))
        #expect(analysis.sentences[0].count == 2_000)
        #expect(analysis.limitNotes == [
            LimitNote(
                path: "many.txt", line: 2, limit: .maxSentences,
                message: "only the first 2000 of 100001 sentences are compared; the rest from here on are not")
        ])
        #expect(analysis.limitNotes[0].description.hasSuffix("(--max-sentences)"))
    }

    @Test func articlesBeyondTheLimitAreNotComparedAndEachIsNamed() throws {
        let articles = try (1...4).map { n in
            try ArticleReader.parse(data: Data("Leaders meet \(n)\nThe leaders met on Friday.\n".utf8), path: "a\(n).txt", id: "a\(n)")
        }
        let analysis = Analyzer(limits: Limits(maxArticles: 2)).analyze(Story(id: "big", articles: articles))
        #expect(analysis.articles.map(\.id) == ["a1", "a2"])
        #expect(analysis.limitNotes.map(\.path) == ["a3.txt", "a4.txt"])
        #expect(analysis.limitNotes[0].description == "a3.txt: 'a3' not compared: story 'big' has 4 articles, only the first 2 are compared (--max-articles)")
    }

    @Test func limitsAreOptionsSettingsAndReportedInEveryOutput() throws {
        let root = try Self.folder("limits")
        let folder = root.appendingPathComponent("story")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let a = try Self.write("Leaders meet\nThe leaders met on Friday. They talked. They ate. They left.\n", "a.txt", in: folder)
        let b = try Self.write("Leaders met\nThe leaders met on Saturday. They talked.\n", "b.txt", in: folder)
        let compare = try CommandTests.run(["compare", "--max-sentences", "2", "--format", "json", a, b])
        #expect(compare.stderr.contains("factdiff: warning: \(a):2: only the first 2 of 5 sentences are compared; the rest from here on are not (--max-sentences)"))
        #expect(compare.stdout.contains("\"limit\" : \"max-sentences\""))
        let check = try CheckCommandTests.run(["check", "--max-sentences", "2", root.path])
        #expect(check.stdout.contains("warning: [limit] \(a):2: only the first 2 of 5 sentences"))
        let github = try CheckCommandTests.run(["check", "--format", "github", "--max-sentences", "2", root.path])
        #expect(github.stdout.contains("::warning file=\(a),line=2,title=factdiff%3A limit::\(a):2: only the first 2 of 5 sentences"))
        let sarif = try CheckCommandTests.run(["check", "--format", "sarif", "--max-sentences", "2", root.path])
        #expect(sarif.stdout.contains("only the first 2 of 5 sentences are compared"))
        // Usage errors for bad values.
        #expect(try CommandTests.run(["compare", "--max-file-size", "lots", a, b]).status == 2)
        #expect(try CommandTests.run(["compare", "--max-articles", "1", a, b]).status == 2)

        let settings = try CheckConfiguration.parse(
            "max-file-size: 1MiB\nmax-sentences: 10\nmax-articles: 3\nmax-sentence-length: 500\n", path: "s.yml")
        #expect(settings.limits == Limits(maxFileSize: 1 << 20, maxSentences: 10, maxArticles: 3, maxSentenceLength: 500))
        #expect(settings.printed().contains("max-file-size: 1048576\nmax-sentence-length: 500\nmax-sentences: 10\n"))
        #expect(try CheckConfiguration.parse(settings.printed(), path: "again.yml").limits == settings.limits)
        for bad in ["max-file-size: -1", "max-sentences: many", "max-articles: 1", "max-sentence-length: 0"] {
            #expect(throws: InputError.self) { try CheckConfiguration.parse(bad, path: "s.yml") }
        }
    }

    // MARK: - HTML

    @Test(arguments: [600, 100_000]) func deeplyNestedHTMLKeepsItsText(depth: Int) throws {
        let page = "<html><head><title>Deep page</title></head><body><article>" + String(repeating: "<div>", count: depth)
            + "<p>The leaders met on Friday in Berlin.</p><p>They talked for three hours.</p>"
            + String(repeating: "</div>", count: depth) + "</article></body></html>"
        let article = try HTMLPageReader.parse(data: Data(page.utf8), path: "deep.html", id: "deep")
        #expect(article.title == "Deep page")
        #expect(article.paragraphs.dropFirst().map(\.text) == ["The leaders met on Friday in Berlin.", "They talked for three hours."])
    }

    @Test func anHTMLPageOfScriptsOnlyHasNoText() throws {
        let path = Paths.fixture("html/scripts-only.html")
        #expect(throws: InputError(path: path, reason: .noText)) { try HTMLPageReader.read(path: path) }
        let page = "<html><body>" + String(repeating: "<script>var a = '<p>not text</p>';</script>", count: 10_000) + "</body></html>"
        #expect(throws: InputError(path: "s.html", reason: .noText)) {
            try HTMLPageReader.parse(data: Data(page.utf8), path: "s.html", id: "s")
        }
    }

    // MARK: - Encodings and odd bytes

    static let plain = "Leaders meet\nThe leaders met on Friday.\n"

    static func utf16(_ text: String, bigEndian: Bool) -> Data {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        return Data(bytes)
    }

    @Test(arguments: [false, true]) func utf16WithAByteOrderMarkIsDecoded(bigEndian: Bool) throws {
        let text = "Leaders meet 🎉\r\nThe leaders met on Friday in Zürich.\r\n"
        let article = try ArticleReader.parse(data: Self.utf16(text, bigEndian: bigEndian), path: "u.txt", id: "u")
        let expected = try ArticleReader.parse(data: Data(text.utf8), path: "u.txt", id: "u")
        #expect(article == expected)
    }

    @Test func badUTF16AndUTF32AreRefusedWithTheOffset() {
        // A lone high surrogate (D800) after "A".
        let lone = Data([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00])
        #expect(throws: InputError(path: "u.txt", reason: .invalidUTF16(offset: 4))) {
            try ArticleReader.parse(data: lone, path: "u.txt", id: "u")
        }
        #expect(throws: InputError(path: "u.txt", reason: .invalidUTF16(offset: 4))) {
            try ArticleReader.parse(data: Data([0xFF, 0xFE, 0x41, 0x00, 0x42]), path: "u.txt", id: "u")
        }
        #expect(throws: InputError(path: "u.txt", reason: .binary(offset: 4))) {
            try ArticleReader.parse(data: Data([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00, 0x42, 0x00]), path: "u.txt", id: "u")
        }
        #expect(throws: InputError(path: "u.txt", reason: .empty)) {
            try ArticleReader.parse(data: Self.utf16(" \n ", bigEndian: false), path: "u.txt", id: "u")
        }
        // UTF-16 without a mark has NUL bytes: binary.
        #expect(throws: InputError(path: "u.txt", reason: .binary(offset: 1))) {
            try ArticleReader.parse(data: Data(Self.utf16(Self.plain, bigEndian: false).dropFirst(2)), path: "u.txt", id: "u")
        }
        #expect(throws: InputError(path: "u.txt", reason: .unreadable("UTF-32 text is not read; save it as UTF-8"))) {
            try ArticleReader.parse(data: Data([0xFF, 0xFE, 0, 0, 0x41, 0, 0, 0]), path: "u.txt", id: "u")
        }
    }

    @Test func utf16InEveryReaderAndEndToEnd() throws {
        let folder = try Self.folder("utf16")
        let summit = Paths.fixtures.appendingPathComponent("batch/stories/summit")
        let a = folder.appendingPathComponent("wire.txt")
        try Self.utf16(try String(contentsOf: summit.appendingPathComponent("wire.txt"), encoding: .utf8), bigEndian: false).write(to: a)
        let utf16 = try CommandTests.run(["compare", a.path, summit.appendingPathComponent("post.txt").path])
        let utf8 = try CommandTests.run(["compare", summit.appendingPathComponent("wire.txt").path, summit.appendingPathComponent("post.txt").path])
        #expect(utf16.status == 1)
        #expect(utf16.stdout == utf8.stdout.replacingOccurrences(of: summit.appendingPathComponent("wire.txt").path, with: a.path))
        let jsonl = Self.utf16(#"{"id": "x", "title": "Leaders meet", "text": "They met on Friday."}"# + "\n", bigEndian: true)
        #expect(try JSONLinesReader.parse(data: jsonl, path: "x.jsonl").articles.map(\.id) == ["x"])
    }

    @Test(arguments: [
        (Data([0xEF, 0xBB, 0xBF]) + Data(plain.utf8), nil as InputError.Reason?),
        (Data(plain.replacingOccurrences(of: "\n", with: "\r\n").utf8), nil),
        (Data(plain.replacingOccurrences(of: "\n", with: "\r").utf8), nil),
        (Data("Leaders meet\nThe leaders\u{0} met.\n".utf8), .binary(offset: 24)),
        (Data([0xEF, 0xBB, 0xBF]) + Data("Leaders\u{0}".utf8), .binary(offset: 10)),
        (Data([0x4C, 0xC3, 0x28]), .invalidUTF8(offset: 1)),
    ])
    func byteOrderMarksLineEndsAndNULBytes(data: Data, error: InputError.Reason?) throws {
        if let error {
            #expect(throws: InputError(path: "f.txt", reason: error)) { try ArticleReader.parse(data: data, path: "f.txt", id: "f") }
        } else {
            let article = try ArticleReader.parse(data: data, path: "f.txt", id: "f")
            #expect(article.paragraphs.map(\.text) == ["Leaders meet", "The leaders met on Friday."])
            #expect(article.paragraphs.map(\.line) == [1, 2])
        }
    }

    @Test func mixedScriptsAndDirectionMarksGoThroughEveryStage() throws {
        let text = """
            قمة في برلين 🎉
            التقى الزعيمان يوم الجمعة في برلين. 两位领导人周五在柏林会面。 The leaders met on Friday \u{200F}in Berlin\u{202E}evil\u{202C} 👍🏽.
            ‏مرحبا‎ 👩‍👩‍👧 family emoji, then the talks lasted 3 hours.
            """
        let mixed = try ArticleReader.parse(data: Data(text.utf8), path: "mixed.txt", id: "mixed")
        let other = try ArticleReader.parse(
            data: Data("The leaders meet\nThe leaders met on Saturday in Berlin, and the talks lasted 3 hours.\n".utf8),
            path: "other.txt", id: "other")
        let analysis = Analyzer().analyze(Story(id: "mixed", articles: [mixed, other]))
        for (index, sentences) in analysis.sentences.enumerated() {
            for sentence in sentences {
                let paragraph = analysis.articles[index].paragraphs[sentence.paragraph]
                #expect(sentence.range.upperBound <= paragraph.text.utf8.count)
                _ = analysis.articles[index].location(paragraph: sentence.paragraph, utf8Offset: sentence.range.upperBound)
            }
        }
        let html = try HTMLReport.render(analysis)
        #expect(html.hasSuffix("</html>\n"))
        #expect(!html.contains("\u{202E}"))
        _ = try JSONReport.render([analysis])
        _ = TextReport(colour: false).render([analysis])
    }

    @Test func aHugeNumberInAJSONLineIsNotABrokenLine() throws {
        let line = #"{"id": "a", "title": "Leaders meet", "text": "They met on Friday, \"1e999\" said.", "score": 1e999, "more": [-2E+400, 3]}"#
        let result = try JSONLinesReader.parse(data: Data((line + "\n{\"id\": 1e999}\n").utf8), path: "h.jsonl")
        #expect(result.articles.map(\.id) == ["a"])
        #expect(result.articles.first?.paragraphs.last?.text == "They met on Friday, \"1e999\" said.")
        #expect(result.problems.map(\.description) == ["h.jsonl:2: missing 'id'"])
        #expect(JSONLinesReader.withoutHugeNumbers(Array(#"{"a": 1.5, "b": "1e999"}"#.utf8)) == nil)
    }

    @Test func configPrintEscapesControlAndDirectionCharacters() throws {
        let folder = try Self.folder("config")
        let path = try Self.write("ignore:\n  - {kind: date, reason: \"a\\u001b[31m b\\u202e c\\u2028 d\"}\n", "s.yml", in: folder)
        let run = try CommandTests.run(["config", "--print", "--config", path])
        #expect(run.status == 0)
        #expect(run.stdout.contains(#"reason: "a\u001B[31m b\u202E c\u2028 d""#))
        #expect(!run.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || $0.value == 0x2028 })
        #expect(try CheckConfiguration.parse(run.stdout, path: "again.yml").ignore.first?.reason == "a\u{1B}[31m b\u{202E} c\u{2028} d")
    }

    // MARK: - Names and folders

    @Test func reportNamesFromHostileIDsStayInsideTheFolder() throws {
        let root = try Self.folder("names")
        let folder = root.appendingPathComponent("reports")
        let article = { (id: String) in try ArticleReader.parse(data: Data(Self.other.utf8), path: "\(id).txt", id: id) }
        let ids = ["../../etc/x", "CON", "nul", "index", "/abs/path", "..", "a\u{0}b", "ملف", String(repeating: "x", count: 400)]
        let stories = try ids.map { id in Analyzer().analyze(Story(id: id, articles: [try article("a"), try article("b")])) }
        try ReportFolder.write(BatchOutcome(stories: stories), to: folder.path)
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(written.contains("etc-x.html"))
        #expect(written.contains("story-CON.html"))
        #expect(written.contains("story-nul.html"))
        #expect(written.contains("index.html"))
        #expect(written.count == ids.count + 1)
        #expect(written.allSatisfy { $0.utf8.count <= 255 && !$0.hasPrefix(".") && !$0.contains("/") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["reports"])
    }

    @Test func aLinkOrPipeInTheReportFolderIsReplacedNotFollowed() throws {
        let root = try Self.folder("links")
        let folder = root.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let outside = root.appendingPathComponent("outside.txt")
        try Data("keep me".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("summit.html").path, withDestinationPath: outside.path)
        #expect(mkfifo(folder.appendingPathComponent("index.html").path, 0o644) == 0)
        let a = try ArticleReader.parse(data: Data(Self.other.utf8), path: "a.txt", id: "a")
        let b = try ArticleReader.parse(data: Data(Self.other.utf8), path: "b.txt", id: "b")
        try ReportFolder.write(BatchOutcome(stories: [Analyzer().analyze(Story(id: "summit", articles: [a, b]))]), to: folder.path)
        #expect(try String(contentsOf: outside, encoding: .utf8) == "keep me")
        let summit = folder.appendingPathComponent("summit.html").path
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: summit)) == nil)
        #expect(try String(contentsOfFile: summit, encoding: .utf8).hasSuffix("</html>\n"))
        #expect(try String(contentsOfFile: folder.appendingPathComponent("index.html").path, encoding: .utf8).hasSuffix("</html>\n"))
    }

    @Test func anIndexThatIsAFolderFailsBeforeAnyReportIsWritten() throws {
        let folder = try Self.folder("index-dir")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("index.html"), withIntermediateDirectories: true)
        let run = try CheckCommandTests.run(["check", "--report-dir", folder.path, "\(CheckCommandTests.batch)/stories"])
        #expect(run.status == 2)
        #expect(run.stderr == "factdiff: error: \(folder.path)/index.html: cannot write: is a directory\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["index.html"])
    }

    @Test func aSymlinkLoopInABatchIsReportedAndTheRestChecked() throws {
        let batch = try Self.folder("loop")
        let story = batch.appendingPathComponent("summit")
        try FileManager.default.createDirectory(at: story, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Paths.package.appendingPathComponent("seeds/bbc.txt").path, toPath: story.appendingPathComponent("bbc.txt").path)
        try FileManager.default.copyItem(atPath: Paths.package.appendingPathComponent("seeds/independent.txt").path, toPath: story.appendingPathComponent("independent.txt").path)
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: batch.appendingPathComponent("a.txt").path, withDestinationPath: "b.txt")
        try fm.createSymbolicLink(atPath: batch.appendingPathComponent("b.txt").path, withDestinationPath: "a.txt")
        try fm.createSymbolicLink(atPath: batch.appendingPathComponent("loop").path, withDestinationPath: "loop")
        // Folders reached twice through links are read once.
        try fm.createSymbolicLink(atPath: batch.appendingPathComponent("again").path, withDestinationPath: batch.path)
        try fm.createSymbolicLink(atPath: batch.appendingPathComponent("summit-link").path, withDestinationPath: "summit")
        let run = try CheckCommandTests.run(["check", "--keep-going", batch.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("\(batch.path)/a.txt: symbolic link that leads nowhere or loops, skipped"))
        #expect(run.stdout.contains("\(batch.path)/b.txt: symbolic link that leads nowhere or loops, skipped"))
        #expect(run.stdout.contains("\(batch.path)/loop: symbolic link that leads nowhere or loops, skipped"))
        #expect(run.stdout.contains("1 new conflict"))
    }

    @Test func aPipeOrDeviceInABatchFolderIsSkippedNotWaitedFor() throws {
        let folder = try Self.folder("fifo")
        let fifo = folder.appendingPathComponent("x.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("zero.txt").path, withDestinationPath: "/dev/zero")
        let input = BatchInput.read(paths: [folder.path])
        #expect(input.problems.map(\.description).sorted() == [
            "\(fifo): cannot read: not a regular file (a pipe, socket or device), skipped",
            "\(folder.path)/zero.txt: cannot read: not a regular file (a pipe, socket or device), skipped",
        ])
    }

    @Test func aFolderOfTenThousandEmptyFiles() throws {
        let folder = try Self.folder("empty")
        for n in 0..<10_000 {
            #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent("e\(n).txt").path, contents: nil))
        }
        let input = BatchInput.read(paths: [folder.path])
        #expect(input.problems.count == 10_000)
        #expect(input.problems.allSatisfy { $0.reason == .empty })
        #expect(input.loose.isEmpty && input.stories.isEmpty)
        let run = try CheckCommandTests.run(["check", "--format", "json", folder.path])
        #expect(run.status == 2)
        #expect(run.stdout.contains("\"problems\" : 10000"))
    }

    // MARK: - Killed and concurrent runs

    /// A batch of `stories` story folders of two articles each, with a date
    /// conflict in each, so reports take a moment to write.
    static func makeBatch(stories: Int, in folder: URL) throws -> URL {
        let batch = folder.appendingPathComponent("batch")
        for n in 0..<stories {
            let story = batch.appendingPathComponent("story-\(n)")
            try FileManager.default.createDirectory(at: story, withIntermediateDirectories: true)
            let front = "---\npublished: 2017-07-09\n---\n"
            try Data("\(front)Leaders meet, part \(n)\nThe two leaders held their first face-to-face talks in Hamburg on Friday.\nAides said the meeting lasted more than \(n + 2) hours.\n".utf8)
                .write(to: story.appendingPathComponent("wire.txt"))
            try Data("\(front)Summit talks run long, part \(n)\nThe two leaders held face-to-face talks for the first time on Saturday in Hamburg.\nThe meeting lasted more than \(n + 2) hours, aides said.\n".utf8)
                .write(to: story.appendingPathComponent("post.txt"))
        }
        return batch
    }

    /// Every file under a final name is a complete report; the others are
    /// temporary files, recognisably named. Returns the temporary ones.
    static func checkReports(in folder: URL) throws -> [String] {
        var temporaries: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            if ReportFile.temporaryOwner(name) != nil {
                temporaries.append(name)
                continue
            }
            #expect(name.hasSuffix(".html"), "unexpected file \(name)")
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(text.hasPrefix("<!DOCTYPE html>"), "\(name) does not start as a report")
            #expect(text.hasSuffix("</html>\n"), "\(name) is not complete")
        }
        return temporaries
    }

    @Test func aRunKilledMidBatchLeavesOnlyCompleteFilesUnderFinalNames() throws {
        let binary = try #require(CommandTests.binary)
        let root = try Self.folder("kill")
        let batch = try Self.makeBatch(stories: 150, in: root)
        let reports = root.appendingPathComponent("reports")
        let baseline = root.appendingPathComponent("baseline.json")
        let arguments = ["check", "--quiet", "--report-dir", reports.path, "--write-baseline", baseline.path, batch.path]

        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = Paths.package
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it as soon as the first story report is there.
        var killedMidway = false
        while process.isRunning {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: reports.path)) ?? []
            if names.contains(where: { $0.hasSuffix(".html") || $0.hasSuffix(".tmp") }) {
                kill(process.processIdentifier, SIGKILL)
                killedMidway = true
                break
            }
            usleep(2_000)
        }
        process.waitUntilExit()
        _ = try Self.checkReports(in: reports)
        if killedMidway {
            #expect(process.terminationReason == .uncaughtSignal)
            #expect(!FileManager.default.fileExists(atPath: baseline.path), "the baseline is written after the reports")
        }

        // The next run finishes the folder and removes the dead run's temporary files.
        let again = try CheckCommandTests.run(arguments)
        #expect(again.status == 1, "\(again.output)")
        #expect(try Self.checkReports(in: reports).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: reports.path).count == 151)
        #expect(try Baseline.read(path: baseline.path).count == 150)
    }

    @Test func twoRunsWritingOneReportFolderEndWithCompleteFiles() throws {
        let binary = try #require(CommandTests.binary)
        let root = try Self.folder("concurrent")
        let batch = try Self.makeBatch(stories: 40, in: root)
        let reports = root.appendingPathComponent("reports")
        let runs = try (0..<2).map { _ in
            let process = Process()
            process.executableURL = binary
            process.arguments = ["check", "--quiet", "--report-dir", reports.path, batch.path]
            process.currentDirectoryURL = Paths.package
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in runs {
            process.waitUntilExit()
            #expect(process.terminationStatus == 1)
        }
        #expect(try Self.checkReports(in: reports).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: reports.path).count == 41)
    }

    @Test func staleTemporaryFilesAreRecognisedByTheirDeadProcess() throws {
        let folder = try Self.folder("stale")
        let mine = ".a.html.\(ProcessInfo.processInfo.processIdentifier).12.tmp"
        let dead = ".b.html.2147483000.34.tmp"  // no such process
        for name in [mine, dead, "c.html", ".hidden", "x.tmp"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        #expect(ReportFile.temporaryOwner(dead) == 2147483000)
        #expect(ReportFile.temporaryOwner("x.tmp") == nil)
        #expect(ReportFile.removeStaleTemporaries(in: folder.path) == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".a.html.\(ProcessInfo.processInfo.processIdentifier).12.tmp", ".hidden", "c.html", "x.tmp"].sorted())
    }
}
