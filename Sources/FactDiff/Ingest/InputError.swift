/// Why an input file cannot be used. The description is the one-line message
/// the command prints, always naming the file.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        case missing
        case isDirectory
        case unreadable(String)
        case empty
        case binary(offset: Int)
        case invalidUTF8(offset: Int)
        case invalidUTF16(offset: Int)
        case unclosedFrontMatter(line: Int)
        case badFrontMatter(line: Int, String)
        case noText
        case duplicateID(String, otherPath: String)
        case tooFewArticles(Int)
        case cannotWrite(String)
        case notASentencePair(line: Int, fields: Int)
        case badJSONLine(line: Int, String)
        case symlinkLoop
        case notAnArticle
        case badConfiguration(String)
        case badBaseline(String)
        /// Larger than `--max-file-size`; `size` is nil when the file (a
        /// pipe, a device) has no size to tell.
        case tooLarge(size: Int?, limit: Int)
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .missing: return "\(path): no such file"
        case .isDirectory: return "\(path): is a directory, not a file"
        case .unreadable(let why): return "\(path): cannot read: \(why)"
        case .empty: return "\(path): empty file"
        case .binary(let offset): return "\(path): binary file (NUL byte at offset \(offset))"
        case .invalidUTF8(let offset): return "\(path): not valid UTF-8 (bad byte at offset \(offset))"
        case .invalidUTF16(let offset): return "\(path): not valid UTF-16 (bad code unit at offset \(offset))"
        case .unclosedFrontMatter(let line):
            return "\(path):\(line): front matter opened with '---' is never closed"
        case .badFrontMatter(let line, let why): return "\(path):\(line): \(why)"
        case .noText: return "\(path): no headline or text"
        case .duplicateID(let id, let other):
            return "\(path): article id '\(id)' is also the id of \(other); rename one of the files"
        case .tooFewArticles(let count):
            return "\(path): a comparison needs at least two articles, got \(count)"
        case .cannotWrite(let why): return "\(path): cannot write: \(why)"
        case .badJSONLine(let line, let why): return "\(path):\(line): \(why)"
        case .symlinkLoop: return "\(path): symbolic link that leads nowhere or loops, skipped"
        case .notAnArticle: return "\(path): not an article file (.txt, .html, .htm or .jsonl)"
        case .badConfiguration(let why): return "\(path): \(why)"
        case .badBaseline(let why): return "\(path): not a FactDiff baseline: \(why)"
        case .tooLarge(let size, let limit):
            let what = size.map { "file of \(Limits.describe(bytes: $0))" } ?? "file"
            return "\(path): \(what) is larger than the limit of \(Limits.describe(bytes: limit)); not read (raise it with --max-file-size)"
        case .notASentencePair(let line, let fields):
            return "\(path):\(line): expected two sentences separated by a tab, found \(fields) field\(fields == 1 ? "" : "s")"
        }
    }
}
