/// A node of an HTML document as plain Swift values.
///
/// The pipeline builds and reads documents in this form so that no code
/// outside this module holds a libxml2 pointer; ``HTMLSerializer`` turns the
/// values into a libxml2 tree and lets libxml2 do all the escaping.
/// ``XMLSerializer`` writes the same values as an XML document (JUnit
/// reports): nothing in these types is specific to HTML but the name.
public enum HTMLNode: Hashable, Sendable {
    case element(HTMLElement)
    case text(String)
}

/// An element with its attributes in the order they are written.
public struct HTMLElement: Hashable, Sendable {
    public var name: String
    public var attributes: [HTMLAttribute]
    public var children: [HTMLNode]

    public init(_ name: String, _ attributes: [HTMLAttribute] = [], children: [HTMLNode] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// The value of the first attribute with this name.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The concatenated text of every descendant text node.
    public var textContent: String {
        var result = ""
        func collect(_ nodes: [HTMLNode]) {
            for node in nodes {
                switch node {
                case .text(let text): result += text
                case .element(let element): collect(element.children)
                }
            }
        }
        collect(children)
        return result
    }
}

public struct HTMLAttribute: Hashable, Sendable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
