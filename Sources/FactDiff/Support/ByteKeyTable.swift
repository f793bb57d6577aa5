/// A growing hash table from short byte strings to numbers, for words
/// looked up by their UTF-8 bytes: a `[String: Int32]` hashed and compared
/// a `String` made for every token of a story, which cost the aligner's
/// term table more than stemming. Keys are copied into one buffer, slots
/// are open-addressed by the key's FNV-1a hash (``HashIndex/hash(_:)``),
/// and a lookup compares bytes, so two spellings that Unicode calls
/// equivalent are two keys here (``TermTable`` keeps such words apart).
struct ByteKeyTable {
    /// Every key's bytes, one after another.
    private var keyBytes: [UInt8] = []
    /// Per entry: where its key starts in ``keyBytes``, its length, its
    /// hash, and its number.
    private var starts: [Int32] = []
    private var lengths: [Int32] = []
    private var hashes: [UInt32] = []
    private var numbers: [Int32] = []
    /// Entry index + 1 per slot, 0 for an empty slot; the count is a power
    /// of two, at most half full.
    private var slots: [Int32] = Array(repeating: 0, count: 256)

    /// The number stored for `key`, whose hash is `hash`; nil when absent.
    func number(for key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBufferPointer { keyBytes in
                while true {
                    let entry = Int(slots[slot]) - 1
                    if entry < 0 { return nil }
                    if hashes[entry] == hash, Int(lengths[entry]) == key.count {
                        let start = Int(starts[entry])
                        var same = true
                        for k in 0..<key.count where keyBytes[start + k] != key[k] {
                            same = false
                            break
                        }
                        if same { return numbers[entry] }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// Stores `number` for `key`, which must be absent.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32, number: Int32) {
        if 2 * (numbers.count + 1) > slots.count { grow() }
        starts.append(Int32(keyBytes.count))
        lengths.append(Int32(key.count))
        hashes.append(hash)
        numbers.append(number)
        keyBytes.append(contentsOf: key)
        place(numbers.count - 1)
    }

    private mutating func place(_ entry: Int) {
        let mask = slots.count - 1
        var slot = Int(hashes[entry]) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for entry in numbers.indices { place(entry) }
    }
}
