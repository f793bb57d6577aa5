import Foundation

/// The articles of one story, in the order the user gave them.
public struct Story: Hashable, Sendable {
    public var id: String
    public var articles: [Article]

    public init(id: String, articles: [Article]) {
        self.id = id
        self.articles = articles
    }

    /// Reads every file and checks that they can be compared together:
    /// at least two articles, each id once.
    public static func read(paths: [String], id: String? = nil, limits: Limits = Limits()) throws(InputError) -> Story {
        var articles: [Article] = []
        var pathByID: [String: String] = [:]
        for path in paths {
            let article = try ArticleReader.read(path: path, limits: limits)
            if let other = pathByID[article.id] {
                throw InputError(path: path, reason: .duplicateID(article.id, otherPath: other))
            }
            pathByID[article.id] = path
            articles.append(article)
        }
        guard articles.count >= 2 else {
            throw InputError(path: paths.first ?? "-", reason: .tooFewArticles(articles.count))
        }
        return Story(id: id ?? defaultID(for: paths), articles: articles)
    }

    /// The name of the folder that holds the articles when they share one
    /// (a story folder), else "story".
    static func defaultID(for paths: [String]) -> String {
        let folders = Set(
            paths.map { (URL(fileURLWithPath: $0).standardizedFileURL.deletingLastPathComponent().path) })
        guard folders.count == 1, let folder = folders.first else { return "story" }
        let name = (folder as NSString).lastPathComponent
        return name.isEmpty || name == "/" ? "story" : name
    }
}
