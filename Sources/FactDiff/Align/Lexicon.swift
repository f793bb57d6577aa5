import Foundation

/// Which word stems name the same or a derived concept ("ridicul"/"deris",
/// "kill"/"die"), so that paraphrases still match.
///
/// The groups come from WordNet, converted by `scripts/build-lexicon` into
/// `Resources/related-stems.txt` (one group of Snowball stems a line) and
/// bundled, so nothing is downloaded at build or run time.
struct Lexicon: Sendable {
    private let groups: [String: [Int32]]

    /// Built from the text of the resource: `#` lines are comments, every
    /// other line is one group of space-separated stems.
    init(text: String) {
        var groups: [String: [Int32]] = [:]
        var number: Int32 = 0
        var text = text
        text.withUTF8 { bytes in
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                if lineEnd > lineStart, bytes[lineStart] != UInt8(ascii: "#") {
                    var wordStart = lineStart
                    for k in lineStart...lineEnd where k == lineEnd || bytes[k] == UInt8(ascii: " ") {
                        if k > wordStart {
                            let stem = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<k]), as: UTF8.self)
                            groups[stem, default: []].append(number)
                        }
                        wordStart = k + 1
                    }
                    number += 1
                }
                lineStart = lineEnd + 1
            }
        }
        self.groups = groups
    }

    /// The groups a stem belongs to, ascending; empty for a stem WordNet does
    /// not relate to any other.
    func groups(of stem: String) -> [Int32] { groups[stem] ?? [] }

    var isEmpty: Bool { groups.isEmpty }

    /// The bundled English lexicon, read once. SwiftPM's `Bundle.module`
    /// stops the process when the bundle is missing, so the bundle is looked
    /// up by hand: a `factdiff` copied without its resources still runs, with
    /// stems that only match themselves, and says so (``isEmpty``).
    static let english: Lexicon = {
        let name = "FactDiff_FactDiff.resources/related-stems.txt"
        var places = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        if let executable = Bundle.main.executableURL { places.insert(executable.deletingLastPathComponent(), at: 0) }
        for place in places {
            if let data = try? Data(contentsOf: place.appendingPathComponent(name)) {
                return Lexicon(text: String(decoding: data, as: UTF8.self))
            }
        }
        return Lexicon(text: "")
    }()
}
