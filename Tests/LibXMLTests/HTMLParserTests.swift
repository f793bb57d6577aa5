import Testing

@testable import LibXML

@Suite struct HTMLParserTests {
    private func parse(_ html: String) throws -> ParsedHTMLElement {
        try #require(try HTMLParser.parse(Array(html.utf8)))
    }

    /// The first element with this name, in document order.
    private func first(_ name: String, in root: ParsedHTMLElement) -> ParsedHTMLElement? {
        var found: ParsedHTMLElement?
        root.walk(enter: { element in
            guard element.name == name else { return .descend }
            found = element
            return .stop
        })
        return found
    }

    private func depth(of root: ParsedHTMLElement) -> Int {
        var depth = 0, deepest = 0
        root.walk(
            enter: { _ in
                depth += 1
                deepest = max(deepest, depth)
                return .descend
            }, exit: { _ in depth -= 1 })
        return deepest
    }

    @Test func copiesElementsAttributesTextAndLines() throws {
        let root = try parse("""
            <!DOCTYPE html>
            <HTML lang="en"><head><title>T</title><!-- a comment --><?pi data?></head>
            <body>
            <P CLASS="lead" hidden>caf\u{E9} <b>bold</b> &amp; &lt;script&gt;</p>
            <p
              id="two">second</p>
            </body></html>
            """)
        #expect(root.name == "html")
        #expect(root.attribute("lang") == "en")
        #expect(root.line == 2)
        var paragraphs: [ParsedHTMLElement] = []
        root.walk(enter: { element in
            if element.name == "p" { paragraphs.append(element) }
            return .descend
        })
        try #require(paragraphs.count == 2)
        let p = paragraphs[0]
        #expect(p.attributes == [HTMLAttribute("class", "lead"), HTMLAttribute("hidden", "")])
        #expect(p.line == 4)
        #expect(p.textContent == "caf\u{E9} bold & <script>")
        #expect(p.children.count == 3)
        #expect(first("script", in: root) == nil)
        // libxml2 reports an element where its start tag ends.
        #expect(paragraphs[1].attribute("id") == "two")
        #expect(paragraphs[1].line == 6)
        let head = try #require(first("head", in: root))
        #expect(head.children == [.element(ParsedHTMLElement("title", line: 2, children: [.text("T")]))])
    }

    @Test func keepsScriptTextRaw() throws {
        let root = try parse(#"<head><script type="application/ld+json">{"a": "</b> &amp;"}</script></head>"#)
        let script = try #require(first("script", in: root))
        #expect(script.textContent == #"{"a": "</b> &amp;"}"#)
    }

    @Test func impliesMissingElementsAndClosesParagraphs() throws {
        let root = try parse("<p>one<div>block</div>tail<p>two")
        let body = try #require(first("body", in: root))
        #expect(body.children.compactMap { node -> String? in
            if case .element(let element) = node { return element.name } else { return nil }
        } == ["p", "div", "p"])
    }

    @Test func contentAfterTheRootJoinsIt() throws {
        let root = try parse("<html><body><p>in</p></body></html><p>after</p>")
        #expect(root.textContent == "inafter")
    }

    @Test(arguments: ["", "   \n\t", "<!-- only a comment -->"])
    func pageWithoutElementsHasNoRoot(html: String) throws {
        #expect(try HTMLParser.parse(Array(html.utf8)) == nil)
    }

    @Test func walkEntersAndExitsInDocumentOrder() throws {
        let root = try parse("<body><div><p>a</p><aside><p>skip</p></aside><p>b</p></div><p>c</p></body>")
        var events: [String] = []
        root.walk(
            enter: { element in
                events.append("<\(element.name)")
                if element.name == "aside" { return .skipChildren }
                return element.textContent == "c" ? .stop : .descend
            },
            text: { events.append($0) },
            exit: { events.append(">\($0.name)") })
        #expect(events == [
            "<html", "<body", "<div", "<p", "a", ">p", "<aside", "<p", "b", ">p", ">div", "<p",
        ])
    }

    // MARK: - Depth and size

    @Test func capsDepthKeepingTheTextBelowIt() throws {
        let levels = 5_000
        let html = "<body>" + String(repeating: "<div>", count: levels)
            + "<p>deep <b>bold</b></p><script>drop()</script>" + String(repeating: "</div>", count: levels)
            + "<p>after</p></body>"
        let root = try #require(try HTMLParser.parse(Array(html.utf8)))
        #expect(depth(of: root) == HTMLParser.maximumDepth)
        var deepest = root
        while case .element(let child)? = deepest.children.first { deepest = child }
        #expect(deepest.name == "div")
        #expect(deepest.children == [.text("deep bold\n")])
        let body = try #require(first("body", in: root))
        #expect(body.children.count == 2)
        #expect(body.children.last == .element(ParsedHTMLElement("p", line: 1, children: [.text("after")])))
    }

    @Test func linesPastLibXMLsSixteenBitLimit() throws {
        let root = try parse(String(repeating: "\n", count: 70_000) + "<p>far</p>")
        #expect(first("p", in: root)?.line == 70_001)
    }

    // MARK: - Encodings

    @Test(arguments: [
        ("<p>x</p>", "UTF-8"),
        ("\u{FEFF}<meta charset=windows-1252><p>x</p>", "UTF-8"),
        (#"<meta charset="ISO-8859-1">"#, "windows-1252"),
        ("<META CHARSET = 'latin1' >", "windows-1252"),
        (#"<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">"#, "Shift_JIS"),
        (#"<meta content='text/html;charset="koi8-r"' http-equiv=content-type>"#, "koi8-r"),
        (#"<meta charset="utf-16">"#, "UTF-8"),
        (#"<meta charset="gb2312">"#, "GBK"),
        (#"<meta charset="no-such-encoding">"#, "UTF-8"),
        (#"<!-- <meta charset="windows-1252"> --><p>x</p>"#, "UTF-8"),
        (#"<metadata charset="windows-1252">"#, "UTF-8"),
    ])
    func decidesTheEncoding(html: String, expected: String) {
        #expect(HTMLParser.encoding(of: Array(html.utf8)) == expected)
    }

    @Test func looksForMetaOnlyInTheFirst64KiB() {
        let late = "<head>" + String(repeating: " ", count: 70_000) + #"<meta charset="windows-1252">"#
        #expect(HTMLParser.encoding(of: Array(late.utf8)) == "UTF-8")
        #expect(HTMLParser.encoding(of: [0xFF, 0xFE, 0x3C, 0x00]) == "UTF-16LE")
        #expect(HTMLParser.encoding(of: [0xFE, 0xFF, 0x00, 0x3C]) == "UTF-16BE")
    }

    @Test func readsUndeclaredPagesAsUTF8() throws {
        // libxml2 alone would read these bytes as ISO-8859-1: "cafÃ©".
        let root = try parse("<p>café “quoted” 日本</p>")
        #expect(root.textContent == "café “quoted” 日本")
    }

    @Test func replacesBadUTF8() throws {
        let root = try #require(try HTMLParser.parse(Array("<p>caf".utf8) + [0xE9] + Array(" ok</p>".utf8)))
        #expect(root.textContent == "caf\u{FFFD} ok")
    }

    @Test func decodesWindows1252AsBrowsersDo() throws {
        let bytes = Array(#"<meta charset="iso-8859-1"><p>caf"#.utf8) + [0xE9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x81, 0x80]
            + Array("</p>".utf8)
        let root = try #require(try HTMLParser.parse(bytes))
        // 0x93 and 0x94 are curly quotes in windows-1252, not C1 controls;
        // 0x81 is undefined there and must not stop the page.
        #expect(root.textContent == "café “q” \u{81}€")
    }

    @Test func decodesUTF16WithByteOrderMark() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "<p>héllo 日本</p>".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try HTMLParser.parse(bytes)?.textContent == "héllo 日本")
    }

    @Test func convertsOtherDeclaredEncodingsThroughLibXML() throws {
        let bytes = Array(#"<meta charset="Shift_JIS"><p>"#.utf8) + [0x93, 0xFA, 0x96, 0x7B] + Array("</p>".utf8)
        #expect(try HTMLParser.parse(bytes)?.textContent == "日本")
    }

    @Test func reportsBytesTheDeclaredEncodingRejects() {
        let bytes = Array(#"<meta charset="Shift_JIS"><p>ok "#.utf8) + [0x81, 0x20, 0xFF, 0xFF]
            + Array(" rest</p>".utf8)
        #expect(throws: HTMLParser.Failure.conversionFailed(encoding: "Shift_JIS")) {
            try HTMLParser.parse(bytes)
        }
    }

    @Test func explicitEncodingOverridesTheDeclaration() throws {
        let bytes = Array(#"<meta charset="utf-8"><p>"#.utf8) + [0xE9] + Array("</p>".utf8)
        #expect(try HTMLParser.parse(bytes, encoding: "latin1")?.textContent == "é")
    }
}
