import Foundation

/// What a page's schema.org JSON-LD says about its article.
///
/// News sites describe the story for search engines in
/// `<script type="application/ld+json">`: one object, an array of them, or
/// a `@graph` whose nodes refer to each other by `@id` (WordPress's Yoast
/// names the publisher `{"@id": "…#organization"}` and defines it once).
/// Every object with an `@type` or `@id` is collected, wherever it is
/// nested; the article is the first whose type is a kind of Article (or a
/// blog posting), else the first with a `headline`.
struct JSONLDArticle {
    var headline: String?
    var datePublished: String?
    var publisherName: String?
    var authorNames: [String] = []
    /// The line of the script that described the article.
    var line = 1

    /// Bounds the work a hostile page can ask for.
    static let maximumNodes = 10_000

    init(scripts: [HTMLTextBlock]) {
        var nodes: [(node: [String: Any], line: Int)] = []
        var byID: [String: [String: Any]] = [:]
        for script in scripts {
            // A broken script is the page's problem, not the reader's.
            let data = Data(script.text.utf8)
            guard let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
                continue
            }
            var stack: [Any] = [json]
            while let value = stack.popLast(), nodes.count < Self.maximumNodes {
                if let array = value as? [Any] {
                    stack.append(contentsOf: array.reversed())
                } else if let object = value as? [String: Any] {
                    if object["@type"] != nil || object["@id"] != nil { nodes.append((object, script.line)) }
                    if let id = object["@id"] as? String, byID[id] == nil || object.count > byID[id]!.count {
                        byID[id] = object
                    }
                    for key in object.keys.sorted().reversed() {
                        if let inner = object[key], inner is [Any] || inner is [String: Any] { stack.append(inner) }
                    }
                }
            }
        }
        guard
            let article = nodes.first(where: { Self.isArticle($0.node) })
                ?? nodes.first(where: { Self.string($0.node["headline"]) != nil })
        else { return }
        line = article.line
        headline = Self.string(article.node["headline"])
        datePublished = Self.string(article.node["datePublished"])
            ?? nodes.lazy.compactMap { Self.string($0.node["datePublished"]) }.first
        if let publisher = article.node["publisher"] {
            publisherName = Self.names(publisher, byID: byID).first
        }
        if let author = article.node["author"] {
            authorNames = Self.names(author, byID: byID)
        }
    }

    private static func isArticle(_ node: [String: Any]) -> Bool {
        let types: [String]
        switch node["@type"] {
        case let type as String: types = [type]
        case let list as [Any]: types = list.compactMap { $0 as? String }
        default: return false
        }
        return types.contains { type in
            // "NewsArticle", "schema:NewsArticle", "https://schema.org/NewsArticle"
            let name = type.split(whereSeparator: { $0 == "/" || $0 == ":" }).last.map(String.init) ?? type
            return name.hasSuffix("Article") || name == "BlogPosting" || name == "LiveBlogPosting"
        }
    }

    /// A non-empty string, or the first of an array of them.
    private static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String:
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        case let list as [Any]:
            return list.lazy.compactMap { string($0) }.first
        default:
            return nil
        }
    }

    /// The names of a person or organisation value: a name, an object with
    /// a `name`, a reference to a node that has one, or a list of those.
    /// URLs (some sites give a profile page as the author) are not names.
    private static func names(_ value: Any, byID: [String: [String: Any]]) -> [String] {
        let items = value as? [Any] ?? [value]
        return items.compactMap { item -> String? in
            var object = item as? [String: Any]
            if let reference = object?["@id"] as? String, object?["name"] == nil { object = byID[reference] }
            let name = object == nil ? string(item) : string(object?["name"])
            guard let name, !name.contains("://") else { return nil }
            return name
        }
    }
}
