import Snowball

extension ConflictKind {
    public static let quote = ConflictKind(rawValue: "quote")
}

/// Two outlets quoting one remark in words that differ in meaning: "We will
/// be scaling back the war games" against "We will be stopping the war
/// games".
///
/// Two quotes are the same remark when they share most of their words in
/// order (``QuoteDiff``: at least three, two of them content words, and half
/// of the shorter quote) and their speakers, when both are named, share a
/// name. Quotes of different statements share little and are not compared.
/// Among the same remark's copies, these agree: a shortened or partial quote
/// (words left out, or a different start and end), British and American
/// spelling, punctuation and case (all normalised away in ``QuoteMention``),
/// a word in another inflection or a WordNet relative ("stop"/"stopped").
/// What is left is a substitution of content words between shared words
/// ("cloud gaming" for "console gaming"), or a negation one quote lacks,
/// with three shared words in a row on either side of it; differences of
/// spelling only (hyphens, "I.R.S."/"IRS", censored words, names and
/// abbreviated titles) agree.
///
/// Near misses are compared too, more strictly (four shared words and
/// three-fifths of the shorter quote): a long verbatim run is itself strong
/// evidence of one remark, even when the sentences around it differ.
public struct QuoteConflictRule: ConflictRule {
    public let kind = ConflictKind.quote

    public init() {}

    public func conflicts(in pair: AlignedPair) -> [Conflict] {
        let first = pair.first.mentions(.quote)
        let second = pair.second.mentions(.quote)
        guard !first.isEmpty, !second.isEmpty else { return [] }
        var result: [Conflict] = []
        var stemmer: Stemmer?
        for m in first {
            guard let x = m.value.downcast(to: QuoteMention.self) else { continue }
            for n in second {
                guard let y = n.value.downcast(to: QuoteMention.self), Self.sameRemark(x, y, aligned: pair.aligned) else { continue }
                guard let diff = Self.diffOfSameRemark(x, y, aligned: pair.aligned) else { continue }
                if stemmer == nil { stemmer = Stemmer() }
                guard let gap = Self.meaningfulGaps(diff, x, y, stemmer: stemmer).first else { continue }
                result.append(conflict(gap, x, y, pair))
            }
        }
        return result
    }

    /// Speakers that can be the same person: unknown on one side, or sharing
    /// a name word.
    static func sameRemark(_ x: QuoteMention, _ y: QuoteMention, aligned: Bool) -> Bool {
        guard x.words.count >= 3, y.words.count >= 3 else { return false }
        return x.speaker.isEmpty || y.speaker.isEmpty || !Set(x.speaker).isDisjoint(with: y.speaker)
    }

    /// The diff of two quotes of one remark (``isSameRemark(shared:sharedWords:_:_:aligned:)``)
    /// sharing at least `minimum` words in order; nil for quotes of
    /// different remarks. The test runs first on the most words the two can
    /// share in order, which turns most pairs away before the diff's table
    /// is made.
    static func diffOfSameRemark(_ x: QuoteMention, _ y: QuoteMention, aligned: Bool, minimum: Int = 0) -> QuoteDiff? {
        let overlap = QuoteDiff.Overlap(x, y)
        guard overlap.mostShared >= minimum,
            isSameRemark(shared: overlap.mostShared, sharedWords: overlap.sharedWords, x, y, aligned: aligned)
        else { return nil }
        let diff = QuoteDiff(overlap)
        guard diff.shared >= minimum, isSameRemark(shared: diff.shared, sharedWords: diff.sharedWords, x, y, aligned: aligned)
        else { return nil }
        return diff
    }

    /// With `shared` words in order of the distinct `sharedWords`; true for
    /// more shared words whenever it is for fewer, so a bound on `shared`
    /// (``QuoteDiff/Overlap/mostShared``) that fails tells that the diff
    /// fails too.
    static func isSameRemark(shared: Int, sharedWords: [String], _ x: QuoteMention, _ y: QuoteMention, aligned: Bool) -> Bool {
        let shorter = min(x.words.count, y.words.count)
        if aligned {
            guard shared >= 3, shared * 2 >= shorter else { return false }
        } else {
            guard shared >= 4, shared * 5 >= shorter * 3 else { return false }
        }
        let sharedContent = sharedWords.reduce(0) { $0 + (Stopwords.english.contains($1) ? 0 : 1) }
        return sharedContent >= (aligned ? 2 : 3)
    }

    /// The gaps that change meaning: a substitution of content words not
    /// related by stem or WordNet, of at most four words a side and no
    /// number (numbers are the number rule's), or a negation on one side
    /// only. More than two such gaps means two passages that share phrases,
    /// not one remark misquoted: none is reported.
    static func meaningfulGaps(_ diff: QuoteDiff, _ x: QuoteMention, _ y: QuoteMention, stemmer: Stemmer?) -> [QuoteDiff.Gap] {
        var result: [QuoteDiff.Gap] = []
        for gap in diff.gaps {
            let a = Array(x.words[gap.first])
            let b = Array(y.words[gap.second])
            // A misquote sits inside one remark: three shared words in a row
            // either side. Two passages that share a phrase ("deserve to see
            // the full report" / "deserve to know the full truth") do not.
            guard gap.before >= 3, gap.after >= 3 else { continue }
            // Spelling only: "I.R.S." / "IRS", "F**king", names and titles
            // ("Qaddafi" / "Gadhafi", "Gen." / "General").
            if a.joined() == b.joined() || (a + b).contains("*") { continue }
            if gap.first.allSatisfy({ x.capitalised[$0] }), gap.second.allSatisfy({ y.capitalised[$0] }) { continue }
            if a.count == 1, b.count == 1, a[0].count >= 3, b[0].count >= 3, a[0].hasPrefix(b[0]) || b[0].hasPrefix(a[0]) {
                continue
            }
            if a.isEmpty || b.isEmpty {
                // A negation one quote lacks altogether (not one it repeats).
                if (a + b).contains(where: negations.contains),
                    x.words.contains(where: negations.contains) != y.words.contains(where: negations.contains)
                {
                    result.append(gap)
                }
                continue
            }
            // Another form of one verb ("saying" / "said"): tense, not
            // meaning.
            if a.count == b.count, zip(a, b).allSatisfy({ IrregularVerbs.lemma($0, stemmer) == IrregularVerbs.lemma($1, stemmer) }) { continue }
            // A typo ("blinds" / "binds"): one letter apart.
            if a.count == 1, b.count == 1, a[0].count >= 4, b[0].count >= 4, oneEditApart(a[0], b[0]) { continue }
            guard a.count <= 4, b.count <= 4, !(a + b).contains(where: { $0.first?.isNumber == true }) else { continue }
            let contentA = a.filter { !Stopwords.english.contains($0) }
            let contentB = b.filter { !Stopwords.english.contains($0) }
            if a.contains(where: negations.contains) != b.contains(where: negations.contains) {
                result.append(gap)
                continue
            }
            guard !contentA.isEmpty || !contentB.isEmpty else { continue }
            if related(contentA, contentB, stemmer: stemmer) && related(contentB, contentA, stemmer: stemmer) { continue }
            result.append(gap)
        }
        return result.count <= 2 ? result : []
    }

    /// Every word of `a` has a word of `b` with its stem or a WordNet
    /// relative of it.
    private static func related(_ a: [String], _ b: [String], stemmer: Stemmer?) -> Bool {
        guard !b.isEmpty else { return a.isEmpty }
        let stemsB = b.map { stemmer?.stem($0) ?? $0 }
        let groupsB = Set(stemsB.flatMap { Lexicon.english.groups(of: $0) })
        return a.allSatisfy { word in
            let stem = stemmer?.stem(word) ?? word
            return stemsB.contains(stem) || !groupsB.isDisjoint(with: Lexicon.english.groups(of: stem))
        }
    }

    /// Whether two words differ by one inserted, deleted or changed letter.
    static func oneEditApart(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard abs(x.count - y.count) <= 1 else { return false }
        var i = 0
        while i < min(x.count, y.count), x[i] == y[i] { i += 1 }
        if x.count == y.count { return x[(i + 1)...] == y[(i + 1)...] || i == x.count }
        return x.count > y.count ? x[(i + 1)...] == y[i...] : x[i...] == y[(i + 1)...]
    }

    static let negations: WordSet = ["not", "never", "no", "nothing", "nobody", "none"]

    private func conflict(_ gap: QuoteDiff.Gap, _ x: QuoteMention, _ y: QuoteMention, _ pair: AlignedPair) -> Conflict {
        let (evidenceA, phraseA) = Self.evidence(gap.first, in: x, sentence: pair.first.sentence.text)
        let (evidenceB, phraseB) = Self.evidence(gap.second, in: y, sentence: pair.second.sentence.text)
        let claims = [
            Claim(sentence: pair.first.sentence.ref, evidence: evidenceA, evidenceText: Self.text(pair.first.sentence.text, evidenceA), value: x.description),
            Claim(sentence: pair.second.sentence.ref, evidence: evidenceB, evidenceText: Self.text(pair.second.sentence.text, evidenceB), value: y.description),
        ]
        let namedBoth = !x.speaker.isEmpty && !y.speaker.isEmpty
        let message = "\(pair.first.article.id) quotes \"\(phraseA)\", \(pair.second.article.id) \"\(phraseB)\""
        return .between(kind, namedBoth ? .error : .warning, message: message, in: pair, claims[0], claims[1])
    }

    /// The differing words' UTF-8 range (for a word left out, the shared
    /// words either side of the gap), and a phrase for the message: the
    /// differing words with up to three quoted words after them (before them
    /// at the quote's end).
    private static func evidence(_ gap: Range<Int>, in quote: QuoteMention, sentence: String) -> (Range<Int>, String) {
        let words = gap.isEmpty ? max(0, gap.lowerBound - 1)..<min(quote.ranges.count, gap.upperBound + 1) : gap
        let evidence = quote.ranges[words.lowerBound].lowerBound..<quote.ranges[words.upperBound - 1].upperBound
        var phrase = words
        if words.upperBound < quote.ranges.count {
            phrase = words.lowerBound..<min(quote.ranges.count, words.upperBound + 3)
        } else {
            phrase = max(0, words.lowerBound - 3)..<words.upperBound
        }
        let span = quote.ranges[phrase.lowerBound].lowerBound..<quote.ranges[phrase.upperBound - 1].upperBound
        return (evidence, text(sentence, span))
    }

    private static func text(_ sentence: String, _ range: Range<Int>) -> String {
        let bytes = Array(sentence.utf8)
        return String(decoding: bytes[range], as: UTF8.self)
    }
}
