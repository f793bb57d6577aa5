/// Which mention of one sentence speaks of the same event as which mention
/// of the other.
///
/// Aligned sentences often carry several dates or numbers: "Hours after
/// promoting the idea on Sunday" and "the talks on Friday". A mention is
/// paired with the other sentence's mention whose surrounding content words
/// it shares most; when each sentence has exactly one candidate they pair
/// with each other. Mentions with no shared context stay unpaired, so they
/// are never compared.
enum MentionPairing {
    /// Words either side of a mention that describe its event.
    static let window = 6

    static func pairs(
        _ first: [Mention], in a: AlignedPair.Side, _ second: [Mention], in b: AlignedPair.Side
    ) -> [(Mention, Mention)] {
        if first.count == 1, second.count == 1 { return [(first[0], second[0])] }
        var scored: [(score: Int, i: Int, j: Int)] = []
        for (i, m) in first.enumerated() {
            let contextA = context(of: m, words: a.words)
            for (j, n) in second.enumerated() {
                let shared = contextA.intersection(context(of: n, words: b.words)).count
                if shared > 0 { scored.append((shared, i, j)) }
            }
        }
        scored.sort { ($0.score, -$0.i, -$0.j) > ($1.score, -$1.i, -$1.j) }
        var usedA: Set<Int> = []
        var usedB: Set<Int> = []
        var result: [(Mention, Mention)] = []
        for s in scored where !usedA.contains(s.i) && !usedB.contains(s.j) {
            usedA.insert(s.i)
            usedB.insert(s.j)
            result.append((first[s.i], second[s.j]))
        }
        return result
    }

    /// Content words within ``window`` words of the mention: in news copy,
    /// the words next to a date or number name the event it belongs to.
    static func context(of mention: Mention, words: [Word]) -> Set<String> {
        guard let start = words.firstIndex(where: { $0.range.upperBound > mention.range.lowerBound }) else {
            return []
        }
        let end = words.lastIndex(where: { $0.range.lowerBound < mention.range.upperBound }) ?? start
        var result: Set<String> = []
        for k in max(0, start - window)..<min(words.count, end + window + 1) where k < start || k > end {
            let term = TermTable.normalise(words[k].lower)
            if !Stopwords.english.contains(term), !words[k].isNumeric { result.insert(term) }
        }
        return result
    }
}
