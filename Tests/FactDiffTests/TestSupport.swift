import Foundation

@testable import FactDiff

/// Paths of the package and its fixtures, found from this file so tests run
/// from any working directory.
enum Paths {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let package = tests.deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = tests.appendingPathComponent("Fixtures")
    static let shared = package.deletingLastPathComponent().appendingPathComponent("shared")

    static func fixture(_ name: String) -> String {
        fixtures.appendingPathComponent(name).path
    }
}

/// An article built in memory: a headline and body lines, as a file would
/// hold them.
func makeArticle(id: String, published: String? = nil, _ lines: String...) throws -> Article {
    var text = ""
    if let published { text += "---\npublished: \(published)\n---\n" }
    text += lines.joined(separator: "\n")
    return try ArticleReader.parse(data: Data(text.utf8), path: "\(id).txt", id: id)
}

/// The whole pipeline over articles built in memory.
func analyze(_ articles: Article...) -> StoryAnalysis {
    Analyzer().analyze(Story(id: "test", articles: articles))
}
