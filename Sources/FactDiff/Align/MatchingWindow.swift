/// The shortest run of a long sentence's tokens that holds every content
/// token matching a shorter sentence (the same term or a related one),
/// widened to at least the shorter one's length: a sentence that reports
/// one fact among several still aligns with a sentence that reports just
/// that fact, when the run is scored on its own.
///
/// The run is scored from what scoring the whole pair recorded, without
/// building it as a ``TermVector``: building one for every scored pair took
/// a sixth of the aligner's time. The features are the ones a vector of the
/// run would give, summed in the same order.
struct MatchingWindow {
    let range: Range<Int>

    /// Nil when nothing of `long` matches. `matches` are per term of `long`,
    /// as ``PairFeatures/coverage(of:by:matches:matchedAt:)`` recorded them
    /// against `short`.
    init?(of long: TermVector, for short: TermVector, matches: UnsafePointer<UInt8>) {
        let shortLength = short.sequence.count
        guard let range = long.withBuffers({ lb in Self.run(of: lb, matches: matches, atLeast: shortLength) }) else { return nil }
        self.range = range
    }

    private static func run(of long: TermVector.Buffers, matches: UnsafePointer<UInt8>, atLeast length: Int) -> Range<Int>? {
        // The first matching token from the start, the last from the end:
        // the tokens between need no test.
        let count = long.termIndex.count
        var first: Int?
        for index in 0..<count where Self.matches(index, of: long, matches) {
            first = index
            break
        }
        guard var low = first else { return nil }
        var last = count - 1
        while !Self.matches(last, of: long, matches) { last -= 1 }
        var high = last + 1
        while high - low < length {
            if low > 0 { low -= 1 }
            if high - low < length, high < count { high += 1 }
            if low == 0, high == count { break }
        }
        return low..<high
    }

    /// Whether the token at `index` of `long` is a content term that the
    /// other sentence has, or a relative of.
    @inline(__always)
    private static func matches(_ index: Int, of long: TermVector.Buffers, _ matches: UnsafePointer<UInt8>) -> Bool {
        let k = Int(long.termIndex[index])
        return long.kinds[k] != .function && matches[k] != 0
    }

    /// How much scratch ``features(short:long:shortMatches:shortMatchedAt:longMatches:sharedBigrams:scratch:)``
    /// needs for `long`.
    static func scratchSize(_ long: TermVector) -> Int {
        long.terms.count + long.bigrams.count
    }

    /// The features of `short` against this run of `long`, or nil when the
    /// run holds no content term. `shortMatches`, `shortMatchedAt` and
    /// `longMatches` are what the coverage of each sentence by the other
    /// recorded per term, `sharedBigrams` which bigrams of `long` `short` has
    /// (``Sorted/sharedCount(_:_:marking:)``); `scratch` holds at least ``scratchSize(_:)`` zero bytes, and
    /// is left zeroed.
    ///
    /// A term of `short` matches the run as it matches all of `long`: every
    /// content term of `long` that matches `short`, exactly or through a
    /// shared group, is inside the run by its construction. Only a function
    /// word (which has no groups) may match `long` outside the run.
    func features(
        short: TermVector, long: TermVector, shortMatches: UnsafePointer<UInt8>, shortMatchedAt: UnsafePointer<Int32>,
        longMatches: UnsafePointer<UInt8>, sharedBigrams: UnsafePointer<UInt8>, scratch: UnsafeMutablePointer<UInt8>
    ) -> PairFeatures? {
        long.withBuffers { lb in
            short.withBuffers { sb in
                features(
                    short: short, sb, long: long, lb, shortMatches: shortMatches, shortMatchedAt: shortMatchedAt,
                    longMatches: longMatches, sharedBigrams: sharedBigrams, scratch: scratch)
            }
        }
    }

    private func features(
        short: TermVector, _ sb: TermVector.Buffers, long: TermVector, _ lb: TermVector.Buffers,
        shortMatches: UnsafePointer<UInt8>, shortMatchedAt: UnsafePointer<Int32>,
        longMatches: UnsafePointer<UInt8>, sharedBigrams: UnsafePointer<UInt8>, scratch: UnsafeMutablePointer<UInt8>
    ) -> PairFeatures? {
        let inRun = scratch
        let pairInRun = scratch + lb.terms.count
        for token in range { inRun[Int(lb.termIndex[token])] = 1 }
        defer {
            for token in range { inRun[Int(lb.termIndex[token])] = 0 }
            for token in range.dropFirst() { pairInRun[Int(lb.bigramIndex[token - 1])] = 0 }
        }
        // The run's terms in ascending order, as a vector of it would hold
        // them: its coverage by `short`, and its names and numbers.
        var runCoverage = PairFeatures.CoverageSum()
        var run = PairFeatures.Counts(length: range.count, bigrams: 0, numbers: 0, names: 0)
        var shared = PairFeatures.Counts(length: 0, bigrams: 0, numbers: 0, names: 0)
        var hasContent = false
        for k in lb.terms.indices where inRun[k] != 0 {
            let kind = lb.kinds[k]
            runCoverage.add(lb.weights[k], content: kind != .function, match: longMatches[k])
            switch kind {
            case .function: continue
            case .word: break
            case .name:
                run.names += 1
                if Sorted.contains(short.names, lb.terms[k]) { shared.names += 1 }
            case .number:
                run.numbers += 1
                if Sorted.contains(short.numbers, lb.terms[k]) { shared.numbers += 1 }
            }
            hasContent = true
        }
        guard hasContent else { return nil }
        var shortCoverage = PairFeatures.CoverageSum()
        for k in sb.terms.indices {
            var match = shortMatches[k]
            if match == PairFeatures.exactMatch, sb.kinds[k] == .function, inRun[Int(shortMatchedAt[k])] == 0 {
                match = 0
            }
            shortCoverage.add(sb.weights[k], content: sb.kinds[k] != .function, match: match)
        }
        for token in range.dropFirst() {
            let pair = Int(lb.bigramIndex[token - 1])
            guard pairInRun[pair] == 0 else { continue }
            pairInRun[pair] = 1
            run.bigrams += 1
            if sharedBigrams[pair] != 0 { shared.bigrams += 1 }
        }
        return PairFeatures(
            shortCoverage.shares, runCoverage.shares,
            PairFeatures.Counts(
                length: short.sequence.count, bigrams: short.bigrams.count, numbers: short.numbers.count,
                names: short.names.count),
            run, shared: shared)
    }
}
