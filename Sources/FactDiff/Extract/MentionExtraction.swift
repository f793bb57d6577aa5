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
    /// each list in text order. The article's digit-date style is read from
    /// all its sentences first (``NumericDateOrder/infer(words:texts:)``)
    /// unless the context already gives it.
    public static func mentions(
        in sentences: [Sentence], context: ExtractionContext,
        extractors: [any MentionExtractor] = extractors
    ) -> [[Mention]] {
        mentions(in: sentences, words: sentences.map { Word.split($0.text) }, context: context, extractors: extractors)
    }

    /// ``mentions(in:context:extractors:)`` with each sentence's words
    /// (``Word/split(_:)``) already split, as the pipeline splits them once
    /// for this stage and the conflict rules.
    public static func mentions(
        in sentences: [Sentence], words: [[Word]], context: ExtractionContext,
        extractors: [any MentionExtractor] = extractors
    ) -> [[Mention]] {
        var context = context
        if context.numericDateOrder == nil {
            context.numericDateOrder = NumericDateOrder.infer(words: words, texts: sentences.map { Array($0.text.utf8) })
        }
        return zip(sentences, words).map { sentence, words in
            extractors.flatMap { $0.mentions(in: sentence, words: words, context: context) }
                .sorted { ($0.range.lowerBound, $0.kind) < ($1.range.lowerBound, $1.kind) }
        }
    }
}
