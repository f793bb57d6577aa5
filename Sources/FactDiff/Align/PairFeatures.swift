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

    var values: [Double]

    init(_ x: TermVector, _ y: TermVector, groups: [[Int32]]) {
        let (coverX, unmatchedX) = Self.coverage(of: x, by: y, groups: groups)
        let (coverY, unmatchedY) = Self.coverage(of: y, by: x, groups: groups)
        let (contentX, _) = Self.coverage(of: x, by: y, groups: groups, skippingFunctionWords: true)
        let (contentY, _) = Self.coverage(of: y, by: x, groups: groups, skippingFunctionWords: true)
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
    /// and the weight left unmatched.
    static func coverage(
        of x: TermVector, by y: TermVector, groups: [[Int32]], skippingFunctionWords: Bool = false
    ) -> (Double, Double) {
        var total = 0.0
        var matched = 0.0
        // Both term lists are ascending: one merge finds the exact matches.
        var j = 0
        for (k, term) in x.terms.enumerated() where !skippingFunctionWords || x.kinds[k] != .function {
            let weight = x.weights[k]
            total += weight
            while j < y.terms.count, y.terms[j] < term { j += 1 }
            if j < y.terms.count, y.terms[j] == term {
                matched += weight
                continue
            }
            let own = groups[Int(term)]
            if !own.isEmpty, own.contains(where: { Sorted.contains(y.groupKeys, $0) }) {
                matched += weight * relatedCredit
            }
        }
        return total > 0 ? (matched / total, total - matched) : (0, 0)
    }
}
