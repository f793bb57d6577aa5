import Synchronization

extension MentionKind {
    public static let quote = MentionKind(rawValue: "quote")
}

/// Words an article puts inside quotation marks, and who it says spoke them.
///
/// The words are kept in a form two outlets' copies of one remark can be
/// compared in: lowercase, contractions spelled out ("we'll" is "we will"),
/// British spellings in their American form (``QuoteWords/normalise(_:)``),
/// punctuation dropped. Each word keeps the UTF-8 range it came from, so a
/// conflict can point at the differing words of the sentence.
public struct QuoteMention: MentionValue, Hashable {
    /// The quoted words, normalised.
    public private(set) var words: [String]
    /// Per word: a hash of it (``wordHash(_:)``), made once here, so that
    /// comparing two quotes (``QuoteDiff``), which the quote rules do for
    /// every pair of sentences that both quote someone, compares integers
    /// first and spells out only the words whose hashes agree.
    let wordHashes: [UInt32]

    /// A hash of an ASCII word's bytes, one (never 0) that two words share
    /// only when they may be the same; 0 for a word beyond ASCII, which
    /// Swift's `==` may find equal to a word of other bytes (canonically
    /// equivalent), so it is always spelled out.
    static func wordHash(_ word: String) -> UInt32 {
        var h = HashIndex.hashSeed
        for byte in word.utf8 {
            if byte >= 0x80 { return 0 }
            h = HashIndex.hash(h, byte)
        }
        return h == 0 ? 1 : h
    }

    /// Whether word `i` of `a` and word `j` of `b` are the same: the hashes
    /// first, the words when those agree (or one is beyond ASCII).
    @inline(__always)
    static func sameWord(_ a: [String], _ aHashes: [UInt32], _ i: Int, _ b: [String], _ bHashes: [UInt32], _ j: Int) -> Bool {
        (aHashes[i] == bHashes[j] || aHashes[i] == 0 || bHashes[j] == 0) && a[i] == b[j]
    }
    /// Per word: its UTF-8 range in the sentence (the two words of an
    /// expanded contraction share one).
    public var ranges: [Range<Int>]
    /// Per word: whether the text capitalises it inside the sentence (a name
    /// or a title, whose spelling varies between outlets: "Qaddafi",
    /// "Gadhafi").
    public var capitalised: [Bool]
    /// Lowercased name words of the speaker ("sarah", "cardell"); empty when
    /// the sentence names none (a pronoun, or no verb of saying).
    public var speaker: [String]

    public init(words: [String], ranges: [Range<Int>], capitalised: [Bool]? = nil, speaker: [String]) {
        self.words = words
        wordHashes = words.map(Self.wordHash)
        self.ranges = ranges
        self.capitalised = capitalised ?? Array(repeating: false, count: words.count)
        self.speaker = speaker
    }

    /// `quote:we will be stopping the war games`.
    public var description: String { "quote:" + words.joined(separator: " ") }

    public func isSame(as other: any MentionValue) -> Bool {
        guard let other = other.downcast(to: QuoteMention.self) else { return false }
        return words == other.words
    }
}

/// How quoted words are normalised for comparison.
enum QuoteWords {
    /// The comparable forms of one word as `Word.split` gives it: one form,
    /// or two for a contraction ("don't" is "do not", "we'll" is "we will").
    static func forms(_ lower: String) -> [String] {
        if let known = known.withLock({ $0[lower] }) { return known }
        let made = makeForms(lower)
        known.withLock { $0[lower] = made }
        return made
    }

    /// Every word's forms, once a run: the spelling rules test some fifty
    /// endings and beginnings a word, and quotes repeat their words, within
    /// a story and across the stories of a batch.
    private static let known = Mutex<[String: [String]]>([:])

    private static func makeForms(_ lower: String) -> [String] {
        if informalWords.contains(lower), let spoken = informal[lower] { return spoken }
        // "same-sex" is "same sex": outlets differ on hyphens.
        if lower.utf8.contains(UInt8(ascii: "-")) {
            return lower.split(separator: "-").flatMap { forms(String($0)) }
        }
        if let apostrophe = lower.utf8.lastIndex(of: UInt8(ascii: "'")) {
            let head = String(lower[..<apostrophe])
            let tail = String(lower[apostrophe...])
            switch tail {
            case "'t" where head.hasASCIISuffix("n"):
                let base = String(head.dropLast())
                switch base {
                case "wo": return ["will", "not"]
                case "ca": return ["can", "not"]
                case "sha": return ["shall", "not"]
                default: return [normalise(base), "not"]
                }
            case "'ll": return [head, "will"]
            case "'re": return [head, "are"]
            case "'ve": return [head, "have"]
            case "'m": return [head, "am"]
            case "'d": return [head, "would"]
            default: break
            }
        }
        if lower == "cannot" { return ["can", "not"] }
        return [normalise(lower)]
    }

    private static let informalWords = WordSet(informal.keys)
    private static let informal: [String: [String]] = [
        "gonna": ["going", "to"], "wanna": ["want", "to"], "gotta": ["got", "to"], "gimme": ["give", "me"], "okay": ["ok"],
    ]

    /// A word in its American spelling, by the regular British/American
    /// differences (-ise/-ize, -our/-or, -re/-er, -ence/-ense, doubled l,
    /// -logue/-log) and a few single words. Both sides of a comparison go
    /// through the same function, so a rule that also changes a word with no
    /// American variant ("promise" to "promize") is harmless.
    static func normalise(_ word: String) -> String {
        if word.hasASCIISuffix("'s"), word.utf8.count > 2 { return normalise(String(word.dropLast(2))) + "'s" }
        if let fixed = words[word] { return fixed }
        if let american = americanASCII(word) { return american }
        var w = word
        for (british, american) in suffixes where w.hasSuffix(british) && w.utf8.count >= british.utf8.count + 3 {
            w = String(w.dropLast(british.count)) + american
            break
        }
        for stem in ourStems where w.hasPrefix(stem) {
            w = String(stem.dropLast(2)) + "r" + w.dropFirst(stem.count)
            break
        }
        for stem in reStems where w.hasPrefix(stem + "re") {
            w = stem + "er" + w.dropFirst(stem.count + 2)
            break
        }
        return w
    }

    /// The rules of ``normalise(_:)`` after its word list, on the bytes of
    /// an ASCII word, where every character is one byte: the `String`
    /// suffix and prefix tests, over fifty a word, cost more than the rest
    /// of a quote's extraction. Nil for a word outside ASCII.
    private static func americanASCII(_ word: String) -> String? {
        // Most words match no rule: told from their bytes in place, with
        // no array made, before the rules rewrite the few that do. A word
        // that matches none is unchanged, since each rule sees what the
        // ones before it left.
        var copy = word
        let untouched: Bool? = copy.withUTF8 { w in
            guard !w.contains(where: { $0 >= 0x80 }) else { return nil }
            for (british, _) in suffixBytes where w.count >= british.count + 3 && w.hasSuffix(british, endingAt: w.count) { return false }
            for stem in ourStemBytes where w.hasPrefix(stem) { return false }
            for (_, british) in reStemBytes where w.hasPrefix(british) { return false }
            return true
        }
        guard let untouched else { return nil }
        if untouched { return word }
        var w = Array(word.utf8)
        var changed = false
        for (british, american) in suffixBytes where w.count >= british.count + 3 && w.hasSuffix(british, endingAt: w.count) {
            w = w.dropLast(british.count) + american
            changed = true
            break
        }
        for stem in ourStemBytes where w.hasPrefix(stem) {
            w = stem.dropLast(2) + Array("r".utf8) + w.dropFirst(stem.count)
            changed = true
            break
        }
        for (stem, british) in reStemBytes where w.hasPrefix(british) {
            w = stem + Array("er".utf8) + w.dropFirst(british.count)
            changed = true
            break
        }
        return changed ? String(decoding: w, as: UTF8.self) : word
    }

    private static let suffixBytes = suffixes.map { (Array($0.0.utf8), Array($0.1.utf8)) }
    private static let ourStemBytes = ourStems.map { Array($0.utf8) }
    /// Each stem and the stem with its British "-re".
    private static let reStemBytes = reStems.map { (Array($0.utf8), Array(($0 + "re").utf8)) }

    /// British ending → American ending, longest first.
    private static let suffixes: [(String, String)] = [
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"),
        ("isers", "izers"), ("iser", "izer"), ("ise", "ize"), ("ysing", "yzing"), ("ysed", "yzed"), ("yse", "yze"),
        ("elled", "eled"), ("elling", "eling"), ("eller", "eler"), ("alled", "aled"), ("alling", "aling"),
        ("ogue", "og"), ("ogues", "ogs"), ("ence", "ense"),
    ]
    /// Words with -our in British spelling, -or in American.
    private static let ourStems = [
        "colour", "favour", "honour", "labour", "neighbour", "behaviour", "rumour", "harbour", "vigour",
        "endeavour", "humour", "flavour", "saviour", "armour", "parlour", "odour", "splendour", "tumour",
        "valour", "vapour", "clamour", "candour", "rancour", "fervour", "savour",
    ]
    /// Words with -re in British spelling, -er in American.
    private static let reStems = [
        "cent", "theat", "met", "lit", "fib", "calib", "spect", "somb", "kilomet", "centimet", "millimet", "lust",
    ]
    private static let words: WordMap<String> = [
        "towards": "toward", "afterwards": "afterward", "amongst": "among", "whilst": "while",
        "programme": "program", "programmes": "programs", "grey": "gray", "ageing": "aging",
        "judgement": "judgment", "aluminium": "aluminum", "practise": "practice", "practised": "practiced",
        "licence": "license", "defence": "defense", "offence": "offense", "pretence": "pretense",
        "manoeuvre": "maneuver", "manoeuvres": "maneuvers", "paediatric": "pediatric", "anaemia": "anemia",
        "haemorrhage": "hemorrhage", "encyclopaedia": "encyclopedia", "mould": "mold", "plough": "plow",
        "cheque": "check", "tyre": "tire", "tyres": "tires", "kerb": "curb", "storey": "story",
    ]
}
