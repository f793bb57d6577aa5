import Foundation

/// Reads article files: UTF-8 text, an optional front-matter block, the
/// headline on the first non-empty line and one paragraph per further line.
public enum ArticleReader {
    /// Reads and checks one file. `displayPath` is how diagnostics name it.
    public static func read(path: String, limits: Limits = Limits()) throws(InputError) -> Article {
        try parse(data: readData(path: path, maxSize: limits.maxFileSize), path: path, id: articleID(forPath: path))
    }

    /// The bytes of a file that exists and is not a directory, at most
    /// `maxSize` of them: a larger file is refused after reading at most
    /// `maxSize + 1` bytes, so memory stays bounded whatever the file is (a
    /// 200 MB dump, /dev/zero, a pipe).
    static func readData(path: String, maxSize: Int = Limits.defaultMaxFileSize) throws(InputError) -> Data {
        // By `stat`, `open` and `read`: Foundation's file manager and file
        // handle (an attribute dictionary, with the owner's name looked up,
        // and a megabyte buffer a read) took a tenth of a corpus check's
        // CPU to read its 4.6 MB.
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw InputError(path: path, reason: .missing)
        }
        if status.st_mode & S_IFMT == S_IFDIR {
            throw InputError(path: path, reason: .isDirectory)
        }
        // The size of the file itself, not of what a link leads to, as
        // `attributesOfItem` gives it: a link to a large file is refused
        // once its bytes run over.
        var own = stat()
        if lstat(path, &own) == 0, own.st_mode & S_IFMT == S_IFREG, Int(own.st_size) > maxSize {
            throw InputError(path: path, reason: .tooLarge(size: Int(own.st_size), limit: maxSize))
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw InputError(path: path, reason: .unreadable(String(cString: strerror(errno))))
        }
        defer { close(descriptor) }
        // A regular file is read in one piece of its size, plus one byte to
        // see that it did not grow; a pipe or device in pieces, at most
        // `maxSize + 1` bytes in all.
        let expected = status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) + 1 : 1 << 16
        var data = Data(count: min(max(expected, 1), maxSize + 1))
        var count = 0
        while count <= maxSize {
            if count == data.count { data.count = min(data.count * 2, maxSize + 1) }
            let read = data.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if read < 0 {
                if errno == EINTR { continue }
                throw InputError(path: path, reason: .unreadable(String(cString: strerror(errno))))
            }
            if read == 0 { break }
            count += read
        }
        if count > maxSize {
            throw InputError(path: path, reason: .tooLarge(size: nil, limit: maxSize))
        }
        data.count = count
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
        if let first = lines.first, Self.trimmedSpaces(first) == "---" {
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
        var text = text
        // The breaks are found on the bytes, then cut as Substrings: a walk
        // of String indices cost as much as cleaning the lines.
        var breaks: [(start: Int, end: Int)] = []
        text.withUTF8 { bytes in
            let n = bytes.count
            var k = 0
            while k < n {
                let byte = bytes[k]
                // Every break starts with one of these bytes.
                guard byte <= 0x0D || byte == 0xC2 || byte == 0xE2 else {
                    k += 1
                    continue
                }
                var next = k + 1
                var isBreak = false
                switch byte {
                case 0x0A, 0x0B, 0x0C:
                    isBreak = true
                case 0x0D:
                    isBreak = true
                    if next < n, bytes[next] == 0x0A { next += 1 }
                case 0xC2:
                    // U+0085 NEXT LINE
                    if next < n, bytes[next] == 0x85 {
                        isBreak = true
                        next += 1
                    }
                case 0xE2:
                    // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
                    if next + 1 < n, bytes[next] == 0x80, bytes[next + 1] == 0xA8 || bytes[next + 1] == 0xA9 {
                        isBreak = true
                        next += 2
                    }
                default:
                    break
                }
                if isBreak { breaks.append((k, next)) }
                k = next
            }
        }
        let utf8 = text.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(breaks.count + 1)
        var start = utf8.startIndex
        var offset = 0
        for (breakStart, breakEnd) in breaks {
            let end = utf8.index(start, offsetBy: breakStart - offset)
            lines.append(text[start..<end])
            start = utf8.index(end, offsetBy: breakEnd - breakStart)
            offset = breakEnd
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    /// The text of a file: UTF-8 (a byte-order mark is dropped), or UTF-16
    /// when it starts with a UTF-16 byte-order mark (as Windows tools save
    /// "Unicode" text). Offsets in errors count bytes from the start of the
    /// file, the mark included.
    static func decode(_ data: Data, path: String) throws(InputError) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE, 0, 0]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) {
            throw InputError(path: path, reason: .unreadable("UTF-32 text is not read; save it as UTF-8"))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try decodeUTF16(bytes, bigEndian: bytes[0] == 0xFE, path: path)
        }
        var mark = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
            mark = 3
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw InputError(path: path, reason: .empty)
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw InputError(path: path, reason: .binary(offset: nul + mark))
        }
        // Validated once: the text itself, or where it goes wrong.
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        throw InputError(path: path, reason: .invalidUTF8(offset: (firstInvalidUTF8Offset(bytes) ?? 0) + mark))
    }

    /// UTF-16 after its two-byte mark: an odd byte left over or a lone
    /// surrogate is invalid UTF-16; U+0000 makes it binary, as in UTF-8.
    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool, path: String) throws(InputError) -> String {
        let count = (bytes.count - 2) / 2
        var units = [UInt16](repeating: 0, count: count)
        for i in 0..<count {
            let a = UInt16(bytes[2 + 2 * i])
            let b = UInt16(bytes[3 + 2 * i])
            units[i] = bigEndian ? a << 8 | b : b << 8 | a
        }
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var parser = Unicode.UTF16.ForwardParser()
        var offset = 2
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF16.decode(encoded)
                if scalar.value == 0 { throw InputError(path: path, reason: .binary(offset: offset)) }
                scalars.append(scalar)
                offset += 2 * encoded.count
            case .emptyInput: break loop
            case .error: throw InputError(path: path, reason: .invalidUTF16(offset: offset))
            }
        }
        if bytes.count % 2 == 1 { throw InputError(path: path, reason: .invalidUTF16(offset: bytes.count - 1)) }
        let text = String(scalars)
        if text.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
            throw InputError(path: path, reason: .empty)
        }
        return text
    }

    /// The offset of the first byte that does not belong to a well-formed
    /// UTF-8 sequence, or nil when all of them do.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        // The standard library's validation is fast; the scalar loop below
        // only finds where a bad file goes wrong.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
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

    /// `trimmingCharacters(in: .whitespaces)` scalar by scalar, without
    /// bridging to `NSString`, which took most of the time of reading the
    /// front matter of every file. The set is Foundation's own (on Linux
    /// also U+200B, beside the tab and the space separators); ASCII is
    /// answered without it.
    static func trimmedSpaces(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? scalar == " " || scalar == "\t" : Self.spaces.contains(scalar)
        }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }), let end = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[start...end])
    }

    private static let spaces = CharacterSet.whitespaces

    /// Reads `key: value` lines up to the closing `---`; returns the index of
    /// the first line after it.
    private static func readFrontMatter(
        _ lines: [Substring], into article: inout Article
    ) throws(InputError) -> Int {
        guard let closing = lines.indices.dropFirst().first(where: { Self.trimmedSpaces(lines[$0]) == "---" })
        else {
            throw InputError(path: article.path, reason: .unclosedFrontMatter(line: 1))
        }
        for index in 1..<closing {
            let line = lines[index]
            let trimmed = Self.trimmedSpaces(line)
            if !trimmed.isEmpty, !trimmed.hasPrefix("#") {
                guard let colon = line.firstIndex(of: ":") else {
                    throw InputError(
                        path: article.path,
                        reason: .badFrontMatter(line: index + 1, "front matter line is not 'key: value'"))
                }
                let key = Self.trimmedSpaces(line[..<colon]).lowercased()
                var value = Self.trimmedSpaces(line[line.index(after: colon)...])
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
