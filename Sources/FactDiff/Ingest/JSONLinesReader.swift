import Foundation

/// Reads articles from JSON Lines, one article a line, as feeds and
/// scrapers export them: `{"id", "source", "published", "title", "text",
/// "url"}`. `text` holds the body, paragraphs separated by newlines.
///
/// A broken line is a problem of its own (path and line), not the end of the
/// file: the other articles are still read. Diagnostics point at the line of
/// the article in the file; columns count within the paragraph's text.
public enum JSONLinesReader {
    public struct Result: Sendable {
        public var articles: [Article]
        public var problems: [InputError]
    }

    public static func read(path: String, limits: Limits = Limits()) throws(InputError) -> Result {
        try parse(data: ArticleReader.readData(path: path, maxSize: limits.maxFileSize), path: path)
    }

    /// Parses the bytes of a JSON Lines file: the articles of its good
    /// lines and a problem for each broken one. Throws only when the file
    /// as a whole cannot be read (empty, NUL bytes, invalid UTF-8).
    public static func parse(data: Data, path: String) throws(InputError) -> Result {
        let text = try ArticleReader.decode(data, path: path)
        var result = Result(articles: [], problems: [])
        var lineOfID: [String: Int] = [:]
        // JSON Lines ends lines at LF (CRLF too) only: a U+2028 or NEL inside
        // a string is part of the article.
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            let parsed: Article
            do {
                parsed = try article(Substring(line), path: path, line: index + 1)
            } catch {
                result.problems.append(error)
                continue
            }
            if let first = lineOfID[parsed.id] {
                result.problems.append(
                    InputError(path: path, reason: .badJSONLine(line: index + 1, "id '\(parsed.id)' is also the id on line \(first)")))
                continue
            }
            lineOfID[parsed.id] = index + 1
            result.articles.append(parsed)
        }
        return result
    }

    static func article(_ line: Substring, path: String, line number: Int) throws(InputError) -> Article {
        func fail(_ why: String) -> InputError { InputError(path: path, reason: .badJSONLine(line: number, why)) }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line.utf8))
        } catch {
            // Foundation refuses a number beyond Double (1e999) anywhere in
            // the line; such a number is valid JSON, and never a field an
            // article needs, so it is read as null.
            guard let repaired = withoutHugeNumbers(Array(line.utf8)),
                let retried = try? JSONSerialization.jsonObject(with: Data(repaired))
            else { throw fail("not valid JSON") }
            object = retried
        }
        guard let fields = object as? [String: Any] else { throw fail("expected a JSON object") }
        func string(_ key: String) throws(InputError) -> String? {
            guard let value = fields[key], !(value is NSNull) else { return nil }
            guard let text = value as? String else { throw fail("'\(key)' must be a string") }
            return text
        }
        guard let id = try string("id"), !id.isEmpty else { throw fail("missing 'id'") }
        guard !id.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw fail("'id' holds a control character")
        }
        guard let title = try string("title"), !title.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw fail("article '\(id)' has no 'title'")
        }
        var article = Article(id: id, path: path, source: try string("source"), url: try string("url"), paragraphs: [])
        if let published = try string("published") {
            guard let date = CivilDate(iso8601: published) else {
                throw fail("'published' of '\(id)' is not an ISO 8601 date: '\(published)'")
            }
            article.published = date
        }
        let lines = [Substring(title)] + (try string("text") ?? "").split(whereSeparator: \.isNewline)
        for text in lines {
            let cleaned = TextCleaner.clean(text)
            guard !cleaned.text.isEmpty else { continue }
            article.paragraphs.append(
                Paragraph(role: article.paragraphs.isEmpty ? .headline : .body, text: cleaned.text, line: number, columns: cleaned.columns))
        }
        guard article.paragraphs.count > 1 else { throw fail("article '\(id)' has no 'text'") }
        return article
    }

    /// The line with every number outside strings that overflows a Double
    /// replaced by `null`, or nil when it has none.
    static func withoutHugeNumbers(_ bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var changed = false
        var inString = false
        var i = 0
        func isNumberByte(_ c: UInt8) -> Bool {
            (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+")
                || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E")
        }
        while i < bytes.count {
            let c = bytes[i]
            if inString {
                out.append(c)
                if c == UInt8(ascii: "\\"), i + 1 < bytes.count {
                    out.append(bytes[i + 1])
                    i += 2
                    continue
                }
                if c == UInt8(ascii: "\"") { inString = false }
                i += 1
                continue
            }
            if c == UInt8(ascii: "\"") {
                inString = true
                out.append(c)
                i += 1
                continue
            }
            if c == UInt8(ascii: "-") || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) {
                var j = i
                while j < bytes.count, isNumberByte(bytes[j]) { j += 1 }
                let token = String(decoding: bytes[i..<j], as: UTF8.self)
                if let value = Double(token), value.isInfinite {
                    out += Array("null".utf8)
                    changed = true
                } else {
                    out += bytes[i..<j]
                }
                i = j
                continue
            }
            out.append(c)
            i += 1
        }
        return changed ? out : nil
    }
}
