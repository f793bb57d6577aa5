/// Sentences of different articles that report the same fact, and how sure
/// the aligner is of it.
public struct Alignment: Hashable, Sendable {
    /// In [0, 1]: the weighted share of their words the sentences have in
    /// common (``SentenceSimilarity``).
    public var score: Double
    /// Sorted by article, then sentence.
    public var sentences: [SentenceRef]

    public init(score: Double, sentences: [SentenceRef]) {
        self.score = score
        self.sentences = sentences.sorted()
    }
}
