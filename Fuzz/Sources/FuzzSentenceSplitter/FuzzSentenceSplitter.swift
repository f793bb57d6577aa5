import FactDiff
import FuzzSupport

/// The sentence splitter over the cleaned lines of any text: every range
/// must lie inside its paragraph and sentences must come in order.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let article = FuzzInput.article(FuzzInput.text(data, size))
    var previous: (paragraph: Int, end: Int) = (0, 0)
    for sentence in SentenceSplitter.sentences(of: article, articleIndex: 0) {
        let count = article.paragraphs[sentence.paragraph].text.utf8.count
        precondition(sentence.range.lowerBound >= 0 && sentence.range.upperBound <= count, "sentence outside its paragraph")
        precondition(!sentence.range.isEmpty, "empty sentence")
        precondition(
            sentence.paragraph > previous.paragraph || sentence.range.lowerBound >= previous.end,
            "sentences out of order")
        previous = (sentence.paragraph, sentence.range.upperBound)
        _ = article.location(paragraph: sentence.paragraph, utf8Offset: sentence.range.upperBound)
    }
    return 0
}
