/// How much of one article the other outlets also report, and the sentences
/// only it has: what a source leaves out, or reports alone, is what an editor
/// checks next.
public struct Coverage: Hashable, Sendable {
    public var article: Int
    /// Sentences that took part in alignment (repeats excluded).
    public var sentences: Int
    /// Of those, how many share a fact with another article.
    public var aligned: Int
    /// The others, in article order.
    public var unique: [SentenceRef]

    /// The share of the article's sentences another outlet also reports, in
    /// [0, 1]; 0 for an article with no sentence.
    public var share: Double { sentences > 0 ? Double(aligned) / Double(sentences) : 0 }

    /// One entry per article, in story order.
    public static func of(_ sentences: [[Sentence]], alignments: [Alignment]) -> [Coverage] {
        let aligned = Set(alignments.flatMap(\.sentences))
        return sentences.enumerated().map { article, list in
            let counted = list.filter { $0.repeatOf == nil }
            let unique = counted.map(\.ref).filter { !aligned.contains($0) }
            return Coverage(article: article, sentences: counted.count, aligned: counted.count - unique.count, unique: unique)
        }
    }
}
