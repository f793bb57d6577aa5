import FactDiff
import Foundation

/// What every target does with libFuzzer's bytes.
public enum FuzzInput {
    /// The bytes libFuzzer hands over, as Data.
    public static func data(_ pointer: UnsafePointer<UInt8>?, _ count: Int) -> Data {
        guard let pointer, count > 0 else { return Data() }
        return Data(bytes: pointer, count: count)
    }

    /// The bytes as text, invalid UTF-8 repaired, as a paragraph's text
    /// would reach the splitter and extractors.
    public static func text(_ pointer: UnsafePointer<UInt8>?, _ count: Int) -> String {
        guard let pointer, count > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    /// An article of the cleaned lines of `text`, the first its headline,
    /// as ArticleReader builds it (without its checks).
    public static func article(_ text: String) -> Article {
        var article = Article(id: "fuzz", path: "fuzz.txt", published: CivilDate(year: 2019, month: 4, day: 16), paragraphs: [])
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let cleaned = TextCleaner.clean(line)
            guard !cleaned.text.isEmpty else { continue }
            article.paragraphs.append(
                Paragraph(
                    role: article.paragraphs.isEmpty ? .headline : .body, text: cleaned.text, line: index + 1,
                    columns: cleaned.columns))
        }
        return article
    }

    /// Runs one extractor over every sentence of the text and touches each
    /// mention's range, so a range outside its sentence traps.
    public static func extract(_ extractor: some MentionExtractor, _ text: String) {
        let article = article(text)
        let sentences = SentenceSplitter.sentences(of: article, articleIndex: 0)
        let context = ExtractionContext(published: article.published)
        for sentence in sentences {
            let words = Word.split(sentence.text)
            let utf8 = Array(sentence.text.utf8)
            for mention in extractor.mentions(in: sentence, words: words, context: context) {
                precondition(mention.range.lowerBound >= 0 && mention.range.upperBound <= utf8.count, "mention range outside its sentence")
                _ = String(decoding: utf8[mention.range], as: UTF8.self)
            }
        }
    }
}
