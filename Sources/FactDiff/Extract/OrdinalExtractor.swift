/// Finds ordinals that count something: "the third country to", "his 26th
/// World Cup match", "for the first time".
///
/// An ordinal is kept only with a determiner before it and its head noun
/// after it, so the adverb ("she first made her name"), the pronoun ("the
/// first of three") and names ("First Lady", "the Second World War") are
/// left out. Heads that name a position or a title rather than a count of
/// events ("first half", "first minister", "second-degree") are left out
/// too, as are records that restart their count ("the first since 1966",
/// "its first rise in 15 years"): such a "first" does not contradict a
/// plain count. A higher rank over a period ("the second crash in two
/// years") is still a count, and is kept.
public struct OrdinalExtractor: MentionExtractor {
    public init() {}

    public func mentions(in sentence: Sentence, words: [Word], context: ExtractionContext) -> [Mention] {
        let text = Array(sentence.text.utf8)
        var result: [Mention] = []
        for (i, word) in words.enumerated() {
            guard let rank = Self.rank(word.lower), !(word.isCapitalised && i > 0), i > 0,
                Self.determiners.contains(words[i - 1].lower) || words[i - 1].lower.hasASCIISuffix("'s"),
                DateWords.months[words[i - 1].lower] == nil
            else { continue }
            guard let headIndex = head(after: i, words, text) else { continue }
            let head = words[headIndex].lower
            guard !Self.positions.contains(Word.normalise(head)), DateWords.months[head] == nil else { continue }
            let clause = clauseEnd(after: headIndex, words, text)
            let rest = words[(headIndex + 1)..<clause]
            if rank == 1, rest.contains(where: { $0.lower == "since" }) || countsInAPeriod(rest) { continue }
            let modifiers = words[(i + 1)..<headIndex].map { String(decoding: text[$0.range], as: UTF8.self) }
            let qualifiers = rest.filter { !$0.isNumeric && !Stopwords.english.contains($0.lower) }.map { Word.normalise($0.lower) }
            result.append(
                Mention(
                    kind: .ordinal, sentence: sentence.ref, range: word.range,
                    text: String(decoding: text[word.range], as: UTF8.self),
                    value: OrdinalMention(rank: rank, head: head, modifiers: modifiers, qualifiers: qualifiers)))
        }
        return result
    }

    /// The noun the ordinal at `i` counts: the last of up to four words
    /// after it, stopping at punctuation, a function word, a number, a name
    /// after common words, or a verb after the noun ("the first train
    /// pulled out").
    private func head(after i: Int, _ words: [Word], _ text: [UInt8]) -> Int? {
        var last: Int?
        var sawLowercase = false
        for j in (i + 1)..<min(words.count, i + 5) {
            if let last, !Self.onlySpaces(text, words[last].range.upperBound, words[j].range.lowerBound) { break }
            if j == i + 1, !Self.onlySpaces(text, words[i].range.upperBound, words[j].range.lowerBound) { break }
            let word = words[j]
            if word.isNumeric || Self.stops.contains(word.lower) || word.lower.hasASCIISuffix("'s") { break }
            if word.isCapitalised, sawLowercase { break }
            if last != nil, word.lower.hasASCIISuffix("ed") { break }
            sawLowercase = sawLowercase || !word.isCapitalised
            last = j
        }
        guard let last else { return nil }
        // A lone "-ed" or "-ing" word is the verb of a pronoun ("the second
        // followed in 1974"), not a noun.
        let lower = words[last].lower
        if last == i + 1, lower.hasASCIISuffix("ed") || lower.hasASCIISuffix("ing") { return nil }
        return last
    }

    /// The first word after `start` that begins a new clause or sentence
    /// part (after a comma, semicolon or bracket), at most twelve words on.
    private func clauseEnd(after start: Int, _ words: [Word], _ text: [UInt8]) -> Int {
        var k = start + 1
        while k < words.count, k <= start + 12 {
            if !Self.onlySpaces(text, words[k - 1].range.upperBound, words[k].range.lowerBound) { break }
            if ["and", "but", "while", "which", "who"].contains(words[k].lower) { break }
            k += 1
        }
        return k
    }

    /// "in 15 years", "in weeks", "in a decade": a record over a period.
    private func countsInAPeriod(_ rest: ArraySlice<Word>) -> Bool {
        let words = Array(rest)
        for k in words.indices where words[k].lower == "in" {
            for j in (k + 1)..<min(words.count, k + 4) where Self.periods.contains(Word.normalise(words[j].lower)) {
                return true
            }
        }
        return false
    }

    private static let periods: WordSet = ["week", "month", "year", "decade", "generation", "century", "ages"]

    private static func onlySpaces(_ text: [UInt8], _ from: Int, _ to: Int) -> Bool {
        from <= to && text[from..<to].allSatisfy { $0 == UInt8(ascii: " ") }
    }

    /// first to twentieth, and 1st, 22nd, 103rd with the right suffix.
    static func rank(_ word: String) -> Int? {
        if let rank = words[word] { return rank }
        // This runs for every word: the length and first byte rule out most
        // before any copy.
        guard (3...5).contains(word.utf8.count), let lead = word.utf8.first, Word.isDigit(lead) else { return nil }
        let bytes = Array(word.utf8)
        let digits = bytes.prefix { Word.isDigit($0) }
        guard digits.count == bytes.count - 2, let rank = Int(String(decoding: digits, as: UTF8.self)), rank > 0 else {
            return nil
        }
        return String(decoding: bytes.suffix(2), as: UTF8.self) == String(OrdinalMention.numbered(rank).suffix(2)) ? rank : nil
    }

    private static let words: WordMap<Int> = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    ]

    private static let determiners: WordSet = [
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
    ]

    /// Function words, less the adjectives that sit between an ordinal and
    /// its noun ("first new product"), plus adverbs and days that follow it
    /// ("the third country ever to", "for the first time yesterday").
    private static let stops: WordSet = Stopwords.english.subtracting([
        "new", "own", "other", "more", "most", "same", "many", "several",
    ]).union([
        "ever", "again", "ago", "yesterday", "today", "tomorrow", "tonight", "so", "yet", "last", "next",
        "towards", "toward", "amid", "among", "across", "within", "without", "beyond", "via", "near", "per",
        "upon", "onto", "despite", "inside", "outside", "behind", "beside", "along", "around", "like",
    ])

    /// Nouns after an ordinal that name a position, a part or a title, not
    /// the count of an event.
    static let positions: WordSet = [
        "half", "halve", "quarter", "period", "minute", "second", "hour", "inning", "innings", "leg", "set",
        "degree", "hand", "person", "lady", "minister", "secretary", "class", "world", "reading", "amendment",
        "division", "league", "tier", "string", "base", "century", "cousin", "grade", "gear", "party", "way",
        "day", "week", "month", "year", "place", "round", "instance", "glance", "sight", "aid", "name",
        "language", "team", "row", "floor", "generation", "wave", "phase", "stage", "edition", "draft",
        "choice", "priority", "option", "officer", "mate", "lieutenant", "estate", "thought", "step",
    ]
}
