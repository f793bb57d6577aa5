import Snowball

/// Which mention of one sentence speaks of the same event as which mention
/// of the other.
///
/// Aligned sentences often hold several dates or numbers, and even one each
/// may belong to different events: "the probe crashed on Saturday" against
/// "Moscow announced on Sunday that the probe had crashed". Each mention is
/// tied to its event word, the nearest content word before it that is not a
/// name (after it, when the mention opens the clause): "crashed", "announced".
/// A possessive mention looks right instead ("Thursday's vote"). Two mentions
/// are compared when the event word of one of them occurs in the other
/// sentence (or is a light verb such as "held" that only carries the date),
/// unless either event word is a verb of saying: a date next to "said" or
/// "announced" dates a statement, and outlets quote different statements on
/// different days without disagreeing about the fact.
/// The words around the two mentions must also overlap, or the sentences
/// share a topic but the dates belong to different clauses of it.
/// Among several candidates the ones sharing more context pair first.
/// A near miss (two sentences that did not align) must share more: two
/// words of context, and at least one name when both mentions stand near
/// names (``names(near:words:)``).
/// With `lonePairAligns`, an aligned pair holding one mention each needs no
/// shared context: the alignment already says both report one fact, and a
/// clock time often sits in a short clause of its own ("The two met at
/// 8.18am" against "The collision came at 8.08am").
enum MentionPairing {
    /// Words either side of a mention that describe its event.
    static let window = 10

    static func pairs(
        _ first: [Mention], in a: AlignedPair.Side, _ second: [Mention], in b: AlignedPair.Side,
        aligned: Bool, lonePairAligns: Bool = false
    ) -> [(Mention, Mention)] {
        let lone = lonePairAligns && first.count == 1 && second.count == 1
        let termsA = a.contentTerms
        let termsB = b.contentTerms
        let profiles = (first.map(a.pairingProfile), second.map(b.pairingProfile))
        var scored: [(score: Int, i: Int, j: Int)] = []
        for (i, m) in first.enumerated() {
            guard let headM = profiles.0[i].head else { continue }
            for (j, n) in second.enumerated() {
                guard let headN = profiles.1[j].head else { continue }
                let forward = !profiles.0[i].weak && (termsB.all.contains(headM) || lightVerbs.contains(headM))
                let backward = !profiles.1[j].weak && (termsA.all.contains(headN) || lightVerbs.contains(headN))
                let datesAStatement = sayingVerbs.contains(headM) || sayingVerbs.contains(headN)
                let shared = sharedCount(profiles.0[i].context, profiles.1[j].context)
                // Two mentions that agree are most likely the same event:
                // pairing them first, even beside a verb of saying, keeps an
                // agreeing date from being compared with another date of the
                // sentence.
                let agree = m.value.isSame(as: n.value)
                let anchored = (forward || backward) && (shared > (aligned ? 0 : 1) || (aligned && lone))
                let actors = (profiles.0[i].actors, profiles.1[j].actors)
                let sameActors = aligned || actors.0.isEmpty || actors.1.isEmpty || !actors.0.isDisjoint(with: actors.1)
                guard anchored, sameActors, agree || !datesAStatement, profiles.0[i].occurrence == profiles.1[j].occurrence else {
                    continue
                }
                if headM == headN, let i0 = profiles.0[i].headAt, let j0 = profiles.1[j].headAt,
                    differentActs(on: i0, a.words, j0, b.words)
                {
                    continue
                }
                scored.append(((agree ? 100 : 0) + shared + (headM == headN ? 2 : 0), i, j))
            }
        }
        return bestFirst(scored).map { (first[$0.i], second[$0.j]) }
    }

    /// What pairing reads of one mention in its sentence, whatever the
    /// other sentence: worked out once per mention
    /// (``AlignedPair/Side/pairingProfile(of:)``), since a sentence with a
    /// date is in many pairs, near misses most of them.
    struct Profile: Sendable {
        /// The event word's index in the words, and its term.
        let headAt: Int?
        let head: String?
        /// ``occurrence(before:words:)`` of the event word.
        let occurrence: String?
        /// ``isAcrossComma(_:_:in:)``.
        let weak: Bool
        /// ``context(of:words:terms:)`` and ``names(near:words:)``.
        let context: Set<String>
        let actors: Set<String>

        init(_ mention: Mention, in side: AlignedPair.Side) {
            let words = side.words
            headAt = eventWordIndex(of: mention, words: words)
            head = headAt.flatMap { eventTerm(words[$0]) }
            occurrence = headAt.flatMap { MentionPairing.occurrence(before: $0, words: words) }
            weak = isAcrossComma(mention, headAt, in: side)
            context = MentionPairing.context(of: mention, words: words, terms: side.contentTerms.byWord)
            actors = names(near: mention, words: words)
        }
    }

    /// How many terms two sets share, counted without building their
    /// intersection: every candidate pair of mentions asks.
    static func sharedCount(_ x: Set<String>, _ y: Set<String>) -> Int {
        let (small, large) = x.count <= y.count ? (x, y) : (y, x)
        var count = 0
        for term in small where large.contains(term) { count += 1 }
        return count
    }

    /// One partner each, best score first (ties in text order), so the
    /// same candidates always pair the same way.
    static func bestFirst(_ scored: [(score: Int, i: Int, j: Int)]) -> [(i: Int, j: Int)] {
        var usedA: Set<Int> = []
        var usedB: Set<Int> = []
        var result: [(i: Int, j: Int)] = []
        for s in scored.sorted(by: { ($0.score, -$0.i, -$0.j) > ($1.score, -$1.i, -$1.j) })
        where !usedA.contains(s.i) && !usedB.contains(s.j) {
            usedA.insert(s.i)
            usedB.insert(s.j)
            result.append((s.i, s.j))
        }
        return result
    }

    /// The content word that says what happened at the mention.
    static func eventWord(of mention: Mention, words: [Word]) -> String? {
        eventWordIndex(of: mention, words: words).flatMap { eventTerm(words[$0]) }
    }

    static func eventWordIndex(of mention: Mention, words: [Word]) -> Int? {
        guard let (start, end) = wordSpan(of: mention, in: words) else { return nil }
        let before = stride(from: start - 1, through: 0, by: -1).lazy.first { eventTerm(words[$0]) != nil }
        let after = ((end + 1)..<max(end + 1, words.count)).lazy.first { eventTerm(words[$0]) != nil }
        let possessive = words[end].lower.hasASCIISuffix("'s")
        return possessive ? (after ?? before) : (before ?? after)
    }

    /// "Earlier Thursday, the state legislature passed": a date that opens
    /// its clause before a comma is tied to the first content word after
    /// the comma, which is more often the subject's modifier ("state") than
    /// what happened ("passed"). Such a word does not anchor a pair on its
    /// own: the other mention's event word must.
    static func isAcrossComma(_ mention: Mention, _ head: Int?, in side: AlignedPair.Side) -> Bool {
        guard let head, side.words[head].range.lowerBound >= mention.range.upperBound else { return false }
        let text = side.sentence.text.utf8
        let between = text.index(text.startIndex, offsetBy: mention.range.upperBound)..<text.index(text.startIndex, offsetBy: side.words[head].range.lowerBound)
        return text[between].contains(UInt8(ascii: ","))
    }

    /// "joined the Patrick administration in 2009" against "left the
    /// Patrick administration last year": one event word, the thing acted
    /// on, but two different acts done to it, each in the past tense just
    /// before it, neither a form or WordNet relative of the other.
    static func differentActs(on headA: Int, _ a: [Word], _ headB: Int, _ b: [Word]) -> Bool {
        guard let x = pastVerb(before: headA, a), let y = pastVerb(before: headB, b), let stemmer = Stemmer() else {
            return false
        }
        let (u, v) = (IrregularVerbs.lemma(x, stemmer), IrregularVerbs.lemma(y, stemmer))
        guard u != v else { return false }
        return Set(Lexicon.english.groups(of: u)).isDisjoint(with: Lexicon.english.groups(of: v))
    }

    /// A lowercase past-tense verb at most three words before `head`.
    static func pastVerb(before head: Int, _ words: [Word]) -> String? {
        var k = head - 1
        while k >= 0, head - k <= 3 {
            let word = words[k].lower
            if !words[k].isCapitalised, IrregularVerbs.base[word] != nil || (word.utf8.count > 4 && word.hasASCIISuffix("ed")) {
                return word
            }
            k -= 1
        }
        return nil
    }

    /// "first awarded in 1901", "last met in May": a word that picks one
    /// occurrence of a repeated event. Two mentions whose events are picked
    /// differently (one first, the other not) date different occurrences.
    static func occurrence(before head: Int, words: [Word]) -> String? {
        var k = head - 1
        while k >= 0, head - k <= 3 {
            let word = words[k].lower
            if occurrenceWords.contains(word) { return word }
            guard auxiliaries.contains(word) else { return nil }
            k -= 1
        }
        return nil
    }

    static let occurrenceWords: WordSet = [
        "first", "last", "previous", "original", "originally", "initially", "previously", "again",
    ]
    private static let auxiliaries: WordSet = [
        "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "it", "they", "he", "she",
    ]

    static func eventTerm(_ word: Word) -> String? {
        guard !word.isCapitalised, !word.isNumeric else { return nil }
        // Checked before stopwords, which include "said" and "told".
        if sayingVerbs.contains(word.lower) { return word.lower }
        let term = Word.normalise(word.lower)
        guard !Stopwords.english.contains(term), !vague.contains(term) else { return nil }
        return term
    }

    /// Words of time and order that sit next to dates without naming what
    /// happened ("for the first time on Saturday").
    static let vague: WordSet = [
        "first", "second", "third", "last", "next", "time", "times", "day", "week", "month", "year",
        "early", "late", "earlier", "later", "morning", "afternoon", "evening", "night", "ago",
        "previous", "following", "local", "around", "just", "shortly", "until", "since",
    ]

    /// Verbs that place an event in time without saying what it is.
    static let lightVerbs: WordSet = [
        "held", "hold", "take", "took", "taken", "place", "happened", "happen", "occurred", "occur",
        "came", "come", "due", "scheduled", "set", "expected", "planned", "began", "begin", "started",
        "start", "made", "go", "went", "gone",
    ]

    /// Verbs of saying: a date next to one dates the saying, not the event.
    static let sayingVerbs: WordSet = [
        "announced", "announce", "said", "say", "told", "tell", "reported", "report", "confirmed",
        "confirm", "revealed", "reveal", "stated", "declared", "disclosed", "tweeted", "wrote",
        "posted", "claimed", "added", "insisted", "warned", "admitted", "denied", "acknowledged",
        "published", "released", "briefed", "testified",
    ]

    /// A word's normalised term, unless it is a number or a stopword.
    static func contentTerm(_ word: Word) -> String? {
        guard !word.isNumeric else { return nil }
        let term = Word.normalise(word.lower)
        return Stopwords.english.contains(term) ? nil : term
    }

    /// Content words within ``window`` words of the mention.
    /// `terms` are the words' ``contentTerm(_:)``, as
    /// ``AlignedPair/Side/contentTerms`` keeps them.
    static func context(of mention: Mention, words: [Word], terms: [String?]) -> Set<String> {
        guard let (start, end) = wordSpan(of: mention, in: words) else { return [] }
        let range = max(0, start - window)..<min(words.count, end + window + 1)
        var result = Set<String>(minimumCapacity: range.count)
        for k in range where k < start || k > end {
            if let term = terms[k] { result.insert(term) }
        }
        return result
    }

    /// The names within ``window`` words of a mention: who acted. Two
    /// mentions near names that have nothing in common are about different
    /// people or bodies ("Ms Tlaib stood by her comments on Friday" against
    /// "Ms Ocasio-Cortez took a stand on Saturday"), however alike the rest.
    /// A name is a capitalised word that does not open the sentence and is
    /// not a title, a stopword, a weekday or a month.
    static func names(near mention: Mention, words: [Word]) -> Set<String> {
        guard let (start, end) = wordSpan(of: mention, in: words) else { return [] }
        let range = max(1, start - window)..<min(words.count, end + window + 1)
        var result = Set<String>(minimumCapacity: range.count)
        for k in range where k < start || k > end {
            let word = words[k]
            guard word.isCapitalised, !word.isNumeric else { continue }
            let bare = word.lower.hasASCIISuffix("'s") ? String(word.lower.dropLast(2)) : word.lower
            guard !Stopwords.english.contains(bare), !titles.contains(bare), DateWords.weekdays[bare] == nil,
                DateWords.months[bare] == nil
            else { continue }
            result.insert(bare)
        }
        return result
    }

    /// Words written with a capital that say what someone is, not who.
    static let titles: WordSet = [
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "rep", "sen", "gov", "president",
        "prime", "minister", "secretary", "judge", "justice", "chief", "general", "gen", "officer", "inspector",
        "detective", "superintendent", "sergeant", "captain", "king", "queen", "prince", "princess", "pope",
        "chancellor", "senator", "representative", "governor", "mayor", "commissioner", "director", "leader",
    ]

    /// The first and last word the mention covers.
    private static func wordSpan(of mention: Mention, in words: [Word]) -> (Int, Int)? {
        guard let start = words.firstIndex(where: { $0.range.upperBound > mention.range.lowerBound }) else {
            return nil
        }
        let end = words.lastIndex(where: { $0.range.lowerBound < mention.range.upperBound }) ?? start
        return (start, max(start, end))
    }
}
