/// What a mention is about; each extractor declares the kinds it finds.
public struct MentionKind: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let date = MentionKind(rawValue: "date")

    public var description: String { rawValue }
    public static func < (lhs: MentionKind, rhs: MentionKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The normalised meaning of a mention. Each kind has its own value type
/// (``DateMention`` for dates); comparison rules downcast to the types they
/// know, so a new kind adds a type without touching this one.
public protocol MentionValue: Sendable, CustomStringConvertible {
    /// Whether two values of this kind say the same thing.
    func isSame(as other: any MentionValue) -> Bool
}

extension MentionValue {
    /// This value as `T` when it is one, else nil: what `as? T` gives for
    /// the struct value types mentions hold, found by comparing the two
    /// types alone. Through an existential, `as?` asks the runtime's general
    /// cast, which weighs protocols, classes and optionals first; the rules
    /// ask it of every mention of every pair, and it was 2% of a batch.
    @inline(__always)
    public func downcast<T: MentionValue>(to type: T.Type) -> T? {
        Self.self == T.self ? unsafeBitCast(self, to: T.self) : nil
    }
}

/// A typed piece of a sentence: "on Friday" is a date mention whose value is
/// weekday 5.
public struct Mention: Sendable, CustomStringConvertible {
    public var kind: MentionKind
    public var sentence: SentenceRef
    /// UTF-8 offsets in the sentence's text.
    public var range: Range<Int>
    /// The words as the sentence has them.
    public var text: String
    public var value: any MentionValue

    public init(
        kind: MentionKind, sentence: SentenceRef, range: Range<Int>, text: String,
        value: any MentionValue
    ) {
        self.kind = kind
        self.sentence = sentence
        self.range = range
        self.text = text
        self.value = value
    }

    public var description: String { "\(kind)(\(text) = \(value))" }
}

/// Facts an extractor may need that are not in the sentence itself.
public struct ExtractionContext: Hashable, Sendable {
    /// The day the article was published, against which relative dates and
    /// bare weekdays are read.
    public var published: CivilDate?
    /// How the article writes all-digit dates, when known: a caller that
    /// knows the outlet's convention sets it; otherwise
    /// ``MentionExtraction`` infers it from the article's own dates.
    public var numericDateOrder: NumericDateOrder?

    public init(published: CivilDate? = nil, numericDateOrder: NumericDateOrder? = nil) {
        self.published = published
        self.numericDateOrder = numericDateOrder
    }
}

/// Finds mentions of one or more kinds in a sentence.
public protocol MentionExtractor: Sendable {
    func mentions(in sentence: Sentence, words: [Word], context: ExtractionContext) -> [Mention]
}
