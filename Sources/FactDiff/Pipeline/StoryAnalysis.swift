/// Everything FactDiff found in one story, stage by stage; what the reports
/// are written from.
public struct StoryAnalysis: Sendable {
    public var story: Story
    /// By article, in story order.
    public var sentences: [[Sentence]]
    /// By article, then by sentence.
    public var mentions: [[[Mention]]]
    public var alignments: [Alignment]
    /// By article, in story order.
    public var coverage: [Coverage]
    public var conflicts: [Conflict]

    public var articles: [Article] { story.articles }

    /// How many conflicts have this severity.
    public func count(_ severity: Severity) -> Int {
        conflicts.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }

    public func sentence(_ ref: SentenceRef) -> Sentence {
        sentences[ref.article][ref.sentence]
    }

    /// Where a claim's evidence stands in its article file.
    public func location(of claim: Claim) -> SourceLocation {
        let sentence = sentence(claim.sentence)
        return articles[claim.sentence.article].location(
            paragraph: sentence.paragraph, utf8Offset: sentence.range.lowerBound + claim.evidence.lowerBound)
    }
}

/// The pipeline: ingest → segment → extract → align → compare.
public struct Analyzer: Sendable {
    public var aligner: SentenceAligner
    public var detector: ConflictDetector

    public init(aligner: SentenceAligner = SentenceAligner(), detector: ConflictDetector = ConflictDetector()) {
        self.aligner = aligner
        self.detector = detector
    }

    public func analyze(_ story: Story) -> StoryAnalysis {
        let sentences = story.articles.enumerated().map { index, article in
            SentenceSplitter.sentences(of: article, articleIndex: index)
        }
        let mentions = zip(story.articles, sentences).map { article, sentences in
            MentionExtraction.mentions(in: sentences, context: ExtractionContext(published: article.published))
        }
        let alignments = aligner.align(sentences)
        let conflicts = detector.conflicts(
            articles: story.articles, sentences: sentences, mentions: mentions, alignments: alignments)
        return StoryAnalysis(
            story: story, sentences: sentences, mentions: mentions, alignments: alignments,
            coverage: Coverage.of(sentences, alignments: alignments), conflicts: conflicts)
    }
}
