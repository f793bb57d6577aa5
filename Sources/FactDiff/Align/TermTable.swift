import Foundation
import Snowball

/// What a term is, since names and numbers say more about which fact a
/// sentence reports than other words, and function words say least.
enum TermKind: UInt8, Sendable, Comparable {
    case function, word, name, number

    static func < (a: TermKind, b: TermKind) -> Bool { a.rawValue < b.rawValue }
}

/// A sentence as the aligner compares it: its distinct terms with their
/// weights, and every token in order for word-order evidence.
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

    var totalWeight: Double { weights.reduce(0, +) }

    /// The part of the sentence from token `window.lowerBound` to
    /// `window.upperBound - 1`, with the weights the whole sentence had.
    func slice(_ window: Range<Int>) -> TermVector {
        let tokens = Set(sequence[window])
        var result = TermVector(terms: [], weights: [], kinds: [], sequence: Array(sequence[window]), position: position)
        for (k, term) in terms.enumerated() where tokens.contains(term) {
            result.terms.append(term)
            result.weights.append(weights[k])
            result.kinds.append(kinds[k])
        }
        return result
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
    /// Lowercased word → term id, so each distinct word is stemmed once.
    private var wordIds: [String: Int32] = [:]
    private var stemIds: [String: Int32] = [:]
    private(set) var documentFrequency: [Int] = []
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
        var seen: Set<Int32> = []
        var result: [(id: Int32, kind: TermKind)] = []
        for (index, word) in Word.split(text).enumerated() {
            let lower = Self.dropPossessive(word.lower)
            guard !lower.isEmpty else { continue }
            let id = termId(lower)
            let kind: TermKind =
                isFunctionWord[Int(id)]
                ? .function
                : word.isNumeric ? .number : (word.isCapitalised && index > 0) ? .name : .word
            if seen.insert(id).inserted { documentFrequency[Int(id)] += 1 }
            result.append((id, kind))
        }
        return result
    }

    /// A sentence's vector, once every document has been counted.
    func vector(_ tokens: [(id: Int32, kind: TermKind)], position: Double) -> TermVector? {
        guard tokens.contains(where: { $0.kind != .function }) else { return nil }
        var strongest: [Int32: TermKind] = [:]
        for token in tokens { strongest[token.id] = max(strongest[token.id] ?? .function, token.kind) }
        let terms = strongest.keys.sorted()
        let scale = log(1 + Double(max(documents, 1)))
        return TermVector(
            terms: terms,
            weights: terms.map { log(1 + Double(max(documents, 1)) / Double(documentFrequency[Int($0)])) / scale },
            kinds: terms.map { strongest[$0]! },
            sequence: tokens.map(\.id),
            position: position)
    }

    func isFunction(_ id: Int32) -> Bool { isFunctionWord[Int(id)] }

    private mutating func termId(_ lower: String) -> Int32 {
        if let id = wordIds[lower] { return id }
        let stem = stemmer?.stem(lower) ?? lower
        let id: Int32
        if let existing = stemIds[stem] {
            id = existing
        } else {
            id = Int32(documentFrequency.count)
            stemIds[stem] = id
            documentFrequency.append(0)
            let function = Stopwords.english.contains(lower)
            isFunctionWord.append(function)
            groups.append(function ? [] : lexicon.groups(of: stem))
        }
        wordIds[lower] = id
        return id
    }

    /// "Russia's" is Russia, "protesters'" is protesters.
    static func dropPossessive(_ word: String) -> String {
        if word.hasSuffix("'s") { return String(word.dropLast(2)) }
        if word.hasSuffix("s'") { return String(word.dropLast()) }
        return word
    }
}
