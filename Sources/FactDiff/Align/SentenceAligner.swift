import Foundation

/// Finds, for every pair of articles, the sentences that report the same
/// fact.
///
/// Similarity is the cosine of IDF-weighted term sets (``TermVector``): a
/// term that occurs in few sentences of the story says more about which fact
/// a sentence reports than a common one. Candidate pairs come from an
/// inverted index, so only sentences that share a term are ever scored; each
/// sentence then keeps at most one partner per other article, best score
/// first.
public struct SentenceAligner: Sendable {
    /// Pairs scoring below this are not aligned. Chosen on the dev cases of
    /// ../shared/eval (see the README's measurements).
    public var threshold: Double
    /// How much more a name or a number weighs than another word.
    public var anchorBoost: Double

    public init(threshold: Double = 0.15, anchorBoost: Double = 1.5) {
        self.threshold = threshold
        self.anchorBoost = anchorBoost
    }

    /// `sentences[a]` are the sentences of article `a`. Repeated sentences
    /// (``Sentence/repeatOf``) take no part.
    public func align(_ sentences: [[Sentence]]) -> [Alignment] {
        let vectors = termVectors(sentences)
        var result: [Alignment] = []
        for a in sentences.indices {
            for b in sentences.indices where b > a {
                result += alignPair(vectors[a], vectors[b], a, b)
            }
        }
        return result.sorted { ($0.sentences.first!, $0.sentences.last!) < ($1.sentences.first!, $1.sentences.last!) }
    }

    /// Similarity of two sentences on their own, with document frequencies
    /// from just the two; what `factdiff similarity` will print.
    public func similarity(_ first: String, _ second: String) -> Double {
        let a = Sentence(ref: SentenceRef(article: 0, sentence: 0), text: first, role: .body, paragraph: 0, range: 0..<0)
        let b = Sentence(ref: SentenceRef(article: 1, sentence: 0), text: second, role: .body, paragraph: 0, range: 0..<0)
        let vectors = termVectors([[a], [b]])
        guard let x = vectors[0][0], let y = vectors[1][0] else { return 0 }
        // Rounded so that the order of the two sentences, which changes the
        // order of the floating-point sum, cannot change the printed score.
        return (Self.cosine(x, y) * 1_000_000).rounded() / 1_000_000
    }

    private func termVectors(_ sentences: [[Sentence]]) -> [[TermVector?]] {
        var table = TermTable()
        let raw = sentences.map { article in
            article.map { sentence in sentence.repeatOf == nil ? table.terms(of: sentence.text) : nil }
        }
        let documents = Double(max(1, raw.joined().compactMap { $0 }.count))
        return raw.map { article in
            article.map { terms in
                guard let terms, !terms.isEmpty else { return nil }
                var ids: [Int32] = []
                var weights: [Double] = []
                for (id, isAnchor) in terms.sorted(by: { $0.id < $1.id }) {
                    let df = Double(table.documentFrequency[Int(id)])
                    let idf = log(1 + documents / df)
                    ids.append(id)
                    weights.append(idf * (isAnchor ? anchorBoost : 1))
                }
                let norm = sqrt(weights.reduce(0) { $0 + $1 * $1 })
                return TermVector(terms: ids, weights: weights, norm: norm)
            }
        }
    }

    private func alignPair(_ first: [TermVector?], _ second: [TermVector?], _ a: Int, _ b: Int) -> [Alignment] {
        var postings: [Int32: [Int]] = [:]
        for (index, vector) in second.enumerated() {
            guard let vector else { continue }
            for term in vector.terms { postings[term, default: []].append(index) }
        }
        var candidates: [(score: Double, i: Int, j: Int)] = []
        for (i, vector) in first.enumerated() {
            guard let vector else { continue }
            var touched: Set<Int> = []
            for term in vector.terms {
                for j in postings[term] ?? [] { touched.insert(j) }
            }
            for j in touched {
                guard let other = second[j] else { continue }
                let score = Self.cosine(vector, other)
                if score >= threshold { candidates.append((score, i, j)) }
            }
        }
        candidates.sort { ($0.score, -$0.i, -$0.j) > ($1.score, -$1.i, -$1.j) }
        var usedFirst: Set<Int> = []
        var usedSecond: Set<Int> = []
        var result: [Alignment] = []
        for candidate in candidates where !usedFirst.contains(candidate.i) && !usedSecond.contains(candidate.j) {
            usedFirst.insert(candidate.i)
            usedSecond.insert(candidate.j)
            result.append(
                Alignment(
                    score: (candidate.score * 1000).rounded() / 1000,
                    sentences: [SentenceRef(article: a, sentence: candidate.i), SentenceRef(article: b, sentence: candidate.j)]))
        }
        return result
    }

    /// Both vectors hold sorted term ids; a merge walks them once.
    static func cosine(_ x: TermVector, _ y: TermVector) -> Double {
        guard x.norm > 0, y.norm > 0 else { return 0 }
        var i = 0
        var j = 0
        var dot = 0.0
        while i < x.terms.count, j < y.terms.count {
            if x.terms[i] == y.terms[j] {
                dot += x.weights[i] * y.weights[j]
                i += 1
                j += 1
            } else if x.terms[i] < y.terms[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return min(1, dot / (x.norm * y.norm))
    }
}
