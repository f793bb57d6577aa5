import Testing

@testable import FactDiff

@Suite struct SupportTests {
    @Test func hashIndexListsEachHashsNumbersAscending() {
        // Hashes that share their top 16 bits (one bucket), equal hashes,
        // and numbers given out of order: the lookups must read as from a
        // full sort of (hash, number).
        var generator = SystemRandomNumberGenerator()
        var entries: [(hash: UInt32, number: Int)] = []
        for number in (0..<3000).shuffled(using: &generator) {
            let hash: UInt32 =
                switch number % 3 {
                case 0: 0xABCD_0000 | UInt32(number % 7)
                case 1: UInt32(number % 50) << 20
                default: UInt32.random(in: 0...UInt32.max, using: &generator)
                }
            entries.append((hash, number))
        }
        let index = HashIndex(entries)
        for hash in Set(entries.map(\.hash)) {
            #expect(index.numbers(withHash: hash) == entries.filter { $0.hash == hash }.map(\.number).sorted())
        }
        #expect(index.numbers(withHash: 0xABCD_0009).isEmpty)
        #expect(HashIndex([]).isEmpty)
    }

    @Test func byteKeyTableFindsEveryKeyThroughGrowth() {
        var table = ByteKeyTable()
        let words = (0..<2_000).map { "word\($0)" } + ["", "é", "e\u{301}"]
        for (n, word) in words.enumerated() {
            let bytes = Array(word.utf8)
            bytes.withUnsafeBufferPointer { table.insert($0, hash: HashIndex.hash($0), number: Int32(n)) }
        }
        for (n, word) in words.enumerated() {
            let found = Array(word.utf8).withUnsafeBufferPointer { table.number(for: $0, hash: HashIndex.hash($0)) }
            #expect(found == Int32(n))
        }
        // Bytes, not canonical equivalence: "é" and "e" + U+0301 are two keys.
        let absent = Array("word2000".utf8).withUnsafeBufferPointer { table.number(for: $0, hash: HashIndex.hash($0)) }
        #expect(absent == nil)
    }

    @Test func postingsListEachKeysSentencesAscending() {
        let postings = Postings([[3, -1], [3], [], [7, 3, -1]])
        func sentences(_ key: Int64) -> [Int32] {
            var result: [Int32] = []
            postings.forEachSentence(with: key) { result.append($0) }
            return result
        }
        #expect(sentences(3) == [0, 1, 3])
        #expect(sentences(-1) == [0, 3])
        #expect(sentences(7) == [3])
        #expect(sentences(5).isEmpty)
    }

    /// The bitmap may only turn away words the set would: checked against
    /// `Set<String>` on every word of a text, on words of the right first
    /// byte or length but not listed, and on spellings Unicode calls equal.
    @Test func wordSetAnswersAsTheSetDoes() {
        let list = ["not", "never", "cannot", "no", "nor"]
        let words = WordSet(list)
        let set = Set(list)
        let probes = [
            "not", "nod", "never", "nevermore", "n", "", "cannot", "canno", "No", "nor", "or", "mot", "x",
        ] + Word.split("They said they would never, not once, agree; nor did they.").map(\.lower)
        for probe in probes { #expect(words.contains(probe) == set.contains(probe), "\(probe)") }

        // "é" as one character and as "e" and a combining accent are one
        // string to Swift; a list holding either must find both.
        let accented = WordSet(["caf\u{E9}"])
        #expect(accented.contains("cafe\u{301}"))
        #expect(accented.contains("caf\u{E9}"))
        let decomposed = WordSet(["cafe\u{301}"])
        #expect(decomposed.contains("caf\u{E9}"))
        // The Kelvin sign is canonically "K": a list with "K" in it is
        // looked up in full.
        let kelvin = WordSet(["5K"])
        #expect(kelvin.contains("5\u{212A}") == Set(["5K"]).contains("5\u{212A}"))
        #expect(WordSet(["a"]).union(["b"]).contains("b"))
        let map: WordMap<Int> = ["first": 1, "second": 2]
        for probe in ["first", "second", "firsts", "fir", "third", "", "First"] {
            #expect(map[probe] == ["first": 1, "second": 2][probe], "\(probe)")
        }
        #expect(!WordSet(["a", "b"]).subtracting(["b"]).contains("b"))

        // Long lists, where the Bloom filter does most of the turning away:
        // every listed word is found, and so is nothing else, among the
        // words themselves, their neighbours by one letter, and prose.
        for list in [Array(Stopwords.english.words), Array(PolarityWords.poles.keys)] {
            let words = WordSet(list)
            let set = Set(list)
            var probes = list
            for word in list {
                probes.append(word + "s")
                probes.append(String(word.dropLast()))
                probes.append(String(word.dropFirst()))
                probes.append(word.uppercased())
            }
            probes += Word.split("Shares rose sharply on Monday before they fell back; the board denied it had refused.").map(\.lower)
            for probe in probes { #expect(words.contains(probe) == set.contains(probe), "\(probe)") }
        }
    }

    /// The byte comparison answers as `hasSuffix` does, on words shorter
    /// than the suffix, equal to it, with accents before it, in other
    /// scripts, and with a combining mark after it (which makes the last
    /// character another one).
    @Test func asciiSuffixAnswersAsHasSuffixDoes() {
        let words = [
            "", "s", "'s", "Russia's", "protesters'", "didn't", "n't", "can't", "caf\u{E9}'s", "cafe\u{301}'s", "talked",
            "ed", "d", "e\u{301}d", "naïve", "über", "Москва's", "sn\u{301}", "ing", "going", "goin", "\u{1F600}ed",
            "ne\u{301}d", "ed\u{301}",
        ]
        for word in words {
            #expect(word.hasASCIISuffix("'s") == word.hasSuffix("'s"), "\(word)")
            #expect(word.hasASCIISuffix("n't") == word.hasSuffix("n't"), "\(word)")
            #expect(word.hasASCIISuffix("ed") == word.hasSuffix("ed"), "\(word)")
            #expect(word.hasASCIISuffix("ing") == word.hasSuffix("ing"), "\(word)")
            #expect(word.hasASCIISuffix("s") == word.hasSuffix("s"), "\(word)")
        }
    }
}
