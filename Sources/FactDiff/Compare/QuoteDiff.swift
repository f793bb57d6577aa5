/// Where two quotations of one remark differ, word by word.
///
/// The words are aligned by their longest common subsequence; what lies
/// between two aligned words is a gap. A gap with words on both sides is a
/// substitution ("scaling back" for "stopping"); a gap on one side only is
/// a word left out, which a shortened quote does. Gaps before the first or
/// after the last shared word are not differences at all: a partial quote
/// starts and stops where the writer chose.
struct QuoteDiff {
    struct Gap {
        /// Word indices on each side.
        var first: Range<Int>
        var second: Range<Int>
        /// How many words in a row the two share just before and just after
        /// the gap.
        var before = 0
        var after = 0
    }

    /// How many words the two quotes share, in order.
    var shared: Int
    /// Differences between shared words, in order.
    var gaps: [Gap]

    /// The distinct words both quotes hold, in the first quote's order.
    var sharedWords: [String]

    /// The words two quotes share, worked out before their subsequence:
    /// what the same-remark test (``QuoteConflictRule/isSameRemark(shared:sharedWords:_:_:aligned:)``)
    /// can already settle, for most pairs of quotes, without the table.
    struct Overlap {
        /// Per word of the first quote, a number that another word has only
        /// when it is the same word (its first position in the quote); per
        /// word of the second, the same number, or -1 for a word the first
        /// lacks.
        var first: [Int32]
        var second: [Int32]
        /// The distinct words both quotes hold, in the first quote's order.
        var sharedWords: [String]
        /// At most this many words can be shared in order: the fewer, on
        /// either side, of the words the other quote holds.
        var mostShared: Int

        init(_ a: QuoteMention, _ b: QuoteMention) {
            self.init(a.words, a.wordHashes, b.words, b.wordHashes)
        }

        init(_ a: [String], _ b: [String]) {
            self.init(a, a.map(QuoteMention.wordHash), b, b.map(QuoteMention.wordHash))
        }

        /// Words are compared by hash first and spelled out only when the
        /// hashes agree: hashing every word into a dictionary for each pair
        /// was most of the quote rules' time. The first quote's words go
        /// into a small open-addressed table of their hashes; with a word
        /// beyond ASCII (hash 0, equal under `==` to words of other bytes)
        /// every word is compared with every other instead.
        private init(_ a: [String], _ aHashes: [UInt32], _ b: [String], _ bHashes: [UInt32]) {
            var first = [Int32](repeating: 0, count: a.count)
            var inB = [Bool](repeating: false, count: a.count)
            var matchedInB = 0
            let second: [Int32]
            if aHashes.contains(0) || bHashes.contains(0) {
                for i in a.indices {
                    var id = Int32(i)
                    for k in 0..<i where QuoteMention.sameWord(a, aHashes, k, a, aHashes, i) {
                        id = first[k]
                        break
                    }
                    first[i] = id
                }
                second = b.indices.map { j -> Int32 in
                    for i in a.indices where first[i] == Int32(i) && QuoteMention.sameWord(a, aHashes, i, b, bHashes, j) {
                        inB[i] = true
                        matchedInB += 1
                        return Int32(i)
                    }
                    return -1
                }
            } else {
                var size = 8
                while size < 2 * a.count { size *= 2 }
                let mask = size - 1
                // Per slot: the first position in `a` of a word, or -1.
                var slots = [Int32](repeating: -1, count: size)
                for i in a.indices {
                    var slot = Int(aHashes[i]) & mask
                    while slots[slot] >= 0, !QuoteMention.sameWord(a, aHashes, Int(slots[slot]), a, aHashes, i) {
                        slot = (slot + 1) & mask
                    }
                    if slots[slot] < 0 { slots[slot] = Int32(i) }
                    first[i] = slots[slot]
                }
                second = b.indices.map { j -> Int32 in
                    var slot = Int(bHashes[j]) & mask
                    while slots[slot] >= 0 {
                        let i = Int(slots[slot])
                        if QuoteMention.sameWord(a, aHashes, i, b, bHashes, j) {
                            inB[i] = true
                            matchedInB += 1
                            return Int32(i)
                        }
                        slot = (slot + 1) & mask
                    }
                    return -1
                }
            }
            var matchedInA = 0
            var sharedWords: [String] = []
            for i in a.indices where inB[Int(first[i])] {
                matchedInA += 1
                if first[i] == Int32(i) { sharedWords.append(a[i]) }
            }
            self.first = first
            self.second = second
            self.sharedWords = sharedWords
            mostShared = min(matchedInA, matchedInB)
        }
    }

    init(_ a: [String], _ b: [String]) {
        self.init(Overlap(a, b))
    }

    init(_ overlap: Overlap) {
        let x = overlap.first
        let y = overlap.second
        sharedWords = overlap.sharedWords
        let n = x.count
        let m = y.count
        // lengths[i * width + j]: the longest common subsequence of x[i...]
        // and y[j...], in one flat table: a table of rows checked each row's
        // uniqueness on every write.
        let width = m + 1
        var lengths = [Int32](repeating: 0, count: (n + 1) * width)
        var matches: [(Int, Int)] = []
        lengths.withUnsafeMutableBufferPointer { lengths in
            if n > 0 && m > 0 {
                for i in stride(from: n - 1, through: 0, by: -1) {
                    for j in stride(from: m - 1, through: 0, by: -1) {
                        lengths[i * width + j] =
                            x[i] == y[j]
                            ? lengths[(i + 1) * width + j + 1] + 1 : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
                    }
                }
            }
            var i = 0
            var j = 0
            while i < n, j < m {
                if x[i] == y[j] {
                    matches.append((i, j))
                    i += 1
                    j += 1
                } else if lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
                    i += 1
                } else {
                    j += 1
                }
            }
        }
        shared = matches.count
        gaps = []
        // run[k]: the length of the unbroken run of matches ending at k.
        var runEnding = Array(repeating: 1, count: matches.count)
        var runStarting = Array(repeating: 1, count: matches.count)
        func adjacent(_ k: Int) -> Bool { matches[k].0 == matches[k - 1].0 + 1 && matches[k].1 == matches[k - 1].1 + 1 }
        for k in matches.indices.dropFirst() where adjacent(k) { runEnding[k] = runEnding[k - 1] + 1 }
        for k in matches.indices.dropLast().reversed() where adjacent(k + 1) { runStarting[k] = runStarting[k + 1] + 1 }
        for k in matches.indices.dropFirst() {
            let (pi, pj) = matches[k - 1]
            let (ci, cj) = matches[k]
            if ci > pi + 1 || cj > pj + 1 {
                gaps.append(Gap(first: (pi + 1)..<ci, second: (pj + 1)..<cj, before: runEnding[k - 1], after: runStarting[k]))
            }
        }
    }
}
