import Foundation

/// The machine-readable report, version 1 of the schema in
/// `../shared/eval/README.md`. The fields named there are a contract; new
/// fields may be added, none renamed.
public enum JSONReport {
    public static let version = 1

    public static func render(_ analyses: [StoryAnalysis]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Document(version: version, stories: analyses.map(StoryRecord.init)))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct Document: Encodable {
        var version: Int
        var stories: [StoryRecord]
    }

    struct StoryRecord: Encodable {
        var id: String
        var articles: [ArticleRecord]
        var alignments: [AlignmentRecord]
        var coverage: [CoverageRecord]
        var conflicts: [ConflictRecord]
        var summary: Summary

        init(_ analysis: StoryAnalysis) {
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
            conflicts = analysis.conflicts.map { ConflictRecord($0, analysis) }
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

        enum CodingKeys: String, CodingKey {
            case fingerprint, kind, severity, message, claims, outlier
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(fingerprint, forKey: .fingerprint)
            try c.encode(kind, forKey: .kind)
            try c.encode(severity, forKey: .severity)
            try c.encode(message, forKey: .message)
            try c.encode(claims, forKey: .claims)
            try c.encode(outlier, forKey: .outlier)
        }

        init(_ conflict: Conflict, _ analysis: StoryAnalysis) {
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
