/// The registered extractors and the one pass that runs them all.
public enum MentionExtraction {
    /// Every extractor the pipeline runs; a new kind of mention is one more
    /// entry here.
    public static let extractors: [any MentionExtractor] = [
        DateExtractor(),
        PersonExtractor(),
        NumberExtractor(),
        TimeExtractor(),
        OrdinalExtractor(),
        QuoteExtractor(),
        PolarityExtractor(),
        PlaceExtractor(),
    ]

    /// The mentions of every sentence of one article, by sentence index,
    /// each list in text order.
    public static func mentions(
        in sentences: [Sentence], context: ExtractionContext,
        extractors: [any MentionExtractor] = extractors
    ) -> [[Mention]] {
        sentences.map { sentence in
            let words = Word.split(sentence.text)
            return extractors.flatMap { $0.mentions(in: sentence, words: words, context: context) }
                .sorted { ($0.range.lowerBound, $0.kind) < ($1.range.lowerBound, $1.kind) }
        }
    }
}
