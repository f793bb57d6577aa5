import Snowball
import Synchronization

/// What the aligner works out about a word the first time a story uses it
/// (its stem, whether it is a stop word, its stem's lexicon groups), kept
/// for the whole run and shared by the stories analysed side by side. The
/// stories of a batch share most of their words, and stemming each story's
/// words anew and looking their stems up in the lexicon took two fifths of
/// the time of building a story's term vectors.
///
/// Stems are numbered in the order the run meets them, which differs from
/// run to run when stories run in parallel; ``TermTable`` numbers its own
/// terms in its story's order, so no output depends on these numbers.
final class StemCache: Sendable {
    struct Entry: Sendable {
        /// The stem's number in this cache: two words with one stem have one.
        let stem: Int32
        /// The stem itself.
        let text: String
        let isStopword: Bool
        /// The stem's lexicon groups, ascending.
        let groups: [Int32]
    }

    private struct State {
        /// Lowercase ASCII word → its index in ``entries``.
        var words = ByteKeyTable()
        var entries: [Entry] = []
        var stems: [String: Int32] = [:]
        var stemGroups: [[Int32]] = []
    }

    private let lexicon: Lexicon
    private let state = Mutex(State())

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// The cache of the bundled lexicon, for the whole process.
    static let english = StemCache(lexicon: .english)

    /// The entry of a lowercase ASCII word, whose ``HashIndex/hash(_:)`` is
    /// `hash`. `stemmer` is the caller's, used outside the lock, since a
    /// Snowball stemmer is not safe to share.
    func entry(forASCII word: UnsafeBufferPointer<UInt8>, hash: UInt32, stemmer: Stemmer?) -> Entry {
        if let known = state.withLock({ state in state.words.number(for: word, hash: hash).map { state.entries[Int($0)] } }) {
            return known
        }
        let entry = make(String(decoding: word, as: UTF8.self), stemmer: stemmer)
        state.withLock { state in
            // Another story may have added it meanwhile, with the same entry.
            guard state.words.number(for: word, hash: hash) == nil else { return }
            state.words.insert(word, hash: hash, number: Int32(state.entries.count))
            state.entries.append(entry)
        }
        return entry
    }

    /// The entry of any lowercase word; words beyond ASCII are not kept by
    /// their bytes (``TermTable`` joins their equivalent spellings first),
    /// only their stems are.
    func entry(for word: String, stemmer: Stemmer?) -> Entry {
        make(word, stemmer: stemmer)
    }

    private func make(_ word: String, stemmer: Stemmer?) -> Entry {
        let stem = stemmer?.stem(word) ?? word
        let isStopword = Stopwords.english.contains(word)
        if let (number, groups) = state.withLock({ state in state.stems[stem].map { ($0, state.stemGroups[Int($0)]) } }) {
            return Entry(stem: number, text: stem, isStopword: isStopword, groups: groups)
        }
        let groups = lexicon.groups(of: stem)
        let number = state.withLock { state in
            if let number = state.stems[stem] { return number }
            let number = Int32(state.stemGroups.count)
            state.stems[stem] = number
            state.stemGroups.append(groups)
            return number
        }
        return Entry(stem: number, text: stem, isStopword: isStopword, groups: groups)
    }

    /// The Snowball stem of a word, as `stemmer` gives it, worked out once
    /// a run for an ASCII word: the polarity rule stems the words of every
    /// pair it checks, and Snowball takes thousands of instructions a word.
    func stem(of word: String, stemmer: Stemmer) -> String {
        var key = word
        return key.withUTF8 { bytes in
            for byte in bytes where byte >= 0x80 { return stemmer.stem(word) }
            return entry(forASCII: bytes, hash: HashIndex.hash(bytes), stemmer: stemmer).text
        }
    }
}
