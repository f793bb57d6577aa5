/// Index keys (a term id, or a lexicon group as a negative number) to the
/// sentences of one article that have them, ascending: the aligner's
/// inverted index. Every other article of the story looks up every one of
/// its content terms and their groups here, so the table is built once as
/// flat arrays and probed with a multiplicative hash; a `[Int64: [Int32]]`
/// hashed each key with SipHash and kept an array per key.
struct Postings: Sendable {
    /// The distinct keys, and the sentences of key `k` at
    /// `sentences[starts[k]..<starts[k + 1]]`.
    private let keys: [Int64]
    private let starts: [Int32]
    private let sentences: [Int32]
    /// Key index + 1 per slot, 0 for an empty slot; the count is a power of
    /// two, at most half full.
    private let slots: [Int32]

    /// `keys[j]` are the distinct keys of sentence `j`; every key fits in
    /// 32 bits (term ids and group numbers are `Int32`).
    init(_ sentenceKeys: [[Int64]]) {
        // Key above sentence in one integer, so one plain sort orders them by
        // key, then sentence: each key's sentences come out ascending.
        var pairs: [Int64] = []
        pairs.reserveCapacity(sentenceKeys.reduce(0) { $0 + $1.count })
        for (j, keys) in sentenceKeys.enumerated() {
            for key in keys { pairs.append(Int64(Int32(key)) << 32 | Int64(UInt32(j))) }
        }
        pairs.sort()
        var keys: [Int64] = []
        var starts: [Int32] = []
        var sentences: [Int32] = []
        sentences.reserveCapacity(pairs.count)
        for pair in pairs {
            let key = pair >> 32
            if keys.last != key {
                keys.append(key)
                starts.append(Int32(sentences.count))
            }
            sentences.append(Int32(truncatingIfNeeded: pair))
        }
        starts.append(Int32(sentences.count))
        var size = 16
        while size < 2 * keys.count { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for (k, key) in keys.enumerated() {
            var slot = Self.slot(of: key, size: size)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(k + 1)
        }
        self.keys = keys
        self.starts = starts
        self.sentences = sentences
        self.slots = slots
    }

    /// Calls `body` with each sentence that has `key`, ascending.
    @inline(__always)
    func forEachSentence(with key: Int64, _ body: (Int32) -> Void) {
        let size = slots.count
        var slot = Self.slot(of: key, size: size)
        while true {
            let k = Int(slots[slot]) - 1
            if k < 0 { return }
            if keys[k] == key {
                for index in Int(starts[k])..<Int(starts[k + 1]) { body(sentences[index]) }
                return
            }
            slot = (slot + 1) & (size - 1)
        }
    }

    @inline(__always)
    private static func slot(of key: Int64, size: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15) >> 32) & (size - 1)
    }
}
