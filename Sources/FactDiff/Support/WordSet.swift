/// A fixed list of lowercase words ("not", "never", "cannot"), which the
/// extractors and rules test nearly every word of every sentence against.
/// Most words are in none of the lists, and a `Set<String>` hashed each
/// one in full to say so: a tenth of a corpus check went to hashing. Here
/// a bitmap of the list's first bytes and lengths turns most words away
/// first; the rest are looked up in the set.
///
/// The answer is always the set's. Two strings Unicode calls equivalent
/// may differ in bytes ("é" written as one character or as "e" and an
/// accent), so the bitmap is used only when no such pair can arise: every
/// word of the list is ASCII without a character that has a non-ASCII
/// equivalent (`K`, `;`, `` ` ``). A non-ASCII string equivalent to such a
/// word would have to normalise to ASCII, and only those three characters'
/// equivalents do.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    let words: Set<String>
    private let filter: WordFilter

    init(_ words: some Sequence<String>) {
        let words = Set(words)
        self.words = words
        filter = WordFilter(words)
    }

    init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    @inline(__always)
    func contains(_ word: String) -> Bool {
        filter.mayHold(word) && words.contains(word)
    }

    func contains(_ word: Substring) -> Bool { contains(String(word)) }

    var isEmpty: Bool { words.isEmpty }
    var count: Int { words.count }

    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }

    func union(_ other: some Sequence<String>) -> WordSet { WordSet(words.union(other)) }
    func subtracting(_ other: some Sequence<String>) -> WordSet { WordSet(words.subtracting(other)) }
    func isDisjoint(with other: Set<String>) -> Bool { words.isDisjoint(with: other) }
}

/// A fixed table keyed by lowercase words ("first": 1, "noon": 720), looked
/// up for nearly every word of a sentence: ``WordSet``'s bitmap turns away
/// most words before the dictionary hashes them.
struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral, Sequence {
    let table: [String: Value]
    private let filter: WordFilter

    init(_ table: [String: Value]) {
        self.table = table
        filter = WordFilter(table.keys)
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        // A key written twice is a mistake in the table, as in a
        // dictionary literal.
        self.init(Dictionary(uniqueKeysWithValues: elements))
    }

    @inline(__always)
    subscript(_ word: String) -> Value? {
        filter.mayHold(word) ? table[word] : nil
    }

    var keys: Dictionary<String, Value>.Keys { table.keys }

    func makeIterator() -> Dictionary<String, Value>.Iterator { table.makeIterator() }
}

/// The first bytes and lengths of a list of words, as bits, and a small
/// Bloom filter of each word's first, second and last bytes with its
/// length: a word that no listed word matches on these is not in the list,
/// with no hashing of the whole word. The first-byte and length bits alone
/// let through most words when a list is long (the polarity table's 170
/// words start with most letters and have most lengths); the Bloom filter
/// turns most of them away too. Off (every word may be in the list) when
/// the list holds a word for which Unicode equivalence could make an equal
/// string of other bytes.
struct WordFilter: Sendable {
    /// Bit `b` is set when a word starts with byte `b`.
    private let firstBytes: InlineArray<4, UInt64>
    /// Bit `n` is set when a word has `n` bytes (63 for 63 or more).
    private let lengths: UInt64
    /// 1,024 bits, one set per listed word (``bloomBit(_:_:_:_:)``).
    private let bloom: InlineArray<16, UInt64>
    private let enabled: Bool

    init(_ words: some Sequence<String>) {
        var firstBytes = InlineArray<4, UInt64>(repeating: 0)
        var lengths: UInt64 = 0
        var bloom = InlineArray<16, UInt64>(repeating: 0)
        var enabled = true
        for word in words {
            let utf8 = word.utf8
            if utf8.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "K") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "`") }) {
                enabled = false
            }
            guard let first = utf8.first, let last = utf8.last else {
                enabled = false
                continue
            }
            firstBytes[Int(first >> 6)] |= 1 &<< UInt64(first & 63)
            lengths |= 1 &<< UInt64(Swift.min(utf8.count, 63))
            let second = utf8.count > 1 ? utf8[utf8.index(after: utf8.startIndex)] : 0
            let bit = Self.bloomBit(first, second, last, utf8.count)
            bloom[bit >> 6] |= 1 &<< UInt64(bit & 63)
        }
        self.firstBytes = firstBytes
        self.lengths = lengths
        self.bloom = bloom
        self.enabled = enabled
    }

    @inline(__always)
    private static func bloomBit(_ first: UInt8, _ second: UInt8, _ last: UInt8, _ count: Int) -> Int {
        let key = UInt64(first) | UInt64(second) << 8 | UInt64(last) << 16 | UInt64(truncatingIfNeeded: count) << 24
        return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 54)
    }

    @inline(__always)
    func mayHold(_ word: String) -> Bool {
        guard enabled else { return true }
        var word = word
        return word.withUTF8 { bytes in
            let count = bytes.count
            guard count > 0 else { return false }
            let first = bytes[0]
            guard firstBytes[Int(first >> 6)] & (1 &<< UInt64(first & 63)) != 0,
                lengths & (1 &<< UInt64(Swift.min(count, 63))) != 0
            else { return false }
            let bit = Self.bloomBit(first, count > 1 ? bytes[1] : 0, bytes[count - 1], count)
            return bloom[bit >> 6] & (1 &<< UInt64(bit & 63)) != 0
        }
    }
}
