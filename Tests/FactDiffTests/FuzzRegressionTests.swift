import Foundation
import Testing

@testable import FactDiff

/// Every seed of the fuzz targets (`Fuzz/Corpus/<target>/`) and every input
/// a fuzz run found (`Fixtures/fuzz/<target>/`, one file per finding, named
/// after what it broke) goes through what its target calls, so a crash or a
/// hang that `scripts/fuzz` found once stays fixed. `FuzzSupport` in
/// `Fuzz/Sources` does the same under libFuzzer.
@Suite struct FuzzRegressionTests {
    static let targets = [
        "FuzzArticleReader", "FuzzHTMLPageReader", "FuzzJSONLinesReader",
        "FuzzSentenceSplitter", "FuzzDateExtractor", "FuzzNumberExtractor",
    ]

    /// (target, file) for every seed and finding.
    static let inputs: [String] = targets.flatMap { target in
        [Paths.package.appendingPathComponent("Fuzz/Corpus/\(target)"), Paths.fixtures.appendingPathComponent("fuzz/\(target)")]
            .flatMap { folder in
                ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
                    .filter { !$0.hasPrefix(".") }
                    .map { "\(target)/\(folder.appendingPathComponent($0).path)" }
            }
    }

    @Test func theSeedCorporaAreThere() {
        for target in Self.targets {
            #expect(Self.inputs.contains { $0.hasPrefix(target + "/") }, "no seeds for \(target)")
        }
    }

    @Test(arguments: inputs) func input(_ entry: String) throws {
        let slash = try #require(entry.firstIndex(of: "/"))
        let target = String(entry[..<slash])
        let data = try Data(contentsOf: URL(fileURLWithPath: String(entry[entry.index(after: slash)...])))
        switch target {
        case "FuzzArticleReader":
            if let article = try? ArticleReader.parse(data: data, path: "fuzz.txt", id: "fuzz") { Self.split(article) }
        case "FuzzHTMLPageReader":
            if let article = try? HTMLPageReader.parse(data: data, path: "fuzz.html", id: "fuzz") { Self.split(article) }
        case "FuzzJSONLinesReader":
            if let result = try? JSONLinesReader.parse(data: data, path: "fuzz.jsonl") { result.articles.forEach(Self.split) }
        case "FuzzSentenceSplitter":
            Self.split(Self.article(data))
        case "FuzzDateExtractor":
            Self.extract(DateExtractor(), Self.article(data))
        case "FuzzNumberExtractor":
            Self.extract(NumberExtractor(), Self.article(data))
        default:
            Issue.record("unknown target \(target)")
        }
    }

    /// The lines of any bytes as an article, as the splitter and extractor
    /// targets build it.
    static func article(_ data: Data) -> Article {
        var article = Article(id: "fuzz", path: "fuzz.txt", published: CivilDate(year: 2019, month: 4, day: 16), paragraphs: [])
        let text = String(decoding: data, as: UTF8.self)
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let cleaned = TextCleaner.clean(line)
            guard !cleaned.text.isEmpty else { continue }
            article.paragraphs.append(
                Paragraph(role: article.paragraphs.isEmpty ? .headline : .body, text: cleaned.text, line: index + 1, columns: cleaned.columns))
        }
        return article
    }

    static func split(_ article: Article) {
        for sentence in SentenceSplitter.sentences(of: article, articleIndex: 0) {
            #expect(sentence.range.upperBound <= article.paragraphs[sentence.paragraph].text.utf8.count)
            _ = article.location(paragraph: sentence.paragraph, utf8Offset: sentence.range.upperBound)
        }
    }

    static func extract(_ extractor: some MentionExtractor, _ article: Article) {
        let context = ExtractionContext(published: article.published)
        for sentence in SentenceSplitter.sentences(of: article, articleIndex: 0) {
            for mention in extractor.mentions(in: sentence, words: Word.split(sentence.text), context: context) {
                #expect(mention.range.upperBound <= sentence.text.utf8.count)
            }
        }
    }
}
