import Foundation

/// What the similarity model knows of two sentences: how much of each one's
/// weight the other covers, word order, names and numbers, and what is left
/// over. Symmetric, so the order of the two sentences never matters.
struct PairFeatures {
    /// Names in the order of ``values``; `factdiff similarity --features`
    /// prints them as its header, and `scripts/train-similarity` reads them.
    static let names = [
        "cover_low", "cover_high", "cover_hm", "bigram_low", "bigram_high", "numbers_agree",
        "numbers_differ", "names_shared", "unmatched_low", "unmatched_high", "length_gap",
        "content_low", "content_high", "anchors_unmatched",
    ]

    /// A related word (one WordNet group) counts this much of an exact match.
    static let relatedCredit = 0.8

    /// Fixed-size, so scoring a pair allocates nothing for its features.
    var values: InlineArray<14, Double>

    /// ``values`` as an array, for printing and training.
    var row: [Double] { (0..<values.count).map { values[$0] } }

    init(_ x: TermVector, _ y: TermVector) {
        self.init(x, y, Self.coverage(of: x, by: y), Self.coverage(of: y, by: x))
    }

    /// With both ``coverage(of:by:matches:matchedAt:)`` results
    /// already known.
    init(_ x: TermVector, _ y: TermVector, _ coverageOfX: (Double, Double, Double), _ coverageOfY: (Double, Double, Double)) {
        self.init(coverageOfX, coverageOfY, x.counts, y.counts, shared: .shared(x, y))
    }

    /// What the features count of one sentence (or stretch of one), or of
    /// what two share.
    struct Counts {
        var length: Int
        var bigrams: Int
        var numbers: Int
        var names: Int

        /// What two sentences share; with `marking`, which of `y`'s bigrams
        /// `x` has (``Sorted/sharedCount(_:_:marking:)``).
        static func shared(_ x: TermVector, _ y: TermVector, marking: UnsafeMutablePointer<UInt8>? = nil) -> Counts {
            Counts(
                length: 0, bigrams: Sorted.sharedCount(x.bigrams, y.bigrams, marking: marking),
                numbers: Sorted.sharedCount(x.numbers, y.numbers), names: Sorted.sharedCount(x.names, y.names))
        }
    }

    /// From the counts alone, so that a stretch of a sentence
    /// (``MatchingWindow``) is scored without building it as a vector.
    init(
        _ coverageOfX: (Double, Double, Double), _ coverageOfY: (Double, Double, Double), _ x: Counts, _ y: Counts,
        shared: Counts
    ) {
        let (coverX, unmatchedX, contentX) = coverageOfX
        let (coverY, unmatchedY, contentY) = coverageOfY
        let sharedBigrams = Double(shared.bigrams)
        let bx = x.bigrams == 0 ? 0 : sharedBigrams / Double(x.bigrams)
        let by = y.bigrams == 0 ? 0 : sharedBigrams / Double(y.bigrams)
        let sharedNumbers = shared.numbers
        let bothHaveNumbers = x.numbers > 0 && y.numbers > 0
        let sharedNames = shared.names
        let allNames = x.names + y.names - sharedNames
        let lengthX = Double(x.length)
        let lengthY = Double(y.length)
        values = [
            min(coverX, coverY),
            max(coverX, coverY),
            coverX + coverY > 0 ? 2 * coverX * coverY / (coverX + coverY) : 0,
            min(bx, by),
            max(bx, by),
            bothHaveNumbers && sharedNumbers == x.numbers && sharedNumbers == y.numbers ? 1 : 0,
            bothHaveNumbers && sharedNumbers < x.numbers && sharedNumbers < y.numbers ? 1 : 0,
            allNames == 0 ? 0 : Double(sharedNames) / Double(allNames),
            log(1 + min(unmatchedX, unmatchedY)),
            log(1 + max(unmatchedX, unmatchedY)),
            abs(lengthX - lengthY) / max(1, max(lengthX, lengthY)),
            min(contentX, contentY),
            max(contentX, contentY),
            Double(x.numbers + y.numbers - 2 * sharedNumbers + allNames - sharedNames),
        ]
    }

    /// The share of `x`'s weight whose terms `y` has (or a related term of),
    /// the weight left unmatched, and the same share over content words only;
    /// one pass for all three, since pair scoring is the aligner's hot loop.
    ///
    /// With `matches`, records per term of `x` how `y` matched it
    /// (``exactMatch``, ``relatedMatch`` or 0), and with `matchedAt`, for
    /// each exact match the index of the term in `y`'s terms, for the
    /// matching window (``MatchingWindow``).
    static func coverage(
        of x: TermVector, by y: TermVector, matches: UnsafeMutablePointer<UInt8>? = nil,
        matchedAt: UnsafeMutablePointer<Int32>? = nil
    ) -> (Double, Double, Double) {
        var sum = CoverageSum()
        // Both term lists are ascending: one merge finds the exact matches.
        // A term's lexicon groups come with `x` (``TermVector/termGroupList``).
        x.withBuffers { xb in
            y.withBuffers { yb in
                var j = 0
                for k in xb.terms.indices {
                    let term = xb.terms[k]
                    while j < yb.terms.count, yb.terms[j] < term { j += 1 }
                    var match: UInt8 = 0
                    if j < yb.terms.count, yb.terms[j] == term {
                        match = Self.exactMatch
                        matchedAt?[k] = Int32(truncatingIfNeeded: j)
                    } else if y.hasGroup(among: xb.groups(ofTerm: k)) {
                        match = Self.relatedMatch
                    }
                    matches?[k] = match
                    sum.add(xb.weights[k], content: xb.kinds[k] != .function, match: match)
                }
            }
        }
        return sum.shares
    }

    /// The running sums of a coverage pass, shared by the whole sentence's
    /// and the window's (``MatchingWindow``), so both add in the same order.
    struct CoverageSum {
        var total = 0.0
        var matched = 0.0
        var contentTotal = 0.0
        var contentMatched = 0.0

        @inline(__always)
        mutating func add(_ weight: Double, content: Bool, match: UInt8) {
            total += weight
            if content { contentTotal += weight }
            let credit = match == PairFeatures.exactMatch ? weight : match == PairFeatures.relatedMatch ? weight * relatedCredit : 0
            if credit > 0 {
                matched += credit
                if content { contentMatched += credit }
            }
        }

        var shares: (Double, Double, Double) {
            (
                total > 0 ? matched / total : 0, total > 0 ? total - matched : 0,
                contentTotal > 0 ? contentMatched / contentTotal : 0
            )
        }
    }

    static let exactMatch: UInt8 = 1
    static let relatedMatch: UInt8 = 2
}
