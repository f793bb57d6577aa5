import Synchronization

/// What a rule sees of two aligned sentences from different articles.
public struct AlignedPair: Sendable {
    /// One sentence and what the rules read of it. Its fields live in one
    /// shared object: the detector hands each sentence to many pairs, and
    /// ten rules pass each pair around, where a struct of five fields
    /// retained and released every one of them at each copy.
    public struct Side: Sendable {
        private final class Storage: Sendable {
            let article: Article
            let sentence: Sentence
            let mentions: [Mention]
            let words: [Word]
            let articleNames: Set<String>
            /// The mentions by kind, each kind's in sentence order: every
            /// rule asks for one or two kinds, and filtering all of a
            /// sentence's mentions for each of ten rules copied every
            /// mention ten times per pair.
            let byKind: [(kind: MentionKind, mentions: [Mention])]
            /// Each kind's name length, in the order of ``byKind``: most
            /// kinds a rule asks for are not in the sentence, and a length
            /// tells most apart without comparing names.
            let kindLengths: [Int]
            let bytes: [UInt8]
            /// The words' content terms, worked out the first time a rule
            /// asks: several rules compare a sentence's words with its
            /// partner's, in every pair the sentence is in, and most
            /// sentences are never asked.
            let terms = Mutex<ContentTerms?>(nil)
            /// What rules worked out of single mentions (``memo(_:for:_:)``).
            let memos = Mutex<[MemoKey: any Sendable]>([:])

            init(article: Article, sentence: Sentence, mentions: [Mention], words: [Word], articleNames: Set<String>) {
                self.article = article
                self.sentence = sentence
                self.mentions = mentions
                var byKind: [(kind: MentionKind, mentions: [Mention])] = []
                for mention in mentions {
                    if let k = byKind.firstIndex(where: { $0.kind == mention.kind }) {
                        byKind[k].mentions.append(mention)
                    } else {
                        byKind.append((mention.kind, [mention]))
                    }
                }
                self.byKind = byKind
                kindLengths = byKind.map { $0.kind.rawValue.utf8.count }
                bytes = Array(sentence.text.utf8)
                self.words = words
                self.articleNames = articleNames
            }
        }

        private let storage: Storage

        /// Per word, its normalised term, or nil for a number or a
        /// stopword (``MentionPairing``); and the distinct terms.
        public struct ContentTerms: Sendable {
            public let byWord: [String?]
            public let all: Set<String>
        }

        /// Made once per sentence, however many pairs and rules ask.
        public var contentTerms: ContentTerms {
            storage.terms.withLock { terms in
                if let terms { return terms }
                let byWord = storage.words.map(MentionPairing.contentTerm)
                var all = Set<String>(minimumCapacity: byWord.count)
                for case let term? in byWord { all.insert(term) }
                let made = ContentTerms(byWord: byWord, all: all)
                terms = made
                return made
            }
        }

        /// What ``MentionPairing`` reads of one of the sentence's mentions,
        /// made the first time a pair asks.
        func pairingProfile(of mention: Mention) -> MentionPairing.Profile {
            memo(mention, for: MentionPairing.Profile.self) { MentionPairing.Profile(mention, in: self) }
        }

        /// What `make` works out of one of the sentence's mentions, made the
        /// first time it is asked and kept: a rule's reading of a mention in
        /// its own sentence (what a person did, say) does not depend on the
        /// other sentence, and the sentence is in many pairs. `owner` (the
        /// rule's type, or a type of its own for each thing it keeps) tells
        /// apart what different rules keep of one mention. Made outside the
        /// lock: two tasks that ask at once make the same value.
        public func memo<Value: Sendable>(_ mention: Mention, for owner: Any.Type, _ make: () -> Value) -> Value {
            let key = MemoKey(owner: ObjectIdentifier(owner), range: mention.range)
            if let known = storage.memos.withLock({ $0[key] }) as? Value { return known }
            let made = make()
            storage.memos.withLock { $0[key] = made }
            return made
        }

        struct MemoKey: Hashable {
            let owner: ObjectIdentifier
            let range: Range<Int>
        }

        public init(article: Article, sentence: Sentence, mentions: [Mention], words: [Word], articleNames: Set<String> = []) {
            storage = Storage(article: article, sentence: sentence, mentions: mentions, words: words, articleNames: articleNames)
        }

        public var article: Article { storage.article }
        public var sentence: Sentence { storage.sentence }
        public var mentions: [Mention] { storage.mentions }
        /// The mentions of one kind, in sentence order.
        public func mentions(_ kind: MentionKind) -> [Mention] {
            let length = kind.rawValue.utf8.count
            for k in storage.byKind.indices where storage.kindLengths[k] == length && storage.byKind[k].kind == kind {
                return storage.byKind[k].mentions
            }
            return []
        }
        public var words: [Word] { storage.words }
        /// The sentence's text as UTF-8, made once per sentence: rules read
        /// it by the words' byte ranges, pair after pair.
        public var bytes: [UInt8] { storage.bytes }
        /// Every capitalised word of the article's compared sentences,
        /// lowercased without possessive: whether the article names someone
        /// anywhere at all.
        public var articleNames: Set<String> { storage.articleNames }
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
