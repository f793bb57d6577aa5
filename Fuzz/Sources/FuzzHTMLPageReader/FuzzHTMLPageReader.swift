import FactDiff
import FuzzSupport

/// A saved web page through libxml2's HTML parser, metadata and main text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let article = try? HTMLPageReader.parse(data: FuzzInput.data(data, size), path: "fuzz.html", id: "fuzz") else { return 0 }
    precondition(!article.paragraphs.isEmpty && article.paragraphs[0].role == .headline)
    for sentence in SentenceSplitter.sentences(of: article, articleIndex: 0) {
        _ = article.location(paragraph: sentence.paragraph, utf8Offset: sentence.range.upperBound)
    }
    return 0
}
