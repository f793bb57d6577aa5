/// A sentence as the aligner compares it: its distinct terms with their
/// weights, and every token in order for word-order evidence. What pair
/// scoring needs is computed once here as sorted arrays, so comparing two
/// sentences is merges and binary searches, with no hashing.
///
/// A class, since scoring passes each sentence to many pairs: a copy of a
/// struct of ten arrays retained and released every one of them.
final class TermVector: Sendable {
    /// Distinct term ids, ascending.
    let terms: [Int32]
    /// Per term: inverse document frequency scaled to (0, 1].
    let weights: [Double]
    /// Per term: the strongest kind it had in the sentence.
    let kinds: [TermKind]
    /// Every token's term id in sentence order, function words included.
    let sequence: [Int32]
    /// Where the sentence stands in its article, 0 at the top and 1 at the end.
    let position: Double
    /// The lexicon groups of its content terms, ascending, distinct.
    let groupKeys: [Int32]
    /// Adjacent token pairs, ascending, distinct.
    let bigrams: [Int64]
    /// Name and number terms, ascending.
    let names: [Int32]
    let numbers: [Int32]
    /// Per token: the index of its term in ``terms``, so a token's kind is
    /// read without a search.
    let termIndex: [Int32]
    /// A 512-bit Bloom filter of ``groupKeys``: most terms of a pair have
    /// no relative in the other sentence, and one bit tells so without
    /// searching the groups (``hasGroup(among:)``).
    private let groupBits: InlineArray<8, UInt64>

    convenience init(
        terms: [Int32], weights: [Double], kinds: [TermKind], sequence: [Int32], position: Double, groups: [[Int32]]
    ) {
        // Every token's term is one of `terms` (``TermTable/vector``).
        let termIndex = sequence.map { Int32(Sorted.index(of: $0, in: terms)!) }
        self.init(
            terms: terms, weights: weights, kinds: kinds, sequence: sequence, position: position,
            termIndex: termIndex, groups: groups)
    }

    private init(
        terms: [Int32], weights: [Double], kinds: [TermKind], sequence: [Int32], position: Double,
        termIndex: [Int32], groups: [[Int32]]
    ) {
        self.terms = terms
        self.weights = weights
        self.kinds = kinds
        self.sequence = sequence
        self.position = position
        self.termIndex = termIndex
        var keys: [Int32] = []
        var names: [Int32] = []
        var numbers: [Int32] = []
        for (k, term) in terms.enumerated() {
            switch kinds[k] {
            case .function: continue
            case .name: names.append(term)
            case .number: numbers.append(term)
            case .word: break
            }
            keys += groups[Int(term)]
        }
        self.names = names
        self.numbers = numbers
        groupKeys = Self.sortedUnique(keys)
        var bits = InlineArray<8, UInt64>(repeating: 0)
        for group in groupKeys {
            let bit = Self.filterBit(group)
            bits[bit >> 6] |= 1 &<< UInt64(bit & 63)
        }
        groupBits = bits
        bigrams =
            sequence.count > 1
            ? Self.sortedUnique((1..<sequence.count).map { Int64(sequence[$0 - 1]) << 32 | Int64(sequence[$0]) }) : []
    }

    /// Whether one of `own` (a term's lexicon groups) is among ``groupKeys``.
    @inline(__always)
    func hasGroup(among own: [Int32]) -> Bool {
        own.contains { group in
            let bit = Self.filterBit(group)
            return groupBits[bit >> 6] & (1 &<< UInt64(bit & 63)) != 0 && Sorted.contains(groupKeys, group)
        }
    }

    /// A group's bit in ``groupBits``: the top 9 bits of a multiplicative
    /// hash, since the groups of related stems are often numbered close.
    @inline(__always)
    private static func filterBit(_ group: Int32) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: group)) &* 0x9E37_79B9_7F4A_7C15) >> 55)
    }

    /// The part of the sentence from token `window.lowerBound` to
    /// `window.upperBound - 1`, with the weights the whole sentence had.
    func slice(_ window: Range<Int>, groups: [[Int32]]) -> TermVector {
        // Each term's index in the part, -1 for a term outside it: found by
        // marking the window's tokens, in the order of `terms`, so no sort.
        var partIndex = [Int32](repeating: -1, count: terms.count)
        var count = 0
        for token in window where partIndex[Int(termIndex[token])] < 0 {
            partIndex[Int(termIndex[token])] = 0
            count += 1
        }
        var partTerms: [Int32] = []
        var partWeights: [Double] = []
        var partKinds: [TermKind] = []
        partTerms.reserveCapacity(count)
        partWeights.reserveCapacity(count)
        partKinds.reserveCapacity(count)
        for k in terms.indices where partIndex[k] == 0 {
            partIndex[k] = Int32(partTerms.count)
            partTerms.append(terms[k])
            partWeights.append(weights[k])
            partKinds.append(kinds[k])
        }
        return TermVector(
            terms: partTerms, weights: partWeights, kinds: partKinds, sequence: Array(sequence[window]),
            position: position, termIndex: window.map { partIndex[Int(termIndex[$0])] }, groups: groups)
    }

    /// Consuming, so a caller's last use of an array is sorted in place
    /// instead of copied first.
    static func sortedUnique<T: Comparable>(_ values: consuming [T]) -> [T] {
        var result = values
        result.sort()
        var kept = 0
        for k in result.indices where kept == 0 || result[kept - 1] != result[k] {
            result[kept] = result[k]
            kept += 1
        }
        result.removeLast(result.count - kept)
        return result
    }
}
