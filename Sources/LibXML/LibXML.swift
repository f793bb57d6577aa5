internal import CLibXML2

/// Process-wide libxml2 set-up, shared by every document this module builds.
enum LibXML {
    /// `xmlInitParser` must run once before threads use libxml2; a Swift
    /// `static let` initialiser runs exactly once, thread-safely.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func initialize() {
        _ = initialized
    }

    /// Text as libxml2 may store it: C strings end at NUL, HTML forbids
    /// most C0 and C1 control characters, and XML 1.0 forbids the C0 ones
    /// and the noncharacters U+FFFE and U+FFFF, so all of those become
    /// U+FFFD. Tabs and line breaks stay.
    static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isForbidden(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(scalars)
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0xFDD0...0xFDEF: return true
        default: return scalar.value & 0xFFFE == 0xFFFE
        }
    }
}

extension LibXML {
    /// Why building a tree failed; each serializer turns it into its own
    /// `Failure`.
    struct TreeError: Error {
        var message: String
    }

    /// Builds the libxml2 node for `element` and its descendants in `doc`
    /// (an HTML or an XML document: the tree API is the same). Text goes in
    /// raw through `xmlNewDocText` and `xmlSetProp`, sanitised, so libxml2
    /// escapes it when writing. On failure every node made so far is freed.
    static func makeElement(_ element: HTMLElement, in doc: xmlDocPtr) throws -> xmlNodePtr {
        guard let node = xmlNewDocNode(doc, nil, element.name, nil) else {
            throw TreeError(message: "xmlNewDocNode failed for <\(element.name)>")
        }
        for attribute in element.attributes {
            guard xmlSetProp(node, attribute.name, sanitized(attribute.value)) != nil else {
                xmlFreeNode(node)
                throw TreeError(message: "xmlSetProp failed for \(attribute.name)")
            }
        }
        for child in element.children {
            let childNode: xmlNodePtr
            switch child {
            case .element(let inner):
                do {
                    childNode = try makeElement(inner, in: doc)
                } catch {
                    xmlFreeNode(node)
                    throw error
                }
            case .text(let text):
                guard let textNode = xmlNewDocText(doc, sanitized(text)) else {
                    xmlFreeNode(node)
                    throw TreeError(message: "xmlNewDocText failed")
                }
                childNode = textNode
            }
            // xmlAddChild may merge a text node into its neighbour and free it;
            // only its return value is still valid, and we do not keep either.
            if xmlAddChild(node, childNode) == nil {
                xmlFreeNode(childNode)
                xmlFreeNode(node)
                throw TreeError(message: "xmlAddChild failed")
            }
        }
        return node
    }
}
