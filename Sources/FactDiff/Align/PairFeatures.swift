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
        let bigramX = Self.bigrams(x.sequence)
        let bigramY = Self.bigrams(y.sequence)
        let sharedBigrams = Double(bigramX.intersection(bigramY).count)
        let bx = bigramX.isEmpty ? 0 : sharedBigrams / Double(bigramX.count)
        let by = bigramY.isEmpty ? 0 : sharedBigrams / Double(bigramY.count)
        let numbersX = Self.terms(of: x, kind: .number)
        let numbersY = Self.terms(of: y, kind: .number)
        let bothHaveNumbers = !numbersX.isEmpty && !numbersY.isEmpty
        let namesX = Self.terms(of: x, kind: .name)
        let namesY = Self.terms(of: y, kind: .name)
        let allNames = namesX.union(namesY)
        let lengthX = Double(x.sequence.count)
        let lengthY = Double(y.sequence.count)
        values = [
            min(coverX, coverY),
            max(coverX, coverY),
            coverX + coverY > 0 ? 2 * coverX * coverY / (coverX + coverY) : 0,
            min(bx, by),
            max(bx, by),
            bothHaveNumbers && numbersX == numbersY ? 1 : 0,
            bothHaveNumbers && !numbersX.isSubset(of: numbersY) && !numbersY.isSubset(of: numbersX) ? 1 : 0,
            allNames.isEmpty ? 0 : Double(namesX.intersection(namesY).count) / Double(allNames.count),
            log(1 + min(unmatchedX, unmatchedY)),
            log(1 + max(unmatchedX, unmatchedY)),
            abs(lengthX - lengthY) / max(1, max(lengthX, lengthY)),
            min(contentX, contentY),
            max(contentX, contentY),
            Double(numbersX.symmetricDifference(numbersY).count + namesX.symmetricDifference(namesY).count),
        ]
    }

    /// The share of `x`'s weight whose terms `y` has (or a related term of),
    /// and the weight left unmatched.
    static func coverage(
        of x: TermVector, by y: TermVector, groups: [[Int32]], skippingFunctionWords: Bool = false
    ) -> (Double, Double) {
        var total = 0.0
        var matched = 0.0
        var yGroups: Set<Int32>?
        for (k, term) in x.terms.enumerated() where !skippingFunctionWords || x.kinds[k] != .function {
            let weight = x.weights[k]
            total += weight
            if Self.contains(y.terms, term) {
                matched += weight
                continue
            }
            let own = groups[Int(term)]
            guard !own.isEmpty else { continue }
            if yGroups == nil { yGroups = Set(y.terms.flatMap { groups[Int($0)] }) }
            if own.contains(where: { yGroups!.contains($0) }) { matched += weight * relatedCredit }
        }
        return total > 0 ? (matched / total, total - matched) : (0, 0)
    }

    static func contains(_ sorted: [Int32], _ term: Int32) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < term { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == term
    }

    static func bigrams(_ sequence: [Int32]) -> Set<Int64> {
        guard sequence.count > 1 else { return [] }
        var result = Set<Int64>(minimumCapacity: sequence.count)
        for k in 1..<sequence.count { result.insert(Int64(sequence[k - 1]) << 32 | Int64(sequence[k])) }
        return result
    }

    static func terms(of x: TermVector, kind: TermKind) -> Set<Int32> {
        var result: Set<Int32> = []
        for (k, term) in x.terms.enumerated() where x.kinds[k] == kind { result.insert(term) }
        return result
    }
}
