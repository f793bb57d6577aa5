extension ConflictKind {
    public static let person = ConflictKind(rawValue: "person")
}

/// Two outlets crediting one act or post to different people: "Paulo
/// Dybala converted the decisive kick" against "Gonzalo Montiel struck the
/// decisive spot-kick"; "Judge Peter Cahill" against "Judge Regina Chu".
///
/// News names many people, so the rule asks for a lot. Each person must be
/// absent from the other article altogether: if the other outlet names him
/// anywhere, both may well have done something, and the sentences differ
/// in emphasis, not in fact. And the two must share a post that only one
/// person holds in a story (the judge, the prime minister, the chief
/// executive of one body), or at least two words of what they did, within a
/// few words after their names. Of several candidates in one pair of
/// sentences, only the best is reported: the subject, whose act follows the
/// name, before someone merely mentioned nearby.
public struct PersonConflictRule: ConflictRule {
    public let kind = ConflictKind.person

    /// Content words after and before a name that describe what the person
    /// did; appositives ("Esther George, president of the Kansas City Fed,
    /// dissented") hold names and stopwords, which are not counted.
    static let after = 8
    static let before = 4

    public init() {}

    public func conflicts(in pair: AlignedPair) -> [Conflict] {
        // Most pairs the rules see name no one on one side: the name
        // lookups below are skipped for them.
        guard !pair.first.mentions(.person).isEmpty,
            !pair.second.mentions(.person).isEmpty
        else { return [] }
        let first = people(pair.first, absentFrom: pair.second)
        guard !first.isEmpty else { return [] }
        let second = people(pair.second, absentFrom: pair.first)
        guard !second.isEmpty else { return [] }
        var best: (score: (Int, Int), m: Mention, x: PersonMention, n: Mention, y: PersonMention, about: [String])?
        // What each person of the second sentence did, worked out once:
        // the words after each name (before it too, for an agent: "the lone
        // dissent came from").
        let actsOfSecond = second.map { n, _ in knownAct(of: n, in: pair.second) }
        for (m, x) in first {
            let known = knownAct(of: m, in: pair.first)
            let actM = known.act
            let agentM = known.agent
            for ((n, y), actOfN) in zip(second, actsOfSecond) where !x.isSamePerson(as: y) {
                let (actN, agentN, didN) = (actOfN.act, actOfN.agent, actOfN.did)
                // What each did that the other's act shares.
                let shared = actM.terms.filter { ($0.follows || agentM) && didN.contains($0.term) }
                let samePost = x.title != nil && x.title == y.title && Self.uniquePosts.contains(x.title!)
                let sameAct = Set(shared.map(\.text)).count >= 2 && (agentM || Self.actsAsSubject(m, in: pair.first))
                    && (agentN || Self.actsAsSubject(n, in: pair.second))
                guard samePost || sameAct else { continue }
                let around = actM.terms.filter { actN.all.contains($0.term) }.count
                let score = ((samePost ? 10 : 0) + shared.count, around)
                if best == nil || score > best!.score {
                    best = (score, m, x, n, y, shared.map(\.text))
                }
            }
        }
        guard let best else { return [] }
        let about = best.about.isEmpty ? (best.x.title.map { " as \($0)" } ?? "") : " for \"\(best.about.prefix(3).joined(separator: " "))\""
        let message = "\(pair.first.article.id) says \(best.x.name), \(pair.second.article.id) says \(best.y.name)\(about)"
        return [.between(kind, .error, message: message, in: pair, (best.m, best.x.description), (best.n, best.y.description))]
    }

    /// Posts one person holds at a time in one story.
    static let uniquePosts: WordSet = ["judge", "chief justice", "coach", "manager"]

    private func people(_ side: AlignedPair.Side, absentFrom other: AlignedPair.Side) -> [(Mention, PersonMention)] {
        side.mentions(.person).compactMap { mention in
            guard let person = mention.value.downcast(to: PersonMention.self),
                !Self.named(person, in: other)
            else { return nil }
            return (mention, person)
        }
    }

    /// Whether the other article names the person anywhere: by surname,
    /// or for a name of three parts ("Kim Jong Un") by any part.
    private static func named(_ person: PersonMention, in other: AlignedPair.Side) -> Bool {
        if person.parts.count > 2 { return person.nameParts.contains { $0.count > 1 && other.articleNames.contains($0) } }
        if person.surname.count > 1, other.articleNames.contains(person.surname) { return true }
        // Either half of a double-barrelled surname.
        guard person.surname.utf8.contains(UInt8(ascii: "-")) else { return false }
        return person.surname.split(separator: "-").contains { $0.count > 1 && other.articleNames.contains(String($0)) }
    }

    /// "Paulo Dybala converted", "John Prescott, the Deputy Prime Minister,
    /// announced": the name is followed by its verb in the past tense,
    /// straight away or after an appositive. Names only mentioned near an
    /// act ("a save from Randal Kolo Muani", "Hide Caption 13 of 43") are
    /// not credited with it.
    static func actsAsSubject(_ mention: Mention, in side: AlignedPair.Side) -> Bool {
        let words = side.words
        guard var k = words.firstIndex(where: { $0.range.lowerBound >= mention.range.upperBound }) else { return false }
        let text = side.bytes
        let gap = text[mention.range.upperBound..<words[k].range.lowerBound]
        if gap.contains(UInt8(ascii: ",")) {
            // Skip the appositive to its closing comma.
            var j = k
            while j + 1 < words.count, j - k < 12,
                !text[words[j].range.upperBound..<words[j + 1].range.lowerBound].contains(UInt8(ascii: ","))
            {
                j += 1
            }
            guard j + 1 < words.count, j - k < 12 else { return false }
            k = j + 1
        }
        if ["has", "had", "have", "was", "were", "also", "then", "later", "quickly", "swiftly"].contains(words[k].lower), k + 1 < words.count {
            k += 1
        }
        let verb = words[k]
        guard !verb.isCapitalised, !verb.isNumeric, !speechVerbs.contains(verb.lower) else { return false }
        return (verb.lower.count > 4 && verb.lower.hasASCIISuffix("ed")) || irregularPast.contains(verb.lower)
    }

    /// "The lone dissent came from Loretta Mester", "the winner was scored
    /// by Ana Ruiz": the name follows "from" or "by" after a verb in the
    /// past tense, so the act is named before it.
    static func actsAsAgent(_ mention: Mention, in side: AlignedPair.Side) -> Bool {
        let words = side.words
        guard let k = words.firstIndex(where: { $0.range.upperBound > mention.range.lowerBound }), k >= 2,
            ["from", "by"].contains(words[k - 1].lower)
        else { return false }
        let verb = words[k - 2]
        guard !verb.isCapitalised, !verb.isNumeric, !speechVerbs.contains(verb.lower), !MentionPairing.sayingVerbs.contains(verb.lower)
        else { return false }
        return (verb.lower.count > 4 && verb.lower.hasASCIISuffix("ed")) || irregularPast.contains(verb.lower)
    }

    /// Saying something is not the act: two people may comment alike.
    static let speechVerbs: WordSet = [
        "said", "told", "added", "wrote", "tweeted", "stated", "claimed", "insisted", "argued", "asked",
        "replied", "responded", "echoed", "noted", "explained", "suggested", "warned", "commented",
    ]

    static let irregularPast: WordSet = [
        "struck", "won", "lost", "led", "met", "made", "took", "gave", "ran", "sent", "hit", "beat", "shot",
        "wrote", "spoke", "broke", "chose", "drew", "fought", "held", "kept", "left", "paid", "put", "saw",
        "sold", "bought", "brought", "caught", "set", "stood", "threw", "became", "came",
    ]

    /// What a person did in a sentence (``act(of:in:)``), whether the name
    /// is the agent of a passive ("the lone dissent came from"), and the
    /// terms of the act that count for it.
    private struct Act: Sendable {
        var act: (terms: [ActTerm], all: Set<String>)
        var agent: Bool
        var did: Set<String>
    }

    private struct ActTerm: Sendable {
        var term: String
        var text: String
        /// After the name: what the person did, rather than what was done near them.
        var follows: Bool
    }

    /// ``Act`` of a name, kept by its sentence for the other pairs it is in
    /// (``AlignedPair/Side/memo(_:for:_:)``).
    private func knownAct(of mention: Mention, in side: AlignedPair.Side) -> Act {
        side.memo(mention, for: Act.self) {
            let act = act(of: mention, in: side)
            let agent = Self.actsAsAgent(mention, in: side)
            return Act(act: act, agent: agent, did: Set(act.terms.filter { $0.follows || agent }.map(\.term)))
        }
    }

    /// The lowercase content words near a person's name, as terms with
    /// light stemming ("dissented" meets "dissent", "spot-kick" meets "kick").
    private func act(of mention: Mention, in side: AlignedPair.Side) -> (terms: [ActTerm], all: Set<String>) {
        let words = side.words
        guard let start = words.firstIndex(where: { $0.range.upperBound > mention.range.lowerBound }) else { return ([], []) }
        let end = words.lastIndex(where: { $0.range.lowerBound < mention.range.upperBound }) ?? start
        var terms: [ActTerm] = []
        var seen: Set<String> = []
        let text = side.bytes
        func take(_ k: Int, follows: Bool) -> Bool {
            let word = words[k]
            guard !word.isCapitalised, !word.isNumeric, !Stopwords.english.contains(word.lower),
                !MentionPairing.sayingVerbs.contains(word.lower), !MentionPairing.occurrenceWords.contains(word.lower)
            else { return false }
            for term in Self.terms(word.lower) where seen.insert(term).inserted {
                terms.append(ActTerm(term: term, text: String(decoding: text[word.range], as: UTF8.self), follows: follows))
            }
            return true
        }
        var taken = 0
        for k in (end + 1)..<max(end + 1, words.count) where taken < Self.after {
            if take(k, follows: true) { taken += 1 }
        }
        taken = 0
        for k in stride(from: start - 1, through: 0, by: -1) where taken < Self.before {
            if take(k, follows: false) { taken += 1 }
        }
        return (terms, seen)
    }

    /// The word's term and, for a compound, its head ("spot-kick": "kick").
    static func terms(_ word: String) -> [String] {
        var result = [stem(word)]
        // The hyphen found by bytes: `lastIndex(of:)` on the String walked
        // it by Characters, a fifth of the rule's time.
        if let hyphen = word.utf8.lastIndex(of: UInt8(ascii: "-")) {
            let head = String(word[word.utf8.index(after: hyphen)...])
            if head.count > 2 { result.append(stem(head)) }
        }
        return result
    }

    static func stem(_ word: String) -> String {
        var w = Word.normalise(word)
        // ASCII words, nearly all, by bytes: the same test, without counting
        // characters.
        if w.utf8.allSatisfy({ $0 < 0x80 }) {
            let word = w
            return w.withUTF8 { bytes in
                // "ed" then "ing" off the end, each while more than three
                // bytes would be left, counted in place.
                var n = bytes.count
                if n > 5, bytes.hasSuffix(("ed" as StaticString).bytes, endingAt: n) { n -= 2 }
                if n > 6, bytes.hasSuffix(("ing" as StaticString).bytes, endingAt: n) { n -= 3 }
                return n == bytes.count ? word : String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<n]), as: UTF8.self)
            }
        }
        for suffix in ["ed", "ing"] where w.count > suffix.count + 3 && w.hasSuffix(suffix) {
            w = String(w.dropLast(suffix.count))
        }
        return w
    }
}
