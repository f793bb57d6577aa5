import FactDiff
import FuzzSupport

/// A JSON Lines file: one article a line, a problem for each broken line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let result = try? JSONLinesReader.parse(data: FuzzInput.data(data, size), path: "fuzz.jsonl") else { return 0 }
    for article in result.articles {
        precondition(article.paragraphs.count > 1)
        _ = SentenceSplitter.sentences(of: article, articleIndex: 0)
    }
    for problem in result.problems { _ = problem.description }
    return 0
}
