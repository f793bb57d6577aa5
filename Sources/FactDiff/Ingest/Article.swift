/// One news article as read from disk: metadata from its front matter and
/// its text, cleaned, one ``Paragraph`` per non-empty line.
public struct Article: Hashable, Sendable {
    /// The file name without its extension; unique within a story.
    public var id: String
    /// The path as the user gave it, so diagnostics point where they expect.
    public var path: String
    public var source: String?
    public var published: CivilDate?
    public var url: String?
    public var author: String?
    /// The headline first, then the body paragraphs in file order.
    public var paragraphs: [Paragraph]

    public init(
        id: String, path: String, source: String? = nil, published: CivilDate? = nil,
        url: String? = nil, author: String? = nil, paragraphs: [Paragraph]
    ) {
        self.id = id
        self.path = path
        self.source = source
        self.published = published
        self.url = url
        self.author = author
        self.paragraphs = paragraphs
    }

    /// The headline, which every readable article has.
    public var title: String {
        paragraphs.first?.text ?? ""
    }

    /// Where a UTF-8 offset into a paragraph's cleaned text stands in the file.
    public func location(paragraph: Int, utf8Offset: Int) -> SourceLocation {
        let p = paragraphs[paragraph]
        return SourceLocation(line: p.line, column: p.column(atUTF8Offset: utf8Offset))
    }
}

/// A 1-based line and column in an article file; columns count Unicode
/// scalars, as editors do, not bytes.
public struct SourceLocation: Hashable, Comparable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// One line of article text after ``TextCleaner`` has run, with the way back
/// to the characters of the original line.
public struct Paragraph: Hashable, Sendable {
    public enum Role: String, Hashable, Sendable {
        case headline
        case body
    }

    public var role: Role
    /// The cleaned text: straight quotes, plain spaces and hyphens, NFC.
    public var text: String
    /// The line in the file, 1-based.
    public var line: Int
    /// For each UTF-8 offset of `text`, and one past its end, the 1-based
    /// column in the original line of the character it came from.
    public var columns: [Int32]

    public init(role: Role, text: String, line: Int, columns: [Int32]) {
        self.role = role
        self.text = text
        self.line = line
        self.columns = columns
    }

    public func column(atUTF8Offset offset: Int) -> Int {
        guard !columns.isEmpty else { return 1 }
        return Int(columns[min(max(offset, 0), columns.count - 1)])
    }
}
