import Foundation
import LibXML

/// Reads a news article saved as a web page (`.html`, `.htm`) into the same
/// ``Article`` a text file gives, so the rest of the pipeline cannot tell
/// them apart.
///
/// The page is parsed by libxml2 (through ``HTMLParser``); metadata comes
/// from ``HTMLPageMetadata`` and the story's paragraphs from
/// ``HTMLMainText``, with furniture (``HTMLChrome``) left out. A paragraph's
/// `line` is the line of the HTML file its element is on; its `columns` are
/// columns within the extracted paragraph text (markup removed, whitespace
/// collapsed), not columns of the HTML file, since one paragraph's text
/// comes from many places in the markup.
public enum HTMLPageReader {
    public static func read(path: String, limits: Limits = Limits()) throws(InputError) -> Article {
        try parse(
            data: ArticleReader.readData(path: path, maxSize: limits.maxFileSize), path: path,
            id: ArticleReader.articleID(forPath: path))
    }

    /// Parses the bytes of a page.
    ///
    /// - headline: `og:title`, else JSON-LD `headline`, else the story's
    ///   first `<h1>`, else `<title>`; a trailing " | Site" or " - Site" is
    ///   removed when it is the site's name;
    /// - source: `og:site_name`, else the JSON-LD publisher's name;
    /// - published: `article:published_time`, else JSON-LD `datePublished`,
    ///   else microdata `itemprop="datePublished"`, else the story's first
    ///   `<time datetime>`, else `<meta name="date">` and its kin; a value
    ///   that is not an ISO 8601 date or date-time is passed over, not an
    ///   error (the page's publisher wrote it, not the user);
    /// - url: `og:url`, else `<link rel="canonical">`;
    /// - author: `<meta name="author">`, else `article:author` (unless it is
    ///   a profile URL), else the JSON-LD authors' names.
    ///
    /// Throws for a blank page, NUL bytes or invalid UTF-8 (as
    /// ``ArticleReader`` does; offsets count from the start of the file),
    /// bytes the declared encoding rejects, and a page without story
    /// paragraphs (`noText`: only scripts, only navigation), whatever its
    /// title.
    public static func parse(data: Data, path: String, id: String) throws(InputError) -> Article {
        let bytes = [UInt8](data)
        let encoding = HTMLParser.encoding(of: bytes)
        try check(bytes, encoding: encoding, path: path)
        let parsed: ParsedHTMLElement?
        do {
            parsed = try HTMLParser.parse(bytes, encoding: encoding)
        } catch {
            switch error {
            case .conversionFailed(let name):
                throw InputError(path: path, reason: .unreadable("not valid \(name), the encoding the page declares"))
            case .libxml(let why):
                throw InputError(path: path, reason: .unreadable(why))
            }
        }
        guard let root = parsed else { throw InputError(path: path, reason: .noText) }
        let metadata = HTMLPageMetadata(root: root)
        let main = HTMLMainText(root: root)

        var body = main.paragraphs.compactMap { paragraph($0, role: .body) }
        guard !body.isEmpty else { throw InputError(path: path, reason: .noText) }
        var article = Article(id: id, path: path, paragraphs: [])
        article.source = metadata["og:site_name"]?.text ?? metadata.jsonLD.publisherName.map(HTMLText.collapsed)
        article.url = metadata["og:url"]?.text ?? metadata.canonicalURL
        article.author = author(metadata)
        article.published = published(metadata, main)
        let headline: Paragraph
        if let found = self.headline(metadata, main, site: article.source) {
            headline = found
            // A page that repeats its headline as its first paragraph.
            if let repeated = body.firstIndex(where: { $0.text == found.text }) { body.remove(at: repeated) }
        } else {
            // As in a text file, the first paragraph is then the headline.
            headline = Paragraph(role: .headline, text: body[0].text, line: body[0].line, columns: body[0].columns)
            body.removeFirst()
        }
        article.paragraphs = [headline] + body
        return article
    }

    /// ``ArticleReader``'s checks, where they apply to a page: UTF-16 has
    /// NUL bytes, and other declared encodings are checked by libxml2's
    /// conversion instead.
    private static func check(_ bytes: [UInt8], encoding: String, path: String) throws(InputError) {
        let isUTF16 = encoding.hasPrefix("UTF-16")
        let mark = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : isUTF16 ? 2 : 0
        let blank = bytes.dropFirst(mark).allSatisfy {
            $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || (isUTF16 && $0 == 0)
        }
        if blank {
            throw InputError(path: path, reason: .empty)
        }
        if !isUTF16, let nul = bytes.firstIndex(of: 0) {
            throw InputError(path: path, reason: .binary(offset: nul))
        }
        if encoding == "UTF-8", let bad = ArticleReader.firstInvalidUTF8Offset(bytes) {
            throw InputError(path: path, reason: .invalidUTF8(offset: bad))
        }
    }

    private static func paragraph(_ block: HTMLTextBlock, role: Paragraph.Role) -> Paragraph? {
        let cleaned = TextCleaner.clean(Substring(block.text))
        guard !cleaned.text.isEmpty else { return nil }
        return Paragraph(role: role, text: cleaned.text, line: block.line, columns: cleaned.columns)
    }

    // MARK: - Fields

    private static func headline(_ metadata: HTMLPageMetadata, _ main: HTMLMainText, site: String?) -> Paragraph? {
        let fromJSONLD = metadata.jsonLD.headline.map {
            HTMLTextBlock(text: HTMLText.collapsed($0), line: metadata.jsonLD.line)
        }
        for case let candidate? in [metadata["og:title"], fromJSONLD, main.firstHeading(), metadata.title] {
            let text = strippingSiteName(candidate.text, site: site)
            if let found = paragraph(HTMLTextBlock(text: text, line: candidate.line), role: .headline) {
                return found
            }
        }
        return nil
    }

    /// "Leaders meet in Berlin | The Example Times" → "Leaders meet in
    /// Berlin" when the site is "The Example Times".
    static func strippingSiteName(_ title: String, site: String?) -> String {
        guard let site, !site.isEmpty else { return title }
        for separator in [" | ", " - ", " – ", " — ", " · ", " :: "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let suffix = title[range.upperBound...].trimmingCharacters(in: .whitespaces)
            let head = title[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            if !head.isEmpty, suffix.caseInsensitiveCompare(site) == .orderedSame { return head }
        }
        return title
    }

    private static func published(_ metadata: HTMLPageMetadata, _ main: HTMLMainText) -> CivilDate? {
        let candidates: [String?] = [
            metadata["article:published_time"]?.text,
            metadata.jsonLD.datePublished,
            metadata["itemprop:datepublished"]?.text,
            main.firstTimestamp()?.text,
            metadata["date"]?.text,
            metadata["pubdate"]?.text,
            metadata["publishdate"]?.text,
            metadata["publish-date"]?.text,
            metadata["dc.date.issued"]?.text,
        ]
        for case let value? in candidates {
            if let date = CivilDate(iso8601: value.trimmingCharacters(in: .whitespaces)) { return date }
        }
        return nil
    }

    private static func author(_ metadata: HTMLPageMetadata) -> String? {
        for key in ["author", "article:author"] {
            if let value = metadata[key]?.text, !value.contains("://") { return value }
        }
        let names = metadata.jsonLD.authorNames.map(HTMLText.collapsed).filter { !$0.isEmpty }
        return names.isEmpty ? nil : names.joined(separator: ", ")
    }
}
