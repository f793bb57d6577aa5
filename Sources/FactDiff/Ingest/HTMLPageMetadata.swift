import Foundation
import LibXML

/// The metadata a news page carries for search engines and social sites:
/// `<meta>` tags (Open Graph `og:`, `article:`, plain `name=`, microdata
/// `itemprop=`), the canonical link, `<title>`, and JSON-LD.
struct HTMLPageMetadata {
    /// By lowercase `property` or `name` (`og:title`, `author`), and by
    /// `itemprop:` and the lowercase item property (`itemprop:datepublished`);
    /// the first of each wins. Values have their whitespace collapsed.
    var meta: [String: HTMLTextBlock] = [:]
    var canonicalURL: String?
    var title: HTMLTextBlock?
    var jsonLD: JSONLDArticle

    init(root: ParsedHTMLElement) {
        var scripts: [HTMLTextBlock] = []
        var meta: [String: HTMLTextBlock] = [:]
        var canonicalURL: String?
        var title: HTMLTextBlock?
        func record(_ key: String, _ value: String?, line: Int) {
            guard let value, meta[key] == nil else { return }
            let text = HTMLText.collapsed(value)
            if !text.isEmpty { meta[key] = HTMLTextBlock(text: text, line: line) }
        }
        root.walk(enter: { element in
            switch element.name {
            case "svg", "math", "template":
                return .skipChildren  // an SVG <title> is not the page's
            case "meta":
                if let key = element.attribute("property") ?? element.attribute("name") {
                    record(key.lowercased(), element.attribute("content"), line: element.line)
                }
            case "link":
                let rel = element.attribute("rel")?.lowercased().split(whereSeparator: \.isWhitespace) ?? []
                if canonicalURL == nil, rel.contains("canonical"), let href = element.attribute("href") {
                    let url = HTMLText.collapsed(href)
                    if !url.isEmpty { canonicalURL = url }
                }
            case "title" where title == nil:
                let text = HTMLText.collapsed(element.textContent)
                if !text.isEmpty { title = HTMLTextBlock(text: text, line: element.line) }
            case "script":
                let type = element.attribute("type")?.split(separator: ";").first?
                    .trimmingCharacters(in: .whitespaces).lowercased()
                if type == "application/ld+json" {
                    scripts.append(HTMLTextBlock(text: element.textContent, line: element.line))
                }
                return .skipChildren
            default:
                break
            }
            if let itemprop = element.attribute("itemprop") {
                let value = element.attribute("content") ?? element.attribute("datetime")
                record("itemprop:" + itemprop.lowercased(), value, line: element.line)
            }
            return .descend
        })
        self.meta = meta
        self.canonicalURL = canonicalURL
        self.title = title
        self.jsonLD = JSONLDArticle(scripts: scripts)
    }

    subscript(key: String) -> HTMLTextBlock? {
        meta[key]
    }
}
