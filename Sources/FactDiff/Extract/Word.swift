/// A word of a sentence as the extractors see it: its UTF-8 range and its
/// lowercased ASCII spelling, so lookups need no further allocation.
public struct Word: Hashable, Sendable {
    public var range: Range<Int>
    /// Lowercased; letters outside ASCII are kept as they are.
    public var lower: String
    public var isCapitalised: Bool
    public var isNumeric: Bool

    /// Splits text into words: runs of letters and digits, with inner
    /// apostrophes, hyphens, and the points and commas of numbers
    /// ("don't", "face-to-face", "3.5", "1,200") kept inside the word.
    public static func split(_ text: String) -> [Word] {
        var text = text
        return text.withUTF8 { split(bytes: $0) }
    }

    static func split(bytes b: UnsafeBufferPointer<UInt8>) -> [Word] {
        var words: [Word] = []
        scan(bytes: b) { range, lower, capitalised, numeric in
            words.append(
                Word(
                    range: range, lower: String(decoding: lower, as: UTF8.self),
                    isCapitalised: capitalised, isNumeric: numeric))
        }
        return words
    }

    /// The words of ``split(bytes:)`` one at a time, each with its range, its
    /// lowercase bytes (valid only during the call), whether it is
    /// capitalised and whether it is a number: the aligner looks its words up
    /// by their bytes, and one scanner keeps both callers' words the same.
    @inline(__always)
    static func scan(
        bytes b: UnsafeBufferPointer<UInt8>,
        _ body: (_ range: Range<Int>, _ lower: UnsafeBufferPointer<UInt8>, _ capitalised: Bool, _ numeric: Bool) -> Void
    ) {
        let n = b.count
        var i = 0
        // One buffer for every word's lowercase bytes.
        var lower = [UInt8]()
        while i < n {
            guard isWordByte(b[i]) else {
                i += 1
                continue
            }
            let start = i
            var numeric = isDigit(b[i])
            i += 1
            while i < n {
                if isWordByte(b[i]) {
                    i += 1
                    continue
                }
                // Keep a joiner only between two word characters.
                let joiner = b[i]
                if i + 1 < n, isWordByte(b[i + 1]) {
                    if joiner == UInt8(ascii: "'") || joiner == UInt8(ascii: "-") {
                        i += 1
                        continue
                    }
                    if joiner == UInt8(ascii: ".") || joiner == UInt8(ascii: ","),
                        isDigit(b[i - 1]), isDigit(b[i + 1])
                    {
                        i += 1
                        continue
                    }
                }
                break
            }
            lower.removeAll(keepingCapacity: true)
            var allDigits = true
            for k in start..<i {
                let c = b[k]
                lower.append(c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") ? c | 0x20 : c)
                if !isDigit(c), c != UInt8(ascii: "."), c != UInt8(ascii: ",") { allDigits = false }
            }
            numeric = numeric && allDigits
            let first = b[start]
            let capitalised =
                (first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z"))
                || (first >= 0x80 && String(decoding: UnsafeBufferPointer(rebasing: b[start..<min(n, start + 4)]), as: UTF8.self)
                    .unicodeScalars.first?.properties.isUppercase == true)
            lower.withUnsafeBufferPointer { body(start..<i, $0, capitalised, numeric) }
        }
    }

    @inline(__always)
    static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

    /// ASCII letters and digits, and every byte of a non-ASCII scalar: the
    /// cleaner has already turned typographic punctuation into ASCII, so what
    /// remains outside ASCII is letters (é, ö, Arabic, Chinese) or symbols
    /// that belong to the word they touch (£, €).
    @inline(__always)
    static func isWordByte(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
            || isDigit(c) || c >= 0x80
    }
}

extension Word {
    /// A lowercased word without possessive or plural ending, so "talks"
    /// meets "talk" and "Russia's" meets "Russia" when event words are
    /// compared (the aligner stems instead; this keeps mention pairing cheap
    /// and conservative).
    static func normalise(_ word: String) -> String {
        if let ascii = normalisedASCII(word) { return ascii }
        var w = Substring(word)
        if w.hasSuffix("'s") || w.hasSuffix("s'") { w = w.dropLast(2) }
        if w.count > 4, w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        if w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") {
            w = w.dropLast()
        }
        return String(w)
    }

    /// ``normalise(_:)`` on bytes, for the ASCII words that are nearly all
    /// of news text (counting characters and matching suffixes of a
    /// `String` cost more than the rest of a lookup); nil for other words.
    /// Each ending is compared byte by byte, and a word with no ending to
    /// drop is returned as it is, with no new string.
    static func normalisedASCII(_ word: String) -> String? {
        var word = word
        let apostrophe = UInt8(ascii: "'"), s = UInt8(ascii: "s")
        // How many bytes to keep and whether a "y" follows ("-ies"), or
        // nil when the word is not ASCII.
        let cut = word.withUTF8 { b -> (keep: Int, y: Bool)? in
            for c in b where c >= 0x80 { return nil }
            var n = b.count
            if n >= 2, (b[n - 2] == apostrophe && b[n - 1] == s) || (b[n - 2] == s && b[n - 1] == apostrophe) { n -= 2 }
            if n > 4, b[n - 3] == UInt8(ascii: "i"), b[n - 2] == UInt8(ascii: "e"), b[n - 1] == s { return (n - 3, true) }
            if n > 3, b[n - 1] == s, b[n - 2] != s, b[n - 2] != UInt8(ascii: "u"), b[n - 2] != UInt8(ascii: "i") { n -= 1 }
            return (n, false)
        }
        guard let cut else { return nil }
        if !cut.y, cut.keep == word.utf8.count { return word }
        let kept = word.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[0..<cut.keep]), as: UTF8.self) }
        return cut.y ? kept + "y" : kept
    }
}
