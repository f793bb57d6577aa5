/// Splits an article into sentences by scanning the UTF-8 bytes of each
/// paragraph once.
///
/// A full stop, question or exclamation mark ends a sentence when, after any
/// closing quotes or brackets, white space and a capital (or a digit, or an
/// opening quote) follow. The full stop of an abbreviation, an initial or a
/// number does not. A paragraph is never joined to the next one, so
/// headlines and captions without a full stop stand on their own.
public enum SentenceSplitter {
    /// A sentence longer than `maxLength` bytes is cut into pieces of at
    /// most that many, at the last space before the limit (or, without one,
    /// at a character boundary): see ``Limits/maxSentenceLength``.
    public static func sentences(
        of article: Article, articleIndex: Int, maxLength: Int = Limits.defaultMaxSentenceLength
    ) -> [Sentence] {
        var result: [Sentence] = []
        var firstByText: [String: Int] = [:]
        // About two sentences a paragraph: growing the table rehashed
        // every sentence seen so far, each time.
        firstByText.reserveCapacity(2 * article.paragraphs.count)
        for (paragraphIndex, paragraph) in article.paragraphs.enumerated() {
            let ranges: [Range<Int>]
            let role: Sentence.Role
            let bytes = Array(paragraph.text.utf8)
            switch paragraph.role {
            case .headline:
                ranges = [0..<bytes.count]
                role = .headline
            case .body:
                ranges = split(bytes)
                role = endsWithTerminator(bytes) ? .body : .caption
            }
            let cut = ranges.flatMap { Self.pieces(of: $0, in: bytes, maxLength: maxLength) }
            for range in cut {
                let text = String(decoding: bytes[range], as: UTF8.self)
                let key = Self.lowercased(text, bytes[range])
                let index = result.count
                let repeatOf = firstByText[key]
                if repeatOf == nil { firstByText[key] = index }
                result.append(
                    Sentence(
                        ref: SentenceRef(article: articleIndex, sentence: index), text: text,
                        role: role, paragraph: paragraphIndex, range: range, repeatOf: repeatOf))
            }
        }
        return result
    }

    /// `text.lowercased()`, from its bytes in one pass when they are ASCII,
    /// as nearly all of news is: lowercasing each sentence as a String was
    /// a third of finding the repeats.
    private static func lowercased(_ text: String, _ bytes: ArraySlice<UInt8>) -> String {
        bytes.withUnsafeBufferPointer { source in
            for byte in source where byte >= 0x80 { return text.lowercased() }
            return String(unsafeUninitializedCapacity: source.count) { target in
                for k in source.indices {
                    let c = source[k]
                    target[k] = c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") ? c | 0x20 : c
                }
                return source.count
            }
        }
    }

    /// Sentence ranges of one paragraph, trimmed of spaces.
    static func split(_ b: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        let n = b.count
        var start = 0
        var i = 0
        while i < n {
            guard isTerminator(b[i]) else {
                i += 1
                continue
            }
            var j = i
            while j < n, isTerminator(b[j]) { j += 1 }
            let stops = j - i
            while j < n, isCloser(b[j]) { j += 1 }
            guard j < n, b[j] == UInt8(ascii: " ") else {
                i = j
                continue
            }
            var k = j
            while k < n, b[k] == UInt8(ascii: " ") { k += 1 }
            if k < n, startsSentence(b, at: k),
                !(b[i] == UInt8(ascii: ".") && stops == 1 && j == i + 1
                    && isAbbreviation(b, stop: i, next: k))
            {
                ranges.append(start..<j)
                start = k
            }
            i = k
        }
        var end = n
        while end > start, b[end - 1] == UInt8(ascii: " ") { end -= 1 }
        if end > start { ranges.append(start..<end) }
        return ranges
    }

    /// `range` cut into pieces of at most `maxLength` bytes, each trimmed
    /// of spaces, cut after a space where there is one and never inside a
    /// character.
    static func pieces(of range: Range<Int>, in b: [UInt8], maxLength: Int) -> [Range<Int>] {
        guard range.count > maxLength, maxLength > 0 else { return [range] }
        var result: [Range<Int>] = []
        var start = range.lowerBound
        while start < range.upperBound {
            while start < range.upperBound, b[start] == UInt8(ascii: " ") { start += 1 }
            guard start < range.upperBound else { break }
            var end = range.upperBound
            if end - start > maxLength {
                end = start + maxLength
                if b[end] == UInt8(ascii: " ") {
                    // The piece ends just before a space: it fits whole.
                } else if let space = b[(start + 1)..<end].lastIndex(of: UInt8(ascii: " ")) {
                    end = space
                } else {
                    // A UTF-8 continuation byte (10xxxxxx) cannot start a piece.
                    while end > start + 1, b[end] & 0xC0 == 0x80 { end -= 1 }
                }
            }
            var trimmed = end
            while trimmed > start, b[trimmed - 1] == UInt8(ascii: " ") { trimmed -= 1 }
            if trimmed > start { result.append(start..<trimmed) }
            start = end
        }
        return result
    }

    static func endsWithTerminator(_ b: [UInt8]) -> Bool {
        var end = b.count
        while end > 0, isCloser(b[end - 1]) || b[end - 1] == UInt8(ascii: " ") { end -= 1 }
        return end > 0 && (isTerminator(b[end - 1]) || b[end - 1] == UInt8(ascii: ":"))
    }

    private static func isTerminator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    private static func isCloser(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")")
            || byte == UInt8(ascii: "]")
    }

    /// A capital letter, a digit, or an opening quote or bracket before one.
    private static func startsSentence(_ b: [UInt8], at index: Int) -> Bool {
        var k = index
        while k < b.count,
            b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") || b[k] == UInt8(ascii: "(")
                || b[k] == UInt8(ascii: "[")
        {
            k += 1
        }
        guard k < b.count else { return false }
        let byte = b[k]
        if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) { return true }
        if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { return true }
        if byte >= 0x80 {
            // Decode one scalar: an uppercase letter from outside ASCII (É, Ö).
            let tail = b[k..<min(b.count, k + 4)]
            if let scalar = String(decoding: tail, as: UTF8.self).unicodeScalars.first {
                return scalar.properties.isUppercase
            }
        }
        return false
    }

    /// Whether the full stop at `stop` belongs to the word before it rather
    /// than ending the sentence; `next` is where the following word starts.
    private static func isAbbreviation(_ b: [UInt8], stop: Int, next: Int) -> Bool {
        var wordStart = stop
        while wordStart > 0, b[wordStart - 1] != UInt8(ascii: " "), b[wordStart - 1] != UInt8(ascii: "(")
            && b[wordStart - 1] != UInt8(ascii: "\"")
        {
            wordStart -= 1
        }
        let word = b[wordStart..<stop]
        guard let first = word.first else { return false }
        let isCapitalised = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first)
        // An initial: "J. K. Rowling", "George W. Bush".
        if word.count == 1, isCapitalised { return true }
        // A dotted abbreviation ("U.S.", "a.m."): a sentence ends after it
        // only when the next word is one that opens sentences.
        if word.contains(UInt8(ascii: ".")) {
            return !Abbreviations.sentenceStarters.contains(lowercasedWord(b, from: next))
        }
        let lower = String(decoding: word.map { $0 | 0x20 }, as: UTF8.self)
        if Abbreviations.beforeNumbers.contains(lower) {
            return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b[next])
        }
        if Abbreviations.lowercase.contains(lower) { return true }
        return isCapitalised && Abbreviations.words.contains(lower)
    }

    private static func lowercasedWord(_ b: [UInt8], from index: Int) -> String {
        var k = index
        while k < b.count, b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") { k += 1 }
        var end = k
        while end < b.count, b[end] != UInt8(ascii: " "), b[end] != UInt8(ascii: ","),
            b[end] != UInt8(ascii: ".")
        {
            end += 1
        }
        return String(decoding: b[k..<end].map { $0 < 0x80 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
