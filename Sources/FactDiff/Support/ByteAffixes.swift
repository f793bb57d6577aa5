extension RandomAccessCollection where Element == UInt8, Index == Int {
    /// Whether the bytes before `end` end with `tail`, compared byte by
    /// byte: the per-word suffix tests of the extractors and rules, on a
    /// word's bytes in place (or on the first `end` of them, once an ending
    /// is taken off).
    @inline(__always)
    func hasSuffix(_ tail: some RandomAccessCollection<UInt8>, endingAt end: Int) -> Bool {
        guard end >= tail.count else { return false }
        var k = startIndex + end - tail.count
        for byte in tail {
            if self[k] != byte { return false }
            k += 1
        }
        return true
    }

    @inline(__always)
    func hasPrefix(_ head: some RandomAccessCollection<UInt8>) -> Bool {
        guard count >= head.count else { return false }
        var k = startIndex
        for byte in head {
            if self[k] != byte { return false }
            k += 1
        }
        return true
    }
}

extension StaticString {
    /// The literal's UTF-8 bytes, for ``Swift/RandomAccessCollection/hasSuffix(_:endingAt:)``.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: utf8Start, count: utf8CodeUnitCount) }
}

extension String {
    /// `hasSuffix` for an ASCII suffix, compared byte by byte. The extractors
    /// and rules ask it of nearly every word ("n't", "'s", "ed"), and
    /// `hasSuffix` compares characters under Unicode equivalence, about a
    /// hundred instructions a call.
    ///
    /// The answers agree: an ASCII character other than `K`, `;` and `` ` ``
    /// has no other canonically equivalent spelling, and a suffix that
    /// starts with a letter or an apostrophe starts a character of its own
    /// (only the rare "prepend" marks join the character after them), so
    /// equal characters are equal bytes.
    @inline(__always)
    func hasASCIISuffix(_ suffix: StaticString) -> Bool {
        let tail = suffix.bytes
        assert(tail.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "K") && $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: "`") })
        let utf8 = self.utf8
        if let answer = utf8.withContiguousStorageIfAvailable({ $0.hasSuffix(tail, endingAt: $0.count) }) {
            return answer
        }
        return utf8.count >= tail.count && utf8.suffix(tail.count).elementsEqual(tail)
    }
}
