import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import LibXML

/// The XML serializer: a declaration, escaping by construction, control
/// characters replaced, output a conforming parser reads back unchanged.
@Suite struct XMLSerializerTests {
    /// Every element's attributes and text, as a conforming XML parser reads
    /// the document back; nil when the document is not well-formed.
    final class Reader: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String])] = []
        /// By element, the text directly inside it.
        var text: [String] = []
        private var open: [Int] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            elements.append((name, attributes))
            text.append("")
            open.append(elements.count - 1)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let last = open.last { text[last] += string }
        }

        static func read(_ xml: String) -> Reader? {
            let parser = XMLParser(data: Data(xml.utf8))
            let reader = Reader()
            parser.delegate = reader
            return parser.parse() ? reader : nil
        }
    }

    @Test func writesTheDeclarationAndUTF8() throws {
        let xml = try XMLSerializer.document(
            HTMLElement("root", [HTMLAttribute("name", "café")], children: [.element(HTMLElement("child", children: [.text("naïve “quotes”")]))]))
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<root name=\"café\">\n"))
        #expect(xml.contains("<child>naïve “quotes”</child>"))
        #expect(!xml.contains("&#"))
        #expect(!xml.hasPrefix("<!DOCTYPE"))
    }

    @Test func emptyElementsAreSelfClosing() throws {
        let xml = try XMLSerializer.document(HTMLElement("a", children: [.element(HTMLElement("skipped"))]))
        #expect(xml.contains("<skipped/>"))
    }

    @Test func escapesTextAndAttributesByConstruction() throws {
        let hostile = "say \"hi\" & 'bye' <go> ]]> %: , \n second line\r\tend"
        let xml = try XMLSerializer.document(
            HTMLElement("failure", [HTMLAttribute("message", hostile)], children: [.text(hostile)]))
        #expect(!xml.contains("<go>"))
        #expect(xml.contains("&lt;go&gt;"))
        #expect(xml.contains("&amp;"))
        // Line breaks in attribute values must be character references, or a
        // parser normalises them to spaces.
        #expect(xml.contains("&#10;"))
        let reader = try #require(Reader.read(xml))
        #expect(reader.elements.first?.attributes["message"] == hostile)
        #expect(reader.text.first?.replacingOccurrences(of: "\r\n", with: "\n") == hostile.replacingOccurrences(of: "\r\n", with: "\n"))
    }

    @Test func replacesCharactersXMLForbids() throws {
        let xml = try XMLSerializer.document(
            HTMLElement("p", [HTMLAttribute("a", "x\u{1}y\u{FFFE}")], children: [.text("a\u{0}b\u{1B}c\u{FFFF}d\te")]))
        #expect(xml.contains("<p a=\"x\u{FFFD}y\u{FFFD}\">a\u{FFFD}b\u{FFFD}c\u{FFFD}d\te</p>"))
        #expect(Reader.read(xml) != nil)
    }

    @Test func nestedTreesKeepOrderAndAllText() throws {
        let xml = try XMLSerializer.document(
            HTMLElement("suites", [HTMLAttribute("tests", "2")], children: [
                .element(HTMLElement("case", [HTMLAttribute("name", "one")], children: [.text("a "), .text("b")])),
                .element(HTMLElement("case", [HTMLAttribute("name", "two")])),
            ]))
        let reader = try #require(Reader.read(xml))
        #expect(reader.elements.map(\.name) == ["suites", "case", "case"])
        #expect(reader.elements.map { $0.attributes["name"] } == [nil, "one", "two"])
        #expect(reader.text[1] == "a b")
    }

    @Test func theSameTreeGivesTheSameBytes() throws {
        let tree = HTMLElement("r", [HTMLAttribute("b", "2"), HTMLAttribute("a", "1")], children: [.text("x")])
        #expect(try XMLSerializer.document(tree) == (try XMLSerializer.document(tree)))
        // Attributes are written in the order given.
        #expect(try XMLSerializer.document(tree).contains("<r b=\"2\" a=\"1\">x</r>"))
    }
}
