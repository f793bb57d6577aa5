/// The sentences right after two aligned ones, in the same paragraphs:
/// outlets often tell one fact over two sentences in the same order ("The
/// train had just left Paddington when it crossed onto the line. The two
/// met at 8.18am." against "... crossed into the path of the express. The
/// collision came at 8.08am."), and the second pair shares too little to
/// align on its words. Compared as near misses marked
/// ``AlignedPair/followsAlignment``.
enum FollowingSentences {
    static func pairs(_ alignments: [Alignment], sentences: [[Sentence]]) -> [(SentenceRef, SentenceRef)] {
        var aligned: Set<SentencePair> = []
        for alignment in alignments {
            for (i, x) in alignment.sentences.enumerated() {
                for y in alignment.sentences[(i + 1)...] where x.article != y.article { aligned.insert(SentencePair(x, y)) }
            }
        }
        func next(_ ref: SentenceRef) -> SentenceRef? {
            let list = sentences[ref.article]
            guard ref.sentence + 1 < list.count, list[ref.sentence + 1].paragraph == list[ref.sentence].paragraph else { return nil }
            return SentenceRef(article: ref.article, sentence: ref.sentence + 1)
        }
        var result: Set<SentencePair> = []
        for key in aligned {
            guard let x = next(key.low), let y = next(key.high) else { continue }
            let pair = SentencePair(x, y)
            if !aligned.contains(pair) { result.insert(pair) }
        }
        return result.sorted(by: SentencePair.inOrder).map { ($0.low, $0.high) }
    }
}
