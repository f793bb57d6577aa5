/// A lookup table for bundled word lists (the gazetteer's names, the
/// lexicon's stems) built as one sort of integers: each entry is a 32-bit
/// FNV-1a hash of its key above the entry's number. A dictionary of 40,000
/// strings took more time to build than most stories take to analyse; this
/// builds in a few milliseconds, and a lookup is a binary search whose few
/// candidates the caller checks against the key in full (hashes collide).
struct HashIndex: Sendable {
    private let entries: [UInt64]

    /// `entries` are (hash, number) pairs in any order.
    init(_ entries: [(hash: UInt32, number: Int)]) {
        self.entries = entries.map { UInt64($0.hash) << 32 | UInt64(UInt32(truncatingIfNeeded: $0.number)) }.sorted()
    }

    var isEmpty: Bool { entries.isEmpty }

    /// The numbers of the entries with this hash, ascending.
    func numbers(withHash hash: UInt32) -> [Int] {
        let key = UInt64(hash)
        var low = 0
        var high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid] >> 32 < key { low = mid + 1 } else { high = mid }
        }
        var found: [Int] = []
        while low < entries.count, entries[low] >> 32 == key {
            found.append(Int(entries[low] & 0xFFFF_FFFF))
            low += 1
        }
        return found
    }

    /// ``numbers(withHash:)`` without an array, for lookups made once per
    /// new word of every story.
    func forEachNumber(withHash hash: UInt32, _ body: (Int) -> Void) {
        let key = UInt64(hash)
        entries.withUnsafeBufferPointer { entries in
            var low = 0
            var high = entries.count
            while low < high {
                let mid = (low + high) / 2
                if entries[mid] >> 32 < key { low = mid + 1 } else { high = mid }
            }
            while low < entries.count, entries[low] >> 32 == key {
                body(Int(entries[low] & 0xFFFF_FFFF))
                low += 1
            }
        }
    }

    static func hash(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var h: UInt32 = 0x811c_9dc5
        for byte in bytes {
            h ^= UInt32(byte)
            h = h &* 0x0100_0193
        }
        return h
    }
}
