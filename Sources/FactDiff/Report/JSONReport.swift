import Foundation

/// The machine-readable report, version 1 of the schema in
/// `../shared/eval/README.md`. The fields named there are a contract; new
/// fields may be added, none renamed.
public enum JSONReport {
    public static let version = 1

    public static func render(_ analyses: [StoryAnalysis]) throws -> String {
        let stories = analyses.map { StoryRecord($0, baselined: []) }
        let limits = analyses.flatMap(\.limitNotes).map(LimitRecord.init)
        return try encode(stories: stories) { Document(version: version, stories: $0, limits: limits) }
    }

    /// The batch report of `factdiff check`: every story, baselined
    /// conflicts kept and marked, and what the batch left out or could not
    /// read.
    public static func render(_ outcome: BatchOutcome) throws -> String {
        let stories = outcome.stories.map { StoryRecord($0, baselined: outcome.baselined) }
        return try encode(stories: stories) { stories in
            BatchDocument(
                version: version,
                stories: stories,
                groupings: outcome.groupings.map { GroupingRecord(story: $0.story, articles: $0.articles, sharedTerms: $0.sharedTerms) },
                uncompared: outcome.uncompared.map { UncomparedRecord(id: $0.id, path: $0.path, title: $0.title) },
                problems: outcome.problems.map { ProblemRecord(path: $0.path, message: $0.description) },
                limits: outcome.limitNotes.map(LimitRecord.init),
                goneFromBaseline: outcome.goneFromBaseline,
                ignored: outcome.ignored.map {
                    IgnoredRecord(story: $0.story, fingerprint: $0.conflict.fingerprint, kind: $0.conflict.kind.rawValue, message: $0.conflict.message, reason: $0.reason)
                },
                summary: BatchSummary(outcome))
        }
    }

    static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try encoder().encode(value), as: UTF8.self) + "\n"
    }

    private static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The document that `document` makes of the stories, with the stories
    /// encoded apart, one task per core, and spliced in where a placeholder
    /// for each stands: the same bytes as encoding it whole, since a story
    /// is an element of the top-level `stories` array, two levels deep.
    static func encode<Document: Encodable>(
        stories: [StoryRecord], document: ([StorySlot]) -> Document
    ) throws -> String {
        let slots = stories.indices.map { StorySlot.placeholder("\(StorySlot.marker)\($0)") }
        let outline = Array(try encoder().encode(document(slots)))
        // Each story's bytes become a String on its own task: making a
        // String checks its bytes are UTF-8, and checking the whole report
        // at the end, on one core, was a third of rendering it.
        let texts = stories.concurrentMap { story in Result { String(decoding: try story.json(depth: 2), as: UTF8.self) } }
        var spliced = ""
        spliced.reserveCapacity(outline.count + texts.reduce(0) { $0 + ((try? $1.get().utf8.count) ?? 0) } + 1)
        // A line break cannot stand inside a JSON string, so a placeholder
        // found at the start of a line is the array element, never text
        // that happens to hold it.
        var rest = 0
        var searchFrom = 0
        if !stories.isEmpty, let array = Self.find(Array("\n  \"stories\" : [".utf8), in: outline, from: 0) {
            searchFrom = array.upperBound
        }
        for index in stories.indices {
            guard let found = Self.find(Array("\n    \"\(StorySlot.marker)\(index)\"".utf8), in: outline, from: max(rest, searchFrom)) else {
                // Not where it should be: encode the whole document plainly.
                return try encode(document(stories.map(StorySlot.record)))
            }
            spliced += String(decoding: outline[rest..<found.lowerBound], as: UTF8.self)
            spliced += "\n    "
            spliced += try texts[index].get()
            rest = found.upperBound
        }
        spliced += String(decoding: outline[rest...], as: UTF8.self)
        spliced += "\n"
        return spliced
    }

    /// The first place at or after `start` where `needle` stands in `bytes`.
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Range<Int>? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var k = start
        while k + needle.count <= bytes.count {
            if bytes[k] == first, bytes[k..<(k + needle.count)].elementsEqual(needle) { return k..<(k + needle.count) }
            k += 1
        }
        return nil
    }

    /// A story in a document: its record, or the placeholder that
    /// ``encode(stories:document:)`` replaces with the record's encoding.
    enum StorySlot: Encodable {
        case record(StoryRecord)
        case placeholder(String)

        static let marker = "factdiff-story-placeholder-"

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .record(let record): try record.encode(to: encoder)
            case .placeholder(let text):
                var container = encoder.singleValueContainer()
                try container.encode(text)
            }
        }
    }

    struct Document: Encodable {
        var version: Int
        var stories: [StorySlot]
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
        var stories: [StorySlot]
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

    struct StoryRecord: Encodable, JSONWritable {
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
                    sentences: alignment.sentences.map { SentenceRecord($0, analysis) },
                    otherFact: alignment.otherFact ? true : nil)
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

        /// What `JSONEncoder` makes of the record, written directly
        /// (``JSONText``), at `depth` in the document.
        func json(depth: Int) throws -> [UInt8] {
            var json = JSONText(depth: depth, capacity: 1024 + alignments.count * 600)
            write(to: &json)
            if let invalid = json.invalidNumber {
                throw EncodingError.invalidValue(
                    invalid, EncodingError.Context(codingPath: [], debugDescription: "Unable to encode \(invalid) directly in JSON."))
            }
            return json.bytes
        }

        func write(to json: inout JSONText) {
            json.beginObject()
            json.field("alignments", alignments)
            json.field("articles", articles)
            json.field("conflicts", conflicts)
            json.field("coverage", coverage)
            json.field("id", id)
            json.key("summary")
            summary.write(to: &json)
            json.endObject()
        }
    }

    struct ArticleRecord: Encodable, JSONWritable {
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

        func write(to json: inout JSONText) {
            json.beginObject()
            json.field("author", article.author)
            json.field("id", article.id)
            json.field("path", article.path)
            json.field("published", article.published?.description)
            json.field("sentences", sentences)
            json.field("source", article.source)
            json.field("title", article.title)
            json.field("url", article.url)
            json.endObject()
        }
    }

    struct AlignmentRecord: Encodable, JSONWritable {
        var score: Double
        var sentences: [SentenceRecord]
        /// Present, and true, only for a pair on a fact besides its
        /// sentences' groups (``Alignment/otherFact``).
        var otherFact: Bool?

        func write(to json: inout JSONText) {
            json.beginObject()
            if let otherFact {
                json.field("otherFact", otherFact)
            }
            json.field("score", score)
            json.field("sentences", sentences)
            json.endObject()
        }
    }

    /// What `coverage` holds per article: `unique` lists the sentences no
    /// other article reports.
    struct CoverageRecord: Encodable, JSONWritable {
        var article: String
        var sentences: Int
        var aligned: Int
        var share: Double
        var unique: [SentenceRecord]

        func write(to json: inout JSONText) {
            json.beginObject()
            json.field("aligned", aligned)
            json.field("article", article)
            json.field("sentences", sentences)
            json.field("share", share)
            json.field("unique", unique)
            json.endObject()
        }
    }

    struct SentenceRecord: Encodable, JSONWritable {
        var article: String
        var index: Int
        var text: String

        init(_ ref: SentenceRef, _ analysis: StoryAnalysis) {
            article = analysis.articles[ref.article].id
            index = ref.sentence
            text = analysis.sentence(ref).text
        }

        func write(to json: inout JSONText) {
            json.beginObject()
            json.field("article", article)
            json.field("index", index)
            json.field("text", text)
            json.endObject()
        }
    }

    struct ConflictRecord: Encodable, JSONWritable {
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

        func write(to json: inout JSONText) {
            json.beginObject()
            json.field("baselined", baselined)
            json.field("claims", claims)
            json.field("fingerprint", fingerprint)
            json.field("kind", kind)
            json.field("message", message)
            json.field("outlier", outlier)
            json.field("severity", severity)
            json.endObject()
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

    struct ClaimRecord: Encodable, JSONWritable {
        var article: String
        var path: String
        var sentence: Int
        var sentenceText: String
        var evidence: String
        var value: String
        var line: Int
        var column: Int

        func write(to json: inout JSONText) {
            json.beginObject()
            json.field("article", article)
            json.field("column", column)
            json.field("evidence", evidence)
            json.field("line", line)
            json.field("path", path)
            json.field("sentence", sentence)
            json.field("sentenceText", sentenceText)
            json.field("value", value)
            json.endObject()
        }
    }

    struct Summary: Encodable, JSONWritable {
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

        func write(to json: inout JSONText) {
            json.beginObject()
            json.field("alignments", alignments)
            json.field("conflicts", conflicts)
            json.field("errors", errors)
            json.field("sentences", sentences)
            json.field("warnings", warnings)
            json.endObject()
        }
    }
}
