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
    /// Per term id: the last document it was counted in, so a term is
    /// counted once per document without a set per document.
    private var lastDocument: [Int32] = []
    /// What the table has counted, apart from its stemmer and word maps.
    private(set) var counts: Counts

    var documentFrequency: [Int] { counts.documentFrequency }
    /// Per term id: its lexicon groups, ascending.
    var groups: [[Int32]] { counts.groups }
    var documents: Int { counts.documents }

    /// With the bundled lexicon the run's shared ``StemCache``; with
    /// another, a cache of its own.
    init(lexicon: Lexicon? = nil) {
        self.init(stems: lexicon.map { StemCache(lexicon: $0) } ?? .english)
    }

    private init(stems: StemCache) {
        self.stemmer = Stemmer()
        self.stems = stems
        self.counts = Counts(stems: stems)
    }

    /// A table's terms and their document frequencies, without its stemmer
    /// and word maps: what vectors are made from, and what each article of
    /// a story counts on its own task before the counts are merged.
    struct Counts: Sendable {
        fileprivate let stems: StemCache
        /// Per term id: its ``StemCache`` stem number, by which counts are
        /// merged (``merged(_:)``).
        fileprivate(set) var stemOfTerm: [Int32] = []
        fileprivate(set) var documentFrequency: [Int] = []
        fileprivate(set) var isFunctionWord: [Bool] = []
        fileprivate(set) var groups: [[Int32]] = []
        fileprivate(set) var documents = 0

        fileprivate init(stems: StemCache) {
            self.stems = stems
        }

        /// The counts of a collection's parts (a story's articles), each
        /// counted by a table of its own, as one table fed all their
        /// documents in order would have counted them: ids are handed out
        /// in order of first use, and a term's first word decides whether
        /// it is a function term and what its groups are, so the first part
        /// to use a stem decides both, as it would have. Also returns, per
        /// part, the merged id of each of its term ids. The parts must share
        /// one ``StemCache`` (the default tables all do).
        static func merged(_ parts: [Counts]) -> (counts: Counts, ids: [[Int32]]) {
            var merged = Counts(stems: parts.first?.stems ?? .english)
            var stemIds: [Int32: Int32] = [:]
            var ids: [[Int32]] = []
            ids.reserveCapacity(parts.count)
            for part in parts {
                precondition(part.stems === merged.stems, "term counts of different stem caches")
                var partIds = [Int32](repeating: 0, count: part.stemOfTerm.count)
                for (term, stem) in part.stemOfTerm.enumerated() {
                    let id: Int32
                    if let existing = stemIds[stem] {
                        id = existing
                    } else {
                        id = Int32(merged.documentFrequency.count)
                        stemIds[stem] = id
                        merged.stemOfTerm.append(stem)
                        merged.documentFrequency.append(0)
                        merged.isFunctionWord.append(part.isFunctionWord[term])
                        merged.groups.append(part.groups[term])
                    }
                    merged.documentFrequency[Int(id)] += part.documentFrequency[term]
                    partIds[term] = id
                }
                merged.documents += part.documents
                ids.append(partIds)
            }
            return (merged, ids)
        }

        /// A sentence's vector, once every document has been counted.
        func vector(_ tokens: [(id: Int32, kind: TermKind)], position: Double) -> TermVector? {
            guard tokens.contains(where: { !isFunctionWord[Int($0.id)] }) else { return nil }
            let sequence = tokens.map(\.id)
            let terms = TermVector.sortedUnique(sequence)
            // Each term's strongest kind, found by binary search: no
            // dictionary per sentence. A function term is one whatever its
            // words' kinds.
            var kinds = [TermKind](repeating: .function, count: terms.count)
            for token in tokens where !isFunctionWord[Int(token.id)] {
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
    }

    /// The tokens of a text as term ids with their kind, in order; counts the
    /// text as one document. A token's kind is its word's (number, name or
    /// word): a function term's tokens are function words only in its
    /// vector (``vector(_:position:)``), since which term is one is known
    /// only once the story's first use of each is (``merged(_:)``).
    mutating func tokens(of text: String) -> [(id: Int32, kind: TermKind)] {
        counts.documents += 1
        let document = Int32(truncatingIfNeeded: counts.documents)
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
        counts.documents += 1
        let document = Int32(truncatingIfNeeded: counts.documents)
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
        let kind: TermKind = numeric ? .number : capitalised ? .name : .word
        if lastDocument[Int(id)] != document {
            lastDocument[Int(id)] = document
            counts.documentFrequency[Int(id)] += 1
        }
        result.append((id, kind))
    }

    /// A sentence's vector, once every document has been counted.
    func vector(_ tokens: [(id: Int32, kind: TermKind)], position: Double) -> TermVector? {
        counts.vector(tokens, position: position)
    }

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
        let id = Int32(counts.documentFrequency.count)
        stemIds[entry.stem] = id
        lastDocument.append(0)
        counts.stemOfTerm.append(entry.stem)
        counts.documentFrequency.append(0)
        counts.isFunctionWord.append(entry.isStopword)
        counts.groups.append(entry.isStopword ? [] : entry.groups)
        return id
    }

    /// "Russia's" is Russia, "protesters'" is protesters.
    static func dropPossessive(_ word: String) -> String {
        if word.hasASCIISuffix("'s") { return String(word.dropLast(2)) }
        if word.hasASCIISuffix("s'") { return String(word.dropLast()) }
        return word
    }
}
