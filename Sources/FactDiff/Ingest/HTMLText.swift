import LibXML

/// Text as a reader of the page sees it: markup gone, line breaks of the
/// source gone, one space between words.
enum HTMLText {
    /// The text of `element` without the furniture inside it (an inline
    /// advert, a hidden span, a `<script>`), a `<br>` as a space, and runs
    /// of HTML whitespace collapsed to one space. ``TextCleaner`` then
    /// handles Unicode spaces, quotes and dashes.
    static func visible(_ element: ParsedHTMLElement) -> String {
        var text = ""
        var isSelf = true
        element.walk(
            enter: { inner in
                if isSelf {
                    isSelf = false
                    return .descend
                }
                if inner.name == "br" || inner.name == "p" { text += " " }
                return HTMLChrome.verdict(inner) == .content ? .descend : .skipChildren
            },
            text: { text += $0 })
        return collapsed(text)
    }

    /// Runs of HTML whitespace (space, tab, line feed, form feed, carriage
    /// return) become one space; none at either end.
    static func collapsed(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
