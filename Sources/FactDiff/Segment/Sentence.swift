/// Points at one sentence of a story: the article's position in the story
/// and the sentence's position in that article.
public struct SentenceRef: Hashable, Comparable, Sendable, Codable {
    public var article: Int
    public var sentence: Int

    public init(article: Int, sentence: Int) {
        self.article = article
        self.sentence = sentence
    }

    public static func < (lhs: SentenceRef, rhs: SentenceRef) -> Bool {
        (lhs.article, lhs.sentence) < (rhs.article, rhs.sentence)
    }
}

/// A sentence of an article, with where it stands in its paragraph.
public struct Sentence: Hashable, Sendable {
    public enum Role: String, Hashable, Sendable {
        /// The article's headline.
        case headline
        /// A line of the body with no closing punctuation: a standfirst or a
        /// photo caption.
        case caption
        case body
    }

    public var ref: SentenceRef
    public var text: String
    public var role: Role
    /// The paragraph of the article that holds it.
    public var paragraph: Int
    /// UTF-8 offsets of the sentence in the paragraph's cleaned text.
    public var range: Range<Int>
    /// Set when the same text already appeared earlier in the article (a
    /// caption repeated in the body, a standfirst printed twice): the repeat
    /// is shown but not compared, so one fact is not counted twice.
    public var repeatOf: Int?

    public init(
        ref: SentenceRef, text: String, role: Role, paragraph: Int, range: Range<Int>,
        repeatOf: Int? = nil
    ) {
        self.ref = ref
        self.text = text
        self.role = role
        self.paragraph = paragraph
        self.range = range
        self.repeatOf = repeatOf
    }
}
