internal import CLibXML2

/// Writes XML 1.0 documents (JUnit reports and the like) through libxml2's
/// tree API, from the same plain values as ``HTMLSerializer``.
///
/// ``HTMLElement`` is used as a general element tree here: only the
/// serializer decides whether it is written as HTML or as XML. As for HTML,
/// text enters the tree only through `xmlNewDocText` and attribute values
/// through `xmlSetProp`, so `<`, `&`, quotes and line breaks in attribute
/// values are escaped by libxml2 when the document is written, never by us;
/// characters XML 1.0 forbids (C0 controls other than tab and line breaks,
/// noncharacters) become U+FFFD first, since no parser would accept them.
public enum XMLSerializer {
    public enum Failure: Error, Equatable {
        case libxml(String)
    }

    /// Serialises `root` as a complete, indented UTF-8 document that starts
    /// with `<?xml version="1.0" encoding="UTF-8"?>`.
    public static func document(_ root: HTMLElement) throws -> String {
        LibXML.initialize()
        do {
            let tree = try XMLDocumentTree(root: root)
            return try tree.serialized()
        } catch let error as LibXML.TreeError {
            throw Failure.libxml(error.message)
        }
    }
}

/// Owns one libxml2 XML document for the time it takes to build and write it.
final class XMLDocumentTree {
    private let doc: xmlDocPtr

    init(root: HTMLElement) throws {
        guard let doc = xmlNewDoc("1.0") else {
            throw LibXML.TreeError(message: "xmlNewDoc failed")
        }
        self.doc = doc
        xmlDocSetRootElement(doc, try LibXML.makeElement(root, in: doc))
    }

    deinit {
        xmlFreeDoc(doc)
    }

    func serialized() throws -> String {
        var memory: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(doc, &memory, &size, "UTF-8", 1)
        guard let memory else {
            throw LibXML.TreeError(message: "xmlDocDumpFormatMemoryEnc failed")
        }
        defer { factdiff_xmlFree(memory) }
        return String(decoding: UnsafeBufferPointer(start: memory, count: Int(size)), as: UTF8.self)
    }
}
