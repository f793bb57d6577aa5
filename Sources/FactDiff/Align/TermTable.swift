import Foundation
import Snowball

/// What a term is, since names and numbers say more about which fact a
/// sentence reports than other words, and function words say least.
enum TermKind: UInt8, Sendable, Comparable {
    case function, word, name, number

    static func < (a: TermKind, b: TermKind) -> Bool { a.rawValue < b.rawValue }
}

/// A sentence as the aligner compares it: its distinct terms with their
/// weights, and every token in order for word-order evidence. What pair
/// scoring needs is computed once here as sorted arrays, so comparing two
/// sentences is merges and binary searches, with no hashing.
struct TermVector: Sendable {
    /// Distinct term ids, ascending.
    var terms: [Int32]
    /// Per term: inverse document frequency scaled to (0, 1].
    var weights: [Double]
    /// Per term: the strongest kind it had in the sentence.
    var kinds: [TermKind]
    /// Every token's term id in sentence order, function words included.
    var sequence: [Int32]
    /// Where the sentence stands in its article, 0 at the top and 1 at the end.
    var position: Double
    /// The lexicon groups of its content terms, ascending, distinct.
    private(set) var groupKeys: [Int32] = []
    /// Adjacent token pairs, ascending, distinct.
    private(set) var bigrams: [Int64] = []
    /// Name and number terms, ascending.
    private(set) var names: [Int32] = []
    private(set) var numbers: [Int32] = []

    init(terms: [Int32], weights: [Double], kinds: [TermKind], sequence: [Int32], position: Double, groups: [[Int32]]) {
        self.terms = terms
        self.weights = weights
        self.kinds = kinds
        self.sequence = sequence
        self.position = position
        var keys: [Int32] = []
        for (k, term) in terms.enumerated() {
            switch kinds[k] {
            case .function: continue
            case .name: names.append(term)
            case .number: numbers.append(term)
            case .word: break
            }
            keys += groups[Int(term)]
        }
        groupKeys = Self.sortedUnique(keys)
        if sequence.count > 1 {
            bigrams = Self.sortedUnique((1..<sequence.count).map { Int64(sequence[$0 - 1]) << 32 | Int64(sequence[$0]) })
        }
    }

    /// The part of the sentence from token `window.lowerBound` to
    /// `window.upperBound - 1`, with the weights the whole sentence had.
    func slice(_ window: Range<Int>, groups: [[Int32]]) -> TermVector {
        let part = Array(sequence[window])
        // Every token's term is one of `terms` (``TermTable/vector``).
        let inWindow = Self.sortedUnique(part)
        var weights: [Double] = []
        var kinds: [TermKind] = []
        var k = 0
        for term in inWindow {
            while terms[k] != term { k += 1 }
            weights.append(self.weights[k])
            kinds.append(self.kinds[k])
        }
        return TermVector(terms: inWindow, weights: weights, kinds: kinds, sequence: part, position: position, groups: groups)
    }

    static func sortedUnique<T: Comparable>(_ values: [T]) -> [T] {
        var result = values
        result.sort()
        var kept = 0
        for k in result.indices where kept == 0 || result[kept - 1] != result[k] {
            result[kept] = result[k]
            kept += 1
        }
        result.removeLast(result.count - kept)
        return result
    }
}

/// Operations on ascending arrays.
enum Sorted {
    static func contains<T: Comparable>(_ sorted: [T], _ value: T) -> Bool {
        index(of: value, in: sorted) != nil
    }

    static func index<T: Comparable>(of value: T, in sorted: [T]) -> Int? {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == value ? low : nil
    }

    /// How many values the two arrays share, by one merge.
    static func sharedCount<T: Comparable>(_ x: [T], _ y: [T]) -> Int {
        var i = 0
        var j = 0
        var count = 0
        while i < x.count, j < y.count {
            if x[i] == y[j] {
                count += 1
                i += 1
                j += 1
            } else if x[i] < y[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return count
    }

    static func intersects<T: Comparable>(_ x: [T], _ y: [T]) -> Bool {
        if x.count < 4 { return x.contains { contains(y, $0) } }
        return sharedCount(x, y) > 0
    }
}

/// Term ids and document frequencies for one collection of sentences (a
/// story, or the lines of a `factdiff similarity` file).
///
/// A term is a Snowball stem, so "talks", "talked" and "talking" are one
/// term; its WordNet groups (``Lexicon``) let "killed" meet "died".
struct TermTable {
    private let stemmer: Stemmer?
    private let lexicon: Lexicon
    /// Lowercased word → term id, so each distinct word is stemmed once:
    /// ASCII words (nearly all of news text) by their bytes, so a token
    /// costs no `String`; other words by `String`, whose equality joins
    /// canonically equivalent spellings. No word of one kind equals a word
    /// of the other, so the two tables give the ids one table would.
    private var asciiWordIds = ByteKeyTable()
    private var wordIds: [String: Int32] = [:]
    private var stemIds: [String: Int32] = [:]
    private(set) var documentFrequency: [Int] = []
    /// Per term id: the last document it was counted in, so a term is
    /// counted once per document without a set per document.
    private var lastDocument: [Int32] = []
    /// Per term id: its lexicon groups, ascending.
    private(set) var groups: [[Int32]] = []
    private var isFunctionWord: [Bool] = []
    private(set) var documents = 0

    init(lexicon: Lexicon = .english) {
        self.stemmer = Stemmer()
        self.lexicon = lexicon
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
                guard let id = termId(lower) else { return }
                let kind: TermKind =
                    isFunctionWord[Int(id)]
                    ? .function
                    : numeric ? .number : (capitalised && index > 0) ? .name : .word
                if lastDocument[Int(id)] != document {
                    lastDocument[Int(id)] = document
                    documentFrequency[Int(id)] += 1
                }
                result.append((id, kind))
            }
        }
        return result
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
            let id = stemId(word)
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
        let id = stemId(String(decoding: word, as: UTF8.self))
        asciiWordIds.insert(word, hash: hash, number: id)
        return id
    }

    /// The term of a word met for the first time: its stem's id, new when
    /// the stem is.
    private mutating func stemId(_ lower: String) -> Int32 {
        let stem = stemmer?.stem(lower) ?? lower
        if let existing = stemIds[stem] { return existing }
        let id = Int32(documentFrequency.count)
        stemIds[stem] = id
        documentFrequency.append(0)
        lastDocument.append(0)
        let function = Stopwords.english.contains(lower)
        isFunctionWord.append(function)
        groups.append(function ? [] : lexicon.groups(of: stem))
        return id
    }

    /// "Russia's" is Russia, "protesters'" is protesters.
    static func dropPossessive(_ word: String) -> String {
        if word.hasSuffix("'s") { return String(word.dropLast(2)) }
        if word.hasSuffix("s'") { return String(word.dropLast()) }
        return word
    }
}
