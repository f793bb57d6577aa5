/// Finds quantities in a sentence: counts, money, percentages and
/// percentage points, ages, scores, magnitudes, durations, distances and
/// weights, in digits or in words, with the hedge that bends them.
///
/// Works on the sentence's words like ``DateExtractor``: a number is read
/// from its word (digits with a glued scale or unit: "£1.2bn", "150km",
/// "87-year-old"), then the few words either side name its hedge, unit,
/// currency and what it counts. Years, days of dates, clock times, ordinals
/// and numbers inside names ("Article 50") are not quantities and are left
/// out.
public struct NumberExtractor: MentionExtractor {
    public init() {}

    public func mentions(in sentence: Sentence, words: [Word], context: ExtractionContext) -> [Mention] {
        var scan = NumberScan(words: words, text: Array(sentence.text.utf8), published: context.published)
        var found: [(first: Int, last: Int, value: NumberMention)] = []
        var i = 0
        while i < words.count {
            if let item = scan.quantity(at: i) {
                found.append(item)
                i = item.last + 1
            } else {
                i += 1
            }
        }
        Self.markPairs(&found, words: words, text: scan.text)
        found += scan.birthAges()
        return found.map { item in
            let range = words[item.first].range.lowerBound..<words[item.last].range.upperBound
            let start = scan.evidenceStart(item.first, range.lowerBound)
            let end = scan.evidenceEnd(item.last, range.upperBound)
            return Mention(
                kind: .number, sentence: sentence.ref, range: start..<end,
                text: String(decoding: scan.text[start..<end], as: UTF8.self), value: item.value)
        }
    }

    /// "432 to 202", "1.5% to 1.75%", "between 20 and 30": each end of a pair
    /// is not a value of its own.
    private static func markPairs(
        _ found: inout [(first: Int, last: Int, value: NumberMention)], words: [Word], text: [UInt8]
    ) {
        guard found.count >= 2 else { return }
        for k in 1..<found.count {
            let a = found[k - 1]
            let b = found[k]
            let gap = b.first - a.last
            let joined: Bool
            if gap == 2 {
                let joiner = words[a.last + 1].lower
                joined = joiner == "to" || (joiner == "and" && a.first > 0 && words[a.first - 1].lower == "between")
            } else if gap == 1 {
                let between = text[words[a.last].range.upperBound..<words[b.first].range.lowerBound]
                joined = between.allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "%") }
                    && between.contains(UInt8(ascii: "-"))
            } else {
                joined = false
            }
            if joined, a.value.dimension == b.value.dimension || a.value.dimension == .count {
                found[k - 1].value.role = .pairPart
                found[k].value.role = .pairPart
                if a.value.dimension == .count { found[k - 1].value.dimension = b.value.dimension }
            }
        }
    }
}

/// The state of one sentence's scan; a struct of its own so the many small
/// readers share the words without passing them around.
struct NumberScan {
    let words: [Word]
    let text: [UInt8]
    let published: CivilDate?

    init(words: [Word], text: [UInt8], published: CivilDate?) {
        self.words = words
        self.text = text
        self.published = published
    }

    /// A number read from one word: its value, the rounding a round figure
    /// implies, and what was glued after it ("bn", "km", "year-old").
    struct Reading {
        var value: Double
        var precision: Double
        var suffix: Substring
        var sign: String?
        var isFraction = false
        var magnitudePrefix = false
        var spelled = false
        /// The place of the last digit written: 0.1 for "19.8", 1 for "43".
        var lastDigitUnit = 1.0
    }

    // MARK: Reading one quantity

    mutating func quantity(at i: Int) -> (first: Int, last: Int, value: NumberMention)? {
        let word = words[i]
        guard Self.mayBeNumber(word.lower), !isInsideName(i), !nextToMonth(i) else { return nil }
        var first = i
        var last = i
        var currency: String?
        guard var reading = spelledReading(at: i, last: &last) ?? read(word.lower) else { return nil }
        if byte(after: i) == UInt8(ascii: ":") || byte(before: i) == UInt8(ascii: ":") { return nil }
        // "16/04/2019", "9/11", "24/7": digits slashed to digits are a date
        // or a name, not a quantity.
        if slashedToDigits(i) { return nil }
        if let sign = reading.sign { currency = sign }
        if currency == nil, let dollar = dollarBefore(i) {
            currency = dollar.currency
            first = dollar.first
        }

        // Scores first: "4-2", "3-3".
        if reading.sign == nil, currency == nil, let score = score(at: i, reading) {
            return score
        }

        var dimension = NumberMention.Dimension.count
        var size = 1.0
        var converted = false
        var suffix = reading.suffix

        // Scale glued or following: "1.2bn", "11m", "20.7 million".
        var scale = 1.0
        if let s = NumberWords.scales[String(suffix)], suffix != "m" || currency != nil || moneyFollows(last) || countNounFollows(last) {
            scale = s
            suffix = ""
        } else if suffix.isEmpty, last + 1 < words.count, let s = NumberWords.scales[words[last + 1].lower],
            words[last + 1].lower != "m" && words[last + 1].lower != "b", adjacent(last, last + 1)
        {
            scale = s
            last += 1
        }
        reading.value *= scale
        if scale > 1 {
            // "$43 million" is rounded to the million: it covers $42.5m to
            // $43.5m, but not $44 million (and a precise $43,885,310 it is
            // the cut-down form of: ``NumberConflictRule/truncates``).
            reading.precision = max(reading.precision * scale, 0.499 * scale * reading.lastDigitUnit)
        }

        // A percentage sign right after the number.
        if suffix.isEmpty, byte(after: last) == UInt8(ascii: "%") {
            dimension = .percent
        }

        if dimension == .count, !suffix.isEmpty {
            guard let glued = gluedUnit(suffix) else { return nil }
            switch glued {
            case .age:
                dimension = .age
            case .unit(let d, let s, let isMetric):
                dimension = d
                size = s
                converted = !isMetric && d != .duration
            case .magnitude:
                dimension = .magnitude
            case .percentagePoint(let s):
                dimension = .percentagePoint
                size = s
            }
        }
        if reading.magnitudePrefix { dimension = .magnitude }

        if dimension == .count, currency == nil {
            if let (d, s, metric, end) = unitAfter(last) {
                dimension = d
                size = s
                converted = !metric && d != .duration && d != .percent && d != .percentagePoint
                last = end
                if d == .age { size = 1 }
            } else if let (code, end) = currencyAfter(last) {
                currency = code
                last = end
            }
        }
        if let currency { dimension = .money(currency: currency) }
        if reading.isFraction, dimension == .count {
            // "two thirds of the vote": a share.
            guard last + 1 < words.count, words[last + 1].lower == "of" else { return nil }
            dimension = .percent
            size = 100
        }
        if dimension == .count {
            if isAge(before: first) {
                dimension = .age
                if first > 0, words[first - 1].lower == "aged" || words[first - 1].lower == "age" { first -= 1 }
            } else if isMagnitude(around: first, last) {
                dimension = .magnitude
            }
        }
        if dimension == .count, reading.isFraction == false, isYearLike(word, reading) { return nil }
        if dimension == .count, reading.spelled, reading.value == 1 { return nil }

        var mention = NumberMention(
            dimension: dimension, value: reading.value * size, precision: reading.precision * size, converted: converted)

        // "nine minutes and 29 seconds".
        if dimension == .duration, last + 2 < words.count, words[last + 1].lower == "and",
            let more = quantity(at: last + 2), more.value.dimension == .duration, more.value.value < mention.value
        {
            mention.value += more.value.value
            last = more.last
        }

        if let (hedge, start) = hedge(before: first) {
            mention.hedge = hedge
            first = start
        } else if dimension == .magnitude || dimension == .count, first > 0, words[first - 1].lower == "magnitude",
            let (hedge, start) = hedge(before: first - 1)
        {
            mention.hedge = hedge
            _ = start
        }
        if case .money = dimension, let (per, end) = rate(after: last) {
            mention.per = per
            last = end
        }
        if dimension == .count {
            if let person = personBefore(first), closesAfter(last) {
                mention.dimension = .age
                mention.person = person
            } else {
                let (counted, named) = countedNouns(after: last)
                mention.counted = counted
                mention.named = named
                if counted.isEmpty, isMargin(before: first) { mention.role = .margin }
                // "200 million passengers a year": a rate.
                if let (per, _) = rate(after: last + counted.count), Self.perTime.contains(per) || per == "each" {
                    mention.per = per
                }
            }
        } else if dimension == .age, let person = personBefore(first), closesAfter(last) {
            mention.person = person
        }
        return (first, last, mention)
    }

    /// Whether ``spelledReading(at:last:)`` or ``read(_:)`` can read a number
    /// from this word: it starts with a digit or a byte outside ASCII (a
    /// currency sign), or its part before any hyphen is a word they read.
    /// This runs for every word, and most words are none of these: a
    /// comparison of bytes here spares them the hashed lookups, the
    /// substrings and the neighbours' month check.
    static func mayBeNumber(_ lower: String) -> Bool {
        guard let lead = lower.utf8.first else { return false }
        if Word.isDigit(lead) || lead >= 0x80 { return true }
        // Past the first byte only for a letter some number word starts with.
        guard numberHeadLengths[Int(lead)] != 0 else { return false }
        var lower = lower
        return lower.withUTF8 { b in
            let head = b.prefix { $0 != UInt8(ascii: "-") }
            // Most words are turned away by their length before any is
            // compared: a common first letter has a dozen number words.
            guard lead < 0x80, head.count >= 32 || numberHeadLengths[Int(lead)] & (1 << UInt32(head.count)) != 0 else { return false }
            return numberHeads[Int(lead)].contains { $0.count == head.count && $0.elementsEqual(head) }
        }
    }

    /// Per first byte: bit `n` set when a word of ``numberHeads`` has `n`
    /// bytes, bit 0 when one has 32 or more (heads that long are always
    /// compared); 0 when no number word starts with the byte.
    private static let numberHeadLengths: [UInt32] = numberHeads.map { heads in
        heads.reduce(0) { $0 | ($1.count < 32 ? 1 << UInt32($1.count) : 1) }
    }

    /// The words ``mayBeNumber(_:)`` lets through, by their first byte.
    private static let numberHeads: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 128)
        let words = Array(NumberWords.cardinals.keys) + Array(NumberWords.one) + ["magnitude", "fortnight", "half"]
        for word in words { table[Int(word.utf8.first!)].append(Array(word.utf8)) }
        return table
    }()

    /// A word as a number: digits with their sign and suffix, or a number
    /// spelled out in one word ("forty-three", "two-thirds").
    func read(_ lower: String) -> Reading? {
        var utf8 = Substring(lower)
        var sign: String?
        // Every currency sign is outside ASCII: most words skip the lookup.
        if let lead = lower.utf8.first, lead >= 0x80 {
            for (symbol, code) in NumberWords.signs where utf8.hasPrefix(symbol) {
                sign = code
                utf8 = utf8.dropFirst(symbol.count)
                break
            }
        }
        if let first = utf8.utf8.first, Word.isDigit(first) {
            var digits = 0
            var end = utf8.startIndex
            var integer: [UInt8] = []
            var fraction: [UInt8] = []
            var inFraction = false
            for index in utf8.indices {
                let c = utf8[index].asciiValue ?? 0
                if Word.isDigit(c) {
                    if inFraction { fraction.append(c) } else { integer.append(c) }
                    digits += 1
                } else if c == UInt8(ascii: ","), !inFraction {
                    // thousands separator
                } else if c == UInt8(ascii: "."), !inFraction {
                    inFraction = true
                } else {
                    end = index
                    break
                }
                end = utf8.index(after: index)
            }
            let suffix = utf8[end...]
            let text = String(decoding: integer, as: UTF8.self) + (fraction.isEmpty ? "" : "." + String(decoding: fraction, as: UTF8.self))
            guard let value = Double(text) else { return nil }
            var precision = 0.0
            if fraction.isEmpty {
                var zeros = 0
                for c in integer.reversed() {
                    guard c == UInt8(ascii: "0") else { break }
                    zeros += 1
                }
                if zeros >= 2, zeros < integer.count {
                    var unit = 1.0
                    for _ in 0..<(zeros - 1) { unit *= 10 }
                    precision = unit / 2
                }
            }
            var reading = Reading(value: value, precision: precision, suffix: suffix.hasPrefix("-") ? suffix.dropFirst() : suffix, sign: sign)
            for _ in fraction { reading.lastDigitUnit /= 10 }
            if suffix.hasPrefix("-"), let rest = read(String(suffix.dropFirst())), rest.value >= 0, rest.suffix.isEmpty {
                // "4-2": the rest is a number too; the score reader takes it.
                reading.suffix = suffix
            }
            return reading
        }
        guard sign == nil else { return nil }
        // A word read as a number starts with a number word or "magnitude":
        // this is called for every word, so the others stop here unsplit.
        let head = lower.utf8.prefix { $0 != UInt8(ascii: "-") }
        guard let headWord = String(head), headWord == "magnitude" || headWord == "one" || NumberWords.cardinals[headWord] != nil
        else { return nil }
        let parts = lower.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count >= 2, parts[0] == "magnitude", var rest = read(parts[1...].joined(separator: "-")) {
            rest.magnitudePrefix = true
            return rest
        }
        guard var value = NumberWords.cardinals[String(parts[0])] ?? (parts[0] == "one" ? 1 : nil) else { return nil }
        var used = 1
        if parts.count > 1, NumberWords.tens.contains(String(parts[0])), let unit = Self.units[String(parts[1])] {
            value += unit
            used = 2
        }
        var reading = Reading(value: value, precision: 0, suffix: parts[used...].joined(separator: "-")[...], spelled: true)
        if used < parts.count, let fraction = NumberWords.fractions[String(parts[used])] {
            reading.value = value * fraction
            reading.isFraction = true
            reading.suffix = parts[(used + 1)...].joined(separator: "-")[...]
        }
        return reading
    }

    private static let units: WordMap<Double> = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    ]

    /// "a dozen", "a third of", "half an hour", "two thirds", "one hour":
    /// numbers that take two words or that need the next word to count.
    func spelledReading(at i: Int, last: inout Int) -> Reading? {
        let lower = words[i].lower
        let next = i + 1 < words.count ? words[i + 1].lower : ""
        if NumberWords.one.contains(lower) {
            if next == "dozen" {
                last = i + 1
                return Reading(value: 12, precision: 0, suffix: "", spelled: true)
            }
            if let fraction = NumberWords.fractions[next], next != "half" || lower != "one" {
                last = i + 1
                return Reading(value: fraction, precision: 0, suffix: "", isFraction: true, spelled: true)
            }
            if lower == "one", unitAfter(i) != nil {
                return Reading(value: 1, precision: 0, suffix: "", spelled: true)
            }
            if lower != "one", next == "fortnight" {
                // "a fortnight", "next fortnight" (read below).
                return nil
            }
            return nil
        }
        if lower == "fortnight", i > 0, ["a", "next", "last", "this", "the", "past", "coming"].contains(words[i - 1].lower) {
            last = i
            var reading = Reading(value: 1, precision: 0, suffix: "fortnight", spelled: true)
            reading.suffix = "fortnight"
            return reading
        }
        if lower == "half" {
            return Reading(value: 0.5, precision: 0, suffix: "", isFraction: true, spelled: true)
        }
        if NumberWords.cardinals[lower] != nil, let fraction = NumberWords.fractions[next], next.hasASCIISuffix("s") {
            last = i + 1
            return Reading(value: NumberWords.cardinals[lower]! * fraction, precision: 0, suffix: "", isFraction: true, spelled: true)
        }
        return nil
    }

    /// "4-2", "3-3", or "three goals apiece": a score, the higher side
    /// first, marked when words around it speak of a shoot-out.
    private func score(at i: Int, _ reading: Reading) -> (Int, Int, NumberMention)? {
        var high = reading.value
        var low = reading.value
        var last = i
        if reading.suffix.hasPrefix("-") {
            guard let rest = read(String(reading.suffix.dropFirst())), rest.suffix.isEmpty, !rest.spelled,
                reading.value == reading.value.rounded(), rest.value == rest.value.rounded(),
                reading.value < 100, rest.value < 100, unitAfter(i) == nil
            else { return nil }
            high = max(reading.value, rest.value)
            low = min(reading.value, rest.value)
        } else if i + 2 < words.count, words[i + 1].lower == "goals", words[i + 2].lower == "apiece" {
            last = i + 2
        } else {
            return nil
        }
        // Only the words right next to it: "4-2 on penalties after a 3-3
        // draw" gives one score of each kind.
        let penalties = (max(0, i - 2)...min(words.count - 1, last + 2)).contains {
            NumberWords.penaltyWords.contains(words[$0].lower)
        }
        return (i, last, NumberMention(dimension: .score, value: high, other: low, penalties: penalties))
    }

    // MARK: What surrounds a number

    enum Glued {
        case age
        case unit(NumberMention.Dimension, Double, Bool)
        case magnitude
        case percentagePoint(Double)
    }

    /// What a suffix glued to the digits names: "km", "year-old", "hour",
    /// "magnitude", "point".
    func gluedUnit(_ suffix: Substring) -> Glued? {
        let s = String(suffix)
        if s == "year-old" || s == "years-old" { return .age }
        if s == "magnitude" { return .magnitude }
        if s == "point" || s == "percentage-point" { return .percentagePoint(1) }
        if s == "basis-point" { return .percentagePoint(0.01) }
        if s == "fortnight" { return .unit(.duration, 1_209_600, true) }
        if s == "m" { return .unit(.length, 1, true) }
        if let (dimension, size) = NumberWords.units[s] {
            return .unit(dimension, size, NumberWords.metric.contains(s))
        }
        return nil
    }

    /// A unit written after the number: "40 minutes", "per cent",
    /// "percentage points", "basis points", "years old".
    func unitAfter(_ last: Int) -> (NumberMention.Dimension, Double, Bool, Int)? {
        guard last + 1 < words.count, adjacent(last, last + 1) else { return nil }
        let w1 = words[last + 1].lower
        let w2 = last + 2 < words.count ? words[last + 2].lower : ""
        switch (w1, w2) {
        case ("per", "cent"): return (.percent, 1, true, last + 2)
        case ("percent", _), ("pc", _): return (.percent, 1, true, last + 1)
        case ("percentage", "point"), ("percentage", "points"): return (.percentagePoint, 1, true, last + 2)
        case ("basis", "point"), ("basis", "points"): return (.percentagePoint, 0.01, true, last + 2)
        case ("bps", _), ("bp", _): return (.percentagePoint, 0.01, true, last + 1)
        case ("years", "old"), ("year", "old"): return (.age, 1, true, last + 2)
        case ("of", "a") where last + 3 < words.count:
            // "three-quarters of a percentage point"
            if words[last + 3].lower == "percentage", last + 4 < words.count, words[last + 4].lower.hasPrefix("point") {
                return (.percentagePoint, 1, true, last + 4)
            }
            if let (d, s) = NumberWords.units[words[last + 3].lower] { return (d, s, true, last + 3) }
            return nil
        case ("a", "percentage") where last + 3 < words.count && words[last + 3].lower.hasPrefix("point"):
            return (.percentagePoint, 1, true, last + 3)
        case ("a", _), ("an", _):
            // "half an hour"
            if let (d, s) = NumberWords.units[w2], d == .duration { return (d, s, true, last + 2) }
            return nil
        default:
            if w1 == "pounds", w2 == "of" { return (.mass, 0.453_592_37, false, last + 1) }
            if let (d, s) = NumberWords.units[w1] {
                return (d, s, NumberWords.metric.contains(w1) || d == .duration, last + 1)
            }
            return nil
        }
    }

    /// "dollars", "Swedish kronor", "euros" after the number.
    func currencyAfter(_ last: Int) -> (String, Int)? {
        guard last + 1 < words.count else { return nil }
        let w1 = words[last + 1].lower
        if let code = NumberWords.currencyWords[w1], !(w1 == "pounds" && last + 2 < words.count && words[last + 2].lower == "of") {
            return (code, last + 1)
        }
        guard last + 2 < words.count else { return nil }
        let w2 = words[last + 2].lower
        if let table = NumberWords.currencyAdjectives[w2], let code = table[w1] { return (code, last + 2) }
        if words[last + 1].isCapitalised, let code = NumberWords.currencyWords[w2] { return (code, last + 2) }
        if words[last + 1].isCapitalised, w2.hasPrefix("kron") { return (w1.prefix(3).uppercased(), last + 2) }
        return nil
    }

    private func moneyFollows(_ last: Int) -> Bool { currencyAfter(last) != nil }

    /// "2m people": a lowercase noun right after, no unit.
    private func countNounFollows(_ last: Int) -> Bool {
        guard last + 1 < words.count, adjacent(last, last + 1) else { return false }
        let next = words[last + 1]
        return !next.isNumeric && !Stopwords.english.contains(next.lower) && NumberWords.units[next.lower] == nil
            && !["tall", "high", "deep", "long", "wide", "away", "above", "below", "thick"].contains(next.lower)
    }

    /// "$3,499", "US$68,700m": the dollar sign is not part of any word.
    func dollarBefore(_ i: Int) -> (currency: String, first: Int)? {
        let start = words[i].range.lowerBound
        guard start > 0, text[start - 1] == UInt8(ascii: "$") else { return nil }
        if i > 0, words[i - 1].range.upperBound == start - 1, let code = NumberWords.dollarPrefixes[words[i - 1].lower] {
            return (code, i - 1)
        }
        return ("USD", i)
    }

    /// "about", "at least", "as many as", "in the space of" before the number.
    func hedge(before first: Int) -> (NumberMention.Hedge, Int)? {
        guard first > 0 else { return nil }
        let w1 = words[first - 1].lower
        if first > 1, let hedge = NumberWords.twoWordHedges[words[first - 2].lower]?[w1] {
            // "edged up to 3.7%" reaches it; "up to 20 flights" bounds it.
            if w1 == "to", first > 2, NumberWords.motionVerbs.contains(words[first - 3].lower) { return nil }
            return (hedge, first - 2)
        }
        if w1 == "as", first > 2, let hedge = NumberWords.twoWordHedges[words[first - 3].lower]?[words[first - 2].lower] {
            return (hedge, first - 3)
        }
        if let hedge = NumberWords.hedges[w1] {
            return (hedge, first - 1)
        }
        return nil
    }

    /// "aged 87", "age 87", "at the age of 87".
    private func isAge(before first: Int) -> Bool {
        guard first > 0 else { return false }
        let w1 = words[first - 1].lower
        if w1 == "aged" || w1 == "age" { return true }
        return w1 == "of" && first > 1 && words[first - 2].lower == "age"
    }

    /// "magnitude 7.8", "the magnitude at 7.8", "7.8 magnitude", "measuring
    /// 7.8 on the Richter scale".
    private func isMagnitude(around first: Int, _ last: Int) -> Bool {
        if last + 1 < words.count, words[last + 1].lower == "magnitude" || words[last + 1].lower == "magnitude-" { return true }
        if last + 3 < words.count, words[last + 1].lower == "on", words[last + 3].lower == "richter" || words[last + 2].lower == "richter" {
            return true
        }
        var k = first - 1
        var steps = 0
        while k >= 0, steps < 3 {
            let w = words[k].lower
            if w == "magnitude" { return true }
            guard ["of", "at", "was", "to", "is", "put", "measuring"].contains(w) else { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// "Brian Reader, 76,": the capitalised word right before ", N".
    func personBefore(_ first: Int) -> String? {
        guard first > 0, words[first - 1].isCapitalised, !words[first - 1].isNumeric else { return nil }
        let between = text[words[first - 1].range.upperBound..<words[first].range.lowerBound]
        guard between.elementsEqual(", ".utf8) else { return nil }
        let name = words[first - 1].lower
        guard DateWords.months[name] == nil, DateWords.weekdays[name] == nil else { return nil }
        return Word.normalise(name)
    }

    /// After an age next to a name comes a comma, a bracket or the end.
    private func closesAfter(_ last: Int) -> Bool {
        let end = words[last].range.upperBound
        guard end < text.count else { return true }
        let c = text[end]
        return c == UInt8(ascii: ",") || c == UInt8(ascii: ")") || c == UInt8(ascii: ".") || c == UInt8(ascii: ";")
    }

    /// "by a crushing 230 votes": a difference, not a total.
    private func isMargin(before first: Int) -> Bool {
        var k = first - 1
        while k >= 0, first - k <= 3 {
            if words[k].lower == "by" { return true }
            if words[k].isNumeric || words[k].isCapitalised { return false }
            k -= 1
        }
        return false
    }

    /// "$95 a share", "£30 per head".
    private func rate(after last: Int) -> (String, Int)? {
        guard last + 2 < words.count, NumberWords.rateMarkers.contains(words[last + 1].lower),
            !words[last + 2].isNumeric
        else { return nil }
        let noun = words[last + 2].lower
        guard !Stopwords.english.contains(noun), noun.utf8.count > 2 else { return nil }
        if words[last + 1].lower == "each" { return ("each", last + 1) }
        return (Word.normalise(noun), last + 2)
    }

    /// The nouns right after a count ("118 Conservative MPs"), up to a
    /// function word or punctuation.
    private func countedNouns(after last: Int) -> ([String], Set<String>) {
        var result: [String] = []
        var named: Set<String> = []
        var k = last + 1
        while k < words.count, result.count < 3, adjacent(k - 1, k) {
            let w = words[k]
            // A participle or a word of time ends the noun: "400 injured
            // yesterday" counts the injured, not "yesterday".
            guard !w.isNumeric, !Stopwords.english.contains(w.lower), NumberWords.units[w.lower] == nil,
                !w.lower.hasASCIISuffix("ed"), !MentionPairing.vague.contains(w.lower), DateWords.relativeDays[w.lower] == nil,
                NumberPairing.outcomes[w.lower] == nil
            else { break }
            let term = Word.normalise(w.lower)
            result.append(term)
            // "Conservative" names a group; "MPs", all capitals, is a noun.
            if w.isCapitalised, w.range.count > 1, !isUpper(text[w.range.lowerBound + 1]) { named.insert(term) }
            k += 1
        }
        return (result, named)
    }

    static let perTime: WordSet = ["second", "minute", "hour", "day", "week", "month", "year"]

    // MARK: What is not a quantity

    /// "Article 50", "Windows 11": a capitalised word glued before by a space.
    private func isInsideName(_ i: Int) -> Bool {
        // Only a bare number: "France 4-2" is a score, "Nepal's
        // magnitude-7.8" a magnitude.
        guard i > 0, words[i - 1].isCapitalised, !words[i - 1].isNumeric, words[i].isNumeric,
            !words[i - 1].lower.hasASCIISuffix("'s"), !words[i - 1].lower.hasSuffix("’s")
        else { return false }
        let between = text[words[i - 1].range.upperBound..<words[i].range.lowerBound]
        let previous = words[i - 1].lower
        // "No. 2 position": a rank.
        if previous == "no", between.elementsEqual(". ".utf8) { return true }
        guard between.elementsEqual(" ".utf8) else { return false }
        if previous == "no" { return true }
        if Stopwords.english.contains(previous) || NumberWords.hedges[previous] != nil
            || NumberWords.twoWordHedges[previous] != nil || previous == "aged" || previous == "nearly"
            || NumberWords.dollarPrefixes[previous] != nil
        {
            return false
        }
        return true
    }

    /// "16 April", "May 25": the day of a date.
    private func nextToMonth(_ i: Int) -> Bool {
        for k in [i - 1, i + 1] where k >= 0 && k < words.count && words[k].isCapitalised {
            let w = words[k].lower
            if DateWords.months[w] != nil, w != "may" || words[i].isNumeric { return true }
        }
        return false
    }

    /// Years are dates, clock times are times, "80th" is an ordinal.
    private func isYearLike(_ word: Word, _ reading: Reading) -> Bool {
        if DateExtractor.year(word) != nil { return true }
        return false
    }

    // MARK: Birth years

    /// "born in 1955", "who was born in December 1977": an age, given the
    /// publication date.
    func birthAges() -> [(first: Int, last: Int, value: NumberMention)] {
        guard let published else { return [] }
        var result: [(first: Int, last: Int, value: NumberMention)] = []
        for (i, word) in words.enumerated() where word.lower == "born" {
            var k = i + 1
            while k < words.count, k <= i + 6 {
                if let year = DateExtractor.year(words[k]) {
                    var first = k
                    var month: Int?
                    if k > 0, words[k - 1].isCapitalised, let m = DateWords.months[words[k - 1].lower] {
                        month = m
                        first = k - 1
                    }
                    let age = published.year - year
                    var value = NumberMention(dimension: .age, value: Double(age), fromBirthYear: true)
                    if let month, month > published.month {
                        value.value = Double(age - 1)
                    } else if month == nil || month == published.month {
                        value.value = Double(age) - 0.5
                        value.precision = 0.5
                    }
                    var p = i - 1
                    while p >= 0, i - p <= 3, !words[p].isCapitalised { p -= 1 }
                    if p >= 0, i - p <= 3, words[p].isCapitalised, p > 0 || i - p == 1 {
                        value.person = Word.normalise(words[p].lower)
                    }
                    result.append((first, k, value))
                    break
                }
                k += 1
            }
        }
        return result
    }

    // MARK: Bytes

    private func byte(before first: Int) -> UInt8? {
        let start = words[first].range.lowerBound
        return start > 0 ? text[start - 1] : nil
    }

    private func slashedToDigits(_ i: Int) -> Bool {
        let slash = UInt8(ascii: "/")
        let start = words[i].range.lowerBound
        let end = words[i].range.upperBound
        if start > 1, text[start - 1] == slash, Word.isDigit(text[start - 2]) { return true }
        return end + 1 < text.count && text[end] == slash && Word.isDigit(text[end + 1])
    }

    private func byte(after last: Int) -> UInt8? {
        let end = words[last].range.upperBound
        return end < text.count ? text[end] : nil
    }

    private func isUpper(_ c: UInt8) -> Bool { c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") }

    /// Only spaces between two words.
    private func adjacent(_ a: Int, _ b: Int) -> Bool {
        text[words[a].range.upperBound..<words[b].range.lowerBound].allSatisfy { $0 == UInt8(ascii: " ") }
    }

    /// The evidence starts at a dollar sign or currency prefix before the word.
    func evidenceStart(_ first: Int, _ start: Int) -> Int {
        if start > 0, text[start - 1] == UInt8(ascii: "$") { return start - 1 }
        return start
    }

    /// ... and ends after a percentage sign.
    func evidenceEnd(_ last: Int, _ end: Int) -> Int {
        if end < text.count, text[end] == UInt8(ascii: "%") { return end + 1 }
        return end
    }
}
