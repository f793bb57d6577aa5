import Foundation

/// Groups articles that came without a story into stories, by the rare
/// names, numbers and words they share.
///
/// Blocking keeps it linear in the batch: only terms that a few articles
/// share (no more than ``maximumShare`` of the batch, and at most
/// ``maximumPostings`` articles) are indexed, so each article meets only the
/// articles that share such a term with it, never every other article. Two
/// articles join one story when the cosine of their IDF-weighted term sets
/// reaches ``threshold``; the threshold was measured on the corpus stories
/// with their folders taken away (see the README).
public struct StoryGrouper: Sendable {
    public var threshold: Double
    public var maximumShare: Double
    public var maximumPostings: Int

    public init(threshold: Double = 0.2, maximumShare: Double = 0.02, maximumPostings: Int = 60) {
        self.threshold = threshold
        self.maximumShare = maximumShare
        self.maximumPostings = maximumPostings
    }

    public struct Result: Sendable {
        public var stories: [Story]
        public var groupings: [StoryGrouping]
        /// Articles that share a story with no other article.
        public var alone: [Article]
    }

    public func group(_ articles: [Article]) -> Result {
        let termSets = articles.map(Self.terms)
        var documentFrequency: [String: Int] = [:]
        for terms in termSets {
            for term in terms { documentFrequency[term, default: 0] += 1 }
        }
        let n = Double(max(articles.count, 1))
        let cap = max(2, min(maximumPostings, Int(n * maximumShare)))
        func idf(_ term: String) -> Double { log(n / Double(documentFrequency[term] ?? 1)) + 1 }
        // Weighted rare-term sets: a term every other article has says
        // nothing about the story.
        let rare = termSets.map { terms in terms.filter { documentFrequency[$0]! <= cap } }
        let norms = rare.map { terms in sqrt(terms.reduce(0) { $0 + idf($1) * idf($1) }) }
        var postings: [String: [Int]] = [:]
        for (index, terms) in rare.enumerated() {
            for term in terms where documentFrequency[term]! >= 2 { postings[term, default: []].append(index) }
        }
        var parent = Array(articles.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for index in articles.indices {
            var shared: [Int: Double] = [:]
            for term in rare[index] {
                guard let list = postings[term] else { continue }
                let weight = idf(term) * idf(term)
                for other in list where other > index { shared[other, default: 0] += weight }
            }
            for (other, dot) in shared where norms[index] > 0 && norms[other] > 0 {
                if dot / (norms[index] * norms[other]) >= threshold {
                    let (a, b) = (find(index), find(other))
                    if a != b { parent[max(a, b)] = min(a, b) }
                }
            }
        }
        var members: [Int: [Int]] = [:]
        for index in articles.indices { members[find(index), default: []].append(index) }
        var result = Result(stories: [], groupings: [], alone: [])
        for root in members.keys.sorted() {
            let group = members[root]!
            guard group.count >= 2 else {
                result.alone.append(articles[group[0]])
                continue
            }
            let grouped = group.map { articles[$0] }.sorted { $0.id < $1.id }
            let id = "story-\(grouped[0].id)"
            var counts: [String: Int] = [:]
            for index in group {
                for term in rare[index] { counts[term, default: 0] += 1 }
            }
            let sharedTerms = counts.filter { $0.value >= 2 }.keys
                .sorted { (counts[$0]!, idf($0), $1) > (counts[$1]!, idf($1), $0) }
            result.stories.append(Story(id: id, articles: grouped))
            result.groupings.append(
                StoryGrouping(story: id, articles: grouped.map(\.id), sharedTerms: Array(sharedTerms.prefix(8))))
        }
        result.stories.sort { $0.id < $1.id }
        result.groupings.sort { $0.story < $1.story }
        result.alone.sort { $0.id < $1.id }
        return result
    }

    /// Names (capitalised inside a sentence), numbers and longer content
    /// words of an article, lowercased.
    static func terms(_ article: Article) -> Set<String> {
        var terms: Set<String> = []
        for paragraph in article.paragraphs {
            for (index, word) in Word.split(paragraph.text).enumerated() {
                let lower = Word.normalise(word.lower)
                if word.isNumeric {
                    if lower.count >= 2 { terms.insert(lower) }
                } else if (word.isCapitalised && index > 0) || lower.utf8.count >= 5, !Stopwords.english.contains(lower) {
                    terms.insert(lower)
                }
            }
        }
        return terms
    }
}
