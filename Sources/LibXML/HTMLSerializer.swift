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
        let rootNode = try makeElement(root)
        xmlDocSetRootElement(doc, rootNode)
    }

    deinit {
        xmlFreeDoc(doc)
    }

    private func makeElement(_ element: HTMLElement) throws -> xmlNodePtr {
        guard let node = xmlNewDocNode(doc, nil, element.name, nil) else {
            throw HTMLSerializer.Failure.libxml("xmlNewDocNode failed for <\(element.name)>")
        }
        for attribute in element.attributes {
            guard xmlSetProp(node, attribute.name, LibXML.sanitized(attribute.value)) != nil else {
                xmlFreeNode(node)
                throw HTMLSerializer.Failure.libxml("xmlSetProp failed for \(attribute.name)")
            }
        }
        for child in element.children {
            let childNode: xmlNodePtr
            switch child {
            case .element(let inner):
                do {
                    childNode = try makeElement(inner)
                } catch {
                    xmlFreeNode(node)
                    throw error
                }
            case .text(let text):
                guard let textNode = xmlNewDocText(doc, LibXML.sanitized(text)) else {
                    xmlFreeNode(node)
                    throw HTMLSerializer.Failure.libxml("xmlNewDocText failed")
                }
                childNode = textNode
            }
            // xmlAddChild may merge a text node into its neighbour and free it;
            // only its return value is still valid, and we do not keep either.
            if xmlAddChild(node, childNode) == nil {
                xmlFreeNode(childNode)
                xmlFreeNode(node)
                throw HTMLSerializer.Failure.libxml("xmlAddChild failed")
            }
        }
        return node
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
