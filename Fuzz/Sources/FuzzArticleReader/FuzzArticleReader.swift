import FactDiff
import FuzzSupport

/// A text article file: BOM, front matter, headline, paragraphs; then its
/// sentences and every column a diagnostic could ask for.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let article = try? ArticleReader.parse(data: FuzzInput.data(data, size), path: "fuzz.txt", id: "fuzz") else { return 0 }
    precondition(!article.paragraphs.isEmpty && article.paragraphs[0].role == .headline)
    for sentence in SentenceSplitter.sentences(of: article, articleIndex: 0) {
        _ = article.location(paragraph: sentence.paragraph, utf8Offset: sentence.range.lowerBound)
        _ = article.location(paragraph: sentence.paragraph, utf8Offset: sentence.range.upperBound)
    }
    return 0
}
