internal import CLibXML2

/// Which character encoding a saved web page is in, and the decoders for the
/// encodings that do not go through libxml2.
///
/// libxml2 2.9 reads a page that declares nothing as ISO-8859-1, which turns
/// every UTF-8 "é" into "Ã©", and replaces bad UTF-8 bytes one by one with
/// Latin-1 characters. So the encoding is decided here, once, and libxml2 is
/// told to use it and to ignore `<meta charset>`: a byte-order mark wins, then
/// the first `<meta charset>` or `<meta http-equiv="Content-Type">` in the
/// first 64 KiB, then UTF-8. Labels map as the WHATWG Encoding Standard maps
/// them (`iso-8859-1`, `latin1` and `ascii` mean windows-1252; a `<meta>`
/// naming UTF-16 means UTF-8); a label libxml2 cannot convert means UTF-8.
enum HTMLCharset {
    static let utf8 = "UTF-8"
    static let utf16LE = "UTF-16LE"
    static let utf16BE = "UTF-16BE"
    static let windows1252 = "windows-1252"

    /// How far into the page a `<meta>` declaration is looked for. The HTML
    /// standard's prescan stops at 1024 bytes; pages with long heads put it
    /// later, and libxml2 would have honoured it anywhere in the head.
    static let prescanLimit = 65_536

    static func encoding(of bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8 }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16LE }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16BE }
        guard let label = declaredLabel(in: bytes) else { return utf8 }
        return encoding(forLabel: label)
    }

    /// The encoding name for a declared label: the WHATWG aliases FactDiff
    /// decodes itself, or the label when libxml2 can convert it.
    static func encoding(forLabel label: String) -> String {
        let key = label.lowercased()
        if utf8Labels.contains(key) || utf16Labels.contains(key) { return utf8 }
        if windows1252Labels.contains(key) { return windows1252 }
        let name = aliases[key] ?? label
        guard let handler = xmlFindCharEncodingHandler(name) else { return utf8 }
        xmlCharEncCloseFunc(handler)
        return name
    }

    /// An encoding name a caller passed: ours in canonical spelling, or
    /// whatever ``encoding(forLabel:)`` makes of it.
    static func canonical(_ name: String) -> String {
        switch name.lowercased() {
        case "utf-8": return utf8
        case "utf-16le": return utf16LE
        case "utf-16be": return utf16BE
        case "windows-1252": return windows1252
        default: return encoding(forLabel: name)
        }
    }

    /// Whether LibXML turns `encoding` into UTF-8 itself before libxml2
    /// sees the page (see ``utf8Bytes(_:encoding:)``).
    static func isDecodedHere(_ encoding: String) -> Bool {
        encoding == utf8 || encoding == utf16LE || encoding == utf16BE || encoding == windows1252
    }

    /// The page as well-formed UTF-8 without a byte-order mark, for the
    /// encodings decoded here: bad UTF-8 and lone UTF-16 surrogates become
    /// U+FFFD, and windows-1252 is decoded with the standard's table, which
    /// maps every byte (iconv rejects five of them, and libxml2 stops
    /// reading at the first).
    static func utf8Bytes(_ bytes: [UInt8], encoding: String) -> [UInt8] {
        switch encoding {
        case utf16LE, utf16BE:
            let body = bytes.starts(with: encoding == utf16LE ? [0xFF, 0xFE] : [0xFE, 0xFF])
                ? bytes.dropFirst(2) : bytes[...]
            var units: [UInt16] = []
            units.reserveCapacity(body.count / 2)
            var index = body.startIndex
            while index + 1 < body.endIndex {
                let first = UInt16(body[index]), second = UInt16(body[index + 1])
                units.append(encoding == utf16LE ? first | second << 8 : first << 8 | second)
                index += 2
            }
            var text = String(decoding: units, as: UTF16.self)
            if index < body.endIndex { text.unicodeScalars.append("\u{FFFD}") }
            return Array(text.utf8)
        case windows1252:
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + bytes.count / 8)
            for byte in bytes {
                if byte < 0x80 {
                    output.append(byte)
                } else {
                    let scalar = byte < 0xA0 ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
                    if scalar < 0x800 {
                        output.append(UInt8(0xC0 | scalar >> 6))
                    } else {
                        output.append(UInt8(0xE0 | scalar >> 12))
                        output.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
                    }
                    output.append(UInt8(0x80 | scalar & 0x3F))
                }
            }
            return output
        default:
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            if String(validating: body, as: UTF8.self) != nil { return body }
            return Array(String(decoding: body, as: UTF8.self).utf8)
        }
    }

    // MARK: - The prescan

    /// The label of the first `<meta>` that declares one, skipping comments.
    static func declaredLabel(in bytes: [UInt8]) -> String? {
        let end = min(bytes.count, prescanLimit)
        var index = 0
        while index < end {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if matches(bytes, at: index, "<!--") {
                index = find(bytes, "-->", from: index + 4, end: end).map { $0 + 3 } ?? end
            } else if matches(bytes, at: index, "<meta"), index + 5 < end,
                isSpace(bytes[index + 5]) || bytes[index + 5] == UInt8(ascii: "/")
            {
                var tag = MetaTag()
                index = tag.read(bytes, from: index + 5, end: end)
                if let label = tag.label { return label }
            } else {
                index += 1
            }
        }
        return nil
    }

    /// The attributes of one `<meta>` tag that can name an encoding.
    struct MetaTag {
        var charset: String?
        var content: String?
        var httpEquiv: String?

        var label: String? {
            if let charset, !charset.isEmpty { return charset }
            guard httpEquiv?.lowercased() == "content-type", let content else { return nil }
            return HTMLCharset.charset(inContentType: content)
        }

        /// Reads attributes up to the closing `>`; returns the index after it.
        mutating func read(_ bytes: [UInt8], from start: Int, end: Int) -> Int {
            var index = start
            while index < end {
                while index < end, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1 }
                guard index < end, bytes[index] != UInt8(ascii: ">") else { return index + 1 }
                let nameStart = index
                while index < end, !isSpace(bytes[index]),
                    bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ">")
                {
                    index += 1
                }
                let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
                while index < end, isSpace(bytes[index]) { index += 1 }
                var value = ""
                if index < end, bytes[index] == UInt8(ascii: "=") {
                    index += 1
                    while index < end, isSpace(bytes[index]) { index += 1 }
                    let valueStart: Int
                    if index < end, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                        let quote = bytes[index]
                        valueStart = index + 1
                        index = bytes[valueStart..<end].firstIndex(of: quote) ?? end
                        value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                        index = min(index + 1, end)
                    } else {
                        valueStart = index
                        while index < end, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                        value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                    }
                }
                switch name {
                case "charset": if charset == nil { charset = trimmed(value) }
                case "content": if content == nil { content = value }
                case "http-equiv": if httpEquiv == nil { httpEquiv = trimmed(value) }
                default: break
                }
            }
            return end
        }
    }

    /// `text/html; charset=windows-1252` → `windows-1252`.
    static func charset(inContentType content: String) -> String? {
        let bytes = Array(content.utf8)
        guard let at = find(bytes, "charset", from: 0, end: bytes.count) else { return nil }
        var index = at + 7
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        var quote: UInt8?
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
            quote = bytes[index]
            index += 1
        }
        let start = index
        while index < bytes.count, bytes[index] != quote,
            quote != nil || (!isSpace(bytes[index]) && bytes[index] != UInt8(ascii: ";"))
        {
            index += 1
        }
        let label = String(decoding: bytes[start..<index], as: UTF8.self)
        return label.isEmpty ? nil : label
    }

    private static func trimmed(_ value: String) -> String {
        let bytes = Array(value.utf8)
        guard let first = bytes.firstIndex(where: { !isSpace($0) }),
            let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 0x20 : byte
    }

    /// Whether `pattern` (lowercase ASCII) starts at `index`, ignoring case.
    private static func matches(_ bytes: [UInt8], at index: Int, _ pattern: StaticString) -> Bool {
        let count = pattern.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let start = pattern.utf8Start
        for offset in 0..<count where lowercase(bytes[index + offset]) != start[offset] {
            return false
        }
        return true
    }

    private static func find(_ bytes: [UInt8], _ pattern: StaticString, from: Int, end: Int) -> Int? {
        var index = from
        while index + pattern.utf8CodeUnitCount <= end {
            if matches(bytes, at: index, pattern) { return index }
            index += 1
        }
        return nil
    }

    // MARK: - Tables

    private static let utf8Labels: Set<String> = [
        "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
    ]
    private static let utf16Labels: Set<String> = [
        "utf-16", "utf-16le", "utf-16be", "unicode", "unicodefeff", "unicodefffe", "ucs-2",
        "csunicode", "iso-10646-ucs-2",
    ]
    private static let windows1252Labels: Set<String> = [
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1",
        "iso_8859-1:1987", "latin1", "l1", "ascii", "us-ascii", "ansi_x3.4-1968", "cp819", "ibm819",
        "iso-ir-100", "csisolatin1",
    ]
    /// WHATWG labels whose encoding iconv knows under another name.
    private static let aliases: [String: String] = [
        "gb2312": "GBK", "gb_2312": "GBK", "gb_2312-80": "GBK", "chinese": "GBK", "csgb2312": "GBK",
        "iso-ir-58": "GBK", "x-gbk": "GBK",
        "euc-kr": "CP949", "ks_c_5601-1987": "CP949", "korean": "CP949", "windows-949": "CP949",
        "iso-8859-9": "windows-1254", "latin5": "windows-1254", "l5": "windows-1254",
        "iso-8859-11": "CP874", "tis-620": "CP874", "windows-874": "CP874",
    ]
    /// windows-1252 bytes 0x80 to 0x9F; the five the standard leaves
    /// undefined map to the C1 control of the same number.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
