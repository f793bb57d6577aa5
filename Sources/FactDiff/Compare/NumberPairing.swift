/// Which number of one sentence measures the same thing as which number of
/// the other.
///
/// Aligned sentences often hold several numbers ("417 people were injured,
/// and 272 were taken to hospital"), and two numbers of one dimension may
/// still count different things. A pair is compared only when nothing says
/// they differ: the nouns they count overlap ("112 Conservatives", "118
/// Conservative MPs"), the nearest outcome word is of one class (killed or
/// injured, cost or budget, turnout or abstention), neither carries a
/// narrowing word the other lacks ("seriously hurt", "original budget",
/// "men who helped"), and an age belongs to the same named person. Among the
/// rest, the words both sentences use near the numbers decide, nearer words
/// weighing more; scores, of which a sentence rarely holds more than one of
/// each kind, pair without them.
enum NumberPairing {
    /// Words either side of a number that describe what it measures.
    static let window = 12

    static func pairs(
        _ first: [Mention], in a: AlignedPair.Side, _ second: [Mention], in b: AlignedPair.Side
    ) -> [(Mention, Mention)] {
        let left = first.map { Surroundings($0, words: a.words, text: a.bytes) }
        let right = second.map { Surroundings($0, words: b.words, text: b.bytes) }
        var scored: [(score: Int, i: Int, j: Int)] = []
        for (i, m) in first.enumerated() {
            guard let x = m.value.downcast(to: NumberMention.self) else { continue }
            for (j, n) in second.enumerated() {
                guard let y = n.value.downcast(to: NumberMention.self), NumberConflictRule.comparable(x, y) else { continue }
                // The same figure in both is most likely the same fact:
                // "21 percent" pairs with "21 percent", not with "17 percent".
                // A hedge on one side only ("about $600 million", "another
                // $600 million") still names the same figure, a point less.
                let agree = x.description == y.description
                    ? (x.hedge == y.hedge ? 100 : 99) : NumberConflictRule.disagreement(x, y) == nil ? 5 : 0
                if let p = x.person, let q = y.person {
                    if p == q { scored.append((1000 + agree, i, j)) }
                    continue
                }
                let (l, r) = (left[i], right[j])
                // An identical figure pairs even past the vetoes below ("and
                // another $600 million"): it agrees, and pairing it keeps it
                // from being set against a different figure.
                if agree >= 99, x.dimension != .score, x.dimension != .magnitude {
                    let shared = l.terms.keys.filter { r.terms[$0] != nil }.count
                    if shared > 0 { scored.append((agree + shared, i, j)) }
                    continue
                }
                guard l.qualifiers == r.qualifiers else { continue }
                if x.dimension == .score || x.dimension == .magnitude {
                    // A sentence rarely gives two scores of one kind, or two
                    // magnitudes of one shock: the only ones are the same.
                    let unique = { (list: [Mention]) in
                        list.filter { ($0.value.downcast(to: NumberMention.self)).map { NumberConflictRule.comparable($0, x) } ?? false }.count == 1
                    }
                    if unique(first), unique(second) { scored.append((100 + agree, i, j)) }
                    continue
                }
                if !x.counted.isEmpty, !y.counted.isEmpty, Set(x.counted).isDisjoint(with: y.counted) { continue }
                // "26 Russian nationals", "12 Russian intelligence officers":
                // a shared name word says whose, the common nouns say what.
                let (common, otherCommon) = (Set(x.counted).subtracting(x.named), Set(y.counted).subtracting(y.named))
                if !common.isEmpty, !otherCommon.isEmpty, common.isDisjoint(with: otherCommon) { continue }
                // "ten Democratic Unionist MPs" are some of "202 MPs".
                if x.named != y.named, !x.counted.isEmpty || !y.counted.isEmpty { continue }
                if let c = l.outcome, let d = r.outcome, c != d { continue }
                // Outlets round and revise, but not fivefold: such numbers
                // count different things.
                let (u, v) = (abs(x.value), abs(y.value))
                if u > 0, v > 0, max(u, v) / min(u, v) > 5 { continue }
                // "25.4% abstention", "74.6% turnout": two sides of one whole.
                if x.dimension == .percent, abs(x.value + y.value - 100) < 0.6, x.value != y.value { continue }
                var shared = 0
                var closest = Int.max
                for (term, distance) in l.terms {
                    guard let other = r.terms[term] else { continue }
                    shared += (window + 1 - distance) + (window + 1 - other)
                    closest = min(closest, max(distance, other))
                }
                if x.per != nil { shared += window }
                let sameNouns = !x.counted.isEmpty && !y.counted.isEmpty
                // A bare count needs a word both sentences put right next to it.
                if x.dimension == .count, !sameNouns, closest > 4 { continue }
                // A measure or count needs a word near it in both sentences
                // that says what it measures; money and shares rely on their
                // outcome words.
                switch x.dimension {
                case .money, .percent, .percentagePoint: break
                default: if closest > 5 { continue }
                }
                guard shared > 0 else { continue }
                scored.append((shared + agree, i, j))
            }
        }
        return MentionPairing.bestFirst(scored).map { (first[$0.i], second[$0.j]) }
    }

    /// Two sentences whose dates all disagree report different events ("the
    /// Southall crash in September 1997 killed seven"), so their numbers are
    /// not compared.
    static func differentEvents(_ pair: AlignedPair) -> Bool {
        let x = pair.first.mentions(.date).compactMap { $0.value.downcast(to: DateMention.self) }
        let y = pair.second.mentions(.date).compactMap { $0.value.downcast(to: DateMention.self) }
        guard !x.isEmpty, !y.isEmpty else { return false }
        for d in x {
            for e in y where DateConflictRule.disagreement(
                d, e, publishedFirst: pair.first.article.published, publishedSecond: pair.second.article.published) == nil
            {
                return false
            }
        }
        return true
    }

    /// What a number's neighbourhood says about what it measures.
    struct Surroundings {
        /// Content terms within ``window`` words, by their distance.
        var terms: [String: Int] = [:]
        /// The class of the nearest outcome word.
        var outcome: String?
        var qualifiers: Set<String> = []

        init(_ mention: Mention, words: [Word], text: [UInt8]) {
            guard let start = words.firstIndex(where: { $0.range.upperBound > mention.range.lowerBound }) else { return }
            let end = max(start, words.lastIndex(where: { $0.range.lowerBound < mention.range.upperBound }) ?? start)
            // The clause: up to punctuation either side, or another number.
            var clauseStart = start
            while clauseStart > 0, !NumberPairing.breaks(text, words[clauseStart - 1], words[clauseStart]),
                !words[clauseStart - 1].isNumeric
            {
                clauseStart -= 1
            }
            var clauseEnd = end
            while clauseEnd + 1 < words.count, !NumberPairing.breaks(text, words[clauseEnd], words[clauseEnd + 1]),
                !words[clauseEnd + 1].isNumeric
            {
                clauseEnd += 1
            }
            var outcomeDistance = Int.max
            for k in max(0, start - window)..<min(words.count, end + window + 1) where k < start || k > end {
                let distance = k < start ? start - k : k - end
                let word = words[k]
                let inClause = k >= clauseStart && k <= clauseEnd
                // Before the number a qualifier may stand across a comma
                // ("the strongest aftershock, of magnitude 6.6"); after it,
                // only in its own clause ("£18.9bn, against an original budget").
                if distance <= 4, k < start || inClause, let quality = NumberPairing.qualifiers[word.lower] {
                    qualifiers.insert(quality)
                }
                if let counted = (mention.value.downcast(to: NumberMention.self))?.counted, !counted.isEmpty,
                    k == end + 1 + counted.count, inClause, NumberPairing.restrictive.contains(word.lower)
                {
                    qualifiers.insert("restricted")
                }
                guard !word.isNumeric else { continue }
                let term = Word.normalise(word.lower)
                if inClause, distance <= 5, distance < outcomeDistance,
                    let c = NumberPairing.outcomes[word.lower] ?? NumberPairing.outcomes[term]
                {
                    outcome = c
                    outcomeDistance = distance
                }
                // Month and weekday names date the number, they do not say
                // what it measures.
                guard !Stopwords.english.contains(term), !MentionPairing.vague.contains(term),
                    DateWords.months[word.lower] == nil, DateWords.weekdays[term] == nil
                else { continue }
                terms[term] = min(terms[term] ?? Int.max, distance)
            }
        }
    }

    /// Punctuation between two words ends a clause.
    static func breaks(_ text: [UInt8], _ a: Word, _ b: Word) -> Bool {
        text[a.range.upperBound..<b.range.lowerBound].contains {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "(")
                || $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "\"")
        }
    }

    /// Words that name what was counted or measured, by class: numbers near
    /// words of different classes count different things.
    static let outcomes: [String: String] = {
        var table: [String: String] = [:]
        func add(_ words: [String], _ c: String) { for w in words { table[w] = c } }
        add(["killed", "dead", "died", "die", "death", "toll", "fatality", "fatalities", "perished", "live", "lives", "bodie", "bodies"], "dead")
        add(["injured", "hurt", "wounded", "injury", "injuries", "injuring"], "injured")
        add(["missing", "unaccounted"], "missing")
        add(["hospital", "hospitalised", "hospitalized"], "hospital")
        add(["backed", "supported", "favour", "favor"], "for")
        add(["against", "opposed", "rejected"], "against")
        add(["arrested", "detained", "arrest", "arrests"], "arrested")
        add(["cost", "costs", "costing", "spent", "spending", "bill", "overspend"], "cost")
        add(["budget", "budgeted"], "budget")
        add(["worth", "valued", "value", "valuation"], "value")
        add(["revenue", "sales", "turnover"], "revenue")
        add(["profit", "profits", "earnings"], "profit")
        add(["loss", "losses"], "loss")
        add(["turnout"], "turnout")
        add(["abstention", "abstained"], "abstention")
        add(["unemployment", "jobless"], "unemployment")
        add(["inflation"], "inflation")
        add(["debt", "debts"], "debt")
        add(["tax", "taxes"], "tax")
        add(["earned", "earning", "income"], "profit")
        return table
    }()

    /// Words that narrow what a number counts to a part of the whole.
    static let qualifiers: WordMap<String> = [
        "seriously": "severe", "critically": "severe", "badly": "severe", "severely": "severe", "gravely": "severe",
        "slightly": "minor", "minor": "minor", "original": "original", "originally": "original", "initial": "original",
        "initially": "original", "additional": "additional", "extra": "additional", "another": "additional",
        "remaining": "remaining", "still": "remaining", "aftershock": "aftershock", "aftershocks": "aftershock",
    ]

    /// "two men who helped": a relative clause after the noun makes a subset.
    static let restrictive: WordSet = ["who", "whom", "that"]
}
