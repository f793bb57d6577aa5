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

    init(_ x: TermVector, _ y: TermVector, groups: [[Int32]]) {
        self.init(x, y, Self.coverage(of: x, by: y, groups: groups), Self.coverage(of: y, by: x, groups: groups))
    }

    /// With both ``coverage(of:by:groups:matches:)`` results already known:
    /// the aligner works one out from matches it has recorded.
    init(_ x: TermVector, _ y: TermVector, _ coverageOfX: (Double, Double, Double), _ coverageOfY: (Double, Double, Double)) {
        let (coverX, unmatchedX, contentX) = coverageOfX
        let (coverY, unmatchedY, contentY) = coverageOfY
        let sharedBigrams = Double(Sorted.sharedCount(x.bigrams, y.bigrams))
        let bx = x.bigrams.isEmpty ? 0 : sharedBigrams / Double(x.bigrams.count)
        let by = y.bigrams.isEmpty ? 0 : sharedBigrams / Double(y.bigrams.count)
        let sharedNumbers = Sorted.sharedCount(x.numbers, y.numbers)
        let bothHaveNumbers = !x.numbers.isEmpty && !y.numbers.isEmpty
        let sharedNames = Sorted.sharedCount(x.names, y.names)
        let allNames = x.names.count + y.names.count - sharedNames
        let lengthX = Double(x.sequence.count)
        let lengthY = Double(y.sequence.count)
        values = [
            min(coverX, coverY),
            max(coverX, coverY),
            coverX + coverY > 0 ? 2 * coverX * coverY / (coverX + coverY) : 0,
            min(bx, by),
            max(bx, by),
            bothHaveNumbers && sharedNumbers == x.numbers.count && sharedNumbers == y.numbers.count ? 1 : 0,
            bothHaveNumbers && sharedNumbers < x.numbers.count && sharedNumbers < y.numbers.count ? 1 : 0,
            allNames == 0 ? 0 : Double(sharedNames) / Double(allNames),
            log(1 + min(unmatchedX, unmatchedY)),
            log(1 + max(unmatchedX, unmatchedY)),
            abs(lengthX - lengthY) / max(1, max(lengthX, lengthY)),
            min(contentX, contentY),
            max(contentX, contentY),
            Double(x.numbers.count + y.numbers.count - 2 * sharedNumbers + allNames - sharedNames),
        ]
    }

    /// The share of `x`'s weight whose terms `y` has (or a related term of),
    /// the weight left unmatched, and the same share over content words only;
    /// one pass for all three, since pair scoring is the aligner's hot loop.
    ///
    /// With `matches`, records per term of `x` how `y` matched it
    /// (``exactMatch``, ``relatedMatch`` or 0), for
    /// ``coverage(of:within:matches:)`` and the matching window.
    static func coverage(
        of x: TermVector, by y: TermVector, groups: [[Int32]], matches: UnsafeMutablePointer<UInt8>? = nil
    ) -> (Double, Double, Double) {
        var sum = CoverageSum()
        // Both term lists are ascending: one merge finds the exact matches.
        var j = 0
        for (k, term) in x.terms.enumerated() {
            let weight = x.weights[k]
            while j < y.terms.count, y.terms[j] < term { j += 1 }
            var match: UInt8 = 0
            if j < y.terms.count, y.terms[j] == term {
                match = Self.exactMatch
            } else if y.hasGroup(among: groups[Int(term)]) {
                match = Self.relatedMatch
            }
            matches?[k] = match
            sum.add(weight, content: x.kinds[k] != .function, match: match)
        }
        return sum.shares
    }

    /// The running sums of a coverage pass, shared by the whole sentence's
    /// and the window's, so both add in the same order.
    private struct CoverageSum {
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

    /// ``coverage(of:by:groups:matches:)`` of `part`, a slice of `long`
    /// (``TermVector/slice(_:groups:)``), by the sentence that `matches`
    /// were recorded against for `long`: a term's match depends on the term
    /// alone, so the window's needs no second merge or group search. The
    /// same sums in the same order as the full computation.
    static func coverage(of part: TermVector, within long: TermVector, matches: UnsafePointer<UInt8>) -> (Double, Double, Double) {
        var sum = CoverageSum()
        var k = 0
        for (i, term) in part.terms.enumerated() {
            while long.terms[k] != term { k += 1 }
            sum.add(part.weights[i], content: part.kinds[i] != .function, match: matches[k])
        }
        return sum.shares
    }
}
