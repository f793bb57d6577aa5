import ArgumentParser
import FactDiff

/// The limits of `compare` and `check`; each overrides `.factdiff.yml`
/// (for `check`) and the defaults of ``Limits``.
struct LimitOptions: ParsableArguments {
    @Option(help: "Refuse files larger than this (bytes, or with K, M, G: 16M). Default: 16M.")
    var maxFileSize: String?

    @Option(help: "Sentences compared per article; the rest are not compared, with a warning. Default: \(Limits.defaultMaxSentences).")
    var maxSentences: Int?

    @Option(help: "Articles compared per story; the rest are not compared, with a warning. Default: \(Limits.defaultMaxArticles).")
    var maxArticles: Int?

    @Option(help: "Bytes of a sentence compared as one; a longer one is compared in pieces, with a warning. Default: \(Limits.defaultMaxSentenceLength).")
    var maxSentenceLength: Int?

    func validate() throws {
        if let maxFileSize, Limits.byteCount(maxFileSize) == nil {
            throw ValidationError("--max-file-size must be a size in bytes, or with K, M or G (16M), not '\(maxFileSize)'")
        }
        if let maxSentences, maxSentences < 1 { throw ValidationError("--max-sentences must be at least 1") }
        if let maxArticles, maxArticles < 2 { throw ValidationError("--max-articles must be at least 2") }
        if let maxSentenceLength, maxSentenceLength < 1 { throw ValidationError("--max-sentence-length must be at least 1") }
    }

    /// `limits` with the options given applied.
    func applied(to limits: Limits) -> Limits {
        var limits = limits
        if let maxFileSize, let bytes = Limits.byteCount(maxFileSize) { limits.maxFileSize = bytes }
        if let maxSentences { limits.maxSentences = maxSentences }
        if let maxArticles { limits.maxArticles = maxArticles }
        if let maxSentenceLength { limits.maxSentenceLength = maxSentenceLength }
        return limits
    }
}
