import LibXML

/// Short constructors so the report reads like the page it builds.
enum H {
    static func el(_ name: String, _ attributes: [(String, String)] = [], _ children: [HTMLNode] = []) -> HTMLNode {
        .element(HTMLElement(name, attributes.map { HTMLAttribute($0.0, $0.1) }, children: children))
    }

    static func el(_ name: String, _ attributes: [(String, String)] = [], text: String) -> HTMLNode {
        el(name, attributes, [.text(text)])
    }

    static func text(_ text: String) -> HTMLNode { .text(text) }

    /// The text of a sentence with the given UTF-8 ranges wrapped in
    /// `<mark>`; overlapping ranges are merged.
    static func marked(_ text: String, _ marks: [(range: Range<Int>, title: String)]) -> [HTMLNode] {
        let bytes = Array(text.utf8)
        var nodes: [HTMLNode] = []
        var cursor = 0
        for mark in marks.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            let range = mark.range.clamped(to: 0..<bytes.count)
            guard range.lowerBound >= cursor, !range.isEmpty else { continue }
            if range.lowerBound > cursor {
                nodes.append(.text(String(decoding: bytes[cursor..<range.lowerBound], as: UTF8.self)))
            }
            nodes.append(el("mark", [("title", mark.title)], text: String(decoding: bytes[range], as: UTF8.self)))
            cursor = range.upperBound
        }
        if cursor < bytes.count {
            nodes.append(.text(String(decoding: bytes[cursor...], as: UTF8.self)))
        }
        return nodes
    }
}
