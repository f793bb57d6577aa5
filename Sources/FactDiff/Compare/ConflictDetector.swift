/// Runs every registered rule over every aligned pair of sentences, and over
/// the aligner's near misses: two outlets' wordings of one fact often share
/// too few words to align on wording alone ("The final cost stands at
/// £19.8bn" and "It cost £18.9 billion"), and the number or date they both
/// carry is what ties them. Rules see whether a pair was aligned
/// (``AlignedPair/aligned``) and ask more of the mentions of a near miss.
/// Sentences that give the one figure of its kind in each article
/// (``FigureAnchors``) are compared too, as near misses marked
/// ``AlignedPair/sameFigure``, and so are the sentences right after two
/// aligned ones (``FollowingSentences``). A disputed date the article
/// restates elsewhere joins the conflict as a further claim
/// (``Restatements``). A headline in Title Case is not compared
/// (``TitleCase``).
public struct ConflictDetector: Sendable {
    public var rules: [any ConflictRule]

    public init(rules: [any ConflictRule] = ConflictRules.all) {
        self.rules = rules
    }

    /// Conflicts in a stable order: by the first claim's article and
    /// sentence, then evidence position, kind and fingerprint. The same
    /// disagreement found twice is reported once; with three or more
    /// sources, the conflicts of one outlier with sources that agree are one
    /// conflict (``OutlierMerge``).
    public func conflicts(
        articles: [Article], sentences: [[Sentence]], mentions: [[[Mention]]], alignments: [Alignment],
        nearMisses: [Alignment] = [], words: [[[Word]]]? = nil, parallel: Bool = false
    ) -> [Conflict] {
        // By article, then sentence (``Word/split(_:)``): the pipeline
        // passes the words the extract stage split.
        let words = words ?? sentences.map { $0.map { Word.split($0.text) } }
        let anchored = FigureAnchors.pairs(words: words, mentions: mentions).map {
            (Alignment(score: 0, sentences: [$0.0, $0.1]), Tie.figure)
        }
        let following = FollowingSentences.pairs(alignments, sentences: sentences).map {
            (Alignment(score: 0, sentences: [$0.0, $0.1]), Tie.following)
        }
        let pairs = alignments.map { ($0, Tie.aligned) } + nearMisses.map { ($0, Tie.nearMiss) } + anchored + following
        let names = words.map(parallel: parallel, Self.names)
        let titleCase = words.map(parallel: parallel) { $0.map(TitleCase.isTitleCase) }
        // Each sentence's side, made once and shared by all its pairs.
        let sides = sentences.indices.map { a in
            sentences[a].indices.map { s in
                side(SentenceRef(article: a, sentence: s), articles, sentences, mentions, names, words)
            }
        }
        var sentencePairs: [AlignedPair] = []
        for (alignment, tie) in pairs {
            let refs = alignment.sentences
            for (i, x) in refs.enumerated() {
                for y in refs[(i + 1)...] where x.article != y.article {
                    if titleCase[x.article][x.sentence] || titleCase[y.article][y.sentence] { continue }
                    sentencePairs.append(
                        AlignedPair(
                            first: sides[x.article][x.sentence], second: sides[y.article][y.sentence],
                            score: alignment.score, aligned: tie == .aligned, sameFigure: tie == .figure,
                            followsAlignment: tie == .following))
                }
            }
        }
        let rules = self.rules
        // A loop over the rules in place: `flatMap` copied each rule out of
        // its existential box and grew its result for every empty answer,
        // and most answers, for most pairs, are empty.
        let check: @Sendable (AlignedPair) -> [Conflict] = { pair in
            var found: [Conflict] = []
            for k in rules.indices {
                let conflicts = rules[k].conflicts(in: pair)
                if !conflicts.isEmpty { found += conflicts }
            }
            return found
        }
        let found = sentencePairs.map(parallel: parallel, check)
        // The same disagreement found in two pairs is reported once, the
        // first time, in pair order.
        var seen: Set<String> = []
        var result: [Conflict] = []
        for conflict in found.joined() where seen.insert(conflict.fingerprint).inserted {
            result.append(conflict)
        }
        let figures = mentions.map(Self.figures)
        result.removeAll { Self.eitherGivesBoth($0, figures: figures, mentions: mentions) }
        let merged = OutlierMerge.merge(ordered(result), articles: articles, sentences: sentences)
        return ordered(Restatements.add(to: merged, sentences: sentences, mentions: mentions, words: words))
    }

    /// Every number and date an article gives.
    private static func figures(_ article: [[Mention]]) -> [any MentionValue] {
        article.joined().filter { $0.kind == .number || $0.kind == .date }.map(\.value)
    }

    /// One article also gives, elsewhere, a figure that agrees with the
    /// other's: it knows that value and tells it apart from its own, so the
    /// two sentences speak of two quantities or days ("$5 trillion of new
    /// spending" and "$6 trillion in all"), not one fact told two ways. On
    /// the corpus this removed 92 of 194 number and date conflicts; of a
    /// sample of 33 conflicts judged one by one, the 3 real or arguable ones
    /// stayed.
    static func eitherGivesBoth(_ conflict: Conflict, figures: [[any MentionValue]], mentions: [[[Mention]]]) -> Bool {
        guard conflict.kind == .number || conflict.kind == .date, conflict.claims.count == 2 else { return false }
        func value(_ claim: Claim) -> (any MentionValue)? {
            mentions[claim.sentence.article][claim.sentence.sentence].first { $0.range == claim.evidence }?.value
        }
        let (x, y) = (conflict.claims[0], conflict.claims[1])
        guard let u = value(x), let v = value(y) else { return false }
        return figures[x.sentence.article].contains { matches($0, v) } || figures[y.sentence.article].contains { matches($0, u) }
    }

    /// The same value, or the same amount written to another precision
    /// ("$13.6 million", "$13,625,777"); not through a hedge, whose range
    /// covers neighbouring values, and not an age, which is someone's.
    private static func matches(_ given: any MentionValue, _ claimed: any MentionValue) -> Bool {
        if given.description == claimed.description { return true }
        guard let a = given.downcast(to: NumberMention.self), let b = claimed.downcast(to: NumberMention.self), a.hedge == nil, b.hedge == nil,
            a.dimension != .age, a.dimension != .count
        else { return false }
        return a.isSame(as: b)
    }

    /// What put two sentences side by side.
    private enum Tie { case aligned, nearMiss, figure, following }

    private func ordered(_ result: [Conflict]) -> [Conflict] {
        result.sorted { a, b in
            let ka = (a.claims[0].sentence, a.claims[0].evidence.lowerBound)
            let kb = (b.claims[0].sentence, b.claims[0].evidence.lowerBound)
            if ka != kb { return ka < kb }
            return (a.kind, a.fingerprint) < (b.kind, b.fingerprint)
        }
    }

    private func side(
        _ ref: SentenceRef, _ articles: [Article], _ sentences: [[Sentence]], _ mentions: [[[Mention]]],
        _ names: [Set<String>], _ words: [[[Word]]]
    ) -> AlignedPair.Side {
        let sentence = sentences[ref.article][ref.sentence]
        return AlignedPair.Side(
            article: articles[ref.article], sentence: sentence,
            mentions: mentions[ref.article][ref.sentence], words: words[ref.article][ref.sentence],
            articleNames: names[ref.article])
    }

    /// The capitalised words of an article's sentences, from the words
    /// already split: splitting every paragraph again took 3% of a corpus
    /// check.
    private static func names(_ article: [[Word]]) -> Set<String> {
        var result: Set<String> = []
        // Sized for the words at the start: growing it rehashed every name
        // already in it, each time.
        result.reserveCapacity(article.reduce(0) { $0 + $1.count } / 4)
        for sentence in article {
            for word in sentence where word.isCapitalised {
                let bare = word.lower.hasASCIISuffix("'s") ? String(word.lower.dropLast(2)) : word.lower
                result.insert(bare)
                if bare.utf8.contains(UInt8(ascii: "-")) { result.formUnion(bare.split(separator: "-").map(String.init)) }
            }
        }
        return result
    }
}
