/// Finds quoted words in a sentence and the speaker the sentence credits.
///
/// The text cleaner has made every quotation mark straight, so which way a
/// mark faces is read from its neighbours: an opening mark follows a space
/// or the start and precedes a word; a closing one follows a word or
/// punctuation. A quote the segmenter cut in two (opened in an earlier
/// sentence or closed in a later one) runs to the sentence's edge. Single
/// quotes (British style) count only as a closed pair outside double quotes,
/// and an apostrophe inside a word ("don't", "Kim's") is never one. Nested
/// quotes stay part of the outer quote.
///
/// The speaker comes from the verb of saying outside the quote nearest to
/// it: the name after it ("said Andy Byford", "according to the CMA"), else
/// the names before it back to the quote or the start ("Sarah Cardell, chief
/// executive of the CMA, said"). A pronoun subject ("he said") leaves the
/// speaker unknown rather than guessed.
public struct QuoteExtractor: MentionExtractor {
    public init() {}

    public func mentions(in sentence: Sentence, words: [Word], context: ExtractionContext) -> [Mention] {
        let spans = Self.spans(in: sentence.text)
        guard !spans.isEmpty else { return [] }
        let text = Array(sentence.text.utf8)
        var result: [Mention] = []
        for span in spans {
            var quoted: [String] = []
            var ranges: [Range<Int>] = []
            var capitalised: [Bool] = []
            var depth = 0
            var k = span.lowerBound
            for word in words where word.range.lowerBound >= span.lowerBound && word.range.upperBound <= span.upperBound {
                // Words a writer added in brackets ("[President Barack]
                // Obama's war") are not the speaker's.
                while k < word.range.lowerBound {
                    if text[k] == UInt8(ascii: "[") || text[k] == UInt8(ascii: "(") { depth += 1 }
                    if text[k] == UInt8(ascii: "]") || text[k] == UInt8(ascii: ")") { depth = max(0, depth - 1) }
                    k += 1
                }
                k = word.range.upperBound
                guard depth == 0 else { continue }
                // "f***ing": a censored word matches any spelling of it.
                let star = UInt8(ascii: "*")
                let censored = (word.range.lowerBound > 0 && text[word.range.lowerBound - 1] == star)
                    || (word.range.upperBound < text.count && text[word.range.upperBound] == star)
                for form in censored ? ["*"] : QuoteWords.forms(word.lower) {
                    quoted.append(form)
                    ranges.append(word.range)
                    // "al-Qaddafi": a name with a lowercase particle.
                    let upper = text[word.range].contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
                    capitalised.append((word.isCapitalised || upper) && word.range.lowerBound > span.lowerBound)
                }
            }
            guard let first = ranges.first, let last = ranges.last else { continue }
            let range = first.lowerBound..<last.upperBound
            let value = QuoteMention(
                words: quoted, ranges: ranges, capitalised: capitalised, speaker: Self.speaker(of: span, spans: spans, words: words))
            result.append(
                Mention(kind: .quote, sentence: sentence.ref, range: range, text: String(decoding: text[range], as: UTF8.self), value: value))
        }
        return result
    }

    /// The UTF-8 ranges inside quotation marks, in text order.
    static func spans(in text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { spans(bytes: $0) }
    }

    static func spans(bytes b: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let n = b.count
        let quote = UInt8(ascii: "\"")
        var result: [Range<Int>] = []
        var open: Int?
        var seen = false
        for k in 0..<n where b[k] == quote {
            if let start = open {
                if k > start { result.append(start..<k) }
                open = nil
            } else if !seen, closes(b, k), !opens(b, k) {
                // The end of a quote opened in an earlier sentence.
                if k > 0 { result.append(0..<k) }
            } else {
                open = k + 1
            }
            seen = true
        }
        if let start = open, start < n { result.append(start..<n) }
        // British single quotes, outside the double-quoted spans.
        let apostrophe = UInt8(ascii: "'")
        var single: [Range<Int>] = []
        var singleOpen: Int?
        var k = 0
        // The double-quoted spans are in order and apart: the next one that
        // may hold `k`, instead of a search of all of them at every byte.
        var next = 0
        while k < n {
            while next < result.count, result[next].upperBound <= k { next += 1 }
            if next < result.count, result[next].contains(k) {
                k = result[next].upperBound + 1
                continue
            }
            if b[k] == apostrophe {
                if let start = singleOpen, closes(b, k), k > start {
                    single.append(start..<k)
                    singleOpen = nil
                } else if singleOpen == nil, opens(b, k) {
                    singleOpen = k + 1
                }
            }
            k += 1
        }
        return (result + single).sorted { $0.lowerBound < $1.lowerBound }
    }

    /// A mark at the start, or after a space or an opening bracket, before a
    /// word character.
    private static func opens(_ b: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        let before = k == 0 || isSpace(b[k - 1]) || b[k - 1] == UInt8(ascii: "(") || b[k - 1] == UInt8(ascii: "[")
            || b[k - 1] == UInt8(ascii: "-")
        return before && k + 1 < b.count && Word.isWordByte(b[k + 1])
    }

    /// A mark after a word character or punctuation, before the end, a space
    /// or punctuation.
    private static func closes(_ b: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        guard k > 0, !isSpace(b[k - 1]) else { return false }
        return k + 1 == b.count || !Word.isWordByte(b[k + 1])
    }

    private static func isSpace(_ c: UInt8) -> Bool {
        c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\n")
    }

    /// The name words of whoever the sentence says spoke the quote at `span`.
    static func speaker(of span: Range<Int>, spans: [Range<Int>], words: [Word]) -> [String] {
        func outside(_ i: Int) -> Bool { !spans.contains { $0.contains(words[i].range.lowerBound) } }
        // The verb of saying nearest the quote, outside every quote.
        var best: (distance: Int, index: Int)?
        for i in words.indices where outside(i) && sayingVerbs.contains(words[i].lower) {
            if words[i].lower == "according", i + 1 < words.count, words[i + 1].lower != "to" { continue }
            let r = words[i].range
            let distance = r.lowerBound >= span.upperBound ? r.lowerBound - span.upperBound : span.lowerBound - r.upperBound
            if best == nil || distance < best!.distance { best = (distance, i) }
        }
        guard let verb = best?.index else { return [] }
        // After the verb: "said Andy Byford", "according to the CMA"; but
        // after "told" comes the listener ("Fox told Jorge Ramos").
        var k = listenerVerbs.contains(words[verb].lower) ? words.count : verb + 1
        if words[verb].lower == "according" { k += 1 }
        while k < words.count, ["the", "a"].contains(words[k].lower) || titles.contains(words[k].lower) { k += 1 }
        var names: [String] = []
        while k < words.count, outside(k), isName(words[k]) {
            names.append(bare(words[k].lower))
            k += 1
        }
        if !names.isEmpty { return names }
        // Before it: a pronoun subject leaves the speaker unknown.
        var j = verb - 1
        while j >= 0, adverbs.contains(words[j].lower) { j -= 1 }
        if j >= 0, pronouns.contains(words[j].lower) { return [] }
        var scanned = 0
        while j >= 0, outside(j), scanned < 12 {
            if isName(words[j]), j > 0 || !Stopwords.english.contains(words[j].lower) {
                names.append(bare(words[j].lower))
            }
            j -= 1
            scanned += 1
        }
        return names.reversed()
    }

    private static func isName(_ word: Word) -> Bool {
        guard word.isCapitalised, !word.isNumeric else { return false }
        let lower = bare(word.lower)
        return !titles.contains(lower) && !Stopwords.english.contains(lower) && DateWords.weekdays[lower] == nil
    }

    private static func bare(_ lower: String) -> String {
        lower.hasASCIISuffix("'s") ? String(lower.dropLast(2)) : lower
    }

    /// Verbs that introduce a quotation.
    static let sayingVerbs: WordSet = [
        "said", "says", "say", "told", "tells", "wrote", "writes", "added", "adds", "asked", "asks", "tweeted",
        "posted", "stated", "insisted", "warned", "explained", "declared", "according", "replied", "responded",
        "announced", "remarked", "noted", "argued", "claimed", "promised", "urged", "suggested",
    ]
    /// Verbs of saying whose object is the one spoken to.
    private static let listenerVerbs: WordSet = ["told", "tells", "asked", "asks", "urged"]
    private static let pronouns: WordSet = ["he", "she", "they", "it", "i", "we", "you"]
    private static let adverbs: WordSet = ["later", "also", "then", "once", "previously", "earlier", "had", "has", "have"]
    private static let titles: WordSet = MentionPairing.titles.union(["chairman", "chairwoman", "spokesman", "spokeswoman"])
}
