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
    /// Per token after the first: the index in ``bigrams`` of the pair it
    /// ends, so a stretch of the sentence counts its pairs without sorting
    /// them (``MatchingWindow``).
    let bigramIndex: [Int32]
    /// Name and number terms, ascending.
    let names: [Int32]
    let numbers: [Int32]
    /// Per token: the index of its term in ``terms``, so a token's kind is
    /// read without a search.
    let termIndex: [Int32]
    /// Per term, its lexicon groups, as the range
    /// `termGroupStart[k]..<termGroupStart[k + 1]` of ``termGroupList``: one
    /// flat array, so a coverage pass reads a term's groups without
    /// retaining and releasing an array per term.
    let termGroupStart: [Int32]
    let termGroupList: [Int32]
    /// A 512-bit Bloom filter of ``groupKeys``: most terms of a pair have
    /// no relative in the other sentence, and one bit tells so without
    /// searching the groups (``hasGroup(among:)``).
    private let groupBits: InlineArray<8, UInt64>

    init(
        terms: [Int32], weights: [Double], kinds: [TermKind], sequence: [Int32], position: Double, groups: [[Int32]]
    ) {
        self.terms = terms
        self.weights = weights
        self.kinds = kinds
        self.sequence = sequence
        self.position = position
        // Every token's term is one of `terms` (``TermTable/vector``).
        termIndex = sequence.map { Int32(Sorted.index(of: $0, in: terms)!) }
        var keys: [Int32] = []
        var names: [Int32] = []
        var numbers: [Int32] = []
        var starts: [Int32] = []
        starts.reserveCapacity(terms.count + 1)
        starts.append(0)
        for (k, term) in terms.enumerated() {
            // A function term has no groups (``TermTable``).
            switch kinds[k] {
            case .function:
                starts.append(Int32(keys.count))
                continue
            case .name: names.append(term)
            case .number: numbers.append(term)
            case .word: break
            }
            keys += groups[Int(term)]
            starts.append(Int32(keys.count))
        }
        termGroupStart = starts
        termGroupList = keys
        self.names = names
        self.numbers = numbers
        groupKeys = Self.sortedUnique(keys)
        var bits = InlineArray<8, UInt64>(repeating: 0)
        for group in groupKeys {
            let bit = Self.filterBit(group)
            bits[bit >> 6] |= 1 &<< UInt64(bit & 63)
        }
        groupBits = bits
        let pairs = sequence.count > 1 ? (1..<sequence.count).map { Int64(sequence[$0 - 1]) << 32 | Int64(sequence[$0]) } : []
        let bigrams = Self.sortedUnique(pairs)
        self.bigrams = bigrams
        bigramIndex = pairs.map { Int32(Sorted.index(of: $0, in: bigrams)!) }
    }

    /// Whether one of `own` (a term's lexicon groups, ``Buffers/groups(ofTerm:)``)
    /// is among ``groupKeys``.
    @inline(__always)
    func hasGroup(among own: UnsafeBufferPointer<Int32>) -> Bool {
        own.contains { group in
            let bit = Self.filterBit(group)
            return groupBits[bit >> 6] & (1 &<< UInt64(bit & 63)) != 0 && Sorted.contains(groupKeys, group)
        }
    }

    /// The arrays pair scoring reads term by term, as buffers: read as
    /// class properties inside its loops, every array was retained and
    /// bounds-checked at every term, a fifth of the aligner's time.
    struct Buffers {
        let terms: UnsafeBufferPointer<Int32>
        let weights: UnsafeBufferPointer<Double>
        let kinds: UnsafeBufferPointer<TermKind>
        let termIndex: UnsafeBufferPointer<Int32>
        let bigramIndex: UnsafeBufferPointer<Int32>
        let termGroupStart: UnsafeBufferPointer<Int32>
        let termGroupList: UnsafeBufferPointer<Int32>

        /// The lexicon groups of term `k`.
        @inline(__always)
        func groups(ofTerm k: Int) -> UnsafeBufferPointer<Int32> {
            UnsafeBufferPointer(rebasing: termGroupList[Int(termGroupStart[k])..<Int(termGroupStart[k + 1])])
        }
    }

    /// `body` with ``Buffers`` of this vector, valid only inside it.
    @inline(__always)
    func withBuffers<R>(_ body: (Buffers) -> R) -> R {
        terms.withUnsafeBufferPointer { terms in
            weights.withUnsafeBufferPointer { weights in
                kinds.withUnsafeBufferPointer { kinds in
                    termIndex.withUnsafeBufferPointer { termIndex in
                        bigramIndex.withUnsafeBufferPointer { bigramIndex in
                            termGroupStart.withUnsafeBufferPointer { termGroupStart in
                                termGroupList.withUnsafeBufferPointer { termGroupList in
                                    body(
                                        Buffers(
                                            terms: terms, weights: weights, kinds: kinds, termIndex: termIndex,
                                            bigramIndex: bigramIndex, termGroupStart: termGroupStart, termGroupList: termGroupList))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// What the similarity features count of the sentence.
    var counts: PairFeatures.Counts {
        PairFeatures.Counts(length: sequence.count, bigrams: bigrams.count, numbers: numbers.count, names: names.count)
    }

    /// A group's bit in ``groupBits``: the top 9 bits of a multiplicative
    /// hash, since the groups of related stems are often numbered close.
    @inline(__always)
    private static func filterBit(_ group: Int32) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: group)) &* 0x9E37_79B9_7F4A_7C15) >> 55)
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
