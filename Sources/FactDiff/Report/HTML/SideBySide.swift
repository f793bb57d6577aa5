/// The rows of the side-by-side table: each row holds, per article, the
/// sentences of one aligned fact, or a single sentence only one article has.
///
/// The first article's order is kept exactly; every other article's
/// sentences are inserted after the row that holds their predecessor, so
/// each column reads in its article's order wherever alignments allow.
struct SideBySide {
    /// `rows[r][a]`: the sentences of article `a` in row `r`.
    var rows: [[[Int]]]

    init(articleCount: Int, sentenceCounts: [Int], alignments: [Alignment]) {
        // Union-find over sentences, so n-way alignments share one row.
        var parent: [SentenceRef: SentenceRef] = [:]
        func find(_ x: SentenceRef) -> SentenceRef {
            var x = x
            while let p = parent[x], p != x { x = p }
            return x
        }
        // A pair on another fact (``Alignment/otherFact``) would merge two
        // facts' rows: the table links it instead, unless one of its
        // sentences is in no other alignment, which then joins its
        // partner's row rather than standing as reported only once.
        var inFact: Set<SentenceRef> = []
        for alignment in alignments where !alignment.otherFact { inFact.formUnion(alignment.sentences) }
        for alignment in alignments where !alignment.otherFact || !alignment.sentences.allSatisfy(inFact.contains) {
            guard let head = alignment.sentences.first else { continue }
            for ref in alignment.sentences.dropFirst() {
                let (a, b) = (find(head), find(ref))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var rowOfRoot: [SentenceRef: Int] = [:]
        var rows: [[[Int]]] = []
        var order: [Int] = []  // row ids in display order
        for article in 0..<articleCount {
            var cursor = -1  // position in `order` after which new rows go
            for sentence in 0..<sentenceCounts[article] {
                let ref = SentenceRef(article: article, sentence: sentence)
                let root = parent[ref] == nil ? ref : find(ref)
                if let row = rowOfRoot[root] {
                    rows[row][article].append(sentence)
                    if let position = order.firstIndex(of: row), position > cursor { cursor = position }
                    continue
                }
                let row = rows.count
                rows.append(Array(repeating: [], count: articleCount))
                rows[row][article].append(sentence)
                rowOfRoot[root] = row
                order.insert(row, at: cursor + 1)
                cursor += 1
            }
        }
        self.rows = order.map { rows[$0] }
    }
}
