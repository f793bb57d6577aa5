/// The content words of a sentence as term ids, each with its weight.
///
/// Terms are lowercased words less stopwords, with a plural "s" removed;
/// names (capitalised words inside the sentence) and numbers weigh more,
/// since two outlets reporting one fact share them most reliably.
struct TermVector: Sendable {
    var terms: [Int32]
    var weights: [Double]
    var norm: Double
}

/// Term ids and document frequencies for the sentences of one story.
struct TermTable {
    private(set) var ids: [String: Int32] = [:]
    private(set) var documentFrequency: [Int] = []

    /// Distinct content terms of a sentence, each flagged when it is a name
    /// or a number there.
    mutating func terms(of text: String) -> [(id: Int32, isAnchor: Bool)] {
        let words = Word.split(text)
        var seen: Set<Int32> = []
        var result: [(id: Int32, isAnchor: Bool)] = []
        for (index, word) in words.enumerated() {
            let term = Self.normalise(word.lower)
            guard !term.isEmpty, !Stopwords.english.contains(term) else { continue }
            let id: Int32
            if let existing = ids[term] {
                id = existing
            } else {
                id = Int32(documentFrequency.count)
                ids[term] = id
                documentFrequency.append(0)
            }
            if seen.insert(id).inserted {
                documentFrequency[Int(id)] += 1
                result.append((id, word.isNumeric || (word.isCapitalised && index > 0)))
            }
        }
        return result
    }

    /// Possessive and plural endings off, so "talks" meets "talk" and
    /// "Russia's" meets "Russia".
    static func normalise(_ word: String) -> String {
        var w = Substring(word)
        if w.hasSuffix("'s") || w.hasSuffix("s'") { w = w.dropLast(2) }
        if w.count > 4, w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        if w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") {
            w = w.dropLast()
        }
        return String(w)
    }
}
