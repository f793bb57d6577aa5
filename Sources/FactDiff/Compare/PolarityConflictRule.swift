import Snowball

extension ConflictKind {
    public static let polarity = ConflictKind(rawValue: "polarity")
}

/// Two sentences that state one fact with opposite truth: one negates a
/// predicate the other affirms ("Chauvin declined to testify" against "Mr
/// Chauvin, who testified briefly"; "police did not send officers" against
/// "Officers were sent"), or they use opposite predicates ("stocks closed
/// lower" against "Stocks rose").
///
/// The predicates match by Snowball stem, or through WordNet for irregular
/// forms ("send"/"sent"); opposites come from ``PolarityWords/poles``.
/// Opposed words alone are common in news about different facts, so the rule
/// asks for the same fact:
/// - the same modality and tense ("could rise" is not "rose"; "had rallied"
///   is an earlier time than "fell"), and, for "pleaded not guilty", the
///   same verb before the negated word;
/// - shared content words around the two predicates, and no two different
///   sets of names right next to them (different people or bodies);
/// - the same object when both predicates have one ("endorsed Clinton" is
///   no answer to "rejected the overture"), except for rises and falls;
/// - no hedge: a negation after "if", "whether" or a verb of belief or claim
///   ("believe that he was not born") is someone's view, and a verb after
///   "to" or a determiner ("his refusal to step down", "the expected
///   testimony") is not stated to have happened;
/// - for opposite predicates, the same subject ("stocks"), or each side's
///   subject around the other's predicate (a passive: "the deal was
///   approved by regulators" / "regulators rejected the deal");
/// - compatible times: two sentences that each date their predicate, by a
///   date or by an event ("after the announcement", "ahead of the
///   presentation"), must date it alike; one dated by a day and the other by
///   an event cannot be matched and are left apart. An undated predicate is
///   taken to be the story's main event.
/// A near miss (sentences that did not align) must share the subject, and
/// its conflict is a warning. One conflict is
/// reported per sentence pair: the best matched predicates.
public struct PolarityConflictRule: ConflictRule {
    public let kind = ConflictKind.polarity

    public init() {}

    struct Candidate {
        /// Word ranges (first word, last word) of the evidence on each side.
        var first: (head: Int, index: Int)
        var second: (head: Int, index: Int)
        var valueFirst: String
        var valueSecond: String
        var score: Int
    }

    public func conflicts(in pair: AlignedPair) -> [Conflict] {
        let first = pair.first.mentions(.polarity).compactMap { $0.value.downcast(to: PolarityMention.self) }
        let second = pair.second.mentions(.polarity).compactMap { $0.value.downcast(to: PolarityMention.self) }
        guard !first.isEmpty || !second.isEmpty else { return [] }
        var candidates: [Candidate] = []

        // Negated in one, affirmed in the other.
        var stemmer: Stemmer?
        for (negatedSide, mentions, otherSide, otherMentions, flipped) in [
            (pair.first, first, pair.second, second, false), (pair.second, second, pair.first, first, true),
        ] {
            for m in mentions where m.negated {
                if stemmer == nil { stemmer = Stemmer() }
                for k in affirmations(of: m, in: otherSide, mentions: otherMentions, stemmer: stemmer) {
                    let otherHead = Self.auxiliaryStart(k, otherSide.words)
                    guard let score = sameFact(
                        (negatedSide, m.head, m.index), (otherSide, otherHead, k), pair: pair, opposite: false)
                    else { continue }
                    let negatedValue = m.description
                    let affirmedValue = (m.modal.map { $0 + ":" } ?? "") + otherSide.words[k].lower
                    let c = Candidate(
                        first: (m.head, m.index), second: (k, k), valueFirst: negatedValue, valueSecond: affirmedValue, score: score)
                    candidates.append(
                        flipped
                            ? Candidate(first: c.second, second: c.first, valueFirst: c.valueSecond, valueSecond: c.valueFirst, score: score)
                            : c)
                }
            }
        }

        // Opposite predicates.
        for m in first where !m.negated {
            for n in second where !n.negated && m.modal == n.modal && m.pluperfect == n.pluperfect {
                guard let pole = m.poles.first(where: { p in n.poles.contains { $0.opposition == p.opposition && $0.positive != p.positive } }),
                    let score = sameFact(
                        (pair.first, m.head, m.index), (pair.second, n.head, n.index), pair: pair, opposite: true,
                        transitive: pole.opposition != "direction")
                else { continue }
                let other = PolarityMention.Pole(opposition: pole.opposition, positive: !pole.positive)
                candidates.append(
                    Candidate(first: (m.head, m.index), second: (n.head, n.index), valueFirst: pole.name, valueSecond: other.name, score: score))
            }
        }

        guard let best = candidates.max(by: { $0.score < $1.score }) else { return [] }
        return [conflict(best, pair)]
    }

    /// Word indices in `side` where the negated predicate of `m` is stated
    /// plainly: the same stem (or an irregular form WordNet relates), not
    /// negated there, not quoted, under the same modality and tense, after
    /// the same verb when the negation had one.
    private func affirmations(of m: PolarityMention, in side: AlignedPair.Side, mentions: [PolarityMention], stemmer: Stemmer?)
        -> [Int]
    {
        // Through the run's stem cache; without a stemmer, the word itself.
        func stemOf(_ word: String) -> String { stemmer.map { StemCache.english.stem(of: word, stemmer: $0) } ?? word }
        let stem = stemOf(m.predicate)
        let groups = Lexicon.english.groups(of: stem)
        let negatedThere = Set(mentions.filter(\.negated).map(\.index))
        let quotes = QuoteExtractor.spans(in: side.sentence.text)
        let governorStem = m.governor.map(stemOf)
        var result: [Int] = []
        let initial = stem.utf8.first
        for (k, word) in side.words.enumerated() {
            // A Snowball stem begins as its word does (only a leading
            // apostrophe is dropped), and both tests below want the stem's
            // first letter: a word that starts otherwise is not stemmed.
            // Only ASCII letters are told apart by their byte; a letter
            // beyond ASCII may be written in two ways Unicode calls equal.
            if let first = word.lower.utf8.first, let initial, first < 0x80, initial < 0x80,
                first != UInt8(ascii: "'"), first != initial
            {
                continue
            }
            guard !word.isNumeric, !word.isCapitalised, !negatedThere.contains(k),
                !Stopwords.english.contains(word.lower), !quotes.contains(where: { $0.contains(word.range.lowerBound) })
            else { continue }
            let s = stemOf(word.lower)
            let irregular = s != stem && !groups.isEmpty && !Self.derivedEndings.contains { word.lower.hasSuffix($0) }
                && !Set(groups).isDisjoint(with: Lexicon.english.groups(of: s))
                && s.first == stem.first
            guard s == stem || irregular else { continue }
            // A verb, not a noun of the same stem ("military funds"): a past
            // form, or after an auxiliary.
            let afterAuxiliary = k > 0 && PolarityWords.auxiliaries.contains(side.words[k - 1].lower)
            guard irregular || word.lower.hasASCIISuffix("ed") || afterAuxiliary else { continue }
            if let governorStem {
                guard k > 0, (max(0, k - 2)..<k).contains(where: { stemmer != nil && stemOf(side.words[$0].lower) == governorStem }) else { continue }
            }
            let head = Self.auxiliaryStart(k, side.words)
            if PolarityExtractor.hedged(before: head, words: side.words) { continue }
            // Not an assertion: "his refusal to step down", "the decision to
            // declare", "the expected testimony"; or negated after all:
            // "provided no details", "didn't recognize" in a sentence the
            // extractor skipped.
            if k > 0, Self.nonAssertive.contains(side.words[k - 1].lower) { continue }
            if (max(0, k - 8)..<k).contains(where: { PolarityWords.negators.contains(side.words[$0].lower) || side.words[$0].lower.hasASCIISuffix("n't") }) {
                continue
            }
            if k + 1 < side.words.count, ["no", "nothing", "none"].contains(side.words[k + 1].lower) { continue }
            guard PolarityExtractor.modality(before: k, words: side.words) == m.modal,
                PolarityExtractor.pluperfect(before: head, words: side.words) == m.pluperfect
            else { continue }
            result.append(k)
        }
        return result
    }

    /// Words before a verb form that make it an infinitive or a noun.
    private static let nonAssertive: WordSet = [
        "to", "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
        "expected", "planned", "proposed", "possible", "potential", "any", "no",
    ]

    /// Nominal forms WordNet relates to a verb ("testimony", "sender"): not
    /// a statement that the act happened.
    private static let derivedEndings = ["ion", "ment", "ance", "ence", "er", "or", "ing", "ity", "ness", "al"]

    /// "were sent": the first auxiliary before a verb.
    static func auxiliaryStart(_ k: Int, _ words: [Word]) -> Int {
        var head = k
        while head > 0, k - head < 3, PolarityWords.auxiliaries.contains(words[head - 1].lower) { head -= 1 }
        return head
    }

    typealias Site = (side: AlignedPair.Side, head: Int, index: Int)

    /// nil when the two predicates may be different facts; otherwise how
    /// well they match (higher is better).
    private func sameFact(_ a: Site, _ b: Site, pair: AlignedPair, opposite: Bool, transitive: Bool = true) -> Int? {
        let termsA = Self.contextTerms(a)
        let termsB = Self.contextTerms(b)
        let shared = termsA.intersection(termsB).count
        guard shared >= 1 else { return nil }
        let namesA = Self.names(a)
        let namesB = Self.names(b)
        if !namesA.isEmpty, !namesB.isEmpty, namesA.isDisjoint(with: namesB) { return nil }
        let subjectA = Self.subject(a)
        let subjectB = Self.subject(b)
        var sameSubject = subjectA != nil && subjectA?.term == subjectB?.term
        // "Gold prices" are not "oil prices".
        if sameSubject, let subjectA, let subjectB, let modifierA = Self.modifier(a.side.words, subjectA.word),
            let modifierB = Self.modifier(b.side.words, subjectB.word), modifierA != modifierB
        {
            sameSubject = false
        }
        let crossed = subjectA?.term != subjectB?.term && subjectA.map { termsB.contains($0.term) } == true
            && subjectB.map { termsA.contains($0.term) } == true
        if !pair.aligned {
            guard sameSubject else { return nil }
        } else if opposite {
            guard sameSubject || crossed else { return nil }
        } else {
            // A negation and an affirmation: the same subject, or one side's
            // subject is the other's object ("police did not send officers" /
            // "Officers were sent").
            let oneWay = subjectA.map { termsB.contains($0.term) } == true || subjectB.map { termsA.contains($0.term) } == true
            guard sameSubject || oneWay else { return nil }
        }
        // What the predicates act on, when both name something: "running
        // against Mr Grassley" is not "running to succeed Harkin". A rise or
        // fall acts on nothing.
        if transitive, let objectA = Self.object(a), let objectB = Self.object(b), objectA != objectB,
            !termsB.contains(objectA), !termsA.contains(objectB)
        {
            return nil
        }
        guard Self.sameTime(a, b, pair: pair) else { return nil }
        return shared + (sameSubject ? 10 : 0)
    }

    /// Content words within six words of the predicate, outside its
    /// evidence: what the fact is about.
    static func contextTerms(_ site: Site) -> Set<String> {
        let words = site.side.words
        var result: Set<String> = []
        for k in max(0, site.head - 6)..<min(words.count, site.index + 7) where k < site.head || k > site.index {
            let word = words[k]
            guard !word.isNumeric else { continue }
            let term = QuoteWords.normalise(Word.normalise(TermTable.dropPossessive(word.lower)))
            guard !Stopwords.english.contains(term), !MentionPairing.vague.contains(term), PolarityWords.poles[word.lower] == nil,
                !PolarityWords.negators.contains(term)
            else { continue }
            result.insert(term)
        }
        return result
    }

    /// The first content word after the predicate, past function words and
    /// adverbs: "officers" of "did not send officers".
    static func object(_ site: Site) -> String? {
        let words = site.side.words
        var k = site.index + 1
        while k < words.count, k - site.index <= 4 {
            let lower = words[k].lower
            let term = QuoteWords.normalise(Word.normalise(TermTable.dropPossessive(lower)))
            k += 1
            if words[k - 1].isNumeric || Stopwords.english.contains(term) || lower.hasASCIISuffix("ly") || MentionPairing.vague.contains(term) {
                continue
            }
            return term
        }
        return nil
    }

    /// Names just before the predicate and just after it (capitalised words
    /// not opening the sentence, not titles, weekdays or months): whose act
    /// it is ("Apple shares rose", "testified for Mr Chauvin").
    static func names(_ site: Site) -> Set<String> {
        let words = site.side.words
        var result: Set<String> = []
        for k in max(1, site.head - 3)..<min(words.count, site.index + 4) where k < site.head || k > site.index {
            let word = words[k]
            guard word.isCapitalised, !word.isNumeric else { continue }
            let bare = TermTable.dropPossessive(word.lower)
            guard !Stopwords.english.contains(bare), !MentionPairing.titles.contains(bare), DateWords.weekdays[bare] == nil,
                DateWords.months[bare] == nil
            else { continue }
            result.insert(bare)
        }
        return result
    }

    /// The nearest content word before the predicate's first word, past
    /// auxiliaries, adverbs and relative pronouns: "Stocks" of "Stocks
    /// rose", "Chauvin" of "Mr Chauvin, who testified".
    static func subject(_ site: Site) -> (term: String, word: Int)? {
        let words = site.side.words
        var k = site.head - 1
        while k >= 0, site.head - k <= 4 {
            let lower = words[k].lower
            if words[k].isNumeric || PolarityWords.auxiliaries.contains(lower) || PolarityWords.skippable.contains(lower)
                || ["who", "which", "that", "later", "also", "had", "then"].contains(lower) || lower.hasASCIISuffix("ly")
            {
                k -= 1
                continue
            }
            let term = QuoteWords.normalise(Word.normalise(TermTable.dropPossessive(lower)))
            guard !Stopwords.english.contains(term) else { return nil }
            return (term, k)
        }
        return nil
    }

    /// The content word just before a subject noun: "gold" of "gold prices".
    static func modifier(_ words: [Word], _ k: Int) -> String? {
        guard k > 0, !words[k - 1].isNumeric else { return nil }
        let term = QuoteWords.normalise(Word.normalise(TermTable.dropPossessive(words[k - 1].lower)))
        return Stopwords.english.contains(term) ? nil : term
    }

    /// Two predicates dated alike, or at least one undated. Dates are the
    /// sentence's date mentions; events are the content words after "after",
    /// "before", "ahead of", "following", "since", "until", "during" near the
    /// predicate; occurrence words ("initially", "later") count as times too.
    private static func sameTime(_ a: Site, _ b: Site, pair: AlignedPair) -> Bool {
        let datesA = (pair.first.sentence.ref == a.side.sentence.ref ? pair.first : pair.second).mentions(.date)
        let datesB = (pair.first.sentence.ref == b.side.sentence.ref ? pair.first : pair.second).mentions(.date)
        let dA = datesA.compactMap { $0.value.downcast(to: DateMention.self) }
        let dB = datesB.compactMap { $0.value.downcast(to: DateMention.self) }
        let eventsA = events(a)
        let eventsB = events(b)
        let timedA = !dA.isEmpty || !eventsA.isEmpty
        let timedB = !dB.isEmpty || !eventsB.isEmpty
        guard timedA, timedB else { return true }
        if !dA.isEmpty, !dB.isEmpty {
            let agree = dA.contains { x in
                dB.contains { y in
                    DateConflictRule.disagreement(
                        x, y, publishedFirst: a.side.article.published, publishedSecond: b.side.article.published) == nil
                }
            }
            if !agree { return false }
        } else if dA.isEmpty != dB.isEmpty, dA.isEmpty ? !eventsA.isEmpty : !eventsB.isEmpty {
            // A day on one side, only an event on the other.
            return false
        }
        if !eventsA.isEmpty, !eventsB.isEmpty {
            return !eventsA.isDisjoint(with: eventsB)
        }
        return true
    }

    /// "after:announcement", "ahead:presentation", "occurrence:initially".
    static func events(_ site: Site) -> Set<String> {
        let words = site.side.words
        var result: Set<String> = []
        for k in max(0, site.head - 8)..<min(words.count, site.index + 9) where k < site.head || k > site.index {
            let lower = words[k].lower
            if occurrence.contains(lower), k < site.head, site.head - k <= 3 {
                result.insert("occurrence:" + lower)
                continue
            }
            guard let relation = relations[lower] else { continue }
            var j = k + 1
            var taken = 0
            while j < words.count, taken < 4, j - k <= 5 {
                let term = Word.normalise(TermTable.dropPossessive(words[j].lower))
                j += 1
                guard !Stopwords.english.contains(term), !words[j - 1].isNumeric else { continue }
                result.insert(relation + ":" + term)
                taken += 1
            }
        }
        return result
    }

    private static let relations: WordMap<String> = [
        "after": "after", "following": "after", "before": "before", "ahead": "before", "prior": "before",
        "since": "since", "until": "until", "during": "during", "amid": "during",
    ]
    private static let occurrence: WordSet = [
        "initially", "originally", "previously", "earlier", "later", "eventually", "subsequently", "first", "again",
    ]

    private func conflict(_ c: Candidate, _ pair: AlignedPair) -> Conflict {
        func claim(_ side: AlignedPair.Side, _ span: (head: Int, index: Int), _ value: String) -> Claim {
            let range = side.words[span.head].range.lowerBound..<side.words[span.index].range.upperBound
            return Claim(sentence: side.sentence.ref, evidence: range, evidenceText: Self.text(side.sentence.text, range), value: value)
        }
        let claims = [claim(pair.first, c.first, c.valueFirst), claim(pair.second, c.second, c.valueSecond)]
        func says(_ side: AlignedPair.Side, _ span: (head: Int, index: Int), _ claim: Claim) -> String {
            guard let subject = Self.subject((side, span.head, span.index)) else { return claim.evidenceText }
            let word = side.words[subject.word]
            let text = Self.text(side.sentence.text, word.range)
            return text + " " + claim.evidenceText
        }
        let message =
            "\(pair.first.article.id) says \(says(pair.first, c.first, claims[0])), \(pair.second.article.id) says \(says(pair.second, c.second, claims[1]))"
        return .between(kind, pair.aligned ? .error : .warning, message: message, in: pair, claims[0], claims[1])
    }

    private static func text(_ sentence: String, _ range: Range<Int>) -> String {
        String(decoding: Array(sentence.utf8)[range], as: UTF8.self)
    }
}
