import Foundation

/// Reads article files: UTF-8 text, an optional front-matter block, the
/// headline on the first non-empty line and one paragraph per further line.
public enum ArticleReader {
    /// Reads and checks one file. `displayPath` is how diagnostics name it.
    public static func read(path: String) throws(InputError) -> Article {
        try parse(data: readData(path: path), path: path, id: articleID(forPath: path))
    }

    /// The bytes of a file that exists and is not a directory.
    static func readData(path: String) throws(InputError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(path: path, reason: .missing)
        }
        if isDirectory.boolValue {
            throw InputError(path: path, reason: .isDirectory)
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let why = (error as NSError).localizedFailureReason ?? "permission denied or I/O error"
            throw InputError(path: path, reason: .unreadable(why))
        }
        return data
    }

    /// The file name without its extension.
    public static func articleID(forPath path: String) -> String {
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }

    /// Parses the bytes of an article file.
    public static func parse(data: Data, path: String, id: String) throws(InputError) -> Article {
        let text = try decode(data, path: path)
        let lines = Self.lines(of: text)
        var article = Article(id: id, path: path, paragraphs: [])
        var next = 0
        if let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" {
            next = try readFrontMatter(lines, into: &article)
        }
        for index in next..<lines.count {
            let cleaned = TextCleaner.clean(lines[index])
            guard !cleaned.text.isEmpty else { continue }
            article.paragraphs.append(
                Paragraph(
                    role: article.paragraphs.isEmpty ? .headline : .body,
                    text: cleaned.text, line: index + 1, columns: cleaned.columns))
        }
        guard !article.paragraphs.isEmpty else {
            throw InputError(path: path, reason: .noText)
        }
        return article
    }

    /// The text split where `Character.isNewline` would split it, by bytes:
    /// LF, CRLF (one break), lone CR, VT, FF, NEL, and the line and paragraph
    /// separators. Each of these is a Character of its own, so the pieces
    /// are whole Characters.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            var next = utf8.index(after: index)
            var breaks = false
            switch byte {
            case 0x0A, 0x0B, 0x0C:
                breaks = true
            case 0x0D:
                breaks = true
                if next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
            case 0xC2:
                // U+0085 NEXT LINE
                if next != utf8.endIndex, utf8[next] == 0x85 {
                    breaks = true
                    next = utf8.index(after: next)
                }
            case 0xE2:
                // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
                if next != utf8.endIndex, utf8[next] == 0x80 {
                    let third = utf8.index(after: next)
                    if third != utf8.endIndex, utf8[third] == 0xA8 || utf8[third] == 0xA9 {
                        breaks = true
                        next = utf8.index(after: third)
                    }
                }
            default:
                break
            }
            if breaks {
                lines.append(text[start..<index])
                start = next
            }
            index = next
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    static func decode(_ data: Data, path: String) throws(InputError) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw InputError(path: path, reason: .empty)
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw InputError(path: path, reason: .binary(offset: nul))
        }
        if let bad = firstInvalidUTF8Offset(bytes) {
            throw InputError(path: path, reason: .invalidUTF8(offset: bad))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The offset of the first byte that does not belong to a well-formed
    /// UTF-8 sequence, or nil when all of them do.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// Reads `key: value` lines up to the closing `---`; returns the index of
    /// the first line after it.
    private static func readFrontMatter(
        _ lines: [Substring], into article: inout Article
    ) throws(InputError) -> Int {
        guard let closing = lines.indices.dropFirst().first(where: { lines[$0].trimmingCharacters(in: .whitespaces) == "---" })
        else {
            throw InputError(path: article.path, reason: .unclosedFrontMatter(line: 1))
        }
        for index in 1..<closing {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty, !trimmed.hasPrefix("#") {
                guard let colon = line.firstIndex(of: ":") else {
                    throw InputError(
                        path: article.path,
                        reason: .badFrontMatter(line: index + 1, "front matter line is not 'key: value'"))
                }
                let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if value.count >= 2, let first = value.first, first == "\"" || first == "'",
                    value.last == first
                {
                    value = String(value.dropFirst().dropLast())
                }
                let field: String? = value.isEmpty || value == "null" || value == "~" ? nil : value
                switch key {
                case "source": article.source = field
                case "url": article.url = field
                case "author": article.author = field
                case "published":
                    if let field {
                        guard let date = CivilDate(iso8601: field) else {
                            throw InputError(
                                path: article.path,
                                reason: .badFrontMatter(
                                    line: index + 1, "published: '\(field)' is not an ISO 8601 date"))
                        }
                        article.published = date
                    }
                default: break  // other keys are allowed and ignored
                }
            }
        }
        return closing + 1
    }
}
