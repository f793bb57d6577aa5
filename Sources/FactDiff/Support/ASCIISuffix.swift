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
        let tail = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
        assert(tail.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "K") && $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: "`") })
        let utf8 = self.utf8
        if let answer = utf8.withContiguousStorageIfAvailable({ bytes in
            bytes.count >= tail.count && UnsafeBufferPointer(rebasing: bytes[(bytes.count - tail.count)...]).elementsEqual(tail)
        }) {
            return answer
        }
        return utf8.count >= tail.count && utf8.suffix(tail.count).elementsEqual(tail)
    }
}
