internal import CLibXML2

/// Builds ``ParsedHTMLElement`` values from libxml2's HTML parser events.
///
/// One builder per page, used on one thread for one call. The parser
/// context is the only libxml2 object; it is freed before ``parse(_:encoding:)``
/// returns. The handler gets no `startDocument` callback, so libxml2 builds
/// no tree of its own, and none for comments or processing instructions,
/// which are therefore dropped (libxml2's HTML parser has no CDATA sections;
/// its "CDATA block" event is the raw text of `<script>` and `<style>`).
final class HTMLTreeBuilder {
    private let maximumDepth: Int
    /// The open elements; the first is a stand-in for the document.
    private var stack: [ParsedHTMLElement] = [ParsedHTMLElement("#document")]
    /// Text received since the last element event, as UTF-8.
    private var pendingText: [UInt8] = []
    /// How many elements are open beyond `maximumDepth`.
    private var overflow = 0
    /// Set when libxml2 reports that it could not convert the input.
    private(set) var conversionFailed = false

    init(maximumDepth: Int) {
        self.maximumDepth = maximumDepth
    }

    /// The first top-level element once parsing is done.
    var root: ParsedHTMLElement? {
        for case .element(let element) in stack[0].children { return element }
        return nil
    }

    private static let options = Int32(
        bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    func parse(_ input: [UInt8], encoding: String) throws(HTMLParser.Failure) {
        guard let context = htmlNewParserCtxt() else { throw .libxml("htmlNewParserCtxt failed") }
        defer { htmlFreeParserCtxt(context) }
        context.pointee.sax.pointee = Self.handler()
        let me = Unmanaged.passUnretained(self).toOpaque()
        context.pointee._private = me

        // Conversion errors are raised with no parser context and would be
        // printed on standard error; a structured handler (per thread in
        // libxml2, and this call never leaves its thread) records them.
        let savedHandler = __xmlStructuredError().pointee
        let savedContext = __xmlStructuredErrorContext().pointee
        xmlSetStructuredErrorFunc(me) { me, error in
            guard let me, let error else { return }
            let domain = error.pointee.domain, code = error.pointee.code
            if domain == Int32(XML_FROM_I18N.rawValue) || code == Int32(XML_IO_ENCODER.rawValue) {
                Unmanaged<HTMLTreeBuilder>.fromOpaque(me).takeUnretainedValue().conversionFailed = true
            }
        }
        defer { xmlSetStructuredErrorFunc(savedContext, savedHandler) }

        let document = input.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                htmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, encoding, Self.options)
            }
        }
        if let document { xmlFreeDoc(document) }  // not expected without startDocument
        finish()
    }

    // MARK: - Events

    /// The handler: C function pointers that find the builder through the
    /// parser context's `_private` field (the events' first argument is the
    /// context itself, libxml2's default user data).
    private static func handler() -> htmlSAXHandler {
        var handler = htmlSAXHandler()
        handler.initialized = 1
        handler.startElement = { context, name, attributes in
            guard let context, let name else { return }
            let parser = context.assumingMemoryBound(to: htmlParserCtxt.self)
            let line = parser.pointee.input.map { Int($0.pointee.line) } ?? 0
            HTMLTreeBuilder.builder(parser).startElement(name, attributes, line: max(line, 1))
        }
        handler.endElement = { context, name in
            guard let context, let name else { return }
            HTMLTreeBuilder.builder(context.assumingMemoryBound(to: htmlParserCtxt.self)).endElement(name)
        }
        handler.characters = { context, bytes, count in
            guard let context, let bytes else { return }
            HTMLTreeBuilder.builder(context.assumingMemoryBound(to: htmlParserCtxt.self)).text(bytes, count, raw: false)
        }
        // Whitespace libxml2 deems ignorable (directly in <html> or <head>)
        // is text like any other; what counts is for readers to decide.
        handler.ignorableWhitespace = handler.characters
        handler.cdataBlock = { context, bytes, count in
            guard let context, let bytes else { return }
            HTMLTreeBuilder.builder(context.assumingMemoryBound(to: htmlParserCtxt.self)).text(bytes, count, raw: true)
        }
        return handler
    }

    private static func builder(_ parser: UnsafeMutablePointer<htmlParserCtxt>) -> HTMLTreeBuilder {
        Unmanaged<HTMLTreeBuilder>.fromOpaque(parser.pointee._private).takeUnretainedValue()
    }

    private func startElement(
        _ name: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, line: Int
    ) {
        if stack.count > maximumDepth {
            if overflow == 0 { stack[stack.count - 1].flattened = true }
            overflow += 1
            if !Self.inline.contains(String(cString: name)) { breakLine() }
            return
        }
        flushText()
        if stack.count == 1, case .element(let root)? = stack[0].children.last {
            // libxml2 implies a second <html> for content after </html>.
            stack[0].children.removeLast()
            stack.append(root)
            return
        }
        var list: [HTMLAttribute] = []
        if var cursor = attributes {
            while let attributeName = cursor.pointee {
                let value = cursor.advanced(by: 1).pointee
                list.append(HTMLAttribute(String(cString: attributeName), value.map { String(cString: $0) } ?? ""))
                cursor += 2
            }
        }
        stack.append(ParsedHTMLElement(String(cString: name), list, line: line))
    }

    private func endElement(_ name: UnsafePointer<xmlChar>) {
        if overflow > 0 {
            overflow -= 1
            if !Self.inline.contains(String(cString: name)) { breakLine() }
            return
        }
        guard stack.count > 1 else { return }
        flushText()
        let element = stack.removeLast()
        stack[stack.count - 1].children.append(.element(element))
    }

    private func text(_ bytes: UnsafePointer<xmlChar>, _ count: Int32, raw: Bool) {
        // Raw text (script, style) of elements beyond the depth cap is dropped.
        if raw && overflow > 0 { return }
        pendingText.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(count)))
    }

    /// Separates the text of flattened blocks, once, and not before the first.
    private func breakLine() {
        if let last = pendingText.last, last != 0x0A { pendingText.append(0x0A) }
    }

    private func flushText() {
        guard !pendingText.isEmpty else { return }
        stack[stack.count - 1].children.append(.text(String(decoding: pendingText, as: UTF8.self)))
        pendingText.removeAll(keepingCapacity: true)
    }

    /// Closes whatever libxml2 left open.
    private func finish() {
        flushText()
        while stack.count > 1 {
            let element = stack.removeLast()
            stack[stack.count - 1].children.append(.element(element))
        }
    }

    /// Elements that do not break a line when flattened beyond the depth cap.
    private static let inline: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
        "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time",
        "tt", "u", "var",
    ]
}
