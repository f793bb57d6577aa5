import Testing

@testable import LibXML

@Suite struct HTMLSerializerTests {
    private func page(_ body: [HTMLNode]) throws -> String {
        try HTMLSerializer.document(
            HTMLElement("html", [HTMLAttribute("lang", "en")], children: [
                .element(HTMLElement("head", children: [.element(HTMLElement("title", children: [.text("t")]))])),
                .element(HTMLElement("body", children: body)),
            ]))
    }

    @Test func writesDoctypeAndUTF8WithoutEntities() throws {
        let html = try page([.element(HTMLElement("p", children: [.text("café – naïve “quotes”")]))])
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        #expect(html.contains("<p>café – naïve “quotes”</p>"))
        #expect(!html.contains("&eacute;"))
    }

    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("Fish & chips", "Fish &amp; chips"),
        ("&bogus; &amp;", "&amp;bogus; &amp;amp;"),
    ])
    func escapesTextByConstruction(input: String, expected: String) throws {
        let html = try page([.element(HTMLElement("p", children: [.text(input)]))])
        #expect(html.contains("<p>\(expected)</p>"))
        #expect(!html.contains("<script>"))
    }

    @Test func escapesAttributeValues() throws {
        let html = try page([.element(HTMLElement("a", [HTMLAttribute("title", "say \"hi\" & <go>")], children: [.text("x")]))])
        // libxml2 switches to single quotes when the value holds a double quote.
        #expect(html.contains("<a title='say \"hi\" &amp; &lt;go&gt;'>x</a>"))
    }

    @Test func replacesControlCharacters() throws {
        let html = try page([.element(HTMLElement("p", children: [.text("a\u{0}b\u{1B}c\u{7F}d\te")]))])
        #expect(html.contains("<p>a\u{FFFD}b\u{FFFD}c\u{FFFD}d\te</p>"))
    }

    @Test func adjacentTextNodesKeepAllTheirText() throws {
        let html = try page([.element(HTMLElement("p", children: [.text("one "), .text("two "), .text("three")]))])
        #expect(html.contains("<p>one two three</p>"))
    }

    @Test func textContentConcatenatesDescendants() {
        let element = HTMLElement("p", children: [.text("a "), .element(HTMLElement("mark", children: [.text("b")])), .text(" c")])
        #expect(element.textContent == "a b c")
        #expect(HTMLElement("a", [HTMLAttribute("href", "#x")]).attribute("href") == "#x")
    }
}
