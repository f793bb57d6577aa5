import Foundation

/// Which word stems name the same or a derived concept ("ridicul"/"deris",
/// "kill"/"die"), so that paraphrases still match.
///
/// The groups come from WordNet, converted by `scripts/build-lexicon` into
/// `Resources/related-stems.txt` (one group of Snowball stems a line) and
/// bundled, so nothing is downloaded at build or run time.
struct Lexicon: Sendable {
    /// The resource's bytes, which the stems below point into.
    private let text: [UInt8]
    /// Every stem occurrence by the hash of its stem (``HashIndex``).
    private let index: HashIndex
    /// Per occurrence: where its stem stands in ``text`` and its group.
    private let starts: [Int32]
    private let lengths: [Int32]
    private let numbers: [Int32]

    init(text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// Built from the bytes of the resource as read: `#` lines are
    /// comments, every other line is one group of space-separated stems.
    init(bytes: [UInt8]) {
        var entries: [(hash: UInt32, number: Int)] = []
        var starts: [Int32] = []
        var lengths: [Int32] = []
        var numbers: [Int32] = []
        var number: Int32 = 0
        // About one stem per 8 bytes.
        entries.reserveCapacity(bytes.count / 8)
        starts.reserveCapacity(bytes.count / 8)
        lengths.reserveCapacity(bytes.count / 8)
        numbers.reserveCapacity(bytes.count / 8)
        bytes.withUnsafeBufferPointer { bytes in
            // One pass, each stem hashed as it is read: the lexicon loads at
            // every start.
            var k = 0
            var isComment = false
            var atLineStart = true
            var lineStart = 0
            var wordStart = 0
            var h = HashIndex.hashSeed
            while k <= bytes.count {
                let byte = k < bytes.count ? bytes[k] : UInt8(ascii: "\n")
                if atLineStart {
                    isComment = byte == UInt8(ascii: "#")
                    atLineStart = false
                    lineStart = k
                    wordStart = k
                    h = HashIndex.hashSeed
                }
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") {
                    if !isComment, k > wordStart {
                        entries.append((h, starts.count))
                        starts.append(Int32(wordStart))
                        lengths.append(Int32(k - wordStart))
                        numbers.append(number)
                    }
                    wordStart = k + 1
                    h = HashIndex.hashSeed
                    if byte == UInt8(ascii: "\n") {
                        // Each line that is neither empty nor a comment is
                        // a group, and numbered, even one of spaces only.
                        if !isComment, k > lineStart { number += 1 }
                        atLineStart = true
                    }
                } else {
                    h = HashIndex.hash(h, byte)
                }
                k += 1
            }
        }
        self.text = bytes
        self.index = HashIndex(entries)
        self.starts = starts
        self.lengths = lengths
        self.numbers = numbers
    }

    /// The groups a stem belongs to, ascending; empty for a stem WordNet does
    /// not relate to any other.
    func groups(of stem: String) -> [Int32] {
        var stem = stem
        return stem.withUTF8 { key in
            var found: [Int32] = []
            text.withUnsafeBufferPointer { text in
                index.forEachNumber(withHash: HashIndex.hash(key)) { occurrence in
                    let start = Int(starts[occurrence])
                    guard Int(lengths[occurrence]) == key.count else { return }
                    for k in 0..<key.count where text[start + k] != key[k] { return }
                    found.append(numbers[occurrence])
                }
            }
            // Occurrences sort by number within a hash, and groups are
            // numbered in line order: already ascending.
            return found
        }
    }

    var isEmpty: Bool { index.isEmpty }

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
                return Lexicon(bytes: [UInt8](data))
            }
        }
        return Lexicon(text: "")
    }()
}
