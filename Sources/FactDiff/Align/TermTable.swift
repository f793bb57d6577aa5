import Foundation
import Snowball

/// What a term is, since names and numbers say more about which fact a
/// sentence reports than other words, and function words say least.
enum TermKind: UInt8, Sendable, Comparable {
    case function, word, name, number

    static func < (a: TermKind, b: TermKind) -> Bool { a.rawValue < b.rawValue }
}

/// Term ids and document frequencies for one collection of sentences (a
/// story, or the lines of a `factdiff similarity` file).
///
/// A term is a Snowball stem, so "talks", "talked" and "talking" are one
/// term; its WordNet groups (``Lexicon``) let "killed" meet "died".
struct TermTable {
    private let stemmer: Stemmer?
    private let stems: StemCache
    /// Lowercased word → term id, so each distinct word is stemmed once:
    /// ASCII words (nearly all of news text) by their bytes, so a token
    /// costs no `String`; other words by `String`, whose equality joins
    /// canonically equivalent spellings. No word of one kind equals a word
    /// of the other (the few characters whose canonical form is ASCII, such
    /// as the Kelvin sign, become capitals or punctuation, which a lowercased
    /// word does not hold), so the two tables give the ids one table would.
    private var asciiWordIds = ByteKeyTable()
    private var wordIds: [String: Int32] = [:]
    /// ``StemCache`` stem number → term id.
    private var stemIds: [Int32: Int32] = [:]
    private(set) var documentFrequency: [Int] = []
    /// Per term id: the last document it was counted in, so a term is
    /// counted once per document without a set per document.
    private var lastDocument: [Int32] = []
    /// Per term id: its lexicon groups, ascending.
    private(set) var groups: [[Int32]] = []
    private var isFunctionWord: [Bool] = []
    private(set) var documents = 0

    /// With the bundled lexicon the run's shared ``StemCache``; with
    /// another, a cache of its own.
    init(lexicon: Lexicon? = nil) {
        self.stemmer = Stemmer()
        self.stems = lexicon.map { StemCache(lexicon: $0) } ?? .english
    }

    /// The tokens of a text as term ids with their kind, in order; counts the
    /// text as one document.
    mutating func tokens(of text: String) -> [(id: Int32, kind: TermKind)] {
        documents += 1
        let document = Int32(truncatingIfNeeded: documents)
        var result: [(id: Int32, kind: TermKind)] = []
        var index = 0
        var text = text
        text.withUTF8 { bytes in
            Word.scan(bytes: bytes) { _, lower, capitalised, numeric in
                defer { index += 1 }
                add(lower, capitalised: capitalised && index > 0, numeric: numeric, document: document, to: &result)
            }
        }
        return result
    }

    /// ``tokens(of:)`` for a text whose words are already split
    /// (``Word/split(_:)``, the same scanner): the pipeline's extractors
    /// have split every sentence, and the aligner need not scan it again.
    mutating func tokens(of words: [Word]) -> [(id: Int32, kind: TermKind)] {
        documents += 1
        let document = Int32(truncatingIfNeeded: documents)
        var result: [(id: Int32, kind: TermKind)] = []
        result.reserveCapacity(words.count)
        for (index, word) in words.enumerated() {
            var lower = word.lower
            lower.withUTF8 { lower in
                add(lower, capitalised: word.isCapitalised && index > 0, numeric: word.isNumeric, document: document, to: &result)
            }
        }
        return result
    }

    /// One word's token, counted in the document's frequencies.
    @inline(__always)
    private mutating func add(
        _ lower: UnsafeBufferPointer<UInt8>, capitalised: Bool, numeric: Bool, document: Int32,
        to result: inout [(id: Int32, kind: TermKind)]
    ) {
        guard let id = termId(lower) else { return }
        let kind: TermKind = isFunctionWord[Int(id)] ? .function : numeric ? .number : capitalised ? .name : .word
        if lastDocument[Int(id)] != document {
            lastDocument[Int(id)] = document
            documentFrequency[Int(id)] += 1
        }
        result.append((id, kind))
    }

    /// A sentence's vector, once every document has been counted.
    func vector(_ tokens: [(id: Int32, kind: TermKind)], position: Double) -> TermVector? {
        guard tokens.contains(where: { $0.kind != .function }) else { return nil }
        let sequence = tokens.map(\.id)
        let terms = TermVector.sortedUnique(sequence)
        // Each term's strongest kind, found by binary search: no dictionary
        // per sentence.
        var kinds = [TermKind](repeating: .function, count: terms.count)
        for token in tokens {
            let k = Sorted.index(of: token.id, in: terms)!
            kinds[k] = max(kinds[k], token.kind)
        }
        let scale = log(1 + Double(max(documents, 1)))
        return TermVector(
            terms: terms,
            weights: terms.map { log(1 + Double(max(documents, 1)) / Double(documentFrequency[Int($0)])) / scale },
            kinds: kinds,
            sequence: sequence,
            position: position,
            groups: groups)
    }

    func isFunction(_ id: Int32) -> Bool { isFunctionWord[Int(id)] }

    /// The term of a word's lowercase bytes, without its possessive ending;
    /// nil when nothing is left.
    private mutating func termId(_ lower: UnsafeBufferPointer<UInt8>) -> Int32? {
        var isASCII = true
        for byte in lower where byte >= 0x80 {
            isASCII = false
            break
        }
        guard isASCII else {
            let word = Self.dropPossessive(String(decoding: lower, as: UTF8.self))
            guard !word.isEmpty else { return nil }
            if let id = wordIds[word] { return id }
            let id = termId(stems.entry(for: word, stemmer: stemmer))
            wordIds[word] = id
            return id
        }
        // ``dropPossessive(_:)`` on bytes: in ASCII a byte is a character.
        var n = lower.count
        if n >= 2, lower[n - 2] == UInt8(ascii: "'"), lower[n - 1] == UInt8(ascii: "s") {
            n -= 2
        } else if n >= 2, lower[n - 2] == UInt8(ascii: "s"), lower[n - 1] == UInt8(ascii: "'") {
            n -= 1
        }
        guard n > 0 else { return nil }
        let word = UnsafeBufferPointer(rebasing: lower[0..<n])
        let hash = HashIndex.hash(word)
        if let id = asciiWordIds.number(for: word, hash: hash) { return id }
        let id = termId(stems.entry(forASCII: word, hash: hash, stemmer: stemmer))
        asciiWordIds.insert(word, hash: hash, number: id)
        return id
    }

    /// The term of a word met for the first time: its stem's id, new when
    /// the stem is. A stem's first word in the story decides whether it is
    /// a function term.
    private mutating func termId(_ entry: StemCache.Entry) -> Int32 {
        if let existing = stemIds[entry.stem] { return existing }
        let id = Int32(documentFrequency.count)
        stemIds[entry.stem] = id
        documentFrequency.append(0)
        lastDocument.append(0)
        isFunctionWord.append(entry.isStopword)
        groups.append(entry.isStopword ? [] : entry.groups)
        return id
    }

    /// "Russia's" is Russia, "protesters'" is protesters.
    static func dropPossessive(_ word: String) -> String {
        if word.hasASCIISuffix("'s") { return String(word.dropLast(2)) }
        if word.hasASCIISuffix("s'") { return String(word.dropLast()) }
        return word
    }
}
