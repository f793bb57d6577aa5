/// Two sentences, the lower reference first, so either order names one
/// pair: the key the aligner, the detector and the pipeline keep pairs of
/// sentences by. Two fields, where an array of two was allocated and hashed
/// for every pair.
struct SentencePair: Hashable, Sendable {
    let low: SentenceRef
    let high: SentenceRef

    init(_ x: SentenceRef, _ y: SentenceRef) {
        (low, high) = x < y ? (x, y) : (y, x)
    }

    /// In sentence order: by the lower sentence, then the higher.
    static func inOrder(_ x: SentencePair, _ y: SentencePair) -> Bool {
        (x.low, x.high) < (y.low, y.high)
    }
}
