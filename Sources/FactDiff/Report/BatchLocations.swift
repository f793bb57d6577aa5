import Foundation

/// Paths as CI systems want them: GitHub annotations and SARIF results are
/// matched to files of the repository by a path relative to its root, which
/// is the working directory of a CI step, so an article path inside the
/// working directory is made relative to it (however the user spelled it:
/// `./a.txt`, `x/../a.txt`, `/work/repo/a.txt`). A path outside stays
/// absolute, since no relative path would name it.
struct WorkingDirectory: Sendable {
    /// Absolute, without `.`, `..` or a trailing slash.
    let root: String

    init(_ path: String = FileManager.default.currentDirectoryPath) {
        root = Self.normalized(path, in: "/")
    }

    /// The path relative to the working directory, with forward slashes and
    /// no `.` or `..`; nil when it is not inside it.
    func relative(_ path: String) -> String? {
        let absolute = absolute(path)
        if let inside = Self.strip(root, from: absolute) { return inside }
        // A symbolic link in either (macOS's /var → /private/var) may hide
        // that one is inside the other.
        let resolvedRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        let resolved = URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path
        return Self.strip(resolvedRoot, from: resolved)
    }

    /// The path made absolute against the working directory, lexically.
    func absolute(_ path: String) -> String {
        Self.normalized(path, in: root)
    }

    /// Relative when inside the working directory, else absolute.
    func display(_ path: String) -> String {
        relative(path) ?? absolute(path)
    }

    /// For SARIF's `artifactLocation`: a relative URI reference (resolved
    /// against `%SRCROOT%`) when the file is inside the working directory,
    /// else an absolute `file://` URI.
    func uri(_ path: String) -> (uri: String, relative: Bool) {
        if let relative = relative(path) { return (Self.percentEncoded(relative), true) }
        return ("file://" + Self.percentEncoded(absolute(path)), false)
    }

    static func normalized(_ path: String, in directory: String) -> String {
        let full = path.hasPrefix("/") ? path : directory + "/" + path
        var parts: [Substring] = []
        for part in full.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    private static func strip(_ root: String, from path: String) -> String? {
        let prefix = root == "/" ? "/" : root + "/"
        guard path.hasPrefix(prefix), path.count > prefix.count else { return nil }
        return String(path.dropFirst(prefix.count))
    }

    /// RFC 3986 path characters: unreserved, sub-delimiters, `@` and `/`
    /// stay; everything else, UTF-8 byte by byte, becomes `%XX`. A colon is
    /// encoded too, because in the first segment of a relative reference it
    /// would read as a scheme (`a:b.txt`).
    static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case _ where "-._~!$&'()*+,;=@/".utf8.contains(byte):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}

/// Where a claim's evidence stands in its file: line, first column and the
/// column just past its end (columns count Unicode scalars of the original
/// line, as SARIF's `unicodeCodePoints` and GitHub's annotations do).
struct ClaimRegion: Hashable, Sendable {
    var line: Int
    var column: Int
    var endColumn: Int
}

extension StoryAnalysis {
    /// The end is the column just past the evidence's last character, found
    /// through the same column map as the start, so it stays right where
    /// cleaning changed the text inside the evidence (an invisible character
    /// dropped, a decomposed accent composed). The map's entry for the
    /// offset just past the evidence is not used: a space there carries the
    /// column of the character after it. When the map cannot say, start +
    /// the evidence's length in scalars.
    func region(of claim: Claim) -> ClaimRegion {
        let start = location(of: claim)
        let fallback = start.column + max(claim.evidenceText.unicodeScalars.count, 1)
        guard let last = claim.evidenceText.unicodeScalars.last, claim.evidence.count > 0 else {
            return ClaimRegion(line: start.line, column: start.column, endColumn: fallback)
        }
        let sentence = sentence(claim.sentence)
        let lastOffset = claim.evidence.upperBound - UTF8.width(last)
        let end = articles[claim.sentence.article].location(
            paragraph: sentence.paragraph, utf8Offset: sentence.range.lowerBound + max(lastOffset, claim.evidence.lowerBound))
        let endColumn = end.line == start.line && end.column >= start.column ? end.column + 1 : fallback
        return ClaimRegion(line: start.line, column: start.column, endColumn: endColumn)
    }
}

extension InputError {
    /// The line the problem is on, when the reason names one.
    var reportedLine: Int? {
        switch reason {
        case .unclosedFrontMatter(let line), .badFrontMatter(let line, _), .notASentencePair(let line, _),
            .badJSONLine(let line, _):
            return line
        default:
            return nil
        }
    }
}
