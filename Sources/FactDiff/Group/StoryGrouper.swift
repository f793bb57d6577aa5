import Foundation

/// Groups articles that came without a story into stories.
///
/// Each article is a TF-IDF vector of its content words (the standard
/// representation for news story detection); two articles are compared only
/// when they share a rare term, one that at most ``maximumPostings`` articles
/// of the batch have (blocking: the cost grows with the batch, not with its
/// square). Pairs at or above ``threshold`` merge, most similar first, while
/// the average similarity across the two groups stays at or above it too, so
/// a chain of loosely related articles does not become one giant story. The
/// threshold was measured on the corpus stories with their folders taken
/// away (see the README).
public struct StoryGrouper: Sendable {
    public var threshold: Double
    public var maximumPostings: Int

    public init(threshold: Double = 0.25, maximumPostings: Int = 50) {
        self.threshold = threshold
        self.maximumPostings = maximumPostings
    }

    static let smallBatch = 50.0

    public struct Result: Sendable {
        public var stories: [Story]
        public var groupings: [StoryGrouping]
        /// Articles that share a story with no other article.
        public var alone: [Article]
    }

    public func group(_ articles: [Article]) -> Result {
        var vocabulary: [String: Int32] = [:]
        var names: [String] = []
        var counts: [[Int32: Int]] = []
        for article in articles {
            var tf: [Int32: Int] = [:]
            for paragraph in article.paragraphs {
                for word in Word.split(paragraph.text) {
                    let term = Word.normalise(word.lower)
                    guard term.utf8.count >= 3, !Stopwords.english.contains(term) else { continue }
                    let id: Int32
                    if let known = vocabulary[term] {
                        id = known
                    } else {
                        id = Int32(names.count)
                        vocabulary[term] = id
                        names.append(term)
                    }
                    tf[id, default: 0] += 1
                }
            }
            counts.append(tf)
        }
        var documentFrequency = [Int](repeating: 0, count: names.count)
        for tf in counts {
            for id in tf.keys { documentFrequency[Int(id)] += 1 }
        }
        let n = Double(max(articles.count, 1))
        // Weighed as if the batch held at least `smallBatch` articles: in a
        // batch of two, a word both share would otherwise weigh nothing and
        // the two could never meet. In a large batch a word every article
        // has still weighs next to nothing.
        let documents = max(n, Self.smallBatch)
        func idf(_ id: Int32) -> Double { log((documents + 1) / Double(documentFrequency[Int(id)])) }
        let vectors = counts.map { tf -> SparseVector in
            var entries = tf.compactMap { id, count -> (Int32, Double)? in
                let weight = (1 + log(Double(count))) * idf(id)
                return weight > 0 ? (id, weight) : nil
            }
            entries.sort { $0.0 < $1.0 }
            let norm = sqrt(entries.reduce(0) { $0 + $1.1 * $1.1 })
            return SparseVector(ids: entries.map(\.0), weights: entries.map { norm > 0 ? $0.1 / norm : 0 })
        }
        var postings: [Int32: [Int]] = [:]
        for (index, tf) in counts.enumerated() {
            for id in tf.keys where documentFrequency[Int(id)] >= 2 && documentFrequency[Int(id)] <= maximumPostings {
                postings[id, default: []].append(index)
            }
        }
        // Candidate pairs through the postings; each scored once, on every
        // core: on 20,000 articles this was a third of the whole check.
        let chunks = Self.scoringChunks
        let (termCounts, rarePostings, termCount, articleCount) = (counts, postings, names.count, articles.count)
        let threshold = self.threshold
        let found = Array(0..<chunks).concurrentMap { chunk in
            Self.candidates(
                of: Array(stride(from: chunk, to: articleCount, by: chunks)), vectors: vectors, counts: termCounts,
                postings: rarePostings, vocabulary: termCount, threshold: threshold)
        }
        // Edges are sorted below and similarities keyed by pair, so the
        // chunks' order does not matter.
        var similarity: [Int64: Double] = [:]
        var edges: [(score: Double, a: Int, b: Int)] = []
        for edge in found.joined() {
            similarity[Int64(edge.a) << 32 | Int64(edge.b)] = edge.score
            edges.append(edge)
        }
        edges.sort { ($0.score, -$0.a, -$0.b) > ($1.score, -$1.a, -$1.b) }
        var groupOf = Array(articles.indices)
        var members = articles.indices.map { [$0] }
        for edge in edges {
            let (g, h) = (groupOf[edge.a], groupOf[edge.b])
            guard g != h else { continue }
            var total = 0.0
            for x in members[g] {
                for y in members[h] { total += similarity[Int64(min(x, y)) << 32 | Int64(max(x, y))] ?? 0 }
            }
            guard total / Double(members[g].count * members[h].count) >= threshold else { continue }
            let (keep, drop) = (min(g, h), max(g, h))
            for x in members[drop] { groupOf[x] = keep }
            members[keep] += members[drop]
            members[drop] = []
        }
        var result = Result(stories: [], groupings: [], alone: [])
        for group in members where !group.isEmpty {
            guard group.count >= 2 else {
                result.alone.append(articles[group[0]])
                continue
            }
            let grouped = group.sorted { articles[$0].id < articles[$1].id }
            let id = "story-\(articles[grouped[0]].id)"
            var shared: [Int32: Int] = [:]
            for index in group {
                for term in counts[index].keys { shared[term, default: 0] += 1 }
            }
            let telling = shared.filter { $0.value >= 2 && documentFrequency[Int($0.key)] <= maximumPostings }.keys
                .sorted { (shared[$0]!, idf($0), names[Int($1)]) > (shared[$1]!, idf($1), names[Int($0)]) }
            result.stories.append(Story(id: id, articles: grouped.map { articles[$0] }))
            result.groupings.append(
                StoryGrouping(story: id, articles: grouped.map { articles[$0].id }, sharedTerms: telling.prefix(8).map { names[Int($0)] }))
        }
        result.stories.sort { $0.id < $1.id }
        result.groupings.sort { $0.story < $1.story }
        result.alone.sort { $0.id < $1.id }
        return result
    }

    /// How many pieces the candidate scoring is cut into: a few per core,
    /// interleaved, since an article is scored only against later ones and
    /// the first articles have the most.
    private static let scoringChunks = 16

    /// The pairs of `indices` with later articles that share a rare term
    /// and score at least `threshold`. The article's weights are spread
    /// over a dense array of the vocabulary, so each candidate costs one
    /// read per term of its own; the sums run in ascending term order, as a
    /// merge of the two sparse vectors adds them, and the terms the article
    /// lacks add exact zeros, so the scores are the dot products to the
    /// last bit (a test holds them to the merge).
    static func candidates(
        of indices: [Int], vectors: [SparseVector], counts: [[Int32: Int]], postings: [Int32: [Int]], vocabulary: Int,
        threshold: Double
    ) -> [(score: Double, a: Int, b: Int)] {
        var dense = [Double](repeating: 0, count: vocabulary)
        var seen = [Int32](repeating: -1, count: vectors.count)
        var others: [Int] = []
        var edges: [(score: Double, a: Int, b: Int)] = []
        for index in indices {
            others.removeAll(keepingCapacity: true)
            for id in counts[index].keys {
                for other in postings[id] ?? [] where other > index && seen[other] != Int32(index) {
                    seen[other] = Int32(index)
                    others.append(other)
                }
            }
            guard !others.isEmpty else { continue }
            others.sort()
            let vector = vectors[index]
            for (k, id) in vector.ids.enumerated() { dense[Int(id)] = vector.weights[k] }
            for other in others {
                let candidate = vectors[other]
                var score = 0.0
                for (k, id) in candidate.ids.enumerated() {
                    let weight = dense[Int(id)]
                    if weight != 0 { score += weight * candidate.weights[k] }
                }
                if score >= threshold { edges.append((score, index, other)) }
            }
            for id in vector.ids { dense[Int(id)] = 0 }
        }
        return edges
    }

    /// An article's TF-IDF weights, by ascending term id, normalised.
    struct SparseVector {
        var ids: [Int32]
        var weights: [Double]
    }
}
