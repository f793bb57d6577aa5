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

    init(_ a: [String], _ b: [String]) {
        // Words as numbers, one per distinct word of `a` (-1 for a word of
        // `b` that `a` lacks): the table below then compares integers, where
        // comparing the strings of every cell was most of the quote rules'
        // time.
        var ids = [String: Int32](minimumCapacity: a.count)
        var distinct: [String] = []
        let x = a.map { word -> Int32 in
            if let id = ids[word] { return id }
            let id = Int32(distinct.count)
            ids[word] = id
            distinct.append(word)
            return id
        }
        var inB = [Bool](repeating: false, count: distinct.count)
        let y = b.map { word -> Int32 in
            guard let id = ids[word] else { return -1 }
            inB[Int(id)] = true
            return id
        }
        sharedWords = distinct.indices.filter { inB[$0] }.map { distinct[$0] }
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
