import Foundation

/// How much of its input FactDiff takes on, so that no input can exhaust
/// memory or time. Each is an option of `compare` and `check` and a setting
/// of `.factdiff.yml`; what each does when it cuts is in ``LimitNote``.
public struct Limits: Hashable, Sendable {
    /// A file larger than this many bytes is refused before it is read (an
    /// input error naming its size): 16 MiB is over a hundred times the
    /// longest news article and still a JSON Lines feed of a few thousand.
    public var maxFileSize: Int
    /// Sentences compared per article; the rest of a longer article is read
    /// and shown but not compared, with a warning.
    public var maxSentences: Int
    /// Articles compared per story; the articles after the first this many
    /// (in story order) are not compared, each with a warning.
    public var maxArticles: Int
    /// A sentence longer than this many bytes of UTF-8 (a list or a page
    /// without full stops) is compared in pieces of at most this length, cut
    /// at spaces, with a warning; the sentence rules' cost grows with the
    /// square of a sentence's words.
    public var maxSentenceLength: Int

    public static let defaultMaxFileSize = 16 << 20
    public static let defaultMaxSentences = 2_000
    public static let defaultMaxArticles = 50
    public static let defaultMaxSentenceLength = 2_000

    public init(
        maxFileSize: Int = defaultMaxFileSize, maxSentences: Int = defaultMaxSentences,
        maxArticles: Int = defaultMaxArticles, maxSentenceLength: Int = defaultMaxSentenceLength
    ) {
        self.maxFileSize = maxFileSize
        self.maxSentences = maxSentences
        self.maxArticles = maxArticles
        self.maxSentenceLength = maxSentenceLength
    }

    /// Reads a size such as `16MiB`, `200k`, `1G` or a plain number of bytes
    /// (K, M, G are powers of 1024 with or without `iB`/`B`).
    public static func byteCount(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        var unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        guard !digits.isEmpty, let number = Int(digits) else { return nil }
        if unit.hasSuffix("ib") { unit.removeLast(2) } else if unit.hasSuffix("b") { unit.removeLast() }
        let scale: Int
        switch unit {
        case "": scale = 1
        case "k": scale = 1 << 10
        case "m": scale = 1 << 20
        case "g": scale = 1 << 30
        default: return nil
        }
        let (bytes, overflow) = number.multipliedReportingOverflow(by: scale)
        return overflow || bytes < 1 ? nil : bytes
    }

    /// `16 MiB`, `512 KiB`, `200 bytes`: how sizes are named in messages.
    public static func describe(bytes: Int) -> String {
        func figure(_ value: Double, _ unit: String) -> String {
            let rounded = (value * 10).rounded() / 10
            return rounded == rounded.rounded() ? "\(Int(rounded)) \(unit)" : "\(rounded) \(unit)"
        }
        if bytes >= 1 << 30 { return figure(Double(bytes) / Double(1 << 30), "GiB") }
        if bytes >= 1 << 20 { return figure(Double(bytes) / Double(1 << 20), "MiB") }
        if bytes >= 1 << 10 { return figure(Double(bytes) / Double(1 << 10), "KiB") }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}

/// Something a limit cut: reported as a warning naming the file (text
/// output, standard error for `compare`) and listed in the JSON reports
/// (`limits`), never an error of its own.
public struct LimitNote: Hashable, Sendable, CustomStringConvertible {
    public enum Limit: String, Hashable, Sendable {
        case maxSentences = "max-sentences"
        case maxArticles = "max-articles"
        case maxSentenceLength = "max-sentence-length"
    }

    public var path: String
    /// The line of the file the cut starts at, when there is one.
    public var line: Int?
    public var limit: Limit
    /// What was cut, in words: "only the first 2000 of 100000 sentences compared".
    public var message: String

    public init(path: String, line: Int? = nil, limit: Limit, message: String) {
        self.path = path
        self.line = line
        self.limit = limit
        self.message = message
    }

    public var description: String {
        "\(path)\(line.map { ":\($0)" } ?? ""): \(message) (--\(limit.rawValue))"
    }
}
