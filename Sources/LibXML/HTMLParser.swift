/// Reads saved web pages into ``ParsedHTMLElement`` values with libxml2's
/// forgiving HTML parser (the one browsers' quirks were modelled on in 2000:
/// it implies `<html>` and `<body>`, closes `<p>` before a block, and never
/// fails on tag soup).
///
/// The parser streams events into ``HTMLTreeBuilder`` instead of building
/// libxml2's own tree: libxml2 2.9's tree builder stops reading a page at
/// 256 nested elements (2048 with `HTML_PARSE_HUGE`) and drops the rest of
/// it, and its node lines stop at 65535, whereas its event parser has neither
/// limit and does not recurse. Nothing is fetched from the network.
public enum HTMLParser {
    /// How many elements deep the returned tree goes. An element deeper than
    /// this is not kept: its text, and its descendants' text, goes to the
    /// element at this depth in document order, with one line break where
    /// non-inline elements start or end between two runs of text (that
    /// element is marked ``ParsedHTMLElement/flattened``); the text of `<script>` and
    /// `<style>` down there is dropped. No news page comes near it (they
    /// nest 20 to 60 deep); it bounds what a hostile page can make callers
    /// hold, and keeps value-type destruction shallow.
    public static let maximumDepth = 512

    public enum Failure: Error, Hashable, Sendable {
        /// The page's bytes are not valid in the encoding it declares:
        /// libxml2 stops converting at the first bad byte, so the rest of
        /// the page is unknown.
        case conversionFailed(encoding: String)
        /// libxml2 could not start (out of memory, or a page over 2 GiB).
        case libxml(String)
    }

    /// The encoding ``parse(_:encoding:)`` reads `bytes` in when given none:
    /// a byte-order mark, else the first `<meta charset>` (or `http-equiv`
    /// Content-Type) in the first 64 KiB, else UTF-8. Returns `"UTF-8"`,
    /// `"UTF-16LE"`, `"UTF-16BE"`, `"windows-1252"` (also for `iso-8859-1`,
    /// `latin1` and `ascii`, as browsers do), or another name libxml2 can
    /// convert from; an unknown label gives `"UTF-8"`.
    public static func encoding(of bytes: [UInt8]) -> String {
        HTMLCharset.encoding(of: bytes)
    }

    /// Parses a page and returns its root element (`<html>`, implied if the
    /// page leaves it out), or nil for a page with no element at all (empty,
    /// blank, only comments).
    ///
    /// UTF-8, UTF-16 and windows-1252 are decoded to UTF-8 before libxml2
    /// sees the page (bad UTF-8 becomes U+FFFD); any other encoding goes
    /// through libxml2's own conversion (iconv). `<meta charset>` is then
    /// ignored: the encoding is decided once, by ``encoding(of:)`` unless
    /// `encoding` names one. Content after `</html>` joins the root.
    public static func parse(_ bytes: [UInt8], encoding: String? = nil) throws(Failure) -> ParsedHTMLElement? {
        LibXML.initialize()
        let name = encoding.map(HTMLCharset.canonical) ?? HTMLCharset.encoding(of: bytes)
        let input = HTMLCharset.isDecodedHere(name) ? HTMLCharset.utf8Bytes(bytes, encoding: name) : bytes
        guard !input.isEmpty else { return nil }
        guard input.count < Int(Int32.max) else { throw .libxml("page larger than 2 GiB") }
        let builder = HTMLTreeBuilder(maximumDepth: maximumDepth)
        try builder.parse(input, encoding: HTMLCharset.isDecodedHere(name) ? HTMLCharset.utf8 : name)
        if builder.conversionFailed { throw .conversionFailed(encoding: name) }
        return builder.root
    }
}
