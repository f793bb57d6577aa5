/// An element of a parsed HTML page as plain Swift values, with the line it
/// came from.
///
/// ``HTMLParser`` copies libxml2's view of a page into these values and frees
/// everything libxml2 allocated before it returns, so readers of web pages
/// never hold a libxml2 pointer. The tree is at most
/// ``HTMLParser/maximumDepth`` elements deep; ``walk(enter:text:exit:)`` and
/// ``textContent`` do not recurse, so a caller never needs to either.
public struct ParsedHTMLElement: Hashable, Sendable {
    /// The tag name, lowercase (libxml2's HTML parser lowercases it).
    public var name: String
    /// In source order; names lowercase, values with character references
    /// decoded; a bare attribute such as `hidden` has the empty value.
    public var attributes: [HTMLAttribute]
    public var children: [ParsedHTMLNode]
    /// The 1-based line of the page on which the start tag ends (where
    /// libxml2 reports the element). Elements the parser implies, such as a
    /// missing `<body>`, get the line where it implied them.
    public var line: Int
    /// Set on an element at ``HTMLParser/maximumDepth`` whose deeper
    /// descendants were flattened into its text (one line per block), so
    /// readers know that its text children stand for paragraphs.
    public var flattened = false

    public init(
        _ name: String, _ attributes: [HTMLAttribute] = [], line: Int = 1,
        children: [ParsedHTMLNode] = []
    ) {
        self.name = name
        self.attributes = attributes
        self.line = line
        self.children = children
    }

    /// The value of the first attribute with this (lowercase) name.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The concatenated text of every descendant text node, in document
    /// order, with nothing skipped (`<script>` text included).
    public var textContent: String {
        var result = ""
        walk(enter: { _ in .descend }, text: { result += $0 })
        return result
    }

    /// What ``walk(enter:text:exit:)`` does after entering an element.
    public enum Step: Sendable {
        /// Visit the element's children, then call `exit` for it.
        case descend
        /// Leave its children out; `exit` is not called for it.
        case skipChildren
        /// End the walk at once; no further `exit` call is made.
        case stop
    }

    /// Visits this element and its descendants in document order without
    /// recursion: `enter` for each element (this one first), `text` for each
    /// text node of an element entered with ``Step/descend``, `exit` once
    /// all of such an element's children are done.
    public func walk(
        enter: (ParsedHTMLElement) -> Step,
        text: (String) -> Void = { _ in },
        exit: (ParsedHTMLElement) -> Void = { _ in }
    ) {
        switch enter(self) {
        case .descend: break
        case .skipChildren: return
        case .stop: return
        }
        // Each frame is an entered element and the index of its next child.
        var stack: [(element: ParsedHTMLElement, next: Int)] = [(self, 0)]
        while let top = stack.last {
            guard top.next < top.element.children.count else {
                stack.removeLast()
                exit(top.element)
                continue
            }
            stack[stack.count - 1].next += 1
            switch top.element.children[top.next] {
            case .text(let string):
                text(string)
            case .element(let child):
                switch enter(child) {
                case .descend: stack.append((child, 0))
                case .skipChildren: break
                case .stop: return
                }
            }
        }
    }
}

/// A child of a ``ParsedHTMLElement``. Comments, processing instructions and
/// the doctype are not kept; the raw text of `<script>` and `<style>` is a
/// text child like any other.
public enum ParsedHTMLNode: Hashable, Sendable {
    case element(ParsedHTMLElement)
    case text(String)
}
