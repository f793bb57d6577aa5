import LibXML

/// Short constructors so the report reads like the page it builds. Every
/// text goes through ``display(_:)``.
enum H {
    static func el(_ name: String, _ attributes: [(String, String)] = [], _ children: [HTMLNode] = []) -> HTMLNode {
        .element(HTMLElement(name, attributes.map { HTMLAttribute($0.0, display($0.1)) }, children: children))
    }

    static func el(_ name: String, _ attributes: [(String, String)] = [], text: String) -> HTMLNode {
        el(name, attributes, [self.text(text)])
    }

    static func text(_ text: String) -> HTMLNode { .text(display(text)) }

    /// A whole report page, serialized: the head every FactDiff page shares
    /// (UTF-8, phone viewport, the inline stylesheet) around `body`.
    static func page(title: String, body: [HTMLNode]) throws -> String {
        let root = HTMLElement("html", [HTMLAttribute("lang", "en")], children: [
            el("head", [], [
                el("meta", [("charset", "utf-8")]),
                el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
                el("title", [], text: title),
                el("style", [], text: ReportStyle.css),
            ]),
            el("body", [], body),
        ])
        return try HTMLSerializer.document(root)
    }

    /// Article text as it is shown: bidirectional embedding, override and
    /// isolate controls, which could reorder what a reader sees (the
    /// "Trojan Source" trick), are shown as their code points instead. The
    /// marks LRM and RLM, which right-to-left text needs, stay. Control
    /// characters are made visible by the serializer.
    static func display(_ text: String) -> String {
        // Every such control is encoded from the byte E2: most text has
        // none, and is not decoded scalar by scalar.
        guard text.utf8.contains(0xE2), text.unicodeScalars.contains(where: isBidiControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isBidiControl(scalar) {
                out += "[U+\(String(scalar.value, radix: 16, uppercase: true))]"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// The text of a sentence with the given UTF-8 ranges wrapped in
    /// `<mark>`, each followed by its label in brackets; overlapping ranges
    /// keep the first.
    static func marked(_ text: String, _ marks: [(range: Range<Int>, title: String, label: String)]) -> [HTMLNode] {
        let bytes = Array(text.utf8)
        var nodes: [HTMLNode] = []
        var cursor = 0
        for mark in marks.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            let range = mark.range.clamped(to: 0..<bytes.count)
            guard range.lowerBound >= cursor, !range.isEmpty else { continue }
            if range.lowerBound > cursor {
                nodes.append(self.text(String(decoding: bytes[cursor..<range.lowerBound], as: UTF8.self)))
            }
            nodes.append(el("mark", [("title", mark.title)], text: String(decoding: bytes[range], as: UTF8.self)))
            nodes.append(el("span", [("class", "label")], text: " [\(mark.label)]"))
            cursor = range.upperBound
        }
        if cursor < bytes.count {
            nodes.append(self.text(String(decoding: bytes[cursor...], as: UTF8.self)))
        }
        return nodes
    }
}
