/// Finds clock times and parts of the day in a sentence.
///
/// Word-based like ``DateExtractor``: a clock time starts at a word that can
/// only be one ("8.18am", "noon", "06" followed by ":33", "half" followed by
/// "past"); the words around it then give its hedge, its half of the day and
/// its zone.
///
/// Times that are not the time of an event are left out: the ends of a span
/// ("from 6.30am until 11pm", "between 9am and 5pm"), times used as a name
/// ("the 8.06am service") and deadlines ("by 10am"). Comparing them with the
/// time of an event is the commonest false alarm.
public struct TimeExtractor: MentionExtractor {
    public init() {}

    public func mentions(in sentence: Sentence, words: [Word], context: ExtractionContext) -> [Mention] {
        let text = Array(sentence.text.utf8)
        var clocks: [(first: Int, last: Int, value: TimeMention)] = []
        var used = Array(repeating: false, count: words.count)
        var i = 0
        while i < words.count {
            guard let clock = clock(at: i, words, text) else {
                i += 1
                continue
            }
            var value = clock.value
            var first = clock.first
            var last = clock.last
            if let zone = zone(after: last, words, text) {
                value.zone = zone.name
                value.utcOffset = zone.offset
                last = zone.last
            }
            if value.eitherHalfOfDay, let half = halfOfDay(after: last, words) {
                value.eitherHalfOfDay = false
                if half == .pm, value.minute! < 720 { value.minute! += 720 }
                if half == .am, value.minute! >= 720 { value.minute! -= 720 }
            }
            for k in first...last { used[k] = true }
            i = last + 1
            guard let (hedgeStart, hedge) = hedge(before: first, words), !isLabelOrEndpoint(first: first, last: last, words, text)
            else { continue }
            value.hedge = hedge
            first = hedgeStart
            clocks.append((first, last, value))
        }
        // The place's offset applies only to clock times: without one the
        // sentence's place names are not looked up.
        if !clocks.isEmpty, let offset = placeOffset(words, text) {
            for k in clocks.indices where clocks[k].value.zone == nil || clocks[k].value.zone == "local" {
                clocks[k].value.utcOffset = offset
                clocks[k].value.offsetFromPlace = true
            }
        }
        var found = clocks
        // A part of the day beside a clock time adds nothing to it, and as a
        // mention of its own it would pair with the other article's clock
        // time and hide a disagreement.
        if clocks.isEmpty {
            found = partsOfDay(words, used: used)
        }
        return found.map { item in
            let range = words[item.first].range.lowerBound..<words[item.last].range.upperBound
            return Mention(
                kind: .time, sentence: sentence.ref, range: range,
                text: String(decoding: text[range], as: UTF8.self), value: item.value)
        }
    }

    // MARK: Clock times

    /// A clock time starting at word `i`, without its hedge or zone.
    private func clock(at i: Int, _ words: [Word], _ text: [UInt8]) -> (first: Int, last: Int, value: TimeMention)? {
        let word = words[i].lower
        // "noon", "midday", "midnight": tested only for words that start so.
        if let first = word.utf8.first, first == UInt8(ascii: "n") || first == UInt8(ascii: "m") {
            switch word {
            case "noon", "midday":
                let first = i > 0 && words[i - 1].lower == "12" ? i - 1 : i
                return (first, i, TimeMention(minute: 720))
            case "midnight":
                let first = i > 0 && words[i - 1].lower == "12" ? i - 1 : i
                return (first, i, TimeMention(minute: 0))
            default:
                break
            }
        }
        if let spoken = spokenClock(at: i, words) { return spoken }
        guard let firstByte = word.utf8.first, Word.isDigit(firstByte), let parsed = Self.parseClockWord(word) else {
            return nil
        }
        var hour = parsed.hour
        var minute = parsed.minute
        var last = i
        var leadingZero = parsed.leadingZero
        var colon = false
        var suffix = parsed.suffix
        // "15:40", "3:40pm": the colon splits the words.
        if minute == nil, suffix.isEmpty, !parsed.fourDigits, i + 1 < words.count,
            words[i].range.upperBound < text.count, text[words[i].range.upperBound] == UInt8(ascii: ":"),
            words[i + 1].range.lowerBound == words[i].range.upperBound + 1,
            let after = Self.parseClockWord(words[i + 1].lower), after.minute == nil, !after.fourDigits,
            words[i + 1].lower.utf8.count - after.suffix.utf8.count == 2
        {
            minute = after.hour
            suffix = after.suffix
            last = i + 1
            colon = true
        }
        if parsed.fourDigits {
            minute = hour % 100
            hour /= 100
            leadingZero = true
        }
        var half: Half?
        switch suffix {
        case "am": half = .am
        case "pm": half = .pm
        case "": break
        case "hrs" where parsed.fourDigits, "hr" where parsed.fourDigits: break
        default: return nil
        }
        if half == nil, let (marker, end) = Self.meridiem(after: last, words, text) {
            half = marker
            last = end
        }
        let minutes = minute ?? 0
        guard minutes < 60 else { return nil }
        if let half {
            guard (1...12).contains(hour) else { return nil }
            let h = (hour % 12) + (half == .pm ? 12 : 0)
            return (i, last, TimeMention(minute: h * 60 + minutes))
        }
        if last == i, i + 1 < words.count, words[i + 1].lower == "o'clock", minute == nil, (1...12).contains(hour) {
            return (i, i + 1, TimeMention(minute: (hour % 12) * 60, eitherHalfOfDay: true))
        }
        // Without am or pm a number is a time only in the 24-hour forms news
        // uses ("06:33", "15:40", "1400 GMT", "0800hrs") or after a word that
        // introduces a time ("at 9:15").
        let zoned = zone(after: last, words, text) != nil
        let explicit24 = parsed.fourDigits && !parsed.suffix.isEmpty
        guard hour <= 23, colon || (parsed.fourDigits && zoned) || (parsed.minute != nil && zoned) || explicit24
        else { return nil }
        if colon, !zoned, !leadingZero, hour < 13, hour > 0 {
            guard i > 0, Self.introducers.contains(words[i - 1].lower) else { return nil }
            return (i, last, TimeMention(minute: (hour % 12) * 60 + minutes, eitherHalfOfDay: true))
        }
        // A zone or a leading zero marks the 24-hour clock.
        return (i, last, TimeMention(minute: hour * 60 + minutes))
    }

    enum Half { case am, pm }

    /// Words after which a bare "9:15" is a time of day rather than a ratio
    /// or a verse.
    static let introducers: WordSet = [
        "at", "about", "around", "after", "before", "approximately", "roughly", "shortly", "just", "till",
        "until", "from", "by", "circa",
    ]

    /// "8.18am" → (8, 18, "am"); "1400" → four digits; "06" → leading zero.
    static func parseClockWord(_ word: String) -> (hour: Int, minute: Int?, suffix: String, leadingZero: Bool, fourDigits: Bool)? {
        var bytes = Array(word.utf8)[...]
        var hourDigits = 0
        var hour = 0
        while let c = bytes.first, Word.isDigit(c) {
            hour = hour * 10 + Int(c - UInt8(ascii: "0"))
            hourDigits += 1
            bytes = bytes.dropFirst()
        }
        guard hourDigits >= 1 else { return nil }
        var minute: Int?
        if bytes.first == UInt8(ascii: "."), bytes.count >= 3, Word.isDigit(bytes[bytes.startIndex + 1]),
            Word.isDigit(bytes[bytes.startIndex + 2])
        {
            let tens = Int(bytes[bytes.startIndex + 1] - UInt8(ascii: "0"))
            let ones = Int(bytes[bytes.startIndex + 2] - UInt8(ascii: "0"))
            minute = tens * 10 + ones
            bytes = bytes.dropFirst(3)
            guard hourDigits <= 2 else { return nil }
        }
        let suffix = String(decoding: bytes, as: UTF8.self)
        guard suffix.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { return nil }
        let four = hourDigits == 4 && minute == nil
        guard hourDigits <= 2 || four else { return nil }
        if four, hour % 100 >= 60 || hour / 100 > 23 { return nil }
        return (hour, minute, suffix, hourDigits == 2 && word.utf8.first == UInt8(ascii: "0"), four)
    }

    /// "am", "pm", "a.m.", "p.m." after word `i`.
    private static func meridiem(after i: Int, _ words: [Word], _ text: [UInt8]) -> (Half, Int)? {
        guard i + 1 < words.count else { return nil }
        switch words[i + 1].lower {
        case "am": return (.am, i + 1)
        case "pm": return (.pm, i + 1)
        case "a", "p":
            let dot = words[i + 1].range.upperBound
            guard i + 2 < words.count, words[i + 2].lower == "m", dot < text.count, text[dot] == UInt8(ascii: "."),
                words[i + 2].range.lowerBound == dot + 1
            else { return nil }
            return (words[i + 1].lower == "a" ? .am : .pm, i + 2)
        default: return nil
        }
    }

    /// "half past six", "quarter to nine", "eight minutes past eight",
    /// "ten past nine", "eight o'clock".
    private func spokenClock(at i: Int, _ words: [Word]) -> (first: Int, last: Int, value: TimeMention)? {
        guard i + 1 < words.count else { return nil }
        // "o'clock" or one of ``afterSpokenMinutes`` comes next: most words
        // are turned away by the next one's first byte.
        guard let lead = words[i + 1].lower.utf8.first, Self.spokenNextLeads[Int(lead)] else { return nil }
        let word = words[i].lower
        let next = words[i + 1].lower
        if next == "o'clock", let hour = Self.hourWord(word) {
            return (i, i + 1, TimeMention(minute: (hour % 12) * 60, eitherHalfOfDay: true))
        }
        // Every spoken time below has "minute(s)" or its relation to the
        // hour next: most words are turned away here, before the number
        // words are looked up.
        guard Self.afterSpokenMinutes.contains(next) else { return nil }
        var minutes: Int
        switch word {
        case "half": minutes = 30
        case "quarter": minutes = 15
        default:
            guard let m = Self.numberWord(word) ?? Int(word), (1...59).contains(m) else { return nil }
            minutes = m
        }
        var k = i + 1
        var said = word == "half" || word == "quarter"
        if k < words.count, words[k].lower == "minutes" || words[k].lower == "minute" {
            said = true
            k += 1
        }
        guard k + 1 < words.count, let hour = Self.hourWord(words[k + 1].lower) else { return nil }
        // "ten past nine" needs no "minutes", but "two to three" is a range
        // and "five after six" a count.
        switch words[k].lower {
        case "past": break
        case "after" where said: break
        case "to" where said && word != "half", "before" where said && word != "half": minutes = -minutes
        default: return nil
        }
        let total = ((hour % 12) * 60 + minutes + 720) % 720
        let first = i > 0 && words[i - 1].lower == "a" && (word == "quarter" || word == "half") ? i - 1 : i
        return (first, k + 1, TimeMention(minute: total, eitherHalfOfDay: true))
    }

    private static let afterSpokenMinutes: WordSet = ["minutes", "minute", "past", "after", "to", "before"]

    /// Per byte: whether "o'clock" or a word of ``afterSpokenMinutes``
    /// starts with it.
    private static let spokenNextLeads: [Bool] = {
        var leads = [Bool](repeating: false, count: 256)
        for word in ["o'clock"] + Array(afterSpokenMinutes.words) { leads[Int(word.utf8.first!)] = true }
        return leads
    }()

    static func hourWord(_ word: String) -> Int? {
        if let n = numberWord(word), (1...12).contains(n) { return n }
        if let n = Int(word), (1...12).contains(n), word.utf8.count <= 2 { return n }
        return nil
    }

    static func numberWord(_ word: String) -> Int? { numberWords[word] }

    private static let numberWords: [String: Int] = {
        let ones = [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ]
        var table: [String: Int] = [:]
        for (k, w) in ones.enumerated() { table[w] = k + 1 }
        for (tens, w) in [(20, "twenty"), (30, "thirty"), (40, "forty"), (50, "fifty")] {
            table[w] = tens
            for (k, o) in ones.prefix(9).enumerated() { table["\(w)-\(o)"] = tens + k + 1 }
        }
        return table
    }()

    /// "in the morning", "on Tuesday morning", "at night" within three words
    /// after a clock time that did not say am or pm.
    private func halfOfDay(after last: Int, _ words: [Word]) -> Half? {
        for k in (last + 1)..<min(words.count, last + 4) {
            switch words[k].lower {
            case "morning": return .am
            case "afternoon", "evening", "tonight": return .pm
            case "night": return nil
            default: continue
            }
        }
        return nil
    }

    // MARK: Zones

    /// A zone after word `last`: "GMT", "UTC+8", "local time", "India
    /// Standard Time", "Singapore time", "(UTC+5:30)".
    private func zone(after last: Int, _ words: [Word], _ text: [UInt8]) -> (name: String, offset: Int?, last: Int)? {
        var k = last + 1
        guard k < words.count else { return nil }
        var result: (name: String, offset: Int?, last: Int)?
        if words[k].lower == "local", k + 1 < words.count, words[k + 1].lower == "time" {
            result = ("local", nil, k + 1)
        } else if Self.isUpperCase(words[k], text), let offset = TimeZones.abbreviations[words[k].lower] {
            result = (words[k].lower.uppercased(), offset, k)
            if let (explicit, end) = Self.explicitOffset(after: k, words, text) {
                result = (result!.name + TimeMention.offset(explicit), explicit, end)
            }
        } else if words[k].isCapitalised {
            for length in stride(from: 4, through: 2, by: -1) where k + length <= words.count {
                let name = words[k..<(k + length)].map(\.lower).joined(separator: " ")
                if let zone = TimeZones.names[name] {
                    result = (zone.name, zone.offset, k + length - 1)
                    break
                }
                if words[k + length - 1].lower == "time",
                    let offset = TimeZones.places[words[k..<(k + length - 1)].map(\.lower).joined(separator: " ")]
                {
                    result = (words[k..<(k + length - 1)].map(\.lower).joined(separator: " ") + " time", offset, k + length - 1)
                    break
                }
            }
        }
        guard var found = result else { return nil }
        // "18:04 India Standard Time (UTC+5:30)": the bracket fixes the offset.
        k = found.last + 1
        if found.offset == nil || found.name == "local", k < words.count,
            words[k].range.lowerBound > 0, text[words[k].range.lowerBound - 1] == UInt8(ascii: "("),
            ["utc", "gmt"].contains(words[k].lower), let (explicit, end) = Self.explicitOffset(after: k, words, text)
        {
            found.offset = explicit
            found.last = end
        }
        return found
    }

    /// "+8", "+5:30", "-5" right after word `k` ("UTC+8").
    private static func explicitOffset(after k: Int, _ words: [Word], _ text: [UInt8]) -> (Int, Int)? {
        let at = words[k].range.upperBound
        guard at < text.count, text[at] == UInt8(ascii: "+") || text[at] == UInt8(ascii: "-"), k + 1 < words.count,
            words[k + 1].range.lowerBound == at + 1, let hours = Int(words[k + 1].lower), hours <= 14
        else { return nil }
        var minutes = hours * 60
        var end = k + 1
        let colon = words[k + 1].range.upperBound
        if k + 2 < words.count, colon < text.count, text[colon] == UInt8(ascii: ":"),
            words[k + 2].range.lowerBound == colon + 1, let m = Int(words[k + 2].lower), m < 60
        {
            minutes += m
            end = k + 2
        }
        return (text[at] == UInt8(ascii: "-") ? -minutes : minutes, end)
    }

    private static func isUpperCase(_ word: Word, _ text: [UInt8]) -> Bool {
        text[word.range].allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }

    /// The one offset the places a sentence names agree on, if any.
    private func placeOffset(_ words: [Word], _ text: [UInt8]) -> Int? {
        var offsets: Set<Int> = []
        for (k, word) in words.enumerated() where word.isCapitalised {
            let bare = word.lower.hasASCIISuffix("'s") ? String(word.lower.dropLast(2)) : word.lower
            if let offset = TimeZones.places[bare] { offsets.insert(offset) }
            if k + 1 < words.count {
                let next = words[k + 1].lower.hasASCIISuffix("'s") ? String(words[k + 1].lower.dropLast(2)) : words[k + 1].lower
                if let offset = TimeZones.places[word.lower + " " + next] { offsets.insert(offset) }
            }
        }
        return offsets.count == 1 ? offsets.first : nil
    }

    // MARK: Hedges and what is not an event's time

    /// The hedge before word `first` and where it starts; nil when the time
    /// is the end of a span or a deadline.
    private func hedge(before first: Int, _ words: [Word]) -> (Int, TimeMention.Hedge)? {
        let k = first - 1
        // "at 8.18am": the time itself; "at" is not part of the evidence.
        guard k >= 0, words[k].lower != "at" else { return (first, .exact) }
        let word = words[k].lower
        let previous = k > 0 ? words[k - 1].lower : ""
        if Self.endpointWords.contains(word) { return nil }
        switch word {
        case "about", "around", "roughly", "approximately", "circa", "approx":
            return (k, .about)
        case "nearly", "almost":
            return (k, .shortlyBefore)
        case "after", "past":
            if Self.closeness.contains(previous) { return (k - 1, .shortlyAfter) }
            return (k, .after)
        case "before":
            if Self.closeness.contains(previous) { return (k - 1, .shortlyBefore) }
            return (k, .before)
        default:
            return (first, .exact)
        }
    }

    private static let closeness: WordSet = [
        "shortly", "just", "soon", "right", "immediately", "minutes", "moments", "little",
    ]

    /// Words that make a time the end of a span, a deadline, a schedule or
    /// the stamp of an update ("UPDATE: 9 p.m. --").
    private static let endpointWords: WordSet = [
        "from", "between", "until", "till", "til", "by", "to", "and", "or", "every", "since", "than", "through",
        "update", "updated",
    ]

    /// "the 8.06am service" (a time as a name), and a time followed by
    /// "to", "until" or "and" another (the start of a span).
    private func isLabelOrEndpoint(first: Int, last: Int, _ words: [Word], _ text: [UInt8]) -> Bool {
        if first > 0, ["the", "a", "an"].contains(words[first - 1].lower) { return true }
        if first > 0, words[first - 1].lower.hasASCIISuffix("'s") { return true }
        guard last + 1 < words.count else { return false }
        let next = words[last + 1].lower
        if ["to", "until", "till", "and", "or"].contains(next), last + 2 < words.count,
            clock(at: last + 2, words, text) != nil
        {
            return true
        }
        return false
    }

    // MARK: Parts of the day

    /// The weekday or relative day a part of the day hangs on ("Thursday
    /// night", "yesterday morning").
    private static func dayWord(_ word: String) -> String? {
        let bare = word.hasASCIISuffix("'s") ? String(word.dropLast(2)) : word
        return DateWords.weekdays[bare] != nil || DateWords.relativeDays[bare] != nil ? bare : nil
    }

    /// The words the switch in ``partsOfDay(_:used:)`` looks for: most
    /// words are turned away by first byte and length, before the switch
    /// compares them string by string.
    private static let partOfDayWords = WordFilter(["hours", "overnight", "morning", "afternoon", "evening", "night"])

    private func partsOfDay(_ words: [Word], used: [Bool]) -> [(first: Int, last: Int, value: TimeMention)] {
        var result: [(first: Int, last: Int, value: TimeMention)] = []
        for (k, word) in words.enumerated() where !used[k] {
            // "Morning Star", "Evening Standard": names, not times.
            if word.isCapitalised, k > 0 { continue }
            guard Self.partOfDayWords.mayHold(word.lower) else { continue }
            let previous = k > 0 ? words[k - 1].lower : ""
            let beforePrevious = k > 1 ? words[k - 2].lower : ""
            var part: TimeMention.PartOfDay?
            var first = k
            switch word.lower {
            case "hours" where previous == "early" && beforePrevious == "the":
                part = .earlyHours
                first = k - 1
            case "overnight":
                part = .night
            case "morning", "afternoon", "evening", "night":
                let bare = previous.hasASCIISuffix("'s") ? String(previous.dropLast(2)) : previous
                // "this morning" and "last night" are days the date
                // extractor reads; "the night" counts as a time only after
                // "in" or "during" ("spent the night" is a stay).
                let timed =
                    DateWords.weekdays[bare] != nil || ["yesterday", "tomorrow", "that", "early", "late", "at"].contains(previous)
                    || (previous == "the" && ["in", "during"].contains(beforePrevious))
                guard timed, !(previous == "at" && word.lower != "night") else { continue }
                part = TimeMention.PartOfDay(rawValue: word.lower)
                if previous == "early" || previous == "late" { first = k - 1 }
            default:
                continue
            }
            // "by yesterday afternoon", "by late on Saturday night": a time by
            // which something had happened, not when it happened.
            if words[max(0, first - 4)..<first].contains(where: { $0.lower == "by" }) { continue }
            if let part {
                var value = TimeMention(partOfDay: part)
                value.day = previous == "early" || previous == "late" ? nil : Self.dayWord(previous)
                if value.day == nil, previous == "early" || previous == "late" { value.day = Self.dayWord(beforePrevious) }
                result.append((first, k, value))
            }
        }
        return result
    }
}
