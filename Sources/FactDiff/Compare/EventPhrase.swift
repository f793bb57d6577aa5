/// A few words naming what two aligned sentences both speak of ("face-to-face
/// talks"), so a message can say what the disagreement is about.
enum EventPhrase {
    /// "bbc says Friday, independent says Saturday for \"face-to-face talks\"".
    static func message(_ pair: AlignedPair, _ first: String, _ second: String, near mention: Mention) -> String {
        let about = between(pair.first, pair.second, near: mention).map { " for \"\($0)\"" } ?? ""
        return "\(pair.first.article.id) says \(first), \(pair.second.article.id) says \(second)\(about)"
    }

    /// Content words both sentences use, lowercase in both (names are who,
    /// not what), nearest to the mention first, written in sentence order.
    static func between(_ a: AlignedPair.Side, _ b: AlignedPair.Side, near mention: Mention, limit: Int = 2) -> String? {
        let otherTerms = Set(
            b.words.filter { !$0.isCapitalised && !$0.isNumeric }.map { Word.normalise($0.lower) })
        var candidates: [(distance: Int, index: Int)] = []
        for (index, word) in a.words.enumerated() {
            guard !word.isCapitalised, !word.isNumeric, word.range.upperBound <= mention.range.lowerBound || word.range.lowerBound >= mention.range.upperBound
            else { continue }
            let term = Word.normalise(word.lower)
            guard !Stopwords.english.contains(term), otherTerms.contains(term), !vague.contains(term) else { continue }
            let distance = word.range.upperBound <= mention.range.lowerBound
                ? mention.range.lowerBound - word.range.upperBound
                : word.range.lowerBound - mention.range.upperBound
            candidates.append((distance, index))
        }
        let chosen = candidates.sorted { ($0.distance, $0.index) < ($1.distance, $1.index) }
            .prefix(limit).map(\.index).sorted()
        guard !chosen.isEmpty else { return nil }
        let text = a.bytes
        return chosen.map { String(decoding: text[a.words[$0].range], as: UTF8.self) }
            .joined(separator: " ")
    }

    /// Words too general to name an event.
    private static let vague: WordSet = [
        "first", "time", "last", "next", "year", "day", "week", "month", "people", "thing", "way",
        "after", "before", "later", "earlier", "ago",
    ]
}
