import Foundation

/// The machine-readable report, version 1 of the schema in
/// `../shared/eval/README.md`. The fields named there are a contract; new
/// fields may be added, none renamed.
public enum JSONReport {
    public static let version = 1

    public static func render(_ analyses: [StoryAnalysis]) throws -> String {
        try encode(
            Document(
                version: version, stories: analyses.map { StoryRecord($0, baselined: []) },
                limits: analyses.flatMap(\.limitNotes).map(LimitRecord.init)))
    }

    /// The batch report of `factdiff check`: every story, baselined
    /// conflicts kept and marked, and what the batch left out or could not
    /// read.
    public static func render(_ outcome: BatchOutcome) throws -> String {
        try encode(
            BatchDocument(
                version: version,
                stories: outcome.stories.map { StoryRecord($0, baselined: outcome.baselined) },
                groupings: outcome.groupings.map { GroupingRecord(story: $0.story, articles: $0.articles, sharedTerms: $0.sharedTerms) },
                uncompared: outcome.uncompared.map { UncomparedRecord(id: $0.id, path: $0.path, title: $0.title) },
                problems: outcome.problems.map { ProblemRecord(path: $0.path, message: $0.description) },
                limits: outcome.limitNotes.map(LimitRecord.init),
                goneFromBaseline: outcome.goneFromBaseline,
                ignored: outcome.ignored.map {
                    IgnoredRecord(story: $0.story, fingerprint: $0.conflict.fingerprint, kind: $0.conflict.kind.rawValue, message: $0.conflict.message, reason: $0.reason)
                },
                summary: BatchSummary(outcome)))
    }

    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    struct Document: Encodable {
        var version: Int
        var stories: [StoryRecord]
        var limits: [LimitRecord]
    }

    /// What a limit cut: `limit` is the option's name (max-sentences...).
    struct LimitRecord: Encodable {
        var path: String
        var line: Int?
        var limit: String
        var message: String

        init(_ note: LimitNote) {
            path = note.path
            line = note.line
            limit = note.limit.rawValue
            message = note.description
        }
    }

    struct BatchDocument: Encodable {
        var version: Int
        var stories: [StoryRecord]
        var groupings: [GroupingRecord]
        var uncompared: [UncomparedRecord]
        var problems: [ProblemRecord]
        var limits: [LimitRecord]
        var goneFromBaseline: [BaselineEntry]
        var ignored: [IgnoredRecord]
        var summary: BatchSummary
    }

    struct GroupingRecord: Encodable {
        var story: String
        var articles: [String]
        var sharedTerms: [String]
    }

    struct UncomparedRecord: Encodable {
        var id: String
        var path: String
        var title: String
    }

    struct ProblemRecord: Encodable {
        var path: String
        var message: String
    }

    struct IgnoredRecord: Encodable {
        var story: String
        var fingerprint: String
        var kind: String
        var message: String
        var reason: String
    }

    struct BatchSummary: Encodable {
        var stories: Int
        var articles: Int
        var conflicts: Int
        var newConflicts: Int
        var errors: Int
        var warnings: Int
        var baselined: Int
        var uncompared: Int
        var problems: Int

        init(_ outcome: BatchOutcome) {
            let new = outcome.newConflicts
            stories = outcome.stories.count
            articles = outcome.stories.reduce(0) { $0 + $1.articles.count } + outcome.uncompared.count
            conflicts = outcome.stories.reduce(0) { $0 + $1.conflicts.count }
            newConflicts = new.count
            errors = new.filter { $0.conflict.severity == .error }.count
            warnings = new.filter { $0.conflict.severity == .warning }.count
            baselined = outcome.baselined.count
            uncompared = outcome.uncompared.count
            problems = outcome.problems.count
        }
    }

    struct StoryRecord: Encodable {
        var id: String
        var articles: [ArticleRecord]
        var alignments: [AlignmentRecord]
        var coverage: [CoverageRecord]
        var conflicts: [ConflictRecord]
        var summary: Summary

        init(_ analysis: StoryAnalysis, baselined: Set<String>) {
            id = analysis.story.id
            articles = analysis.articles.enumerated().map { index, article in
                ArticleRecord(article: article, sentences: analysis.sentences[index].count)
            }
            alignments = analysis.alignments.map { alignment in
                AlignmentRecord(
                    score: alignment.score,
                    sentences: alignment.sentences.map { SentenceRecord($0, analysis) })
            }
            coverage = analysis.coverage.map { coverage in
                CoverageRecord(
                    article: analysis.articles[coverage.article].id, sentences: coverage.sentences,
                    aligned: coverage.aligned, share: (coverage.share * 1000).rounded() / 1000,
                    unique: coverage.unique.map { SentenceRecord($0, analysis) })
            }
            conflicts = analysis.conflicts.map { ConflictRecord($0, analysis, baselined: baselined.contains($0.fingerprint)) }
            summary = Summary(analysis)
        }
    }

    struct ArticleRecord: Encodable {
        var article: Article
        var sentences: Int

        enum CodingKeys: String, CodingKey {
            case id, path, title, source, published, url, author, sentences
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(article.id, forKey: .id)
            try c.encode(article.path, forKey: .path)
            try c.encode(article.title, forKey: .title)
            try c.encode(article.source, forKey: .source)
            try c.encode(article.published?.description, forKey: .published)
            try c.encode(article.url, forKey: .url)
            try c.encode(article.author, forKey: .author)
            try c.encode(sentences, forKey: .sentences)
        }
    }

    struct AlignmentRecord: Encodable {
        var score: Double
        var sentences: [SentenceRecord]
    }

    /// What `coverage` holds per article: `unique` lists the sentences no
    /// other article reports.
    struct CoverageRecord: Encodable {
        var article: String
        var sentences: Int
        var aligned: Int
        var share: Double
        var unique: [SentenceRecord]
    }

    struct SentenceRecord: Encodable {
        var article: String
        var index: Int
        var text: String

        init(_ ref: SentenceRef, _ analysis: StoryAnalysis) {
            article = analysis.articles[ref.article].id
            index = ref.sentence
            text = analysis.sentence(ref).text
        }
    }

    struct ConflictRecord: Encodable {
        var fingerprint: String
        var kind: String
        var severity: String
        var message: String
        var claims: [ClaimRecord]
        /// The article that disagrees with all the others, or null.
        var outlier: String?
        /// Accepted by the baseline of `factdiff check`.
        var baselined: Bool

        enum CodingKeys: String, CodingKey {
            case fingerprint, kind, severity, message, claims, outlier, baselined
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(fingerprint, forKey: .fingerprint)
            try c.encode(kind, forKey: .kind)
            try c.encode(severity, forKey: .severity)
            try c.encode(message, forKey: .message)
            try c.encode(claims, forKey: .claims)
            try c.encode(outlier, forKey: .outlier)
            try c.encode(baselined, forKey: .baselined)
        }

        init(_ conflict: Conflict, _ analysis: StoryAnalysis, baselined: Bool) {
            self.baselined = baselined
            outlier = conflict.outlier.map { analysis.articles[$0].id }
            fingerprint = conflict.fingerprint
            kind = conflict.kind.rawValue
            severity = conflict.severity.rawValue
            message = conflict.message
            claims = conflict.claims.map { claim in
                let article = analysis.articles[claim.sentence.article]
                let location = analysis.location(of: claim)
                return ClaimRecord(
                    article: article.id, path: article.path, sentence: claim.sentence.sentence,
                    sentenceText: analysis.sentence(claim.sentence).text, evidence: claim.evidenceText,
                    value: claim.value, line: location.line, column: location.column)
            }
        }
    }

    struct ClaimRecord: Encodable {
        var article: String
        var path: String
        var sentence: Int
        var sentenceText: String
        var evidence: String
        var value: String
        var line: Int
        var column: Int
    }

    struct Summary: Encodable {
        var conflicts: Int
        var errors: Int
        var warnings: Int
        var alignments: Int
        var sentences: Int

        init(_ analysis: StoryAnalysis) {
            conflicts = analysis.conflicts.count
            errors = analysis.count(.error)
            warnings = analysis.count(.warning)
            alignments = analysis.alignments.count
            sentences = analysis.sentences.reduce(0) { $0 + $1.count }
        }
    }
}
