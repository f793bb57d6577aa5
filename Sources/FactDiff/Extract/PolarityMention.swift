extension MentionKind {
    public static let polarity = MentionKind(rawValue: "polarity")
}

/// A predicate whose truth two outlets can state oppositely: one a sentence
/// negates ("Chauvin declined to testify", "police did not send officers"),
/// or one with a curated opposite ("rose"/"fell", "won"/"lost",
/// "approved"/"rejected"; ``PolarityWords``).
public struct PolarityMention: MentionValue, Hashable {
    /// One side of an opposition: `direction` up is "rose", down is "fell".
    public struct Pole: Hashable, Sendable {
        public var opposition: String
        public var positive: Bool

        /// The name of this side, for values and messages: "rise", "fall".
        public var name: String {
            let names = PolarityWords.poleNames[opposition] ?? (opposition, "not " + opposition)
            return positive ? names.0 : names.1
        }
    }

    /// The predicate word, lowercased ("testify", "rose", "lower").
    public var predicate: String
    /// Word indices in the sentence: the predicate, and the first word of
    /// the evidence ("declined" of "declined to testify", "closed" of
    /// "closed lower").
    public var index: Int
    public var head: Int
    public var negated: Bool
    public var poles: [Pole]
    /// The modality the predicate stands under: nil for a plain statement,
    /// "can" for ability, "will" for the future, "irrealis" for a
    /// possibility, wish or forecast ("could", "expected to").
    public var modal: String?
    /// "had rallied": an earlier time than the story's main events.
    public var pluperfect: Bool
    /// A verb that the negation sits after rather than before ("pleaded" of
    /// "pleaded not guilty"): the negated fact is that verb's, not the
    /// predicate's alone.
    public var governor: String?

    public init(
        predicate: String, index: Int, head: Int, negated: Bool, poles: [Pole] = [], modal: String? = nil,
        pluperfect: Bool = false, governor: String? = nil
    ) {
        self.predicate = predicate
        self.index = index
        self.head = head
        self.negated = negated
        self.poles = poles
        self.modal = modal
        self.pluperfect = pluperfect
        self.governor = governor
    }

    /// `not:testify`, `rose`, `can:not:run`.
    public var description: String {
        (modal.map { $0 + ":" } ?? "") + (negated ? "not:" : "") + predicate
    }

    public func isSame(as other: any MentionValue) -> Bool {
        guard let other = other.downcast(to: PolarityMention.self) else { return false }
        return self == other
    }
}

/// The words the polarity extractor reads.
enum PolarityWords {
    /// Curated oppositions of news predicates, as inflected forms. WordNet's
    /// antonyms were the alternative; they were not used because they pair
    /// converses that state one fact from two sides (buy/sell, give/take,
    /// lend/borrow), miss the oppositions news relies on (confirm/deny,
    /// beat/miss, approve/block, acquit/convict) and are mostly adjectives.
    static let poles = WordMap<[PolarityMention.Pole]>({
        var table: [String: [PolarityMention.Pole]] = [:]
        func add(_ opposition: String, _ positive: [String], _ negative: [String]) {
            for word in positive { table[word, default: []].append(.init(opposition: opposition, positive: true)) }
            for word in negative { table[word, default: []].append(.init(opposition: opposition, positive: false)) }
        }
        add(
            "direction",
            ["rose", "rise", "rises", "risen", "gained", "gains", "climbed", "climbs", "rallied", "rallies", "jumped",
             "jumps", "surged", "surges", "soared", "soars", "rebounded", "rebounds", "increased", "higher", "climb", "gain",
             "jump", "surge", "soar", "rebound", "increase"],
            ["fell", "falls", "fallen", "dropped", "drops", "slid", "slides", "slipped", "slips", "tumbled", "tumbles",
             "plunged", "plunges", "sank", "sinks", "slumped", "slumps", "decreased", "dipped", "dips", "lost",
             "lower", "declined", "retreated", "fall", "drop", "slide", "slip", "tumble", "plunge", "sink", "slump",
             "decrease"])
        add("outcome", ["won", "wins", "win", "winning"], ["lost", "lose", "loses", "losing"])
        add("confirmation", ["confirmed", "confirms"], ["denied", "denies"])
        add("admission", ["admitted", "admits"], ["denied", "denies"])
        add("approval", ["approved", "approves", "accepted", "accepts", "endorsed"], ["rejected", "rejects", "blocked", "blocks", "vetoed"])
        add("expectation", ["beat", "beats", "exceeded", "topped"], ["missed", "misses"])
        add("agreement", ["agreed", "agrees"], ["refused", "refuses"])
        add("support", ["supported", "supports", "backed"], ["opposed", "opposes"])
        add("verdict", ["convicted"], ["acquitted"])
        add("success", ["succeeded", "succeeds"], ["failed", "fails"])
        add("permission", ["allowed", "allows", "permitted"], ["banned", "bans", "prohibited", "forbade", "barred"])
        add("restriction", ["imposed", "imposes"], ["lifted", "lifts"])
        add("rate", ["raised", "raises", "hiked"], ["cut", "cuts", "lowered", "slashed"])
        add("inclusion", ["included", "includes"], ["excluded", "excludes"])
        return table
    }())

    static let poleNames: [String: (String, String)] = [
        "direction": ("rise", "fall"), "outcome": ("win", "loss"), "confirmation": ("confirmed", "denied"),
        "admission": ("admitted", "denied"), "approval": ("approved", "rejected"), "expectation": ("beat", "missed"),
        "agreement": ("agreed", "refused"), "support": ("supported", "opposed"), "verdict": ("convicted", "acquitted"),
        "success": ("succeeded", "failed"), "permission": ("allowed", "banned"), "restriction": ("imposed", "lifted"),
        "rate": ("raised", "cut"), "inclusion": ("included", "excluded"), "vote": ("voted for", "voted against"),
    ]

    /// Direction words that are also other verbs: a direction only before a
    /// number or "by" ("declined 2%", "lost 3 points").
    static let directionNeedsAmount: WordSet = ["declined", "lost"]

    /// "higher"/"lower" are a direction only after a verb of a market's
    /// close or move ("closed 0.8% lower").
    static let moveVerbs: WordSet = [
        "closed", "close", "closes", "closing", "ended", "end", "ends", "ending", "finished", "finish", "finishing",
        "traded", "trading", "opened", "opening", "edged", "moved", "settled", "was", "were", "is", "are",
    ]

    /// Words that negate the predicate after them.
    static let negators: WordSet = ["not", "never", "cannot"]
    /// Verbs that negate the verb after "to": "declined to testify".
    static let negatingVerbs: WordSet = [
        "declined", "declines", "declining", "refused", "refuses", "refusing", "failed", "fails", "failing",
    ]
    /// Words between a negator and its predicate.
    static let skippable: WordSet = [
        "be", "been", "being", "have", "has", "had", "to", "yet", "immediately", "officially", "publicly",
        "formally", "even", "actually", "also", "always", "ever", "initially", "directly", "personally", "fully",
        "then", "again", "so", "get", "got",
    ]
    static let auxiliaries: WordSet = [
        "do", "does", "did", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
        "would", "can", "could", "shall", "should", "may", "might", "must",
    ]
    /// Modal words and the modality they give.
    static let modals: WordMap<String> = [
        "can": "can", "could": "irrealis", "will": "will", "'ll": "will", "shall": "will", "would": "irrealis",
        "may": "irrealis", "might": "irrealis", "should": "irrealis", "must": "irrealis",
    ]
    /// "expected to", "set to": what is forecast, planned or wanted, not done.
    static let irrealisBeforeTo: WordSet = [
        "expected", "set", "likely", "unlikely", "poised", "due", "going", "plans", "planned", "planning", "wants",
        "wanted", "hopes", "hoped", "threatened", "threatens", "vowed", "vows", "promised", "promises", "intends",
        "intended", "aims", "seeks", "sought", "trying", "tried", "able", "unable", "ready", "willing", "forecast",
        "predicted", "urged", "asked", "called", "need", "needs", "allowed",
    ]
    /// Verbs of belief, claim and doubt: a predicate after one is what
    /// someone holds or asserts ("believe that Mr Obama was not born",
    /// "insisting that the White House never offered"), not what the
    /// outlet states.
    static let reported: WordSet = [
        "believe", "believes", "believed", "claim", "claims", "claimed", "claiming", "insist", "insists", "insisted",
        "insisting", "said", "says", "say", "saying", "argued", "argues", "arguing", "contend", "contends", "suggested",
        "suggests", "alleged", "alleges", "allegations", "denied", "denies", "think", "thinks", "thought", "doubt",
        "doubts", "fear", "fears", "feared", "hope", "hopes", "hoped", "question", "wonder", "whether", "asked",
        "rumors", "rumours", "restated", "stated", "reported", "reports", "told", "tells", "wrote", "writes",
        "maintained", "maintains", "acknowledged", "conceded", "warned", "how", "where", "when", "what", "know",
        "knows", "knew",
    ]

    /// Words of saying: what is negated next to them is a statement, and
    /// outlets report different statements without disagreeing.
    static let sayingPredicates: WordSet = [
        "say", "said", "says", "comment", "commented", "respond", "responded", "reply", "replied", "elaborate",
        "speak", "spoke", "answer", "answered", "return", "returned", "tell", "told", "disclose", "disclosed",
        "reveal", "revealed", "specify", "specified", "explain", "explained", "know", "knew", "known", "want",
        "wanted", "think", "thought", "believe", "believed", "expect", "expected", "only", "immediately", "clear",
        "clearly", "necessarily", "exactly", "just", "least", "far", "long", "much", "enough", "quite", "all",
    ]
}
