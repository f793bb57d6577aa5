internal import CLibXML2

/// Writes HTML5 documents through libxml2's tree API.
///
/// Text enters the tree only through `xmlNewDocText` and attribute values
/// through `xmlSetProp`, both of which store raw text, so `<`, `&` and quotes
/// are escaped by libxml2 when the document is written, never by us.
public enum HTMLSerializer {
    public enum Failure: Error, Equatable {
        case libxml(String)
    }

    /// Serialises `root` (normally `<html>`) as a complete UTF-8 document that
    /// starts with `<!DOCTYPE html>`.
    public static func document(_ root: HTMLElement) throws -> String {
        LibXML.initialize()
        let tree = try HTMLDocumentTree(root: root)
        return try tree.serialized()
    }
}

/// Owns one libxml2 HTML document for the time it takes to build and write it.
final class HTMLDocumentTree {
    private let doc: htmlDocPtr

    init(root: HTMLElement) throws {
        guard let doc = htmlNewDocNoDtD(nil, nil) else {
            throw HTMLSerializer.Failure.libxml("htmlNewDocNoDtD failed")
        }
        self.doc = doc
        guard xmlCreateIntSubset(doc, "html", nil, nil) != nil else {
            throw HTMLSerializer.Failure.libxml("xmlCreateIntSubset failed")
        }
        do {
            xmlDocSetRootElement(doc, try LibXML.makeElement(root, in: doc))
        } catch let error as LibXML.TreeError {
            throw HTMLSerializer.Failure.libxml(error.message)
        }
    }

    deinit {
        xmlFreeDoc(doc)
    }

    func serialized() throws -> String {
        guard let buffer = xmlAllocOutputBuffer(nil) else {
            throw HTMLSerializer.Failure.libxml("xmlAllocOutputBuffer failed")
        }
        defer { xmlOutputBufferClose(buffer) }
        htmlDocContentDumpFormatOutput(buffer, doc, "UTF-8", 1)
        guard let content = xmlOutputBufferGetContent(buffer) else {
            throw HTMLSerializer.Failure.libxml("empty output buffer")
        }
        let size = Int(xmlOutputBufferGetSize(buffer))
        let bytes = UnsafeBufferPointer(start: content, count: size)
        return String(decoding: bytes, as: UTF8.self)
    }
}
