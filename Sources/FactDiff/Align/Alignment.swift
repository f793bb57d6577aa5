/// Sentences of different articles that report the same fact, and how sure
/// the aligner is of it.
public struct Alignment: Hashable, Sendable {
    /// In [0, 1]: the aligner's estimate that the sentences report one fact
    /// (``SimilarityModel``).
    public var score: Double
    /// Sorted by article, then sentence.
    public var sentences: [SentenceRef]
    /// A pair of sentences that each report several facts, aligned on one
    /// that neither's group is about (``SentenceAligner``): its sentences
    /// also stand in other alignments, so a report laid out a row per fact
    /// links the pair instead of merging the two rows.
    public var otherFact: Bool

    public init(score: Double, sentences: [SentenceRef], otherFact: Bool = false) {
        self.score = score
        // Most alignments are pairs, and most pairs come in order: the
        // aligner makes one per near miss.
        if sentences.count == 2 {
            self.sentences = sentences[0] <= sentences[1] ? sentences : [sentences[1], sentences[0]]
        } else {
            self.sentences = sentences.sorted()
        }
        self.otherFact = otherFact
    }

    /// In sentence order, the order every report lists alignments in.
    public static func inOrder(_ alignments: [Alignment]) -> [Alignment] {
        alignments.sorted { $0.sentences.lexicographicallyPrecedes($1.sentences) }
    }
}
