/// A lookup table for bundled word lists (the gazetteer's names, the
/// lexicon's stems) built as one sort of integers: each entry is a 32-bit
/// FNV-1a hash of its key above the entry's number. A dictionary of 40,000
/// strings took more time to build than most stories take to analyse; this
/// builds in a few milliseconds, and a lookup reads the few entries of its
/// hash, which the caller checks against the key in full (hashes collide).
struct HashIndex: Sendable {
    private let entries: [UInt64]
    /// Where the entries whose hash has each value of its top 16 bits
    /// begin, and one past the last: a lookup scans one short run (about one
    /// entry) where a binary search over all of them missed the cache at
    /// nearly every one of its 16 steps.
    private let bucketStarts: [Int32]

    /// `entries` are (hash, number) pairs in any order.
    init(_ entries: [(hash: UInt32, number: Int)]) {
        // A counting sort on the bucket bits, then an insertion sort of each
        // bucket's one or two entries: linear, where a comparison sort of
        // the gazetteer's 70,000 entries took most of the start-up time.
        var starts = [Int32](repeating: 0, count: (1 << Self.bucketBits) + 1)
        for entry in entries { starts[Int(entry.hash >> (32 - Self.bucketBits)) + 1] += 1 }
        for b in 1..<starts.count { starts[b] += starts[b - 1] }
        var sorted = [UInt64](repeating: 0, count: entries.count)
        var next = starts
        for entry in entries {
            let bucket = Int(entry.hash >> (32 - Self.bucketBits))
            sorted[Int(next[bucket])] = UInt64(entry.hash) << 32 | UInt64(UInt32(truncatingIfNeeded: entry.number))
            next[bucket] += 1
        }
        sorted.withUnsafeMutableBufferPointer { sorted in
            for b in 0..<(starts.count - 1) {
                let low = Int(starts[b])
                let high = Int(starts[b + 1])
                guard high - low > 1 else { continue }
                for k in (low + 1)..<high {
                    let value = sorted[k]
                    var m = k
                    while m > low, sorted[m - 1] > value {
                        sorted[m] = sorted[m - 1]
                        m -= 1
                    }
                    sorted[m] = value
                }
            }
        }
        self.entries = sorted
        self.bucketStarts = starts
    }

    private static let bucketBits = 16

    var isEmpty: Bool { entries.isEmpty }

    /// The numbers of the entries with this hash, ascending.
    func numbers(withHash hash: UInt32) -> [Int] {
        var found: [Int] = []
        forEachNumber(withHash: hash) { found.append($0) }
        return found
    }

    /// ``numbers(withHash:)`` without an array, for lookups made once per
    /// new word of every story.
    func forEachNumber(withHash hash: UInt32, _ body: (Int) -> Void) {
        let key = UInt64(hash)
        let bucket = Int(hash >> (32 - Self.bucketBits))
        entries.withUnsafeBufferPointer { entries in
            var k = Int(bucketStarts[bucket])
            let end = Int(bucketStarts[bucket + 1])
            while k < end, entries[k] >> 32 < key { k += 1 }
            while k < end, entries[k] >> 32 == key {
                body(Int(entries[k] & 0xFFFF_FFFF))
                k += 1
            }
        }
    }

    static func hash(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var h = hashSeed
        for byte in bytes { h = hash(h, byte) }
        return h
    }

    /// FNV-1a's offset basis and one step, for callers that hash bytes as
    /// they scan them.
    static let hashSeed: UInt32 = 0x811c_9dc5

    @inline(__always)
    static func hash(_ h: UInt32, _ byte: UInt8) -> UInt32 {
        (h ^ UInt32(byte)) &* 0x0100_0193
    }
}
