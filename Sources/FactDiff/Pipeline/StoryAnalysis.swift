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
    /// What the limits cut in this story (articles, sentences), in story
    /// order; empty when nothing was cut.
    public var limitNotes: [LimitNote] = []

    public var articles: [Article] { story.articles }

    /// The alignments a report counts as facts, a row each in the HTML
    /// table: a pair on another fact (``Alignment/otherFact``) links two of
    /// them instead.
    public var facts: [Alignment] { alignments.filter { !$0.otherFact } }

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
    public var limits: Limits
    /// Whether one story's articles and article pairs are worked on by every
    /// core at once: for a single story (`factdiff compare`); a batch
    /// analyses its stories side by side instead. The output is the same
    /// either way.
    public var parallel: Bool

    public init(
        aligner: SentenceAligner = SentenceAligner(), detector: ConflictDetector = ConflictDetector(),
        limits: Limits = Limits(), parallel: Bool = false
    ) {
        self.aligner = aligner
        self.detector = detector
        self.limits = limits
        self.parallel = parallel
    }

    public func analyze(_ story: Story) -> StoryAnalysis {
        var story = story
        var notes: [LimitNote] = []
        if story.articles.count > limits.maxArticles {
            let total = story.articles.count
            for article in story.articles[limits.maxArticles...] {
                notes.append(
                    LimitNote(
                        path: article.path, limit: .maxArticles,
                        message: "'\(article.id)' not compared: story '\(story.id)' has \(total) articles, only the first \(limits.maxArticles) are compared"))
            }
            story.articles.removeLast(total - limits.maxArticles)
        }
        let limits = self.limits
        let segmented = Array(story.articles.enumerated()).map(parallel: parallel) { index, article in
            Self.sentences(of: article, index: index, limits: limits)
        }
        notes += segmented.flatMap(\.notes)
        return analyze(story, sentences: segmented.map(\.sentences), notes: notes)
    }

    /// An article's sentences within the limits, and what the limits cut.
    private static func sentences(of article: Article, index: Int, limits: Limits) -> (sentences: [Sentence], notes: [LimitNote]) {
        var notes: [LimitNote] = []
        var sentences = SentenceSplitter.sentences(of: article, articleIndex: index, maxLength: limits.maxSentenceLength)
        var longest = 0
        var cutLine: Int?
        for paragraph in article.paragraphs where paragraph.text.utf8.count > limits.maxSentenceLength {
            // Only a paragraph cut into pieces can hold an over-long sentence.
            let bytes = Array(paragraph.text.utf8)
            for range in paragraph.role == .headline ? [0..<bytes.count] : SentenceSplitter.split(bytes)
            where range.count > limits.maxSentenceLength {
                if cutLine == nil { cutLine = paragraph.line }
                longest = max(longest, range.count)
            }
        }
        if let cutLine {
            notes.append(
                LimitNote(
                    path: article.path, line: cutLine, limit: .maxSentenceLength,
                    message: "a sentence of \(longest) bytes, longer than \(limits.maxSentenceLength), is compared in pieces"))
        }
        if sentences.count > limits.maxSentences {
            let first = sentences[limits.maxSentences]
            notes.append(
                LimitNote(
                    path: article.path, line: article.paragraphs[first.paragraph].line, limit: .maxSentences,
                    message: "only the first \(limits.maxSentences) of \(sentences.count) sentences are compared; the rest from here on are not"))
            sentences.removeLast(sentences.count - limits.maxSentences)
        }
        return (sentences, notes)
    }

    private func analyze(_ story: Story, sentences: [[Sentence]], notes: [LimitNote]) -> StoryAnalysis {
        let extracted = Array(zip(story.articles, sentences)).map(parallel: parallel) { article, sentences in
            let words = sentences.map { Word.split($0.text) }
            return (
                words,
                MentionExtraction.mentions(in: sentences, words: words, context: ExtractionContext(published: article.published))
            )
        }
        let words = extracted.map(\.0)
        let mentions = extracted.map(\.1)
        let (groups, otherFacts, nearMisses) = aligner.alignment(sentences, mentions: mentions, words: words, parallel: parallel)
        let conflicts = detector.conflicts(
            articles: story.articles, sentences: sentences, mentions: mentions, alignments: groups,
            nearMisses: nearMisses, words: words, parallel: parallel)
        let alignments = Self.confirming(Alignment.inOrder(groups + otherFacts), with: nearMisses, conflicts: conflicts)
        return StoryAnalysis(
            story: story, sentences: sentences, mentions: mentions, alignments: alignments,
            coverage: Coverage.of(sentences, alignments: alignments), conflicts: conflicts, limitNotes: notes)
    }

    /// Two sentences on which two sources disagree about one fact report
    /// that fact: a near miss or a pair tied by a shared figure
    /// (``FigureAnchors``) with a conflict joins the alignments, so the
    /// report shows the two side by side and coverage counts them as
    /// shared. Its score is the aligner's, below the threshold, or 0 for a
    /// pair tied by the figure alone.
    static func confirming(_ alignments: [Alignment], with nearMisses: [Alignment], conflicts: [Conflict]) -> [Alignment] {
        guard !conflicts.isEmpty else { return alignments }
        var together: Set<SentencePair> = []
        for alignment in alignments {
            for (i, x) in alignment.sentences.enumerated() {
                for y in alignment.sentences[(i + 1)...] { together.insert(SentencePair(x, y)) }
            }
        }
        // A near miss is two sentences.
        let scores = Dictionary(
            nearMisses.filter { $0.sentences.count == 2 }.map { (SentencePair($0.sentences[0], $0.sentences[1]), $0.score) },
            uniquingKeysWith: { a, _ in a })
        var confirmed: [Alignment] = []
        var added: Set<SentencePair> = []
        // The first claim is the one the others disagree with (the outlier
        // of a merged conflict); the others agree among themselves.
        for conflict in conflicts {
            guard let first = conflict.claims.first?.sentence else { continue }
            for claim in conflict.claims.dropFirst() where claim.sentence.article != first.article {
                let key = SentencePair(first, claim.sentence)
                guard !together.contains(key), added.insert(key).inserted else { continue }
                confirmed.append(Alignment(score: scores[key] ?? 0, sentences: [key.low, key.high]))
            }
        }
        guard !confirmed.isEmpty else { return alignments }
        return Alignment.inOrder(alignments + confirmed)
    }
}
