/// What a rule sees of two aligned sentences from different articles.
public struct AlignedPair: Sendable {
    public struct Side: Sendable {
        public var article: Article
        public var sentence: Sentence
        public var mentions: [Mention]
        public var words: [Word]
        /// Every capitalised word of the article's compared sentences,
        /// lowercased without possessive: whether the article names someone
        /// anywhere at all.
        public var articleNames: Set<String> = []
    }

    public var first: Side
    public var second: Side
    public var score: Double
    /// False for a near miss: the sentences share some words but not enough
    /// to align, so a rule compares only mentions that share their context.
    public var aligned: Bool = true
    /// Not aligned, but each sentence holds the one figure its article
    /// gives of some kind, by the same word (``FigureAnchors``): the number
    /// rule compares those figures as if the sentences were aligned.
    public var sameFigure: Bool = false
    /// Not aligned, but each sentence directly follows, in its paragraph,
    /// one of two aligned sentences (``FollowingSentences``): the time rule
    /// pairs two lone clock times there as in aligned sentences.
    public var followsAlignment: Bool = false
}

/// Decides whether two aligned sentences disagree on one kind of fact.
/// A new kind of conflict is a new rule plus one line in ``ConflictRules``.
public protocol ConflictRule: Sendable {
    var kind: ConflictKind { get }
    func conflicts(in pair: AlignedPair) -> [Conflict]
}

/// The registered rules.
public enum ConflictRules {
    public static let all: [any ConflictRule] = [
        DateConflictRule(),
        PersonConflictRule(),
        RoleConflictRule(),
        NumberConflictRule(),
        TimeConflictRule(),
        OrdinalConflictRule(),
        QuoteConflictRule(),
        PolarityConflictRule(),
        AttributionConflictRule(),
        PlaceConflictRule(),
    ]
}
